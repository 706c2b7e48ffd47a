"""``larsam-desktop team …``: team mode on a shared PostgreSQL server, for its owner.

``init`` (schema, roles, policies), ``upgrade`` (only the owner migrates), ``add-coach``,
``remove-coach``, ``teams``, ``share-note``, ``verify-log``, ``backup`` and ``restore``.
The server comes from --database-url, $LARSAM_DATABASE_URL or a connection profile.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import (
    add_language_option,
    cli_texts,
    fail,
    fail_error,
    language_of,
    os_reason,
    stdout,
)
from larsam_desktop.domain.errors import UserError, fill

if TYPE_CHECKING:
    from larsam_desktop.services.catalogue import Texts


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    parser = commands.add_parser(
        "team", help=texts.translate("CliHelp", "team mode on a shared server (administrator)")
    )
    sub = parser.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    sub.add_parser(
        "init", help=texts.translate("CliHelp", "schema, roles and policies on an empty database")
    )
    sub.add_parser(
        "upgrade",
        help=texts.translate("CliHelp", "migrate the server's schema and refresh the policies"),
    )
    add = sub.add_parser(
        "add-coach",
        help=texts.translate("CliHelp", "a login of a coach's own, in one or more teams"),
    )
    add.add_argument(
        "name",
        metavar="NAME",
        help=texts.translate("CliHelp", "the coach's name as LärSam shows it"),
    )
    add.add_argument(
        "--login",
        required=True,
        metavar="LOGIN",
        help=texts.translate("CliHelp", "the database login to create"),
    )
    add.add_argument(
        "--team",
        action="append",
        required=True,
        metavar="LC",
        help=texts.translate("CliHelp", "a lärcentrum (repeatable)"),
    )
    add.add_argument(
        "--password-file",
        type=Path,
        metavar="FILE",
        help=texts.translate(
            "CliHelp", "read the password from this file (else a one-time password is printed)"
        ),
    )
    remove = sub.add_parser(
        "remove-coach",
        help=texts.translate("CliHelp", "the login can no longer log in; history stays"),
    )
    remove.add_argument("login", metavar="LOGIN")
    sub.add_parser(
        "teams", help=texts.translate("CliHelp", "the teams (lärcentrum) and their logins")
    )
    share = sub.add_parser(
        "share-note",
        help=texts.translate("CliHelp", "let a coach open one restricted note (logged)"),
    )
    share.add_argument(
        "contact_id",
        type=int,
        metavar="CONTACT",
        help=texts.translate("CliHelp", "the contact the restricted note belongs to"),
    )
    share.add_argument(
        "--with",
        dest="login",
        required=True,
        metavar="LOGIN",
        help=texts.translate("CliHelp", "the login to share with"),
    )
    sub.add_parser(
        "verify-log", help=texts.translate("CliHelp", "check the server's keyed change log")
    )
    backup = sub.add_parser(
        "backup",
        help=texts.translate("CliHelp", "pg_dump (custom format), checked with pg_restore"),
    )
    backup.add_argument("--out", type=Path, required=True, metavar="FILE")
    restore = sub.add_parser(
        "restore", help=texts.translate("CliHelp", "restore a team backup into this database")
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    for action in sub.choices.values():  # the printed text; the teams' data stays as stored
        add_language_option(action)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.services.team import TeamService

    try:
        service = TeamService.open(context.paths, context.database_url)
        try:
            return _dispatch(args, service)
        finally:
            service.close()
    except UserError as exc:
        return fail_error(exc, language_of(args))


def _dispatch(args: argparse.Namespace, service: object) -> int:
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.team import TeamService

    assert isinstance(service, TeamService)
    out = stdout()
    texts = Texts(language_of(args))
    action = args.team_command
    if action in ("init", "upgrade"):
        result = service.init() if action == "init" else service.upgrade()
        ready = texts.translate(
            "TeamCli",
            "team mode ready at schema {revision} ({action}); owner {owner}, coach group {group}",
        )
        params = {"revision": result.schema.revision, "action": result.schema.action}
        params |= {"owner": result.owner, "group": result.coach_group}
        print(fill(ready, params), file=out)
    elif action == "add-coach":
        password = None
        if args.password_file is not None:
            password = _read_password(args.password_file, texts)
            if password is None:
                return 1
        made = service.add_coach(
            name=args.name, login=args.login, teams=args.team, password=password
        )
        added = texts.translate("TeamCli", "added {login} to {teams}")
        print(fill(added, {"login": args.login, "teams": ", ".join(args.team)}), file=out)
        if made is not None:
            once = texts.translate(
                "TeamCli", "one-time password (give it to the coach, then forget it): {password}"
            )
            print(fill(once, {"password": made}), file=out)
    elif action == "remove-coach":
        service.remove_coach(args.login)
        gone = texts.translate("TeamCli", "{login} can no longer log in; the history is kept")
        print(fill(gone, {"login": args.login}), file=out)
    elif action == "teams":
        for team in service.teams():
            print(f"{team.centre_id}\t{team.name}\t{', '.join(team.logins) or '-'}", file=out)
    elif action == "share-note":
        service.share_note(contact_id=args.contact_id, login=args.login)
        shared = texts.translate(
            "TeamCli", "the restricted note of contact {contact} is shared with {login}"
        )
        print(fill(shared, {"contact": args.contact_id, "login": args.login}), file=out)
    elif action == "verify-log":
        broken = service.verify_log()
        if broken is not None:
            at = texts.translate("TeamCli", "the server's change log is broken at entry {entry}")
            return fail(fill(at, {"entry": broken}))
        print(texts.translate("TeamCli", "the server's change log is intact"), file=out)
    elif action == "backup":
        entries = service.backup(args.out)
        saved = texts.translate("TeamCli", "backed up to {file} ({entries} entries, checked)")
        print(fill(saved, {"file": str(args.out), "entries": entries}), file=out)
    else:
        entries = service.restore(args.file)
        back = texts.translate("TeamCli", "restored {file} ({entries} entries)")
        print(fill(back, {"file": str(args.file), "entries": entries}), file=out)
    return 0


def _read_password(path: Path, texts: Texts) -> str | None:
    """The password in the file, or None after saying why there is none."""
    try:
        password = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        unread = texts.translate("TeamCli", "the password file cannot be read: {reason}")
        fail(fill(unread, {"reason": os_reason(exc)}))
        return None
    if not password:
        fail(texts.translate("TeamCli", "the password file is empty"))
        return None
    return password
