"""``larsam-desktop courses demand``: how many learners need each komvux course, per term
and lärcentrum, from every current study plan (internal planning data, not statistics).

    larsam-desktop courses demand [--term T] [--learning-centre NAME]
                                  [--format text|json|csv] [--out FILE.csv|FILE.xlsx]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import (
    add_language_option,
    cli_texts,
    fail_error,
    language_of,
    stdout,
)
from larsam_desktop.services.spreadsheet import CsvSheet

CONTEXT = "CoursesCli"


def _term(text: str) -> str:
    from larsam_desktop.domain.course_demand import check_term
    from larsam_desktop.domain.errors import fill

    try:
        return check_term(text)
    except ValueError:
        message = cli_texts().translate("CliOutput", "{value} is not a term such as VT2027")
        raise argparse.ArgumentTypeError(fill(message, {"value": repr(text)})) from None


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    parser = commands.add_parser(
        "courses", help=texts.translate("CliHelp", "komvux courses the study plans ask for")
    )
    actions = parser.add_subparsers(dest="courses_action", metavar="ACTION", required=True)
    demand = actions.add_parser(
        "demand",
        help=texts.translate(
            "CliHelp", "learners per course, term and lärcentrum (from current study plans)"
        ),
    )
    demand.add_argument(
        "--term", type=_term, metavar="T", help=texts.translate("CliHelp", "one term, e.g. VT2027")
    )
    demand.add_argument(
        "--learning-centre", metavar="NAME", help=texts.translate("CliHelp", "one lärcentrum")
    )
    demand.add_argument("--format", choices=("text", "json", "csv"), default="text")
    demand.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help=texts.translate("CliHelp", "write CSV or XLSX (by the suffix) here"),
    )
    add_language_option(demand)
    demand.set_defaults(handler=run_demand)


def run_demand(args: argparse.Namespace, context: CliContext) -> int:

    from larsam_desktop.domain.errors import UserError, fill
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.course_demand import (
        CourseDemandService,
        export_headers,
        no_centre,
        planning_note,
    )

    language = language_of(args)
    texts = Texts(language)
    database = context.open().database
    service = CourseDemandService(database, _course_names())
    demand = service.demand().only(term=args.term, learning_centre=args.learning_centre)
    out = stdout()
    if args.out is not None:
        try:
            count = service.export(demand, args.out, language=language)
        except UserError as exc:
            return fail_error(exc, language)
        template = texts.translate("CoursesCli", "Wrote {count} lines to {path}.")
        out.write(fill(template, {"count": count, "path": str(args.out)}) + "\n")
        return 0
    if args.format == "json":
        json.dump(
            {
                "note": "internal planning data, not published statistics",
                "plans": demand.plans,
                "rows": [
                    {
                        "course": r.course_code,
                        "name": r.course_name,
                        "term": r.term,
                        "learning_centre": r.learning_centre or None,
                        "learners": r.learners,
                    }
                    for r in demand.rows
                ],
            },
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
        return 0
    if args.format == "csv":
        writer = CsvSheet(out, lineterminator="\n")  # formula-safe cells
        writer.row(export_headers(texts))
        for r in demand.rows:
            centre = r.learning_centre or no_centre(texts)
            writer.row([r.course_name, r.course_code, r.term, centre, r.learners])
        return 0
    out.write(planning_note(texts) + "\n")
    if not demand.rows:
        out.write(
            texts.translate("CoursesCli", "No current study plan has a course in that term.") + "\n"
        )
        return 0
    for r in demand.rows:
        centre = r.learning_centre or no_centre(texts)
        out.write(f"{r.course_name}, {r.term}, {centre}: {r.learners}\n")
    return 0


def _course_names() -> Callable[[str], str | None]:
    from larsam_desktop.services.eligibility_data import load_eligibility_data

    catalogue = load_eligibility_data().catalogue

    def name(code: str) -> str | None:
        return catalogue.get(code).name if code in catalogue else None

    return name
