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
    cutoffs,
    demo,
    eligibility,
    encrypt,
    group,
    importing,
    learners,
    merit,
    offerings,
    passphrase,
    plan,
    recover,
    rights,
    stats,
    team,
)
from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import fail, fail_error, language_of
from larsam_desktop.domain.errors import UserError
from larsam_desktop.paths import DATA_DIR_ENV, app_paths
from larsam_desktop.process_setup import file_logging, private_files
from larsam_desktop.services.actor import use_actor_paths
from larsam_desktop.storage import crash_points
from larsam_desktop.storage.errors import DatabaseCorrupt

COMMANDS = (
    check,
    demo,
    eligibility,
    merit,
    cutoffs,
    learners,
    plan,
    audit,
    backup,
    coach_day,
    stats,
    importing,
    rights,
    encrypt,
    recover,
    team,
    offerings,
    group,
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
        "postgresql+psycopg://user@host/db (default: $LARSAM_DATABASE_URL, else the "
        "connection profile larsam.ini); keep passwords out of it: use the keyring or pgpass",
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
    except DatabaseCorrupt as exc:  # met while reading rows: name the restore path
        if context.database_url:
            return fail_error(exc, language_of(args))
        from larsam_desktop.services.recovery import damage_found_later

        found = damage_found_later(context.paths, exc, context.passphrase)
        return fail_error(found, language_of(args))
    except UserError as exc:  # storage trouble, or a command's own: in the command's language
        return fail_error(exc, language_of(args))
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code (``--help``/``--version``/usage errors too).

    Safe to call many times in one process: nothing stays behind (log handler, umask,
    open database, crash-point counts), and the environment (``$LARSAM_DATA_DIR``,
    ``$LARSAM_PASSPHRASE``) is read afresh on every call. Without a command it prints the
    usage: the window is started by ``larsam_desktop.app.main``.
    """
    try:
        args = parse(argv)
    except SystemExit as exc:
        return exit_code(exc)
    if args.command is None:
        build_parser().print_usage(sys.stderr)
        return 2
    return run(args)


def run(args: argparse.Namespace) -> int:
    """Run the parsed command: private files, the log file, the passphrase, the store."""
    crash_points.reset()
    paths = app_paths(args.data_dir)
    with private_files(), file_logging(paths):
        try:
            secret = passphrase.read_passphrase(args)
        except SystemExit as exc:
            return exit_code(exc)
        from larsam_desktop.services.connection_profile import resolve_database_url

        database_url = resolve_database_url(args.database_url, paths)
        use_actor_paths(paths)  # the audit log names this folder's current coach
        return run_command(args, CliContext(paths, database_url, secret))


def exit_code(exc: SystemExit) -> int:
    """The code ``sys.exit`` would give: a message is printed to stderr and means 1."""
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code
    print(exc.code, file=sys.stderr)
    return 1
