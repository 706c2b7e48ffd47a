"""``larsam-desktop offerings``: the programme offerings of the region's universities.

    larsam-desktop offerings import FILE [--dry-run]
    larsam-desktop offerings list [--format text|json]
    larsam-desktop offerings export --out FILE.csv|FILE.xlsx

FILE is the offerings file a university or the region sends (CSV, XLSX or ODS; columns in
``domain/offering_file.py``, Swedish or English headers). One bad line and nothing is stored:
every bad line is named. Text in ``--language sv|en`` (default: the locale).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import (
    add_language_option,
    cli_texts,
    fail_error,
    language_of,
    stdout,
)

if TYPE_CHECKING:
    from larsam_desktop.domain.offerings import StoredOffering
    from larsam_desktop.services.catalogue import Texts

CONTEXT = "OfferingsCli"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    parser = commands.add_parser(
        "offerings", help=texts.translate("CliHelp", "programme offerings (utbildningsutbud)")
    )
    actions = parser.add_subparsers(dest="offerings_action", metavar="ACTION", required=True)
    importing = actions.add_parser(
        "import", help=texts.translate("CliHelp", "import a university's or the region's file")
    )
    importing.add_argument("file", metavar="FILE", type=Path)
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=texts.translate("CliHelp", "check only; store nothing"),
    )
    add_language_option(importing)
    importing.set_defaults(handler=run_import)
    listing = actions.add_parser(
        "list", help=texts.translate("CliHelp", "every offering, by start term")
    )
    listing.add_argument("--format", choices=("text", "json"), default="text")
    add_language_option(listing)
    listing.set_defaults(handler=run_list)
    export = actions.add_parser(
        "export", help=texts.translate("CliHelp", "every offering as CSV or XLSX (by the suffix)")
    )
    export.add_argument("--out", required=True, metavar="FILE", type=Path)
    add_language_option(export)
    export.set_defaults(handler=run_export)


def _services(context: CliContext) -> tuple[Any, Any]:
    from larsam_desktop.services.eligibility_data import load_eligibility_data
    from larsam_desktop.services.offering_import import OfferingFiles
    from larsam_desktop.services.offerings import OfferingService

    database = context.open().database
    offerings = OfferingService(database, load_eligibility_data())
    return offerings, OfferingFiles(database, offerings)


def run_import(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.cli.importing import current_actor_for
    from larsam_desktop.domain.errors import UserError, fill
    from larsam_desktop.services.catalogue import Texts

    language = language_of(args)
    texts = Texts(language)
    _offerings, files = _services(context)
    try:
        result = files.import_file(
            args.file, dry_run=args.dry_run, actor=current_actor_for(context)
        )
    except UserError as exc:
        return fail_error(exc, language)
    if result.dry_run:
        template = texts.translate(
            "OfferingsCli",
            "Checked {rows} offerings: {added} new, {updated} to update. Nothing was "
            "stored (--dry-run).",
        )
    else:
        template = texts.translate(
            "OfferingsCli", "Imported {rows} offerings: {added} new, {updated} updated."
        )
    params = {"rows": result.rows, "added": result.added, "updated": result.updated}
    stdout().write(fill(template, params) + "\n")
    return 0


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.services.catalogue import Texts

    language = language_of(args)
    offerings, _files = _services(context)
    stored = offerings.listing()
    out = stdout()
    if args.format == "json":
        json.dump([offering_json(s) for s in stored], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    texts = Texts(language)
    if not stored:
        out.write(texts.translate("OfferingsCli", "No offerings yet.") + "\n")
    for s in stored:
        out.write(offering_line(s, texts) + "\n")
    return 0


def run_export(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import UserError, fill
    from larsam_desktop.services.catalogue import Texts

    language = language_of(args)
    _offerings, files = _services(context)
    try:
        count = files.export(args.out, language=language)
    except UserError as exc:
        return fail_error(exc, language)
    template = Texts(language).translate("OfferingsCli", "Wrote {count} offerings to {path}.")
    stdout().write(fill(template, {"count": count, "path": str(args.out)}) + "\n")
    return 0


def offering_json(stored: StoredOffering) -> dict[str, Any]:
    o = stored.offering
    return {
        "id": stored.id,
        "university": o.university,
        "target": o.target_id,
        "programme": stored.programme,
        "name": o.name,
        "code": o.code,
        "start_term": str(o.start_term),
        "study_form": o.study_form.value,
        "learning_centre": stored.learning_centre or None,
        "pace_percent": o.pace_percent,
        "places": o.places,
        "application_opens": o.application_opens.isoformat(),
        "application_closes": o.application_closes.isoformat(),
        "complete_by": o.complete_by.isoformat(),
        "meetings": list(stored.meetings),
    }


def offering_line(stored: StoredOffering, texts: Texts) -> str:
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.offerings import STUDY_FORM_TEXTS

    o = stored.offering
    form = texts.translate("Offerings", STUDY_FORM_TEXTS[o.study_form])
    if stored.learning_centre:
        form = f"{form}, {stored.learning_centre}"
    template = texts.translate("OfferingsCli", "complete by {date}")
    return (
        f"[{stored.id}] {o.start_term}  {stored.programme} – {o.university} ({form}, "
        f"{o.pace_percent} %), {fill(template, {'date': o.complete_by.isoformat()})}"
    )
