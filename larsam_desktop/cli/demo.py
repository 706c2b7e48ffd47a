"""``larsam-desktop demo --learners N [--seed S] [--language sv|en]``."""

from __future__ import annotations

import argparse
import sys
import time

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import (
    add_language_option,
    cli_texts,
    fail_error,
    language_of,
    stdout,
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    texts = cli_texts()
    parser = commands.add_parser(
        "demo", help=texts.translate("CliHelp", "fill the database with synthetic demo learners")
    )
    parser.add_argument(
        "--learners",
        type=int,
        required=True,
        metavar="N",
        help=texts.translate("CliHelp", "how many learners to generate"),
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help=texts.translate(
            "CliHelp", "random seed; the same seed gives the same learners (default 1)"
        ),
    )
    add_language_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.domain.errors import fill
    from larsam_desktop.services.catalogue import Texts
    from larsam_desktop.services.demo import DemoGenerator, DemoRefused

    texts = Texts(language_of(args))
    counting = texts.translate("DemoCli", "{done}/{total} learners")
    store = context.open()
    started = time.perf_counter()
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            text = fill(counting, {"done": f"{done:,}", "total": f"{total:,}"})
            print(f"\r{text}", end="", file=sys.stderr, flush=True)

    try:
        result = DemoGenerator(store.database).generate(
            args.learners, seed=args.seed, progress=progress
        )
    except DemoRefused as exc:
        return fail_error(exc, language_of(args))
    finally:
        if interactive:
            print(file=sys.stderr)
    elapsed = time.perf_counter() - started
    count = result.learners
    added = texts.translate(
        "DemoCli",
        "Added %n demo learner(s) ({with_personnummer} with test personnummer, {coaches} "
        "coaches) to {database} in {seconds} s.",
        None,
        count,
    )
    seconds = f"{elapsed:.1f}" if texts.language == "en" else f"{elapsed:.1f}".replace(".", ",")
    params: dict[str, str | int] = {
        "with_personnummer": result.with_personnummer,
        "coaches": result.coaches,
        "database": store.database.describe(),
        "seconds": seconds,
    }
    print(fill(added, params), file=stdout())
    return 0
