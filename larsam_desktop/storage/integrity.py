"""Integrity checks: SQLite's own page-level checks plus foreign keys; a ping on PostgreSQL;
and the first probe of the local file, where every failure to open or read it is damage."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from larsam_desktop.storage.encryption import SQLITE_HEADER, WrongPassphrase
from larsam_desktop.storage.errors import (
    SQLITE_AUTH,
    SQLITE_CANTOPEN,
    SQLITE_CORRUPT,
    SQLITE_IOERR,
    SQLITE_NOMEM,
    SQLITE_NOTADB,
    SQLITE_PERM,
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseReadOnly,
    DiskFull,
    StorageError,
    _is_sqlcipher,
    sqlite_code,
    system_code,
    translate,
)
from larsam_desktop.storage.wal_index import wal_lost

if TYPE_CHECKING:
    from larsam_desktop.storage.database import Database

log = logging.getLogger(__name__)


_MISSING_PARENT = "row "  # how integrity_problems words a foreign key finding (below)


def integrity_problems(database: Database, *, quick: bool = False) -> list[str]:
    """Return SQLite's complaints (empty when healthy). ``quick`` skips index content checks."""
    from sqlalchemy import text

    with database.engine.connect() as connection:
        if not database.is_sqlite:
            connection.execute(text("SELECT 1"))
            return []
        pragma = "quick_check" if quick else "integrity_check"
        rows = [row[0] for row in connection.exec_driver_sql(f"PRAGMA {pragma}")]
        problems = [] if rows == ["ok"] else rows
        for table, rowid, parent, _ in connection.exec_driver_sql("PRAGMA foreign_key_check"):
            problems.append(f"row {rowid} of {table} refers to a missing {parent}")
        return problems


def probe_local_file(
    path: Path, passphrase: str | None = None, *, encrypted: bool = False
) -> DatabaseCorrupt | None:
    """Open the database file as SQLite will, before the engine does; the damage found (an
    error to raise, each kind a sentence of its own for the catalogue), or None when it
    opens. Any failure to open or read it — a folder in its place, an empty
    file, a bad header, garbage where SQLite expects text (a ``UnicodeDecodeError`` from
    ``PRAGMA journal_mode``) — is damage. ``passphrase``: the file is SQLCipher; a key that
    does not open it raises ``WrongPassphrase`` (that is not damage). ``encrypted`` without
    a passphrase: the file checks only (``encryption.check_passphrase`` opens it next; one
    key derivation, ~0.3 s, is enough)."""
    if not path.is_file():
        return DatabaseCorrupt("The database file cannot be read: it is not a file.")
    try:
        if path.stat().st_size == 0:
            return DatabaseCorrupt("The database file cannot be read: the file is empty.")
        if passphrase is None and not encrypted:
            with path.open("rb") as stream:
                if stream.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                    return DatabaseCorrupt(
                        "The database file cannot be read: it does not start with a SQLite header."
                    )
    except OSError as exc:
        return _unreadable_file(exc)
    if wal_lost(path):
        return DatabaseCorrupt(
            "The database file cannot be read: its write-ahead log (-wal) is missing or cut "
            "short, so recent changes are lost."
        )
    if encrypted and passphrase is None:
        return None
    try:
        connection = _connect(path, passphrase)
        try:
            for pragma in ("journal_mode", "page_count", "schema_version", "encoding"):
                connection.execute(f"PRAGMA {pragma}").fetchall()
            connection.execute("SELECT name, sql FROM sqlite_master").fetchall()
        finally:
            connection.close()
    except WrongPassphrase:
        raise
    except Exception as exc:  # sqlite3/sqlcipher3 errors, decode errors, MemoryError …
        environment = _environment_error(exc, path)
        if environment is not None:
            raise environment from exc
        return unreadable(exc)
    return None


