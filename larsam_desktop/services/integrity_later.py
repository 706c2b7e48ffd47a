"""The start-up integrity check run beside a read-only command instead of before it.

``open_store(..., check_later=True)`` starts SQLite's quick check on its own connection in
a thread (sqlite3 releases the GIL while it steps, so on two cores the check and the
command's big read run at the same time) instead of waiting for it. The check is never
skipped: the command must ``confirm`` it before anything it made leaves the program (the
statistics export renames its file into place only after it), and a failure takes the
same damage path as a check at opening (the file is moved aside, the newest verified
backup named). Only a database whose schema is current is checked later: one that needs a
migration is checked first, as always.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from larsam_desktop.storage import errors
from larsam_desktop.storage.integrity import integrity_problems

if TYPE_CHECKING:
    from larsam_desktop.paths import AppPaths
    from larsam_desktop.storage.database import Database


class PendingCheck:
    """SQLite's quick check of ``database``, running in a thread from construction."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._problems: list[str] = []
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._problems = integrity_problems(self._database, quick=True)
        except BaseException as exc:  # handed to whoever confirms
            self._error = exc

    def wait(self) -> None:
        self._thread.join()

    def confirm(self) -> None:
        """Wait for the check; raise ``DatabaseCorrupt`` (or the storage error a failure to
        read means) as the check at opening would."""
        self.wait()
        if self._error is not None:
            exc = self._error
            if isinstance(exc, SQLAlchemyError | sqlite3.Error):
                known = errors.translate(exc)
                if known is not None:
                    raise known from exc
            raise exc
        if self._problems:
            raise errors.DatabaseCorrupt(
                "The database failed its integrity check: " + self._problems[0]
            )


def confirm_or_move_aside(
    check: PendingCheck | None,
    database: Database,
    paths: AppPaths,
    passphrase: str | None = None,
) -> None:
    """Confirm ``check`` (nothing to do without one); a damaged file is closed and moved
    aside as at opening, and ``DatabaseMovedAside`` is raised."""
    if check is None:
        return
    try:
        check.confirm()
    except errors.DatabaseCorrupt as exc:
        database.dispose()
        if isinstance(exc, errors.DatabaseMovedAside):
            raise
        from larsam_desktop.services.recovery import move_damaged_database_aside

        raise move_damaged_database_aside(paths, exc, passphrase) from exc
