"""Consistent copies of a SQLite database through SQLite's online backup API."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from larsam_desktop.paths import ensure_private_dir, make_private_file
from larsam_desktop.storage.atomic_file import fsync_directory as fsync_directory

log = logging.getLogger(__name__)


def backup_sqlite_file(source: Path, target: Path, passphrase: str | None = None) -> Path:
    """Copy ``source`` to ``target`` page by page while it may be in use; returns ``target``.

    The copy is switched to rollback-journal mode so that it opens on its own, even from
    read-only media, without -wal/-shm companions.
    """
    ensure_private_dir(target.parent)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        key = _key(source, passphrase)
        with closing(_open(source, key)) as src, closing(_open(partial, key)) as dst:
            src.backup(dst)  # SQLCipher: both keyed alike, so the copy is encrypted too
            dst.execute("PRAGMA journal_mode = DELETE")
        make_private_file(partial)
        partial.replace(target)  # atomic: a reader never sees half a backup
    except BaseException:
        # Disk full, read-only, interrupted: leave nothing half-written behind.
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    fsync_directory(target.parent)  # make the rename itself durable
    return target


def timestamped_name(prefix: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"{prefix}-{stamp}.sqlite3"


def _key(source: Path, passphrase: str | None) -> str | None:
    """The source's raw key (derived once per process; the copy gets the same salt and key,
    so pages are copied as they are), or None for a plaintext database."""
    if passphrase is None:
        return None
    from larsam_desktop.storage import encryption

    return encryption.file_key(source, passphrase)


def _open(path: Path, key: str | None) -> Any:
    if key is None:
        return sqlite3.connect(path)
    from larsam_desktop.storage import encryption

    connection = encryption.dbapi().connect(str(path))
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = {encryption.quote(key)}")
    return connection


def move_aside(live: Path, reason: str, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal/-shm/-journal) to ``<name>.<reason>-<stamp>``.

    Nothing is deleted: the file stays for a specialist or a later salvage attempt.
    """
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    moved = live.with_name(f"{live.name}.{reason}-{stamp}")
    for suffix in ("-wal", "-shm", "-journal"):
        companion = live.with_name(live.name + suffix)
        if companion.exists():
            companion.replace(moved.with_name(moved.name + suffix))
    live.replace(moved)
    fsync_directory(live.parent)
    log.warning("moved the database aside to %s", moved.name)
    return moved
