"""The learner's rights and retention on the command line.

* ``access-request --learner ID --out-dir DIR [--include-protected-data] [--language sv|en]``
* ``erase-learner --learner ID --yes``; ``hold place|lift --learner ID [--reason TEXT]``
* ``retention show``; ``retention set TYPE --months N|--keep --decision REF``;
  ``retention run [--dry-run]``
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
    stdout,
)
from larsam_desktop.services.catalogue import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from larsam_desktop.services.catalogue import Texts


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    access = commands.add_parser(
        "access-request",
        help=texts.translate(
            "CliHelp", "everything stored about one learner, as JSON and PDF (registerutdrag)"
        ),
    )
    access.add_argument(
        "--learner",
        required=True,
        metavar="ID",
        help=texts.translate("CliHelp", "id or personnummer"),
    )
    access.add_argument("--out-dir", required=True, type=Path, metavar="DIR")
    access.add_argument(
        "--include-protected-data",
        action="store_true",
        help=texts.translate(
            "CliHelp",
            "include the address and contact data of a learner with protected identity "
            "(the decision is logged)",
        ),
    )
    add_language_option(access)  # the PDF's language
    access.set_defaults(handler=run_access_request)
    # The same, in the form the issue named: export-learner ID --out DIR.
    export = commands.add_parser(
        "export-learner", help=texts.translate("CliHelp", "the same as access-request")
    )
    export.add_argument(
        "learner", metavar="ID", help=texts.translate("CliHelp", "id or personnummer")
    )
    export.add_argument(
        "--out", "--out-dir", dest="out_dir", required=True, type=Path, metavar="DIR"
    )
    export.add_argument("--include-protected-data", action="store_true")
    add_language_option(export)
    export.set_defaults(handler=run_access_request)

    erase = commands.add_parser(
        "erase-learner", help=texts.translate("CliHelp", "delete one learner's whole record")
    )
    erase.add_argument(
        "--learner",
        required=True,
        metavar="ID",
        help=texts.translate("CliHelp", "id or personnummer"),
    )
    erase.add_argument(
        "--yes",
        action="store_true",
        help=texts.translate("CliHelp", "confirm: this cannot be undone"),
    )
    add_language_option(erase)
    erase.set_defaults(handler=run_erase)

    hold = commands.add_parser(
        "hold", help=texts.translate("CliHelp", "stop retention and erasure for one learner")
    )
    hold_actions = hold.add_subparsers(dest="hold_action", metavar="ACTION", required=True)
    place = hold_actions.add_parser("place", help=texts.translate("CliHelp", "place a hold"))
    place.add_argument("--learner", required=True, metavar="ID")
    place.add_argument("--reason", required=True, metavar="TEXT")
    add_language_option(place)
    place.set_defaults(handler=run_hold_place)
    lift = hold_actions.add_parser("lift", help=texts.translate("CliHelp", "lift a hold"))
    lift.add_argument("--learner", required=True, metavar="ID")
    add_language_option(lift)
    lift.set_defaults(handler=run_hold_lift)

    retention = commands.add_parser(
        "retention", help=texts.translate("CliHelp", "retention periods and runs (gallring)")
    )
    actions = retention.add_subparsers(dest="retention_action", metavar="ACTION", required=True)
    show = actions.add_parser(
        "show", help=texts.translate("CliHelp", "the periods in force and what is due now")
    )
    add_language_option(show)
    show.set_defaults(handler=run_show)
    setting = actions.add_parser(
        "set", help=texts.translate("CliHelp", "set one record type's period")
    )
    setting.add_argument(
        "record_type",
        choices=("closed_case", "inactive_learner", "audit_log"),
        metavar="TYPE",
        help=texts.translate(
            "CliHelp", "the record type: closed_case, inactive_learner or audit_log"
        ),
    )
    period = setting.add_mutually_exclusive_group(required=True)
    period.add_argument("--months", type=int, metavar="N")
    period.add_argument(
        "--keep",
        action="store_true",
        help=texts.translate("CliHelp", "keep for good (no deletion)"),
    )
    setting.add_argument(
        "--decision",
        default="",
        metavar="REF",
        help=texts.translate("CliHelp", "the decision's reference"),
    )
    add_language_option(setting)
    setting.set_defaults(handler=run_set)
    run = actions.add_parser(
        "run", help=texts.translate("CliHelp", "delete what is due (all at once), or list it")
    )
    run.add_argument(
        "--dry-run",
        action="store_true",
        help=texts.translate("CliHelp", "list what is due; delete nothing"),
    )
    add_language_option(run)
    run.set_defaults(handler=run_retention)


def _learner(context: CliContext, text: str) -> int:
    from larsam_desktop.services.learners import LearnerService

    return LearnerService(context.open().database).find(text)


def run_access_request(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.access_request import AccessRequestService
    from larsam_desktop.services.actor import current_actor
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.learners import LearnerNotFound

    language = language_of(args)
    texts = Texts(language)
    try:
        learner = _learner(context, args.learner)
    except LearnerNotFound as exc:
        return fail_error(exc, language)
    service = AccessRequestService(context.open().database)
    if service.needs_confirmation(learner) and not args.include_protected_data:
        left_out = texts.translate(
            "RightsCli",
            "protected identity: address and contact data are left out "
            "(--include-protected-data to include them; the decision is logged)",
        )
        print(left_out, file=stdout())
    files = service.export(
        learner,
        args.out_dir,
        include_protected=args.include_protected_data,
        actor=current_actor(context.paths),
        language=language,
    )
    wrote = texts.translate("RightsCli", "wrote {json} and {pdf}")
    print(fill(wrote, {"json": str(files.json_path), "pdf": str(files.pdf_path)}), file=stdout())
    return 0


def run_erase(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import ValidationError, fill
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.learners import LearnerNotFound
    from larsam_desktop.services.retention import ErasureService

    texts = Texts(language_of(args))
    if not args.yes:
        return fail(texts.translate("RightsCli", "erasure cannot be undone: add --yes to confirm"))
    try:
        learner = _learner(context, args.learner)
        ErasureService(context.open().database).erase(learner)
    except (LearnerNotFound, ValidationError) as exc:
        return fail_error(exc, language_of(args))
    print(fill(texts.translate("RightsCli", "learner {id} erased"), {"id": learner}), file=stdout())
    return 0


def run_hold_place(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import ValidationError, fill
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.learners import LearnerNotFound
    from larsam_desktop.services.retention import ErasureService

    try:
        learner = _learner(context, args.learner)
        ErasureService(context.open().database).place_hold(learner, args.reason)
    except (LearnerNotFound, ValidationError) as exc:
        return fail_error(exc, language_of(args))
    done = Texts(language_of(args)).translate("RightsCli", "hold placed on learner {id}")
    print(fill(done, {"id": learner}), file=stdout())
    return 0


def run_hold_lift(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.learners import LearnerNotFound
    from larsam_desktop.services.retention import ErasureService

    try:
        learner = _learner(context, args.learner)
    except LearnerNotFound as exc:
        return fail_error(exc, language_of(args))
    lifted = ErasureService(context.open().database).lift_hold(learner)
    texts = Texts(language_of(args))
    done = (
        texts.translate("RightsCli", "hold lifted from learner {id}")
        if lifted
        else texts.translate("RightsCli", "no hold to lift")
    )
    print(fill(done, {"id": learner}), file=stdout())
    return 0


def run_show(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.retention import RetentionService

    texts = Texts(language_of(args))
    service = RetentionService(context.open().database)
    out = stdout()
    for rule in service.rules():
        if rule.is_default:
            source = texts.translate("RightsCli", "default")
        else:
            source = rule.decision_reference or texts.translate("RightsCli", "no reference")
        period = _period(rule.keep_months, texts)
        name = _record_type_name(rule.record_type, texts)
        print(f"{rule.record_type:<17} {period:<20} ({source})  {name}", file=out)
    _print_plan(service.plan(), texts)
    return 0


def _period(months: int | None, texts: Texts) -> str:
    from larsam_desktop.domain.errors import fill

    if months is None:
        return texts.translate("RightsCli", "kept for good")
    return fill(texts.translate("RightsCli", "{months} months"), {"months": months})


def _record_type_name(record_type: str, texts: Texts) -> str:
    """What a record type's code (``closed_case``, kept for ``retention set``) covers."""
    names = {
        "closed_case": QT_TRANSLATE_NOOP("RightsCli", "closed cases (completed or discontinued)"),
        "inactive_learner": QT_TRANSLATE_NOOP("RightsCli", "learners not changed for the period"),
        "audit_log": QT_TRANSLATE_NOOP("RightsCli", "audit log entries"),
    }
    name = names.get(str(record_type))
    return texts.translate("RightsCli", name) if name else str(record_type)