def unreadable(exc: BaseException) -> DatabaseCorrupt:
    """Why the file does not open as a database, as a sentence of the catalogue: SQLite's
    result code says which (its English message is logged, never shown)."""
    log.info("database file unreadable: %s: %s", type(exc).__name__, exc)
    code = sqlite_code(exc)
    if code == SQLITE_CORRUPT:
        return DatabaseCorrupt("The database file cannot be read as a database: it is damaged.")
    if code == SQLITE_NOTADB:
        return DatabaseCorrupt(
            "The database file cannot be read as a database: it is not an SQLite database."
        )
    if code == SQLITE_IOERR:
        return DatabaseCorrupt(
            "The database file cannot be read as a database: the disk could not be read."
        )
    if code == SQLITE_NOMEM or isinstance(exc, MemoryError):
        return DatabaseCorrupt(
            "The database file cannot be read as a database: there is not enough memory."
        )
    if code in (SQLITE_PERM, SQLITE_AUTH, SQLITE_CANTOPEN):
        return DatabaseCorrupt(
            "The database file cannot be read as a database: SQLite is refused access to it."
        )
    if isinstance(exc, UnicodeDecodeError):
        return DatabaseCorrupt(
            "The database file cannot be read as a database: a stored text is damaged."
        )
    if code is not None:
        return DatabaseCorrupt(
            "The database file cannot be read as a database (SQLite error {code}).", code=code
        )
    return DatabaseCorrupt("The database file cannot be read as a database.")


def _unreadable_file(exc: OSError) -> DatabaseCorrupt:
    log.info("database file unreadable: %s", exc)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return DatabaseCorrupt("The database file cannot be read: access to it is refused.")
    if exc.errno == errno.EIO:
        return DatabaseCorrupt("The database file cannot be read: the disk could not be read.")
    return DatabaseCorrupt(
        "The database file cannot be read (system error {code}).", code=system_code(exc)
    )


def integrity_failure(problems: Sequence[str]) -> DatabaseCorrupt:
    """The error for what ``integrity_problems`` found: a sentence of the catalogue and the
    number of findings. SQLite's own lines (English, dozens of them) go to the log."""
    findings = [
        line.strip()
        for problem in problems
        for line in str(problem).splitlines()
        if line.strip() and not line.startswith("***")
    ]
    log.info("integrity check: %d finding(s): %s", len(findings), "; ".join(findings[:20]))
    if findings and all(line.startswith(_MISSING_PARENT) for line in findings):
        return DatabaseCorrupt(
            "The database failed its integrity check: stored records refer to records that "
            "are missing (findings: {count}).",
            count=len(findings),
        )
    return DatabaseCorrupt(
        "The database failed its integrity check: SQLite found damage in the file "
        "(findings: {count}).",
        count=len(findings),
    )


def damage_or_environment(exc: BaseException, path: Path) -> StorageError:
    """What a failure to open ``path`` means: locked, read-only, full — or damage."""
    environment = _environment_error(exc, path)
    if environment is not None:
        return environment
    return unreadable(exc)


def _environment_error(exc: BaseException, path: Path) -> StorageError | None:
    """Locked, read-only or full is the surroundings, not damage: say so, move nothing."""
    known = translate(exc) if isinstance(exc, sqlite3.Error) or _is_sqlcipher(exc) else None
    if isinstance(known, DatabaseLocked | DatabaseReadOnly | DiskFull):
        return known
    if _read_only_folder(path.parent):
        return DatabaseReadOnly()
    return None


def _read_only_folder(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY) or not os.access(folder, os.W_OK)
    except (OSError, AttributeError):  # no statvfs (Windows)
        return not os.access(folder, os.W_OK)


def _connect(path: Path, passphrase: str | None) -> Any:
    if passphrase is not None:
        from larsam_desktop.storage import encryption

        return encryption.connect(path, passphrase)
    # mode=rw: never creates a file; not read-only, so that a hot -wal can be recovered.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=5)
