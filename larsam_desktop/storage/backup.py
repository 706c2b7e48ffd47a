"""Consistent copies of a SQLite database through SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from larsam_desktop.paths import ensure_private_dir, make_private_file


def backup_sqlite_file(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` page by page while it may be in use; returns ``target``.

    The copy is switched to rollback-journal mode so that it opens on its own, even from
    read-only media, without -wal/-shm companions.
    """
    ensure_private_dir(target.parent)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(partial)) as dst:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = DELETE")
    make_private_file(partial)
    partial.replace(target)  # atomic: a reader never sees half a backup
    return target


def timestamped_name(prefix: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"{prefix}-{stamp}.sqlite3"
