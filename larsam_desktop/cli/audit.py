"""``larsam-desktop audit verify | list``: check the keyed hash chain, or read the log."""

from __future__ import annotations

import argparse
import json

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import add_language_option, fail, language_of, stdout


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("audit", help="verify or read the audit log")
    actions = parser.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help="recompute the keyed hash chain and compare its head with the anchors outside "
        "the database; exit 1 with one line per break",
    )
    verify.set_defaults(handler=run_verify)
    listing = actions.add_parser("list", help="the newest entries, newest first")
    listing.add_argument("--learner", type=int, metavar="ID", help="entries about one learner")
    listing.add_argument("--action", metavar="ACTION", help="one kind of entry, e.g. export")
    listing.add_argument("--limit", type=int, default=50, metavar="N")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    add_language_option(listing)  # the text's actions and details (JSON keys stay English)
    listing.set_defaults(handler=run_list)


def run_verify(args: argparse.Namespace, context: CliContext) -> int:
    """Every break on a line of its own (exit 1); restores' rolled-back entries listed."""
    from larsam_desktop.services.audit import AuditService

    report = AuditService(context.open().database).verify()
    out = stdout()
    for rollback in report.rollbacks:
        print(f"note: {rollback.message}", file=out)
    if report.breaks:
        for found in report.breaks:
            fail(f"audit log broken at entry {found.first}: {found.message}")
        return 1
    span = (
        f"entries {report.first_seq}–{report.last_seq}" if report.entries_checked else "no entries"
    )
    print(
        f"audit log intact: {report.entries_checked} entries checked ({span}); "
        f"head compared with {report.anchors} anchor(s) outside the database",
        file=out,
    )
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
        return fail(f"unknown action {args.action!r}; one of: {known}")
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
