"""Composition root: arguments, paths, logging; then the CLI command or the GUI."""

from __future__ import annotations

import logging
import logging.handlers
import os
from collections.abc import Sequence

from larsam_desktop.cli.context import CliContext
from larsam_desktop.cli.main import parse, run_command
from larsam_desktop.paths import AppPaths, resolve_data_dir


def configure_logging(paths: AppPaths) -> None:
    """Log to a rotating file in the data folder. Never log personnummer or names."""
    try:
        paths.ensure()
        paths.logs.mkdir(mode=0o700, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.logs / "larsam.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # a read-only data folder is reported elsewhere
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    if os.name == "posix":
        os.umask(0o077)  # everything the app writes (database, logs, backups) is private
    args = parse(argv)
    paths = AppPaths(resolve_data_dir(args.data_dir))
    configure_logging(paths)
    if args.command is None:
        from larsam_desktop.ui.application import run_gui

        exit_code: int = run_gui(paths, args.database_url)
        return exit_code
    from larsam_desktop.cli.passphrase import read_passphrase

    return run_command(args, CliContext(paths, args.database_url, read_passphrase(args)))
