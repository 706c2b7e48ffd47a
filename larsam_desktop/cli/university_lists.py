"""``import progress FILE [--dry-run] [--list KIND]`` and ``import applicants FILE
[--dry-run] [--format text|json|csv]``: the lists a university sends back (issue 17).

Registered under the ``import`` command (``cli/importing.py`` hands these two kinds over).
Any bad line: every one printed with its number and field on stderr, exit 1, nothing
written. ``import applicants`` prints the outreach list: each applicant's shortest path
to the programme they applied for, nearest first; each list printed is logged (action
``export``, kind ``outreach``, the current coach), on a dry run too.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import cli_texts, fail, fail_error, language_of, stdout
from larsam_desktop.domain.errors import fill
from larsam_desktop.services.spreadsheet import CsvSheet

if TYPE_CHECKING:
    from larsam_desktop.domain.import_problems import BadRow
    from larsam_desktop.services.applicant_import import ApplicantResult, OutreachEntry
    from larsam_desktop.services.catalogue import Texts

KINDS = ("progress", "applicants")
_CONTEXT = "UniversityListsCli"


def add_options(parser: argparse.ArgumentParser) -> None:
    """The options only these two kinds read."""
    texts = cli_texts()
    parser.add_argument(
        "--list",
        dest="list_kind",
        choices=("registered", "credits", "completed", "discontinued"),
        default=None,
        help=texts.translate(
            "CliHelp", "import progress: what every line of a list without a Status column reports"
        ),
    )
    parser.add_argument(
        "--format",
        dest="list_format",
        choices=("text", "json", "csv"),
        default="text",
        help=texts.translate("CliHelp", "import applicants: how the outreach list is printed"),
    )


def run(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.cli.importing import current_actor_for
    from larsam_desktop.domain.errors import UserError, ValidationError
    from larsam_desktop.services.catalogue import Texts

    language = language_of(args)
    texts = Texts(language)
    try:
        database = context.open().database
        if args.kind == "progress":
            return _progress(args, database, current_actor_for(context), texts)
        return _applicants(args, database, current_actor_for(context), texts)
    except ValidationError as exc:
        from larsam_desktop.services.import_report import reason_text

        return fail("; ".join(reason_text(e, texts).rstrip(".") for e in exc.errors))
    except (UserError, OSError) as exc:
        if isinstance(exc, UserError):
            return fail_error(exc, language)
        return fail(
            fill(texts.translate("UniversityListsCli", "cannot read {file}"), {"file": args.file})
        )


def _print_bad(bad: tuple[BadRow, ...], texts: Texts) -> int:
    from larsam_desktop.services.import_report import bad_row_text

    label = texts.translate("ImportCli", "bad row")
    for row in bad:
        print(f"{label}: {bad_row_text(row, texts)}", file=sys.stderr)
    return fail(
        fill(
            texts.translate("UniversityListsCli", "{bad} bad lines; nothing was imported"),
            {"bad": len(bad)},
        )
    )


def _progress(args: argparse.Namespace, database: Any, actor: str, texts: Texts) -> int:
    from larsam_desktop.domain.university_lists import ProgressEvent
    from larsam_desktop.services.progress_import import ProgressImport

    event = ProgressEvent(args.list_kind) if args.list_kind else None
    result = ProgressImport(database).import_file(
        args.file, event=event, dry_run=args.dry_run, actor=actor
    )
    if result.bad:
        return _print_bad(result.bad, texts)
    counts = {"lines": result.total, "steps": result.steps, "unchanged": result.unchanged}
    if result.written:
        text = texts.translate(
            "UniversityListsCli",
            "imported: {lines} lines, {steps} pathway steps recorded, {unchanged} already known",
        )
    else:
        text = texts.translate(
            "UniversityListsCli",
            "dry run: {lines} lines are fine, {steps} pathway steps; nothing was written",
        )
    print(fill(text, counts), file=stdout())
    return 0


def _applicants(args: argparse.Namespace, database: Any, actor: str, texts: Texts) -> int:
    from larsam_desktop.services.applicant_import import ApplicantImport
    from larsam_desktop.services.eligibility_data import load_eligibility_data

    data = load_eligibility_data()
    result = ApplicantImport(database, data).import_file(
        args.file, dry_run=args.dry_run, actor=actor
    )
    if result.bad:
        return _print_bad(result.bad, texts)
    from larsam_desktop.services.list_audit import ListKind, record_list

    # The outreach list names learners: logged before it is printed, dry run or not.
    record_list(database, ListKind.OUTREACH, rows=len(result.outreach),
                list_format=args.list_format, actor=actor)  # fmt: skip
    names = data.target_names(texts.language)
    out = stdout()
    if args.list_format == "json":
        json.dump(outreach_json(result, names), out, ensure_ascii=False, indent=2)
        print(file=out)
        return 0
    if args.list_format == "csv":
        _outreach_csv(result, names, texts, out)
        return 0
    for entry in result.outreach:
        print(outreach_line(entry, names, texts), file=out)
    counts = {"lines": result.total, "registered": result.registered}
    if result.written:
        text = texts.translate(
            "UniversityListsCli", "imported: {lines} lines, {registered} learners registered"
        )
    else:
        text = texts.translate(
            "UniversityListsCli", "dry run: {lines} lines are fine; nothing was written"
        )
    print(fill(text, counts), file=out)
    return 0


def path_text(entry: OutreachEntry, texts: Texts) -> str:
    """The shortest path in words: eligible now, or the courses and terms it takes."""
    gap = entry.gap
    if gap.eligible:
        return texts.translate("UniversityListsCli", "eligible now")
    if not gap.studyable:
        return fill(
            texts.translate(
                "UniversityListsCli", "missing {points} points ({codes}); not all by studying"
            ),
            {"points": gap.points, "codes": ", ".join(gap.codes)},
        )
    return fill(
        texts.translate(
            "UniversityListsCli",
            "missing {points} points ({codes}): {half} terms at half pace, {full} at full pace",
        ),
        {"points": gap.points, "codes": ", ".join(gap.codes), "half": entry.terms_half,
         "full": entry.terms_full},
    )  # fmt: skip


def next_text(entry: OutreachEntry, texts: Texts) -> str:
    from larsam_desktop.services.student_group import CATEGORY_TEXTS

    upcoming = entry.next_offering
    if upcoming is None or entry.category is None:
        return texts.translate("UniversityListsCli", "no offering of the programme ahead")
    return fill(
        texts.translate(
            "UniversityListsCli",
            "next start {term} at {university} (complete by {date}): {fit}",
        ),
        {"term": upcoming.start_term, "university": upcoming.university,
         "date": upcoming.complete_by.isoformat(),
         "fit": texts.translate("StudentGroup", CATEGORY_TEXTS[entry.category])},
    )  # fmt: skip


def outreach_line(entry: OutreachEntry, names: dict[str, str], texts: Texts) -> str:
    from larsam_desktop.domain.identity import mask_digits

    new = (
        " " + texts.translate("UniversityListsCli", "(registered now)") if entry.registered else ""
    )
    return (
        f"{entry.name} {mask_digits(entry.digits)}{new} — "
        f"{names.get(entry.target_id, entry.target_id)} {entry.term}: "
        f"{path_text(entry, texts)}; {next_text(entry, texts)}"
    )


def outreach_json(result: ApplicantResult, names: dict[str, str]) -> dict[str, Any]:
    """English keys, as every JSON output of the program; personnummer masked."""
    from larsam_desktop.domain.identity import mask_digits

    return {
        "written": result.written,
        "lines": result.total,
        "registered": result.registered,
        "outreach": [
            {
                "line": e.line,
                "learner_id": e.learner_id,
                "name": e.name,
                "personnummer": mask_digits(e.digits),
                "registered_now": e.registered,
                "programme": e.target_id,
                "programme_name": names.get(e.target_id, e.target_id),
                "term": e.term,
                "eligible": e.gap.eligible,
                "gap_points": e.gap.points,
                "gap_courses": list(e.gap.codes),
                "studyable": e.gap.studyable,
                "terms_half_pace": e.terms_half,
                "terms_full_pace": e.terms_full,
                "next_offering": None
                if e.next_offering is None
                else {
                    "id": e.next_offering.id,
                    "university": e.next_offering.university,
                    "start_term": e.next_offering.start_term,
                    "complete_by": e.next_offering.complete_by.isoformat(),
                    "category": str(e.category) if e.category else None,
                },
            }
            for e in result.outreach
        ],
    }


def _outreach_csv(result: ApplicantResult, names: dict[str, str], texts: Texts, out: Any) -> None:
    from larsam_desktop.domain.field_names import field_name
    from larsam_desktop.domain.identity import mask_digits

    writer = CsvSheet(out, lineterminator="\n")  # formula-safe cells
    language = texts.language
    writer.row(
        [field_name(k, language) for k in ("name", "personnummer", "programme", "term")]
        + [
            texts.translate("UniversityListsCli", "Shortest path"),
            texts.translate("UniversityListsCli", "Next start"),
        ]
    )
    for e in result.outreach:
        writer.row(
            [e.name, mask_digits(e.digits), names.get(e.target_id, e.target_id), e.term,
             path_text(e, texts), next_text(e, texts)]
        )  # fmt: skip
