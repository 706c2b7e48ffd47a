"""Disk full, a read-only folder and a locked file: a calm message, nothing half-written,
nothing committed lost. Real file systems: a tiny tmpfs (needs root, as in CI; skipped
otherwise) that is filled up or remounted read-only."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.backups import BackupService
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import open_store
from larsam_desktop.storage.backup_set import BackupSet
from larsam_desktop.storage.errors import (
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseUnavailable,
    DiskFull,
    StorageError,
)

DRAFT = LearnerDraft(given_name="Ny", family_name="Elev", birth_date=date(1990, 5, 5))


def _mount(args: list[str]) -> bool:
    result = subprocess.run(["mount", *args], capture_output=True, check=False)
    return result.returncode == 0


@pytest.fixture
def tiny_fs(tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / "tiny"
    point.mkdir()
    if os.name != "posix" or not _mount(["-t", "tmpfs", "-o", "size=3m", "tmpfs", str(point)]):
        pytest.skip("cannot mount a small tmpfs here (needs root and CAP_SYS_ADMIN, as in CI)")
    try:
        yield point
    finally:
        _mount(["-o", "remount,rw", str(point)])
        subprocess.run(["umount", "-l", str(point)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with filler.open("wb") as stream:
        try:
            while True:
                stream.write(b"\0" * 65536)
                stream.flush()
        except OSError:
            pass
    return filler


def _ids(path: Path) -> list[int]:
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return sorted(row[0] for row in db.execute("SELECT id FROM learner"))


def test_disk_full(tiny_fs: Path) -> None:
    paths = AppPaths(tiny_fs / "data")
    store = open_store(paths)
    DemoGenerator(store.database).generate(30, seed=4)
    learners = LearnerService(store.database)
    kept = learners.create(DRAFT).learner.id
    manifest_before = BackupService(paths, store.database).list()
    filler = _fill(tiny_fs)

    with pytest.raises(DiskFull) as full:
        for _ in range(200):  # the WAL may still have a little room: write until it is gone
            learners.create(DRAFT)
    assert "disk is full" in full.value.message
    with pytest.raises(DiskFull):
        BackupService(paths, store.database).create()
    assert not list(paths.backups.glob("*.partial*"))
    assert BackupService(paths, store.database).list() == manifest_before

    store.database.dispose()
    filler.unlink()
    ids = _ids(paths.database)
    assert kept in ids
    again = open_store(paths)
    assert LearnerService(again.database).count() == len(ids)
    again.database.dispose()


def test_read_only_folder(tiny_fs: Path) -> None:
    paths = AppPaths(tiny_fs / "data")
    store = open_store(paths)
    learners = LearnerService(store.database)
    kept = learners.create(DRAFT).learner.id
    store.database.dispose()
    assert _mount(["-o", "remount,ro", str(tiny_fs)])

    with pytest.raises((DatabaseReadOnly, DatabaseUnavailable)) as refused:
        opened = open_store(paths)
        LearnerService(opened.database).create(DRAFT)
    assert isinstance(refused.value, StorageError) and refused.value.message
    assert "read-only" in refused.value.message or "cannot be" in refused.value.message

    assert _mount(["-o", "remount,rw", str(tiny_fs)])
    assert _ids(paths.database) == [kept]


def test_a_locked_file_says_so(paths: AppPaths) -> None:
    store = open_store(paths)
    learners = LearnerService(store.database)
    kept = learners.create(DRAFT).learner.id
    blocker = sqlite3.connect(paths.database, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked, match="busy in another program"):
            learners.create(DRAFT)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert learners.count() == 1 and learners.get(kept)
    store.database.dispose()


def test_a_backup_opens_and_verifies_from_read_only_media(tiny_fs: Path, tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    kept = LearnerService(store.database).create(DRAFT).learner.id
    medium = tiny_fs / "usb"
    medium.mkdir()
    copy = medium / "kopia.sqlite3"
    BackupService(paths, store.database).create(copy)
    store.database.dispose()
    assert _mount(["-o", "remount,ro", str(tiny_fs)])
    checked = BackupSet(paths.backups).verify(copy)  # checksum from kopia.sqlite3.sha256
    assert checked.ok and checked.expected_sha256 == checked.sha256 and checked.learners == 1
    uri = f"{copy.resolve().as_uri()}?mode=ro"
    with sqlite3.connect(uri, uri=True) as db:
        assert [row[0] for row in db.execute("SELECT id FROM learner")] == [kept]
