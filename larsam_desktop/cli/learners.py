"""``larsam-desktop learners list [--search TEXT] [--format text|json|csv]``.

Each list printed is logged (action ``export``, kind ``caseload``, the current coach)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.learners_export import register_export
from larsam_desktop.cli.output import add_language_option, cli_texts, language_of, stdout
from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.caseload import CaseloadQuery, CaseloadRow, SortColumn, TargetStanding
from larsam_desktop.domain.pathway import Stage

FIELDS = (
    "id",
    "family_name",
    "given_name",
    "personnummer",
    "birth_date",
    "municipality",
    "learning_centre",
    "coach",
    "phone",
    "email",
    "city",
    "protected_identity",
    "updated_at",
    "stage",
    "stage_since",
    "target",
    "target_standing",
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    learners = commands.add_parser(
        "learners", help=texts.translate("CliHelp", "work with the caseload")
    )
    actions = learners.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser(
        "list", help=texts.translate("CliHelp", "list learners, optionally filtered by a search")
    )
    listing.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help=texts.translate(
            "CliHelp",
            "words that must all match (name, personnummer, municipality, "
            "lärcentrum), as in the search box",
        ),
    )
    listing.add_argument(
        "--stage",
        choices=[s.value for s in Stage],
        help=texts.translate("CliHelp", "only learners at this stage"),
    )
    listing.add_argument(
        "--target-standing",
        choices=[s.value for s in TargetStanding],
        help=texts.translate(
            "CliHelp", "only learners who are eligible for their target, not yet, etc."
        ),
    )
    listing.add_argument("--format", choices=("text", "json", "csv"), default="text")
    listing.add_argument("--sort", choices=[c.value for c in SortColumn], default="name")
    listing.add_argument("--descending", action="store_true")
    listing.add_argument(
        "--show-personnummer",
        action="store_true",
        help=texts.translate("CliHelp", "print personnummer in full (masked by default)"),
    )
    add_language_option(listing)  # the text table's headers (JSON and CSV keep the keys)
    listing.set_defaults(handler=run_list)
    register_export(actions)


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.services.caseload import CaseloadService

    store = context.open()
    query = CaseloadQuery(
        text=args.search,
        stage=args.stage,
        target_standing=TargetStanding(args.target_standing) if args.target_standing else None,
        sort=SortColumn(args.sort),
        descending=args.descending,
    )
    rows = CaseloadService(store.database).list(query)
    records = [_record(row, args.show_personnummer) for row in rows]
    from larsam_desktop.cli.importing import current_actor_for
    from larsam_desktop.services.list_audit import ListKind, record_list

    # Logged before it is printed: the list names learners (services/list_audit.py).
    record_list(store.database, ListKind.CASELOAD, rows=len(records), list_format=args.format,
                actor=current_actor_for(context),
                personnummer=args.show_personnummer)  # fmt: skip
    out = stdout()
    if args.format == "json":
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "csv":
        from larsam_desktop.services.spreadsheet import CsvSheet

        # Through the shared writer: a name that begins like a formula stays text.
        sheet = CsvSheet(out, delimiter=",", lineterminator="\n")
        sheet.row(FIELDS)
        sheet.rows([r[name] for name in FIELDS] for r in records)
    else:
        _write_text(records, out, language_of(args))
    return 0


def _record(row: CaseloadRow, show_personnummer: bool) -> dict[str, Any]:
    return {
        "id": row.id,
        "family_name": row.family_name,
        "given_name": row.given_name,
        "personnummer": (
            row.identity_text(show_full=show_personnummer) if row.personnummer else None
        ),
        "birth_date": row.birth_date.isoformat() if row.birth_date else None,
        "municipality": row.municipality,
        "learning_centre": row.learning_centre,
        "coach": row.coach,
        "phone": row.phone,
        "email": row.email,
        "city": row.city,
        "protected_identity": row.protected_identity.value,
        "updated_at": row.updated_at.isoformat(timespec="seconds"),
        "stage": row.stage,
        "stage_since": row.stage_since.isoformat() if row.stage_since else None,
        "target": row.target_id,
        "target_standing": row.target_standing.value,
    }


def _write_text(records: list[dict[str, Any]], out: Any, language: Language) -> None:
    from larsam_desktop.domain.field_names import field_name
    from larsam_desktop.services.catalogue import Texts

    columns = (
        "id",
        "family_name",
        "given_name",
        "personnummer",
        "municipality",
        "learning_centre",
        "coach",
    )
    headers = tuple("Id" if c == "id" else field_name(c, language) for c in columns)
    table = [headers] + [tuple("" if r[c] is None else str(r[c]) for c in columns) for r in records]
    widths = [max(len(row[i]) for row in table) for i in range(len(columns))]
    for row in table:
        out.write(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
        out.write("\n")
    shown = len(records)  # a plain name: lupdate reads the count argument so
    count = Texts(language).translate("LearnersCli", "%n learner(s)", None, shown)
    out.write(f"{count}\n")
