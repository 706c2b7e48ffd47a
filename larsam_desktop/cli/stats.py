"""``larsam-desktop stats``: anonymised statistics, the regional report, the register.

    stats export --format csv|xlsx|pdf --out PATH [--period P | --from P --to P]
                 [--k N] [--note TEXT]
    stats merge FILE... --out PATH
    stats published
    stats threshold [--raise N]

Every action takes ``--language sv|en`` (default: the locale, ``services/catalogue``): the
language of the file's titles, headers, labels and notes and of the messages. JSON keys,
section markers and manifest keys stay English, so a Swedish and an English export merge.

A period is a term (HT2025, VT2026), a calendar year (2025) or a school year (2024/25);
``--from``/``--to`` take the same forms (a date range is refused). Without a period the
export covers every term up to the current one. k is the data folder's threshold:
``--k`` may be given but must equal it; ``stats threshold --raise N`` raises it (a new
publication series, logged). Refusals exit 1 with one line on stderr and leave no file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import (
    add_language_option,
    cli_texts,
    fail_error,
    language_of,
    stdout,
)
from larsam_desktop.domain.bilingual import Language
from larsam_desktop.services.catalogue import Texts

CONTEXT = "StatsCli"

FORMATS = ("csv", "xlsx", "pdf")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    parser = commands.add_parser(
        "stats",
        help=texts.translate(
            "CliHelp", "anonymised statistics: export them, or merge exports into a regional report"
        ),
    )
    actions = parser.add_subparsers(dest="stats_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help=texts.translate(
            "CliHelp",
            "write the statistics of this database (aggregates only, perturbed, small cells "
            "hidden) and record the publication",
        ),
    )
    export.add_argument(
        "--format", choices=FORMATS, required=True, help=texts.translate("CliHelp", "file format")
    )
    export.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="PATH",
        help=texts.translate("CliHelp", "file to write"),
    )
    export.add_argument(
        "--period",
        metavar="PERIOD",
        help=texts.translate(
            "CliHelp", "learners who started in this period (HT2025, VT2026, 2025 or 2024/25)"
        ),
    )
    export.add_argument(
        "--from",
        dest="start",
        metavar="PERIOD",
        help=texts.translate("CliHelp", "first term of a run of terms (VT2024)"),
    )
    export.add_argument(
        "--to",
        dest="end",
        metavar="PERIOD",
        help=texts.translate("CliHelp", "last term of a run of terms (HT2025)"),
    )
    export.add_argument(
        "--k",
        type=int,
        metavar="N",
        help=texts.translate(
            "CliHelp",
            "the data folder's threshold, as a check (it must equal it; see stats threshold)",
        ),
    )
    export.add_argument(
        "--note",
        metavar="TEXT",
        help=texts.translate("CliHelp", "who receives it, for the register"),
    )
    add_language_option(export)
    export.set_defaults(handler=run_export)
    merge = actions.add_parser(
        "merge",
        help=texts.translate(
            "CliHelp", "combine CSV or XLSX exports of several lärcentra into one regional report"
        ),
    )
    merge.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="FILE",
        help=texts.translate("CliHelp", "exports to merge"),
    )
    merge.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="PATH",
        help=texts.translate(
            "CliHelp", "the regional report; its format follows the name (.csv, .xlsx or .pdf)"
        ),
    )
    add_language_option(merge)
    merge.set_defaults(handler=run_merge)
    published = actions.add_parser(
        "published", help=texts.translate("CliHelp", "list every export recorded in the register")
    )
    add_language_option(published)
    published.set_defaults(handler=run_published)
    threshold = actions.add_parser(
        "threshold",
        help=texts.translate(
            "CliHelp", "show the data folder's threshold k, or raise it (never lower)"
        ),
    )
    threshold.add_argument(
        "--raise", dest="raise_to", type=int, metavar="N", help=texts.translate("CliHelp", "new k")
    )
    add_language_option(threshold)
    threshold.set_defaults(handler=run_threshold)


def run_export(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import UserError
    from larsam_desktop.domain.statistics.periods import choose_period
    from larsam_desktop.domain.statistics.protection import validate_k
    from larsam_desktop.services.clock import local_today, utc_now
    from larsam_desktop.services.integrity_later import confirm_or_move_aside
    from larsam_desktop.services.statistics import StatisticsFilter
    from larsam_desktop.services.stats_export.export import StatisticsExporter, check_writable

    language = language_of(args)
    try:
        period = choose_period(args.period, args.start, args.end, local_today(utc_now))
        if args.k is not None:
            validate_k(args.k)
        check_writable(args.out)
        # The quick check runs beside the export's read (second core); the file is renamed
        # into place only after it passed, and damage takes the path it takes at opening.
        store = context.open(check_later=True)
        check = store.pending_check
        try:
            result = StatisticsExporter(store.database).export(
                args.out,
                StatisticsFilter(period=period),
                fmt=args.format,
                k=args.k,
                note=args.note,
                confirm=None if check is None else check.confirm,
                language=language,
            )
        except Exception:
            # After the export's transaction rolled back: damage (found before the rename,
            # or beside another failure, such as a read of a malformed page) takes the
            # path it takes at opening.
            confirm_or_move_aside(check, store.database, context.paths, context.passphrase)
            raise
    except UserError as exc:
        return fail_error(exc, language)
    manifest = result.manifest
    texts = Texts(language)
    print(
        texts.translate(
            "StatsCli",
            "Wrote {format} statistics for {learners} learners ({period}, k = {k}, series "
            "{series}, {tables} tables, {hidden} cells hidden) to {path}.",
        ).format(
            format=result.format.upper(),
            learners=_number(result.learners, language),
            period=manifest.period,
            k=manifest.k,
            series=manifest.series,
            tables=len(manifest.tables),
            hidden=result.hidden_cells,
            path=result.path,
        ),
        file=stdout(),
    )
    return 0


def _number(value: int, language: Language) -> str:
    """100,000 in English, 100 000 in Swedish (a no-break space, as Swedish text writes)."""
    text = f"{value:,}"
    return text.replace(",", "\u00a0") if language == "sv" else text


def run_merge(args: argparse.Namespace, context: CliContext) -> int:
    # Reads only the export files: the database is never opened.
    from larsam_desktop.domain.errors import UserError
    from larsam_desktop.services.stats_export.export import merge_files

    language = language_of(args)
    try:
        result = merge_files(args.files, args.out, language=language)
    except UserError as exc:
        return fail_error(exc, language)
    manifest = result.manifest
    print(
        Texts(language)
        .translate(
            "StatsCli",
            "Merged {count} exports (k = {k}) into {path} ({format}, {hidden} cells hidden).",
        )
        .format(
            count=manifest.merged_from,
            k=manifest.k,
            path=result.path,
            format=result.format.upper(),
            hidden=result.hidden_cells,
        ),
        file=stdout(),
    )
    return 0


def run_published(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.services.statistics_register import StatisticsRegister

    texts = Texts(language_of(args))
    register = StatisticsRegister(context.open().database)
    out = stdout()
    rows = register.publications()
    if not rows:
        print(
            texts.translate("StatsCli", "No statistics have been exported from this data folder."),
            file=out,
        )
        return 0
    headings = (
        texts.translate("StatsCli", "when (UTC)"),
        texts.translate("StatsCli", "period"),
        "k",
        texts.translate("StatsCli", "series"),
        texts.translate("StatsCli", "format"),
        texts.translate("StatsCli", "who"),
        texts.translate("StatsCli", "manifest sha-256"),
        texts.translate("StatsCli", "note"),
    )
    print("\t".join(headings), file=out)
    for p in rows:
        print(
            f"{p.created_at:%Y-%m-%d %H:%M}\t{p.period}\t{p.k}\t{p.series}\t{p.format}\t"
            f"{p.actor}\t{p.manifest_hash[:16]}\t{p.recipient_note or ''}",
            file=out,
        )
    return 0


def run_threshold(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import UserError
    from larsam_desktop.services.statistics_register import StatisticsRegister

    language = language_of(args)
    texts = Texts(language)
    register = StatisticsRegister(context.open().database)
    try:
        if args.raise_to is None:
            threshold = register.threshold()
            print(
                texts.translate("StatsCli", "k = {k} (publication series {series}).").format(
                    k=threshold.k, series=threshold.series
                ),
                file=stdout(),
            )
            return 0
        threshold = register.raise_threshold(args.raise_to)
    except UserError as exc:
        return fail_error(exc, language)
    print(
        texts.translate(
            "StatsCli",
            "The threshold is now k = {k}; publication series {series} starts with the next "
            "export.",
        ).format(k=threshold.k, series=threshold.series),
        file=stdout(),
    )
    return 0
