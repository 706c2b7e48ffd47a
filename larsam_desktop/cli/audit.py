"""``larsam-desktop audit verify | list``: check the keyed hash chain, or read the log."""

from __future__ import annotations

import argparse
import json

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import add_language_option, cli_texts, fail, language_of, stdout


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    parser = commands.add_parser(
        "audit", help=texts.translate("CliHelp", "verify or read the audit log")
    )
    actions = parser.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help=texts.translate(
            "CliHelp",
            "recompute the keyed hash chain and compare its head with the anchors outside "
            "the database; exit 1 with one line per break",
        ),
    )
    add_language_option(verify)
    verify.set_defaults(handler=run_verify)
    listing = actions.add_parser(
        "list", help=texts.translate("CliHelp", "the newest entries, newest first")
    )
    listing.add_argument(
        "--learner",
        type=int,
        metavar="ID",
        help=texts.translate("CliHelp", "entries about one learner"),
    )
    listing.add_argument(
        "--action",
        metavar="ACTION",
        help=texts.translate("CliHelp", "one kind of entry, e.g. export"),
    )
    listing.add_argument("--limit", type=int, default=50, metavar="N")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    add_language_option(listing)  # the text's actions and details (JSON keys stay English)
    listing.set_defaults(handler=run_list)


def run_verify(args: argparse.Namespace, context: CliContext) -> int:
    """Every break on a line of its own (exit 1); restores' rolled-back entries listed."""
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.audit import AuditService
    from larsam_desktop.services.catalogue import Texts

    texts = Texts(language_of(args))
    report = AuditService(context.open().database).verify()
    out = stdout()
    note = texts.translate("AuditCli", "note: {note}")
    for rollback in report.rollbacks:
        # The templates are the window's (audit dialog, context AuditBreak).
        said = fill(texts.translate("AuditBreak", rollback.template), rollback.params)
        print(fill(note, {"note": said}), file=out)
    if report.breaks:
        broken = texts.translate("AuditCli", "audit log broken at entry {seq}: {problem}")
        for found in report.breaks:
            problem = fill(texts.translate("AuditBreak", found.template), found.params)
            fail(fill(broken, {"seq": found.first, "problem": problem}))
        return 1
    count = report.entries_checked
    if count:
        span = texts.translate("AuditCli", "entries {first}–{last}")
        span = fill(span, {"first": report.first_seq, "last": report.last_seq})
    else:
        span = texts.translate("AuditCli", "no entries")
    intact = texts.translate(
        "AuditCli",
        "audit log intact: %n entries checked ({span}); head compared with the anchors "
        "outside the database: {anchors}",
        None,
        count,
    )
    print(fill(intact, {"span": span, "anchors": report.anchors}), file=out)
    return 0


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.audit_labels import details_text
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.audit import AuditAction, AuditFilter, AuditService
    from larsam_desktop.services.audit_text import action_name
    from larsam_desktop.services.catalogue import Texts

    try:
        action = AuditAction(args.action) if args.action else None
    except ValueError:
        known = ", ".join(a.value for a in AuditAction)
        unknown = Texts(language_of(args)).translate(
            "AuditCli", "unknown action {action}; one of: {known}"
        )
        return fail(fill(unknown, {"action": repr(args.action), "known": known}))
    entries = AuditService(context.open().database).entries(
        AuditFilter(action=action, learner_id=args.learner), limit=max(1, args.limit)
    )
    out = stdout()
    if args.format == "json":
        rows = [
            {
                "seq": e.seq,
                "at": e.at.isoformat(),
                "actor": e.actor,
                "action": str(e.action),
                "learner_id": e.learner_id,
                "details": dict(e.details),
            }
            for e in entries
        ]
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    texts = Texts(language_of(args))
    about = texts.translate("AuditCli", "learner {id}")
    for e in entries:
        learner = " " + fill(about, {"id": e.learner_id}) if e.learner_id is not None else ""
        details = details_text(dict(sorted(e.details.items())), texts.language)
        when = e.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        what = action_name(str(e.action), texts)
        print(f"{e.seq:>6}  {when}  {e.actor}  {what}{learner}  {details}".rstrip(), file=out)
    return 0
