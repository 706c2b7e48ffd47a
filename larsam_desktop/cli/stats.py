"""``larsam-desktop stats export|merge``: anonymised statistics and the regional report.

    stats export --format csv|xlsx|pdf --out PATH [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--k N]
    stats merge FILE... --out PATH

Refusals (k below 5, an empty period, a path that cannot be written, exports that differ
in method or threshold) exit 1 with one line on stderr, and leave no file behind.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import fail, stdout

FORMATS = ("csv", "xlsx", "pdf")
DEFAULT_K = 10  # domain.statistics.protection.DEFAULT_K (not imported: start-up stays light)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "stats", help="anonymised statistics: export them, or merge exports into a regional report"
    )
    actions = parser.add_subparsers(dest="stats_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help="write the statistics of this database (aggregates only, small cells hidden)",
    )
    export.add_argument("--format", choices=FORMATS, required=True, help="file format")
    export.add_argument("--out", type=Path, required=True, metavar="PATH", help="file to write")
    export.add_argument(
        "--from",
        dest="start",
        type=_day,
        metavar="YYYY-MM-DD",
        help="learners who started on the path on or after this day (default: the first)",
    )
    export.add_argument(
        "--to",
        dest="end",
        type=_day,
        metavar="YYYY-MM-DD",
        help="… and on or before this day; later steps are not counted (default: today)",
    )
    export.add_argument(
        "--k",
        type=int,
        default=DEFAULT_K,
        metavar="N",
        help=f"threshold: counts below N are hidden (default {DEFAULT_K}, at least 5)",
    )
    export.set_defaults(handler=run_export)
    merge = actions.add_parser(
        "merge",
        help="combine CSV or XLSX exports of several lärcentra into one regional report",
    )
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE", help="exports to merge")
    merge.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="PATH",
        help="the regional report; its format follows the name (.csv, .xlsx or .pdf)",
    )
    merge.set_defaults(handler=run_merge)


def run_export(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import ValidationError
    from larsam_desktop.domain.statistics.protection import validate_k
    from larsam_desktop.services.statistics import EmptyPeriod, StatisticsFilter
    from larsam_desktop.services.stats_export.export import (
        ExportError,
        StatisticsExporter,
        check_writable,
    )

    try:
        validate_k(args.k)
        check_writable(args.out)
        if args.start and args.end and args.start > args.end:
            return fail(f"the period ends ({args.end}) before it starts ({args.start})")
        store = context.open()
        result = StatisticsExporter(store.database).export(
            args.out,
            StatisticsFilter(start=args.start, end=args.end),
            fmt=args.format,
            k=args.k,
        )
    except ValidationError as exc:
        return fail("; ".join(error.message for error in exc.errors))
    except (EmptyPeriod, ExportError) as exc:
        return fail(str(exc))
    manifest = result.manifest
    print(
        f"Wrote {result.format.upper()} statistics for {result.learners:,} learners "
        f"({manifest.period_from} – {manifest.period_to}, k = {manifest.k}, "
        f"{len(manifest.tables)} tables, {result.hidden_cells} cells hidden) to {result.path}.",
        file=stdout(),
    )
    return 0


def run_merge(args: argparse.Namespace, context: CliContext) -> int:
    # Reads only the export files: the database is never opened.
    from larsam_desktop.domain.errors import ValidationError
    from larsam_desktop.services.stats_export.export import ExportError, merge_files

    try:
        result = merge_files(args.files, args.out)
    except ValidationError as exc:
        return fail("; ".join(error.message for error in exc.errors))
    except ExportError as exc:
        return fail(str(exc))
    manifest = result.manifest
    print(
        f"Merged {manifest.merged_from} exports (k = {manifest.k}) into {result.path} "
        f"({result.format.upper()}, {result.hidden_cells} cells hidden).",
        file=stdout(),
    )
    return 0
