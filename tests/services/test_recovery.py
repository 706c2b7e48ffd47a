"""A database that fails its start-up check is moved aside and the newest verified backup
offered; restoring it brings back everything committed before the backup."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from store_templates import fill_with_demo

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.backups import BackupService, restore_database
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import open_store
from larsam_desktop.storage.errors import DatabaseMovedAside

PAGE = 4096


def _overwrite_header(path: Path) -> None:
    with path.open("r+b") as stream:
        stream.write(b"this is no longer SQLite")


def _overwrite_a_page(path: Path) -> None:
    size = path.stat().st_size
    assert size > 20 * PAGE
    with path.open("r+b") as stream:
        for page in (3, size // PAGE // 2, size // PAGE - 2):
            stream.seek(page * PAGE + 8)
            stream.write(b"\xa5" * 2000)


def _truncate(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as stream:
        stream.truncate(size // 3)


def _empty_garbage(path: Path) -> None:
    path.write_bytes(b"\x00" * 100 + b"junk" * 500)


@pytest.mark.parametrize(
    "damage",
    [_overwrite_header, _overwrite_a_page, _truncate, _empty_garbage],
    ids=["header", "page", "truncated", "garbage"],
)
def test_a_damaged_database_is_moved_aside_and_the_backup_restores_it(
    paths: AppPaths, damage: Callable[[Path], None]
) -> None:
    store = open_store(paths)
    fill_with_demo(store, 400, seed=5)  # tests/store_templates.py
    backup = BackupService(paths, store.database).create()
    with store.database.engine.connect() as connection:
        ids_at_backup = sorted(
            row[0] for row in connection.exec_driver_sql("SELECT id FROM learner")
        )
    store.database.dispose()  # checkpoints the WAL into the main file
    damage(paths.database)

    with pytest.raises(DatabaseMovedAside) as caught:
        open_store(paths)
    error = caught.value
    moved = Path(error.moved_to)
    assert moved.exists() and moved.name.startswith("larsam.sqlite3.corrupt-")
    assert not paths.database.exists()
    assert error.backup == str(paths.backups / backup.file)
    assert "moved aside" in error.message and "backup restore" in error.message

    result = restore_database(paths, None, Path(error.backup), actor="coach")
    assert result.learners == 400
    restored = open_store(paths)
    try:
        with sqlite3.connect(paths.database) as db:
            ids = sorted(row[0] for row in db.execute("SELECT id FROM learner"))
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert ids == ids_at_backup
        assert LearnerService(restored.database).count() == 400
    finally:
        restored.database.dispose()
    assert moved.exists()  # the damaged file is kept for a specialist


def test_without_a_backup_the_message_says_so_and_only_an_explicit_choice_starts_empty(
    paths: AppPaths,
) -> None:
    store = open_store(paths)
    DemoGenerator(store.database).generate(50, seed=2)
    store.database.dispose()
    _overwrite_header(paths.database)
    with pytest.raises(DatabaseMovedAside, match="No verified backup") as caught:
        open_store(paths)
    assert caught.value.backup is None
    assert "recover --start-empty" in caught.value.message
    with pytest.raises(DatabaseMovedAside, match="no new one was created"):
        open_store(paths)  # never silently a new, empty database
    fresh = open_store(paths, start_empty=True)  # the coach's explicit choice
    assert LearnerService(fresh.database).count() == 0
    fresh.database.dispose()


def test_a_backup_that_no_longer_verifies_is_not_offered(paths: AppPaths) -> None:
    store = open_store(paths)
    DemoGenerator(store.database).generate(50, seed=2)
    service = BackupService(paths, store.database)
    older = service.create()
    newer = service.create()
    store.database.dispose()
    damaged_backup = paths.backups / newer.file
    data = bytearray(damaged_backup.read_bytes())
    data[5000] ^= 0x01
    damaged_backup.write_bytes(bytes(data))
    _overwrite_header(paths.database)
    with pytest.raises(DatabaseMovedAside) as caught:
        open_store(paths)
    assert caught.value.backup == str(paths.backups / older.file)
