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
        from larsam_desktop.services.connection_profile import resolve_database_url
        from larsam_desktop.ui.application import run_gui

        # --database-url, $LARSAM_DATABASE_URL or the connection profile (issue 16)
        exit_code: int = run_gui(paths, resolve_database_url(args.database_url, paths))
        return exit_code
