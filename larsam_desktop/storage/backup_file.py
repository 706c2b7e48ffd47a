"""One SQLite database file, read or written directly (not through the store): its
checksum, what it holds (integrity, schema revision, learners), its audit head, and the live
database's content replaced by a verified copy.

Standard library only, like the backups folder that uses it (``backup_set``); an encrypted
file is opened through ``storage.encryption`` when a passphrase is given.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from larsam_desktop.storage import errors
from larsam_desktop.storage.backup import backup_sqlite_file

NOT_LARSAM = "not a LärSam database"  # what ``describe_database_file`` finds (services name it)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def describe_database_file(
    path: Path, passphrase: str | None = None
) -> tuple[list[str], str | None, int | None]:
    """Integrity problems, schema revision and learner count of a SQLite file, read-only."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        with closing(_read_only(path, uri, passphrase)) as connection:
            rows = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            problems = [] if rows == ["ok"] else [str(r) for r in rows[:5]]
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables or "learner" not in tables:
                return [*problems, NOT_LARSAM], None, None
            schema = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            count = connection.execute("SELECT count(*) FROM learner").fetchone()
    except errors.StorageError as exc:  # a wrong passphrase for an encrypted backup
        return [exc.message], None, None
    except Exception as exc:  # sqlite3.Error, or sqlcipher3's own error classes
        if not is_database_error(exc):
            raise
        return [f"cannot be read as a database ({exc})"], None, None
    return problems, schema[0] if schema else None, int(count[0]) if count else None


def audit_head_of_file(
    path: Path, passphrase: str | None = None
) -> tuple[str | None, int, str] | None:
    """(chain id, seq, hash) of the audit head in a database file, read-only; None if none."""
    from larsam_desktop.storage.audit_anchor import head_of_connection

    try:
        with closing(_read_only(path, f"{path.resolve().as_uri()}?mode=ro", passphrase)) as db:
            return head_of_connection(db)
    except Exception as exc:  # unreadable, wrong passphrase: no anchor from this copy
        if not (isinstance(exc, errors.StorageError) or is_database_error(exc)):
            raise
        return None


def _read_only(path: Path, uri: str, passphrase: str | None) -> Any:
    if passphrase is None:
        return sqlite3.connect(uri, uri=True)
    from larsam_desktop.storage import encryption

    return encryption.connect(path, passphrase, read_only=True)


def is_database_error(exc: BaseException) -> bool:
    """SQLite's errors, or SQLCipher's own classes."""
    return isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlcipher3")


def as_storage_error(exc: BaseException) -> errors.StorageError:
    """``exc``, raised reading or writing a database file, as the storage error it means."""
    if isinstance(exc, errors.StorageError):
        return exc
    if is_database_error(exc):
        known = errors.translate(exc)
        if known is not None:
            return known
    if isinstance(exc, OSError):
        return errors.from_os_error(exc)
    return errors.StorageError(f"The backup could not be written: {exc}")


def restore_into(source: Path, live: Path, passphrase: str | None = None) -> None:
    """Replace the content of the database ``live`` with ``source`` (already verified).

    An existing database is overwritten through SQLite's online backup API, inside one
    write transaction: readers elsewhere see the old content or the new, never a mix, and a
    failure (disk full, locked) leaves the old content untouched. A missing database (moved
    aside after a failed check) is created from a complete copy renamed into place.
    """
    try:
        if not live.exists():
            backup_sqlite_file(source, live, passphrase)
            return
        uri = f"{source.resolve().as_uri()}?mode=ro"
        with (
            closing(_read_only(source, uri, passphrase)) as src,
            closing(_writable(live, passphrase)) as dst,
        ):
            src.backup(dst)
    except Exception as exc:
        if not (isinstance(exc, OSError) or is_database_error(exc)):
            raise
        raise as_storage_error(exc) from exc


def _writable(path: Path, passphrase: str | None) -> Any:
    if passphrase is None:
        return sqlite3.connect(path, timeout=5)
    from larsam_desktop.storage import encryption

    return encryption.connect(path, passphrase)
