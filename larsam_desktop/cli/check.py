"""``larsam-desktop check``: integrity and schema version, one line, exit 0 when healthy."""

from __future__ import annotations

import argparse

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import fail, stdout


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("check", help="check the database's integrity and schema version")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.services.store import check_health

    report = check_health(context.open())
    if report.problems:
        return fail(f"integrity check failed: {report.problems[0]} ({report.location})")
    if not report.healthy:
        return fail(f"schema {report.schema_revision} where {report.expected_revision} is expected")
    demo = ", demo data" if report.is_demo else ""
    print(
        f"healthy: schema {report.schema_revision} (current), {report.learner_count} learners"
        f"{demo}, {report.location}",
        file=stdout(),
    )
    return 0