def run_set(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import ValidationError
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.retention import RetentionService

    try:
        rule = RetentionService(context.open().database).save_rule(
            args.record_type, None if args.keep else args.months, args.decision
        )
    except ValidationError as exc:
        return fail_error(exc, language_of(args))
    texts = Texts(language_of(args))
    name = _record_type_name(rule.record_type, texts)
    print(f"{rule.record_type} ({name}): {_period(rule.keep_months, texts)}", file=stdout())
    return 0


def run_retention(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.retention import RetentionService

    texts = Texts(language_of(args))
    result = RetentionService(context.open().database).run(dry_run=args.dry_run)
    _print_plan(result.plan, texts)
    if result.deleted:
        deleted = texts.translate("RightsCli", "deleted: {rows} rows in one transaction (logged)")
        print(fill(deleted, {"rows": result.rows_deleted}), file=stdout())
    elif not result.plan.empty:
        print(texts.translate("RightsCli", "dry run: nothing was deleted"), file=stdout())
    return 0


def _print_plan(plan: object, texts: Texts) -> None:
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.retention import RetentionPlan

    assert isinstance(plan, RetentionPlan)
    out = stdout()
    if plan.empty:
        nothing = texts.translate("RightsCli", "nothing is due ({held} learners on hold)")
        print(fill(nothing, {"held": plan.held}), file=out)
        return
    for kind, count in plan.by_type.items():
        due = texts.translate("RightsCli", "due: {count} learners ({kind})")
        kind_name = f"{kind}: {_record_type_name(kind, texts)}"
        print(fill(due, {"count": count, "kind": kind_name}), file=out)
    entries = texts.translate("RightsCli", "due: {count} audit log entries")
    print(fill(entries, {"count": plan.audit_entries}), file=out)
    held = texts.translate("RightsCli", "on hold (kept): {held} learners")
    print(fill(held, {"held": plan.held}), file=out)
