"""Argument parsing and dispatch for ``larsam-desktop``."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from larsam_desktop import __version__
from larsam_desktop.cli import (
    audit,
    backup,
    check,
    coach_day,
    demo,
    eligibility,
    encrypt,
    importing,
    learners,
    passphrase,
    plan,
    rights,
    stats,
)
from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import fail
from larsam_desktop.paths import DATA_DIR_ENV
from larsam_desktop.storage.errors import StorageError

COMMANDS = (
    check,
    demo,
    eligibility,
    learners,
    plan,
    audit,
    backup,
    coach_day,
    stats,
    importing,
    rights,
    encrypt,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="larsam-desktop",
        description="LärSam Desktop: case manager for study coaches. "
        "Without a command it starts the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"data folder (default: ${DATA_DIR_ENV}, else the user data folder)",
    )
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="a shared PostgreSQL server instead of the local file, e.g. "
        "postgresql+psycopg://user@host/db",
    )
    passphrase.add_argument(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(commands)
    return parser


def run_command(args: argparse.Namespace, context: CliContext) -> int:
    try:
        code: int = args.handler(args, context)
        return code
    except StorageError as exc:
        return fail(exc.message)
    except KeyboardInterrupt:
        return fail("interrupted", 130)
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        context.close()


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
