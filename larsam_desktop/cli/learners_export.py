"""``larsam-desktop learners export --out PATH [--format csv|xlsx] [--columns A,B,…]
[--search TEXT]``: the caseload with the chosen columns (personnummer only when named)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import (
    add_language_option,
    cli_texts,
    fail,
    fail_error,
    language_of,
    stdout,
)
from larsam_desktop.domain.errors import fill

# Kept in step with services.caseload_export (not imported here: the parser stays light).
DEFAULT_COLUMNS = (
    "family_name,given_name,birth_year,municipality,learning_centre,coach,stage,last_contact_on"
)


def register_export(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    export = actions.add_parser(
        "export",
        help=texts.translate(
            "CliHelp", "write the caseload to a CSV or XLSX file with chosen columns"
        ),
    )
    export.add_argument("--out", required=True, metavar="PATH", type=Path)
    export.add_argument(
        "--format",
        choices=("csv", "xlsx"),
        help=texts.translate("CliHelp", "default: from the file name's suffix"),
    )
    export.add_argument(
        "--columns",
        default=DEFAULT_COLUMNS,
        metavar="A,B,…",
        help=fill(
            texts.translate(
                "CliHelp",
                "comma-separated; personnummer only when named here (default: {default}; "
                "also id, personnummer, phone, email, city, stage_since)",
            ),
            {"default": ", ".join(DEFAULT_COLUMNS.split(","))},  # wraps between names
        ),
    )
    export.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help=texts.translate("CliHelp", "as in the search box"),
    )
    add_language_option(export)  # headers, sheet name and stage names
    export.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.caseload import CaseloadQuery
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.atomic_file import OutputNotWritable
    from larsam_desktop.services.caseload_export import (
        CaseloadExport,
        ExportFormat,
        UnknownColumn,
        check_columns,
    )
    from larsam_desktop.services.catalogue import Texts

    language = language_of(args)
    texts = Texts(language)
    suffix = args.out.suffix.lower().lstrip(".")
    chosen = args.format or (suffix if suffix in ("csv", "xlsx") else None)
    if chosen is None:
        return fail(
            texts.translate(
                "LearnersExportCli",
                "say --format csv or --format xlsx (the file name has neither suffix)",
            )
        )
    try:
        columns = check_columns([c.strip() for c in args.columns.split(",") if c.strip()])
    except UnknownColumn as exc:
        return fail_error(exc, language)
    store = context.open()
    interactive = sys.stderr.isatty()

    counting = texts.translate("LearnersExportCli", "{done}/{total} learners")

    def progress(done: int, total: int) -> None:
        if interactive:
            text = fill(counting, {"done": f"{done:,}", "total": f"{total:,}"})
            print(f"\r{text}", end="", file=sys.stderr, flush=True)

    try:
        result = CaseloadExport(store.database).export(
            args.out,
            ExportFormat(chosen),
            columns,
            CaseloadQuery(text=args.search),
            progress=progress,
            language=language,
        )
    except OutputNotWritable as exc:
        return fail_error(exc, language)
    finally:
        if interactive:
            print(file=sys.stderr)
    rows = result.rows  # a plain name: lupdate reads the count argument so
    done = texts.translate("LearnersExportCli", "Wrote %n learner(s) to {path}.", None, rows)
    print(fill(done, {"path": str(result.path)}), file=stdout())
    return 0
