"""``larsam-desktop group --offering ID [--format text|json|csv]``: the student group of an
offering — every learner's category (eligible now, in time at half or full pace, not in
time), the shortest gap in points and courses, and the offering's last day to complete.

Filters as in the window: ``--municipality CODE``, ``--centre ID``, ``--target-group G``
(repeatable: upper_secondary_2, foreign_born, first_generation, no_upper_secondary) and
``--category C`` (repeatable). Text in ``--language sv|en`` (default: the locale). Each
list printed is logged (action ``export``, kind ``student_group``, the current coach).
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TextIO

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import (
    add_language_option,
    cli_texts,
    fail_error,
    language_of,
    stdout,
)

if TYPE_CHECKING:
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.student_group import StudentGroup

CONTEXT = "GroupCli"
TARGET_GROUPS = ("upper_secondary_2", "foreign_born", "first_generation", "no_upper_secondary")
CATEGORIES = ("eligible", "reachable_half", "reachable_full", "not_in_time")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    parser = commands.add_parser(
        "group", help=texts.translate("CliHelp", "the student group of an offering")
    )
    parser.add_argument("--offering", required=True, type=int, metavar="ID")
    parser.add_argument("--format", choices=("text", "json", "csv"), default="text")
    parser.add_argument(
        "--municipality",
        metavar="CODE",
        help=texts.translate("CliHelp", "home municipality (kommunkod)"),
    )
    parser.add_argument(
        "--centre", type=int, metavar="ID", help=texts.translate("CliHelp", "lärcentrum id")
    )
    parser.add_argument(
        "--target-group", action="append", choices=TARGET_GROUPS, default=[], metavar="GROUP"
    )
    parser.add_argument("--category", action="append", choices=CATEGORIES, default=[])
    add_language_option(parser)
    parser.set_defaults(handler=run_group)


def run_group(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import UserError
    from larsam_desktop.domain.offerings import GroupCategory, GroupFilter, TargetGroup
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.eligibility_data import load_eligibility_data
    from larsam_desktop.services.offerings import OfferingService
    from larsam_desktop.services.student_group import StudentGroupService

    language = language_of(args)
    database = context.open().database
    data = load_eligibility_data()
    offerings = OfferingService(database, data)
    where = GroupFilter(
        municipality_code=args.municipality,
        learning_centre_id=args.centre,
        groups=frozenset(TargetGroup(g) for g in args.target_group),
        categories=frozenset(GroupCategory(c) for c in args.category),
    )
    try:
        group = StudentGroupService(database, data, offerings).group(args.offering, where)
    except UserError as exc:
        return fail_error(exc, language)
    from larsam_desktop.cli.importing import current_actor_for
    from larsam_desktop.services.list_audit import ListKind, record_list

    # Logged before it is printed: the list names learners (services/list_audit.py).
    record_list(database, ListKind.STUDENT_GROUP, rows=len(group.members),
                list_format=args.format, actor=current_actor_for(context),
                offering=args.offering)  # fmt: skip
    out = stdout()
    texts = Texts(language)
    if args.format == "json":
        json.dump(group_json(group), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "csv":
        write_group_csv(group, out, texts)
    else:
        write_group_text(group, out, texts)
    return 0


def group_json(group: StudentGroup) -> dict[str, Any]:
    o = group.offering.offering
    return {
        "offering": group.offering.id,
        "target": o.target_id,
        "start_term": str(o.start_term),
        "complete_by": o.complete_by.isoformat(),
        "on": group.on.isoformat(),
        "terms_left": [str(t) for t in group.terms_left],
        "counts": {c.value: n for c, n in group.counts.items()},
        "learners": [
            {
                "learner_id": m.learner_id,
                "name": m.name,
                "category": m.category.value,
                "gap_points": m.gap_points,
                "gap_courses": list(m.gap_codes),
                "terms_full_pace": m.terms_full,
                "terms_half_pace": m.terms_half,
                "studyable": m.studyable,
                "deadline": o.complete_by.isoformat(),
                "target_groups": sorted(g.value for g in m.groups),
            }
            for m in group.members
        ],
    }


def _headers(texts: Texts) -> list[str]:
    return [
        texts.translate("GroupCli", "Learner id"),
        texts.translate("GroupCli", "Name"),
        texts.translate("GroupCli", "Category"),
        texts.translate("GroupCli", "Gap (points)"),
        texts.translate("GroupCli", "Courses"),
        texts.translate("GroupCli", "Terms at full pace"),
        texts.translate("GroupCli", "Terms at half pace"),
        texts.translate("GroupCli", "Complete by"),
    ]


def write_group_csv(group: StudentGroup, out: TextIO, texts: Texts) -> None:
    from larsam_desktop.services.spreadsheet import CsvSheet
    from larsam_desktop.services.student_group import CATEGORY_TEXTS

    sheet = CsvSheet(out, lineterminator="\n")
    sheet.row(_headers(texts))
    deadline = group.deadline
    for m in group.members:
        sheet.row(
            [m.learner_id, m.name, texts.translate("StudentGroup", CATEGORY_TEXTS[m.category]),
             m.gap_points, " ".join(m.gap_codes), m.terms_full, m.terms_half, deadline]
        )  # fmt: skip


def write_group_text(group: StudentGroup, out: TextIO, texts: Texts) -> None:
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.student_group import CATEGORY_TEXTS

    o = group.offering.offering
    heading = texts.translate(
        "GroupCli", "{programme} {term}, {university}: complete eligibility by {date}; terms left: "
        "{terms}"
    )  # fmt: skip
    terms = ", ".join(str(t) for t in group.terms_left) or "–"
    out.write(
        fill(heading, {"programme": group.offering.programme, "term": str(o.start_term),
                       "university": o.university, "date": o.complete_by.isoformat(),
                       "terms": terms}) + "\n"
    )  # fmt: skip
    points = texts.translate(
        "GroupCli", "{points} points ({full} terms full time, {half} half time)"
    )
    unstudyable = texts.translate("GroupCli", "needs more than courses")
    for category, count in group.counts.items():
        out.write(f"\n{texts.translate('StudentGroup', CATEGORY_TEXTS[category])}: {count}\n")
        for m in (m for m in group.members if m.category is category):
            if m.category.value == "eligible":
                gap = ""
            elif not m.studyable:
                gap = f"  {unstudyable}"
            else:
                gap = "  " + fill(points, {"points": m.gap_points, "full": m.terms_full,
                                          "half": m.terms_half})  # fmt: skip
                gap += f": {' '.join(m.gap_codes)}"
            out.write(f"  [{m.learner_id}] {m.name}{gap}\n")
