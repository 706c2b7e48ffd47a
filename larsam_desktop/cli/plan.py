"""``larsam-desktop plan``: individual study plans, drafted and printed without the window.

    larsam-desktop plan draft --learner ID [--target T] [--start TERM] [--pace full|half]
    larsam-desktop plan pdf --learner ID --out FILE.pdf
    larsam-desktop plan pdf --all [--search TEXT] --out-dir DIR

``draft`` adds the courses the learner still lacks for the plan's goal (what "Add the
missing courses" does in the plan tab), saves the plan and lists what it added; bad input
(an unknown learner, target or term) names the field and writes nothing.

Every subcommand takes ``--language sv|en`` (default: the locale). Options for ``pdf``:
``--show-personnummer`` (masked by
default), ``--on YYYY-MM-DD`` (the date of the eligibility summary, default today). The
lärcentrum header comes from ``print-settings.json`` in the data folder, as in the window.
``--all`` writes one file per learner with a plan, named by id and name (never the
personnummer). A missing learner, a learner without a plan or a path that cannot be written
ends with exit status 1 and one line on stderr, and no partial file is left behind.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import (
    add_language_option,
    cli_texts,
    fail,
    iso_date,
    language_of,
    os_reason,
    stdout,
)
from larsam_desktop.cli.plan_draft import fill, register_draft
from larsam_desktop.services.catalogue import Texts


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    plan = commands.add_parser("plan", help=texts.translate("CliHelp", "individual study plans"))
    actions = plan.add_subparsers(dest="action", required=True, metavar="ACTION")
    register_draft(actions)
    pdf = actions.add_parser(
        "pdf",
        help=texts.translate("CliHelp", "write study plans as PDF files"),
        description=texts.translate(
            "CliHelp",
            "Write a learner's current study plan (--learner, --out) or the plans "
            "of every learner matching a search (--all, --out-dir) as A4 PDF files.",
        ),
    )
    which = pdf.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--learner", metavar="ID", help=texts.translate("CliHelp", "internal id or personnummer")
    )
    which.add_argument(
        "--all", action="store_true", help=texts.translate("CliHelp", "every learner with a plan")
    )
    pdf.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help=texts.translate("CliHelp", "with --all: as in learners list"),
    )
    pdf.add_argument(
        "--out",
        metavar="FILE.pdf",
        help=texts.translate("CliHelp", "with --learner: the file to write"),
    )
    pdf.add_argument(
        "--out-dir",
        metavar="DIR",
        help=texts.translate("CliHelp", "with --all: the folder to write into"),
    )
    add_language_option(pdf)
    pdf.add_argument(
        "--show-personnummer",
        action="store_true",
        help=texts.translate("CliHelp", "print the personnummer in full"),
    )
    pdf.add_argument(
        "--on",
        metavar="YYYY-MM-DD",
        type=iso_date,
        help=texts.translate("CliHelp", "eligibility date"),
    )
    pdf.set_defaults(handler=run_pdf)


def run_pdf(args: argparse.Namespace, context: CliContext) -> int:
    texts = Texts(language_of(args))
    if args.learner and (not args.out or args.out_dir):
        return fail(texts.translate("PlanCli", "--learner needs --out FILE.pdf (and no --out-dir)"))
    if args.all and (not args.out_dir or args.out):
        return fail(texts.translate("PlanCli", "--all needs --out-dir DIR (and no --out)"))
    if args.search and not args.all:
        return fail(texts.translate("PlanCli", "--search goes with --all"))

    from larsam_desktop.services.eligibility_data import load_eligibility_data
    from larsam_desktop.services.learners import LearnerNotFound, LearnerService
    from larsam_desktop.services.merit import MeritService
    from larsam_desktop.services.plan_merit import MeritPlanPrinter
    from larsam_desktop.services.plan_printing import PrintOptions
    from larsam_desktop.services.plans import NoPlan, PlanService
    from larsam_desktop.services.print_settings import load_print_settings

    store = context.open()
    database = store.database
    data = load_eligibility_data()
    # The plan with its competitiveness line, as the window prints it (issue 15).
    printer = MeritPlanPrinter(database, PlanService(database, data), MeritService(database, data))
    settings = load_print_settings(context.paths)

    options = PrintOptions(texts.language, args.show_personnummer, args.on)
    out = stdout()
    if args.learner:
        target = Path(args.out)
        if target.is_dir():
            return fail(
                fill(texts.translate("PlanCli", "%1 is a folder; give a file name"), target)
            )
        try:
            learner_id = LearnerService(database).find(args.learner)
            printer.save(learner_id, target, settings, options)
        except LearnerNotFound as exc:
            return fail(
                texts.error(exc)
                + " "
                + fill(texts.translate("PlanCli", "See larsam-desktop learners list."))
            )
        except NoPlan as exc:
            return fail(
                texts.error(exc)
                + " "
                + fill(texts.translate("PlanCli", "Draft one with plan draft or in the window."))
            )
        except OSError as exc:
            return fail(
                fill(texts.translate("PlanCli", "cannot write %1: %2"), target, os_reason(exc))
            )
        out.write(fill(texts.translate("PlanCli", "wrote %1"), target) + "\n")
        return 0

    from larsam_desktop.domain.caseload import CaseloadQuery
    from larsam_desktop.services.caseload import CaseloadService

    folder = Path(args.out_dir)
    if folder.exists() and not folder.is_dir():
        return fail(fill(texts.translate("PlanCli", "%1 is not a folder"), folder))
    ids = CaseloadService(database).search(CaseloadQuery(text=args.search))
    created = _first_missing(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        result = printer.save_batch(ids, settings, options, out_dir=folder)
    except OSError as exc:
        _remove_if_empty(created)
        return fail(
            fill(texts.translate("PlanCli", "cannot write into %1: %2"), folder, os_reason(exc))
        )
    if not result.plans:
        _remove_if_empty(created)
        return fail(
            fill(
                texts.translate("PlanCli", "none of the %1 matching learners has a study plan"),
                len(ids),
            )
        )
    for path in result.files:
        out.write(fill(texts.translate("PlanCli", "wrote %1"), path) + "\n")
    summary = texts.translate("PlanCli", "%1 plans written; %2 matching learners have no plan")
    out.write(fill(summary, result.plans, len(result.without_plan)) + "\n")
    return 0


def _first_missing(folder: Path) -> Path | None:
    """The outermost folder of ``folder``'s path that does not exist yet (None: all exist)."""
    missing = None
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing = candidate
    return missing


def _remove_if_empty(created: Path | None) -> None:
    """Take back folders this command made, when nothing was written into them."""
    if created is None or not created.is_dir():
        return
    if any(path.is_file() for path in created.rglob("*")):
        return
    for path in sorted(created.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        path.rmdir()
    created.rmdir()
