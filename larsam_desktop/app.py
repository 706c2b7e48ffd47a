"""Composition root: arguments, paths, logging; then the CLI command or the GUI.

The window's start reads its few options without ``cli.main`` (whose parser registers every
command and imports their modules: a tenth of a second before the first paint); anything
else on the command line (a command, ``--help``, an abbreviation, a typo) goes to the full
parser, so its messages stay what they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from larsam_desktop.paths import app_paths
from larsam_desktop.process_setup import file_logging, private_files

# The global options the window uses, as ``cli.main``'s parser names them (its ``dest``);
# tests/test_startup_imports.py checks both parsers agree on every start of the window.
WINDOW_OPTIONS = {"--data-dir": "data_dir", "--database-url": "database_url"}


def window_options(argv: Sequence[str]) -> dict[str, str | None] | None:
    """``argv``'s options when it only starts the window with the options above, in the
    forms ``--opt VALUE`` and ``--opt=VALUE`` (the last one wins, as argparse does); None
    for anything else."""
    found: dict[str, str | None] = dict.fromkeys(WINDOW_OPTIONS.values())
    words = list(argv)
    while words:
        word = words.pop(0)
        option, equals, value = word.partition("=")
        if option not in WINDOW_OPTIONS:
            return None
        if not equals:
            if not words or words[0].startswith("-"):
                return None  # argparse's "expected one argument", in its own words
            value = words.pop(0)
        found[WINDOW_OPTIONS[option]] = value
    return found


def main(argv: Sequence[str] | None = None) -> int:
    import sys

    words = sys.argv[1:] if argv is None else list(argv)
    options = window_options(words)
    if options is None:
        from larsam_desktop.cli.main import parse, run

        args = parse(words)
        if args.command is not None:
            return run(args)  # cli.main.run: private files and the log file around it
        options = {dest: getattr(args, dest) for dest in WINDOW_OPTIONS.values()}
    return start_window(options["data_dir"], options["database_url"])


def start_window(data_dir: str | None, database_url: str | None) -> int:
    paths = app_paths(data_dir)
    with private_files(), file_logging(paths):
        from larsam_desktop.services.connection_profile import (
            ServerFirstScreen,
            resolve_database_url,
        )
        from larsam_desktop.services.startup import LocalFirstScreen

        # --database-url, $LARSAM_DATABASE_URL or the connection profile (issue 16). The
        # first screen (server or file) is read on a thread while Qt and the window load.
        url = resolve_database_url(database_url, paths)
        early = ServerFirstScreen(url) if url else LocalFirstScreen(paths.database)
        import PySide6  # noqa: F401  (installs its import hook, which the next line lightens)

        from larsam_desktop.ui.qt_source_cache import stop_caching_sources

        stop_caching_sources()  # PySide6 keeps no module's source (ui/qt_source_cache.py)
        from larsam_desktop.ui.application import run_gui

        exit_code: int = run_gui(paths, url, first_screen=early)
        return exit_code
