"""What a run of the program sets up around itself: private files and the log file.

Both are context managers that undo what they did, so that ``cli.main.main(argv)`` can be
called many times in one process (the test suite does) without piling up log handlers or
leaving the process umask changed.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from collections.abc import Iterator
from contextlib import contextmanager

from larsam_desktop.paths import AppPaths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


@contextmanager
def private_files() -> Iterator[None]:
    """Everything written meanwhile (database, logs, backups) is readable by the user only."""
    if os.name != "posix":
        yield
        return
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)


@contextmanager
def file_logging(paths: AppPaths) -> Iterator[None]:
    """Log to a rotating file in the log folder (paths.logs). Never log personnummer or names."""
    try:
        paths.ensure()
        paths.logs.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.logs / "larsam.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()  # a read-only data folder is reported elsewhere
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    previous_level = root.level
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(previous_level)
        handler.close()
