"""Argument parsing and dispatch for ``larsam-desktop``."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from larsam_desktop import __version__
from larsam_desktop.cli import passphrase
from larsam_desktop.cli.argparse_texts import LocalizedParser
from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.output import (
    add_language_option,
    argv_language,
    cli_texts,
    command_language,
    fail,
    fail_error,
    language_of,
    speaking,
    use_language,
)
from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.errors import UserError, fill
from larsam_desktop.paths import DATA_DIR_ENV, app_paths
from larsam_desktop.process_setup import file_logging, private_files
from larsam_desktop.services.actor import release_actor_paths, use_actor_paths
from larsam_desktop.services.catalogue import Texts
from larsam_desktop.storage import crash_points
from larsam_desktop.storage.errors import DatabaseCorrupt

if TYPE_CHECKING:  # never run: names the modules for PyInstaller, which reads imports only
    from larsam_desktop.cli import (  # noqa: F401
        audit,
        backup,
        check,
        coach_day,
        courses,
        cutoffs,
        demand,
        demo,
        eligibility,
        encrypt,
        group,
        importing,
        learners,
        merit,
        offerings,
        plan,
        recover,
        rights,
        stats,
        team,
    )

# Each command's module (in larsam_desktop.cli), in the order ``--help`` lists them. Only
# the chosen command's module is imported (each pulls in its services: a tenth of a
# second for them all); ``--help``, no command or an unknown one import them all. A new
# command: its module's name here, and in COMMAND_MODULES any name it registers that is
# not the module's (tests/cli/test_lazy_commands.py checks both).
COMMANDS = (
    "check",
    "demo",
    "eligibility",
    "merit",
    "cutoffs",
    "learners",
    "plan",
    "audit",
    "backup",
    "coach_day",
    "stats",
    "importing",
    "rights",
    "encrypt",
    "recover",
    "team",
    "offerings",
    "group",
    "courses",
    "demand",
)
COMMAND_MODULES = {
    "today": "coach_day",
    "calendar": "coach_day",
    "import": "importing",
    "access-request": "rights",
    "export-learner": "rights",
    "erase-learner": "rights",
    "hold": "rights",
    "retention": "rights",
}


def _global_parser(language: Language | None = None) -> argparse.ArgumentParser:
    texts = cli_texts() if language is None else Texts(language)
    parser = LocalizedParser(
        prog="larsam-desktop",
        language=texts.language,
        description=texts.translate(
            "CliHelp",
            "LärSam Desktop: case manager for study coaches. "
            "Without a command it starts the window.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=texts.translate("Argparse", "show program's version number and exit"),
    )
    data_dir = texts.translate(
        "CliHelp", "data folder (default: ${env}, else the user data folder)"
    )
    parser.add_argument("--data-dir", metavar="DIR", help=fill(data_dir, {"env": DATA_DIR_ENV}))
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help=texts.translate(
            "CliHelp",
            "a shared PostgreSQL server instead of the local file, e.g. "
            "postgresql+psycopg://user@host/db (default: $LARSAM_DATABASE_URL, else the "
            "connection profile larsam.ini); keep passwords out of it: use the keyring or pgpass",
        ),
    )
    passphrase.add_argument(parser, texts)
    # Also before the command (``larsam-desktop --language sv --help``); a command's own
    # --language, after it, wins (output.language_of).
    add_language_option(parser, dest="root_language")
    return parser


def chosen_modules(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
    """The module of the command in ``argv`` (its first word that is neither a global
    option nor an option's value), or every module when there is none or it is unknown."""
    takes_value = {
        option
        for action in parser._actions
        if action.nargs != 0 and action.option_strings
        for option in action.option_strings
    }
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word in takes_value:
            skip = True
        elif not word.startswith("-"):
            other = word in COMMAND_MODULES.values()  # a module name, not a command name
            module = COMMAND_MODULES.get(word, None if other else word)
            return [module] if module in COMMANDS else list(COMMANDS)
    return list(COMMANDS)


def build_parser(
    argv: Sequence[str] = (), language: Language | None = None
) -> argparse.ArgumentParser:
    """The parser; only the command ``argv`` names is registered (without one, as for
    ``--help``: every command). Its help and errors are in ``language`` (default: the
    running command's, else the locale)."""
    chosen = language or command_language()
    with speaking(chosen):  # the commands' help texts read it while they register
        parser = _global_parser(chosen)
        commands = parser.add_subparsers(dest="command", metavar="COMMAND")
        for name in chosen_modules(parser, argv):
            importlib.import_module(f"larsam_desktop.cli.{name}").register(commands)
        return parser


def run_command(args: argparse.Namespace, context: CliContext) -> int:
    use_language(language_of(args))  # every error line's prefix in the command's language
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
        from larsam_desktop.services.catalogue import Texts

        texts = Texts(language_of(args))
        return fail(texts.translate("CliOutput", "interrupted"), 130)
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: not an error worth a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        use_language(None)
        context.close()


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """``argv`` parsed; help and usage errors in its ``--language``, else the locale's."""
    words = sys.argv[1:] if argv is None else list(argv)
    language = argv_language(words)
    parser = build_parser(words, language)
    with speaking(language):  # --language's own check words its complaint in it
        return parser.parse_args(words)


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
        build_parser(language=language_of(args)).print_usage(sys.stderr)
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
        try:
            return run_command(args, CliContext(paths, database_url, secret))
        finally:
            release_actor_paths(paths)


def exit_code(exc: SystemExit) -> int:
    """The code ``sys.exit`` would give: a message is printed to stderr and means 1."""
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code
    print(exc.code, file=sys.stderr)
    return 1
