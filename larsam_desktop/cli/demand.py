"""``larsam-desktop demand export``: the regional demand report (issue 17).

    larsam-desktop demand export --format csv|xlsx|pdf --out PATH
                                 [--period P | --from P --to P] [--note TEXT] [--language sv|en]

Learners aiming at each programme by home municipality and the first term they can be
eligible, and throughput (started → studying, completed, discontinued) per offering and
target group — aggregates only, protected like ``stats export`` (fixed periods, cell-key
perturbation, the folder's threshold k, linked suppression, the publication register).
Lärcentra's CSV or XLSX demand exports of one period are combined with ``stats merge``.
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

CONTEXT = "DemandCli"
FORMATS = ("csv", "xlsx", "pdf")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    parser = commands.add_parser(
        "demand",
        help=texts.translate(
            "CliHelp", "regional demand for programmes, and throughput (anonymised, protected)"
        ),
    )
    actions = parser.add_subparsers(dest="demand_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export",
        help=texts.translate(
            "CliHelp", "write the protected demand report and record the publication"
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
        help=texts.translate("CliHelp", "a term, calendar year or school year (HT2025, 2025)"),
    )
    export.add_argument(
        "--from",
        dest="start",
        metavar="PERIOD",
        help=texts.translate("CliHelp", "first term (VT2024)"),
    )
    export.add_argument(
        "--to", dest="end", metavar="PERIOD", help=texts.translate("CliHelp", "last term (HT2025)")
    )
    export.add_argument(
        "--note",
        metavar="TEXT",
        help=texts.translate("CliHelp", "who receives it, for the register"),
    )
    add_language_option(export)
    export.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import UserError
    from larsam_desktop.domain.statistics.periods import choose_period
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.clock import local_today, utc_now
    from larsam_desktop.services.demand_report import DemandReporter, gap_terms
    from larsam_desktop.services.eligibility_data import load_eligibility_data
    from larsam_desktop.services.stats_export.export import check_writable

    language = language_of(args)
    try:
        period = choose_period(args.period, args.start, args.end, local_today(utc_now))
        check_writable(args.out)
        database = context.open().database
        data = load_eligibility_data()
        reporter = DemandReporter(
            database, data.target_names("sv"), gaps=gap_terms(data, local_today(utc_now))
        )
        result = reporter.export(
            args.out, period, fmt=args.format, note=args.note, language=language
        )
    except UserError as exc:
        return fail_error(exc, language)
    manifest = result.manifest
    template = Texts(language).translate(
        "DemandCli",
        "Wrote the {format} demand report for {learners} learners ({period}, k = {k}, "
        "{hidden} cells hidden) to {path}.",
    )
    stdout().write(
        template.format(
            format=result.format.upper(),
            learners=result.learners,
            period=manifest.period,
            k=manifest.k,
            hidden=result.hidden_cells,
            path=result.path,
        )
        + "\n"
    )
    return 0
