"""The start-up integrity check run beside a read-only command instead of before it.

``open_store(..., check_later=True)`` starts SQLite's quick check on its own connection in
a thread (sqlite3 releases the GIL while it steps, so on two cores the check and the
command's big read run at the same time) instead of waiting for it. The check is never
skipped: the command must ``confirm`` it before anything it made leaves the program (the
statistics export renames its file into place only after it), and a failure takes the
same damage path as a check at opening (the file is moved aside, the newest verified
backup named). Only a database whose schema is current is checked later: one that needs a
migration is checked first, as always.

Until the verdict, the first statement that writes waits for it (a
``before_cursor_execute`` listener on the engine: anything but a SELECT, PRAGMA or
transaction control): a write made before the check finished waits at most for the rest
of the check, and a failed check refuses it before it is sent — nothing is written to a
damaged file. Reads, even inside a writing unit of work, never wait. The window uses this
too (ui/start_check.py): it attaches the store while the check still runs, so the check
delays neither the first paint nor the coach's first edit by more than the check's
remaining time.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import TYPE_CHECKING, Any

from sqlalchemy import event
from sqlalchemy.exc import SQLAlchemyError

from larsam_desktop.storage import errors
from larsam_desktop.storage.integrity import integrity_failure, integrity_problems

if TYPE_CHECKING:
    from larsam_desktop.paths import AppPaths
    from larsam_desktop.storage.database import Database


class PendingCheck:
    """SQLite's quick check of ``database``, running in a thread from construction; every
    writing unit of work of ``database`` waits for its verdict (and is refused on damage)."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self._problems: list[str] = []
        self._error: BaseException | None = None
        self._passed = False
        self._thread = threading.Thread(target=self._run, name="integrity-check", daemon=True)
        event.listen(database.engine, "before_cursor_execute", self._before_execute)
        self._thread.start()

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def _before_execute(self, *args: Any) -> None:
        # (connection, cursor, statement, parameters, context, executemany)
        if self._passed or not writes(args[2]):
            return
        self.confirm()  # waits; DatabaseCorrupt refuses the write before it is sent
        self._passed = True

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
            raise integrity_failure(self._problems)  # SQLite's English lines: the log only


_READS = ("SELECT", "PRAGMA", "BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "EXPLAIN")
_WRITE_WORDS = ("INSERT", "UPDATE", "DELETE", "REPLACE")


def writes(statement: str) -> bool:
    """Whether an SQL statement may change the file (unknown statements count as writes)."""
    head = statement.lstrip()[:9].upper()
    if head.startswith("WITH"):  # a CTE: a SELECT unless it ends in a DML statement
        upper = statement.upper()
        return any(word in upper for word in _WRITE_WORDS)
    return not head.startswith(_READS)


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
        raise close_and_move_aside(database, paths, exc, passphrase) from exc


def close_and_move_aside(
    database: Database,
    paths: AppPaths,
    damage: errors.DatabaseCorrupt,
    passphrase: str | None = None,
) -> errors.StorageError:
    """The damage path for a check that failed after the store was opened: ``database``
    opens no new connection (one would create an empty file where the damaged one was),
    its connections are closed and the file is moved aside as at opening. Returns the
    error to show (``DatabaseMovedAside`` naming the newest verified backup)."""
    refuse_new_connections(database, damage)
    database.dispose()
    if isinstance(damage, errors.DatabaseMovedAside):
        return damage
    from larsam_desktop.services.recovery import move_damaged_database_aside

    return move_damaged_database_aside(paths, damage, passphrase)


def after_failed_check(
    database: Database,
    paths: AppPaths,
    failure: errors.StorageError,
    passphrase: str | None = None,
) -> errors.StorageError:
    """What a check that failed after opening leads to: damage takes
    ``close_and_move_aside``; a check that could not finish for another reason (the file
    locked or gone) is returned as it is, and nothing is moved."""
    if isinstance(failure, errors.DatabaseCorrupt):
        return close_and_move_aside(database, paths, failure, passphrase)
    return failure


def refuse_new_connections(database: Database, reason: errors.StorageError) -> None:
    """Any later attempt to connect to ``database`` raises ``reason``."""

    def refuse(*_args: object) -> None:
        raise reason

    event.listen(database.engine, "do_connect", refuse)
