"""What the window needs before the store is open, with the standard library only.

Re-exported from ``storage/`` so that ``ui/`` does not import it; nothing here loads
SQLAlchemy (the window paints first, docs/architecture.md "Start-up").
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Protocol

from larsam_desktop.storage.encryption import MIN_PASSPHRASE, is_encrypted_folder
from larsam_desktop.storage.first_screen import FirstScreen, read_first_screen
from larsam_desktop.storage.instance_lock import lock_path

__all__ = [
    "MIN_PASSPHRASE",
    "EarlyFirstScreen",
    "FirstScreen",
    "LocalFirstScreen",
    "is_encrypted_folder",
    "lock_path",
    "read_first_screen",
]

log = logging.getLogger(__name__)
FIRST_SCREEN_ROWS = 100  # the window's first screen


class EarlyFirstScreen(Protocol):
    """A first screen being read while the window is built (the file's or a server's)."""

    def result(self, *, descending: bool) -> FirstScreen | None: ...


class LocalFirstScreen:
    """The data folder's first screen, read on a thread that ``app.main`` starts before Qt
    is imported: SQLite reads the file without the GIL while the interpreter imports Qt and
    the window. Read in ascending name order; the other order is read when asked for."""

    WAIT_S = 2.0  # a local file: its timeout (1 s for a lock) ends the read sooner

    def __init__(self, database: Path, *, limit: int = FIRST_SCREEN_ROWS) -> None:
        self._database, self._limit = database, limit
        self._found: list[FirstScreen | None] = []
        self._thread = threading.Thread(
            target=lambda: self._found.append(self._read(False)),
            name="larsam-first-screen",
            daemon=True,
        )
        self._thread.start()

    def _read(self, descending: bool) -> FirstScreen | None:
        try:
            return read_first_screen(self._database, limit=self._limit, descending=descending)
        except Exception:  # a preview only: any doubt and the normal path runs
            log.exception("the first screen failed")
            return None

    def result(self, *, descending: bool) -> FirstScreen | None:
        if descending:
            return self._read(True)
        self._thread.join(self.WAIT_S)
        return self._found[0] if self._found else None
