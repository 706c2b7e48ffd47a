"""Integrity checks: SQLite's own page-level checks plus foreign keys; a ping on PostgreSQL;
and the first probe of the local file, where every failure to open or read it is damage."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import text

from larsam_desktop.storage.database import Database
from larsam_desktop.storage.encryption import SQLITE_HEADER, WrongPassphrase


def integrity_problems(database: Database, *, quick: bool = False) -> list[str]:
    """Return SQLite's complaints (empty when healthy). ``quick`` skips index content checks."""
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


def probe_local_file(path: Path, passphrase: str | None = None) -> str | None:
    """Open the database file as SQLite will, before the engine does; the damage found, or
    None when it opens. Any failure to open or read it — a folder in its place, an empty
    file, a bad header, garbage where SQLite expects text (a ``UnicodeDecodeError`` from
    ``PRAGMA journal_mode``) — is damage. ``passphrase``: the file is SQLCipher; a key that
    does not open it raises ``WrongPassphrase`` (that is not damage)."""
    if not path.is_file():
        return "it is not a file"
    try:
        if path.stat().st_size == 0:
            return "the file is empty"
        if passphrase is None:
            with path.open("rb") as stream:
                if stream.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                    return "it does not start with a SQLite header"
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or type(exc).__name__})"
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
        return f"it cannot be read as a database ({type(exc).__name__})"
    return None


def _connect(path: Path, passphrase: str | None) -> Any:
    if passphrase is not None:
        from larsam_desktop.storage import encryption

        return encryption.connect(path, passphrase)
    # mode=rw: never creates a file; not read-only, so that a hot -wal can be recovered.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=5)
