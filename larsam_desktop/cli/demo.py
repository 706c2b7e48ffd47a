"""``larsam-desktop demo --learners N [--seed S]``."""

from __future__ import annotations

import argparse
import sys
import time

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import fail_error, language_of, stdout


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("demo", help="fill the database with synthetic demo learners")
    parser.add_argument(
        "--learners", type=int, required=True, metavar="N", help="how many learners to generate"
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help="random seed; the same seed gives the same learners (default 1)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CliContext) -> int:
    from larsam_desktop.services.demo import DemoGenerator, DemoRefused

    store = context.open()
    started = time.perf_counter()
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if interactive:
            print(f"\r{done:,}/{total:,} learners", end="", file=sys.stderr, flush=True)

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
    print(
        f"Added {result.learners} demo learners ({result.with_personnummer} with test "
        f"personnummer, {result.coaches} coaches) to {store.database.describe()} "
        f"in {elapsed:.1f} s.",
        file=stdout(),
    )
    return 0
