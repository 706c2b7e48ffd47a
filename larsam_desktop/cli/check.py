"""``larsam-desktop check [--language sv|en]``: integrity and schema version, one line,
exit 0 when healthy."""

from __future__ import annotations

import argparse

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import add_language_option, cli_texts, fail, language_of, stdout


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    parser = commands.add_parser(
        "check",
        help=texts.translate("CliHelp", "check the database's integrity and schema version"),
    )
    add_language_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.store import check_health

    texts = Texts(language_of(args))
    report = check_health(context.open())
    if report.problems:  # a sentence of the catalogue; SQLite's own lines go to the log
        from larsam_desktop.storage.integrity import integrity_failure

        failed = texts.translate("CheckCli", "{problem} ({location})")
        problem = texts.error(integrity_failure(report.problems))
        return fail(fill(failed, {"problem": problem, "location": report.location}))
    if not report.healthy:
        wrong = texts.translate("CheckCli", "schema {found} where {expected} is expected")
        found = {"found": str(report.schema_revision), "expected": str(report.expected_revision)}
        return fail(fill(wrong, found))
    if report.is_demo:
        count = report.learner_count
        line = texts.translate(
            "CheckCli",
            "healthy: schema {schema} (current), %n learner(s), demo data, {location}",
            None,
            count,
        )
    else:
        count = report.learner_count
        line = texts.translate(
            "CheckCli",
            "healthy: schema {schema} (current), %n learner(s), {location}",
            None,
            count,
        )
    params = {"schema": str(report.schema_revision), "location": report.location}
    print(fill(line, params), file=stdout())
    return 0
