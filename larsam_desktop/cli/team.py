"""``larsam-desktop team …``: team mode on a shared PostgreSQL server, for its owner.

``init`` (schema, roles, policies), ``upgrade`` (only the owner migrates), ``add-coach``,
``remove-coach``, ``teams``, ``share-note``, ``verify-log``, ``backup`` and ``restore``.
The server comes from --database-url, $LARSAM_DATABASE_URL or a connection profile.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import fail, fail_error, language_of, stdout
from larsam_desktop.domain.errors import UserError


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("team", help="team mode on a shared server (administrator)")
    sub = parser.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    sub.add_parser("init", help="schema, roles and policies on an empty database")
    sub.add_parser("upgrade", help="migrate the server's schema and refresh the policies")
    add = sub.add_parser("add-coach", help="a login of a coach's own, in one or more teams")
    add.add_argument("name", help="the coach's name as LärSam shows it")
    add.add_argument("--login", required=True, help="the database login to create")
    add.add_argument(
        "--team", action="append", required=True, metavar="LC", help="a lärcentrum (repeatable)"
    )
    add.add_argument(
        "--password-file",
        type=Path,
        help="read the password from this file (else a one-time password is printed)",
    )
    remove = sub.add_parser("remove-coach", help="the login can no longer log in; history stays")
    remove.add_argument("login")
    sub.add_parser("teams", help="the teams (lärcentrum) and their logins")
    share = sub.add_parser("share-note", help="let a coach open one restricted note (logged)")
    share.add_argument("contact_id", type=int, help="the contact the restricted note belongs to")
    share.add_argument("--with", dest="login", required=True, help="the login to share with")
    sub.add_parser("verify-log", help="check the server's keyed change log")
    backup = sub.add_parser("backup", help="pg_dump (custom format), checked with pg_restore")
    backup.add_argument("--out", type=Path, required=True)
    restore = sub.add_parser("restore", help="restore a team backup into this database")
    restore.add_argument("file", type=Path)
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
    from larsam_desktop.services.team import TeamService

    assert isinstance(service, TeamService)
    out = stdout()
    action = args.team_command
    if action in ("init", "upgrade"):
        result = service.init() if action == "init" else service.upgrade()
        print(
            f"team mode ready at schema {result.schema.revision} ({result.schema.action}); "
            f"owner {result.owner}, coach group {result.coach_group}",
            file=out,
        )
    elif action == "add-coach":
        password = _read_password(args.password_file) if args.password_file else None
        made = service.add_coach(
            name=args.name, login=args.login, teams=args.team, password=password
        )
        print(f"added {args.login} to {', '.join(args.team)}", file=out)
        if made is not None:
            print(f"one-time password (give it to the coach, then forget it): {made}", file=out)
    elif action == "remove-coach":
        service.remove_coach(args.login)
        print(f"{args.login} can no longer log in; the history is kept", file=out)
    elif action == "teams":
        for team in service.teams():
            print(f"{team.centre_id}\t{team.name}\t{', '.join(team.logins) or '-'}", file=out)
    elif action == "share-note":
        service.share_note(contact_id=args.contact_id, login=args.login)
        print(f"the restricted note of contact {args.contact_id} is shared with {args.login}")
    elif action == "verify-log":
        broken = service.verify_log()
        if broken is not None:
            return fail(f"the server's change log is broken at entry {broken}")
        print("the server's change log is intact", file=out)
    elif action == "backup":
        entries = service.backup(args.out)
        print(f"backed up to {args.out} ({entries} entries, checked)", file=out)
    else:
        entries = service.restore(args.file)
        print(f"restored {args.file} ({entries} entries)", file=out)
    return 0


def _read_password(path: Path) -> str:
    try:
        password = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        print(f"the password file cannot be read: {exc.strerror}", file=sys.stderr)
        raise SystemExit(1) from exc
    if not password:
        raise SystemExit("the password file is empty")
    return password
