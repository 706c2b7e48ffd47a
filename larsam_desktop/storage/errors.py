"""Environment errors: things that go wrong around the program, not bugs in it.

Each carries a calm one-line message that the GUI shows in a dialog and the CLI prints;
bugs are everything else and reach the crash handler with a traceback.
"""

from __future__ import annotations

import errno
import logging
import sqlite3

from larsam_desktop.domain.errors import UserError

log = logging.getLogger(__name__)

# SQLAlchemy is imported inside translate(): these classes are needed on the start-up path,
# which shows the window before SQLAlchemy (~0.45 s to import here) is loaded.


class StorageError(UserError):
    """A known, explainable problem with the database or its files."""

    default_template = "The database could not be used."


class DatabaseLocked(StorageError):
    default_template = "The database is busy in another program; try again in a moment."


class DatabaseReadOnly(StorageError):
    default_template = "The data folder is read-only; changes cannot be saved."


class DiskFull(StorageError):
    default_template = "The disk is full; free some space. Nothing was saved."


class DatabaseCorrupt(StorageError):
    default_template = "The database file is damaged or is not a LärSam database."


class DamagedContent(DatabaseCorrupt):
    """Damage found while reading rows, after the file passed its start-up check (e.g. a
    text column holding bytes that are not UTF-8). Its message never repeats the text."""

    default_template = (
        "Part of the database file cannot be read: a stored text is damaged. Nothing was "
        "changed; restore the newest backup or ask for help."
    )


class DatabaseUnavailable(StorageError):
    default_template = "The database cannot be opened."


class SchemaTooNew(StorageError):
    """The database was written by a newer LärSam; opening it could damage it."""


class ConcurrentChange(StorageError):
    default_template = "Someone else changed this record meanwhile; reopen it and try again."


def translate(exc: BaseException) -> StorageError | None:
    """Map a DB-API/SQLAlchemy error to a known environment error, or None if it is a bug."""
    from sqlalchemy import exc as sa_exc
    from sqlalchemy.orm import exc as orm_exc

    if isinstance(exc, sa_exc.DBAPIError):
        original = exc.orig
        if isinstance(original, sqlite3.Error) or (
            original is not None and _is_sqlcipher(original)
        ):
            return _from_sqlite(original)
        from larsam_desktop.storage.server_errors import from_server  # issue 16

        server = from_server(exc)
        if server is not None:
            return server
        if isinstance(exc, sa_exc.OperationalError):
            # The driver's own words (English, or the server's language) go to the log;
            # the person reads a sentence of the catalogue and the server's code.
            log.info("database server: %s", (str(original).splitlines() or [""])[0])
            code = getattr(original, "sqlstate", None)
            if code:
                return DatabaseUnavailable(
                    "The database server refused the request (SQLSTATE {code}).", code=str(code)
                )
            return DatabaseUnavailable(
                "The database server cannot be reached; check the address and that the server "
                "is running."
            )
    if isinstance(exc, sqlite3.Error) or _is_sqlcipher(exc):
        return _from_sqlite(exc)
    if isinstance(exc, UnicodeDecodeError):  # a PRAGMA's or a row's text decoded by Python
        return DamagedContent()
    if isinstance(exc, orm_exc.StaleDataError):
        return ConcurrentChange()
    if isinstance(exc, PermissionError):
        return DatabaseReadOnly()
    return None


def is_unique_violation(exc: BaseException) -> bool:
    """Whether ``exc`` (an SQLAlchemy ``IntegrityError``) broke a unique key: PostgreSQL's
    SQLSTATE 23505 or SQLite's "UNIQUE constraint failed". Its text names the key's value
    and the row's fields (personal data): callers show their own message, never this one."""
    original = getattr(exc, "orig", None)
    if getattr(original, "sqlstate", None) == "23505":
        return True
    return isinstance(original, sqlite3.IntegrityError) and "UNIQUE" in str(original)


def is_transaction_conflict(exc: BaseException | None) -> bool:
    """Whether the server aborted ``exc``'s transaction for another one: a deadlock
    (SQLSTATE 40P01) or a serialisation failure (40001). Worth running again."""
    original = getattr(exc, "orig", None)
    return getattr(original, "sqlstate", None) in ("40P01", "40001")


def _is_sqlcipher(exc: object) -> bool:
    """SQLCipher's driver (encrypted databases) has error classes of its own, same texts."""
    return type(exc).__module__.startswith("sqlcipher3")


def _from_sqlite(exc: BaseException) -> StorageError | None:
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseLocked()
    if "readonly" in text or "read-only" in text:
        return DatabaseReadOnly()
    if "full" in text:
        return DiskFull()
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DatabaseCorrupt()
    if "could not decode" in text:  # the sqlite3 module's words for a text not in UTF-8
        return DamagedContent()
    if "unable to open" in text or sqlite_code(exc) == SQLITE_CANTOPEN:
        return DatabaseUnavailable(
            "The database file cannot be opened: SQLite cannot open it; check that its folder "
            "exists and can be reached."
        )
    if "disk i/o" in text or sqlite_code(exc) == SQLITE_IOERR:
        return DatabaseUnavailable(
            "The database file cannot be opened: the disk could not be read or written."
        )
    return None


# SQLite's primary result codes that a person may meet (https://sqlite.org/rescode.html).
SQLITE_PERM, SQLITE_NOMEM, SQLITE_IOERR, SQLITE_CORRUPT = 3, 7, 10, 11
SQLITE_CANTOPEN, SQLITE_AUTH, SQLITE_NOTADB = 14, 23, 26


def sqlite_code(exc: BaseException) -> int | None:
    """The primary SQLite result code of a sqlite3/sqlcipher3 error (``SQLITE_CORRUPT`` is
    11), or None. A number, not the driver's English message, reaches a person."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def system_code(exc: OSError) -> str:
    """``ENOSPC``-style name of an OS error (a code, the same in every language)."""
    return errno.errorcode.get(exc.errno or 0, str(exc.errno or "?"))


class DatabaseMovedAside(DatabaseCorrupt):
    """The database failed its start-up check and was moved aside; a backup may restore it."""

    def __init__(self, message: str, *, moved_to: str, backup: str | None) -> None:
        super().__init__(message)
        self.moved_to = moved_to
        self.backup = backup  # the newest verified backup, if any


class AlreadyOpen(StorageError):
    default_template = (
        "LärSam Desktop already has this data folder open. Switch to that window, or close it "
        "and try again."
    )


def from_os_error(exc: OSError) -> StorageError:
    """A calm message for a file-system error (disk full, read-only folder, no access)."""
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull()
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        if exc.filename:
            return DatabaseReadOnly(
                "The folder cannot be written to ({path}); nothing was changed.",
                path=str(exc.filename),
            )
        return DatabaseReadOnly("The folder cannot be written to; nothing was changed.")
    log.info("file error: %s", exc)  # the system's English words stay in the log
    if exc.errno == errno.EIO:
        return StorageError("A file could not be written: the disk could not be read or written.")
    if exc.errno == errno.ENOENT:
        return StorageError("A file could not be written: a folder on its way does not exist.")
    return StorageError("A file could not be written (system error {code}).", code=system_code(exc))
