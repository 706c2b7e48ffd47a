"""Composition root: arguments, paths, logging; then the CLI command or the GUI."""

from __future__ import annotations

from collections.abc import Sequence

from larsam_desktop.cli.main import parse, run
from larsam_desktop.paths import app_paths
from larsam_desktop.process_setup import file_logging, private_files


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    if args.command is not None:
        return run(args)  # cli.main.run: private files and the log file around the command
    paths = app_paths(args.data_dir)
    with private_files(), file_logging(paths):
        from larsam_desktop.services.connection_profile import (
            ServerFirstScreen,
            resolve_database_url,
        )

        # --database-url, $LARSAM_DATABASE_URL or the connection profile (issue 16); a
        # server's first screen is read on a thread while Qt and the window load.
        url = resolve_database_url(args.database_url, paths)
        early = ServerFirstScreen(url) if url else None
        from larsam_desktop.ui.application import run_gui

        exit_code: int = run_gui(paths, url, server_first=early)
        return exit_code
