"""Backups: consistent copies with a manifest hash, rotation, manual backup and restore."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from store_templates import fill_with_demo

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.backup_rotation import RotationPolicy
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.audit import AuditFilter, AuditService
from larsam_desktop.services.backups import (
    BackupService,
    RestoreRefused,
    SharedServerBackup,
    read_policy,
    save_policy,
)
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage.backup_set import BackupKind, sha256_of

COMPARED_TABLES = ("learner", "pathway_transition", "course_record", "learner_profile", "coach")


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables that hold the coach's data, in key order."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
        return {
            table: db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in COMPARED_TABLES
        }


@pytest.fixture
def filled(sqlite_store: OpenedStore) -> Iterator[OpenedStore]:
    fill_with_demo(sqlite_store, 60, seed=3)  # tests/store_templates.py
    yield sqlite_store


def test_backup_equals_the_source_and_matches_its_manifest_hash(
    filled: OpenedStore, paths: AppPaths
) -> None:
    service = BackupService(paths, filled.database)
    before = dump(paths.database)
    info = service.create()
    backup = paths.backups / info.file
    assert info.kind is BackupKind.MANUAL
    assert sha256_of(backup) == info.sha256
    assert info.learners == 60
    assert dump(backup) == before
    with closing(sqlite3.connect(backup)) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert not list(paths.backups.glob("*.partial"))
    assert [e.action for e in AuditService(filled.database).entries()] == [AuditAction.BACKUP]


def test_restore_brings_back_the_content_at_backup_time(
    filled: OpenedStore, paths: AppPaths
) -> None:
    service = BackupService(paths, filled.database)
    at_backup = dump(paths.database)
    info = service.create()
    LearnerService(filled.database).create(
        LearnerDraft(given_name="Ny", family_name="Elev", birth_date=date(1990, 5, 5))
    )
    after_backup = dump(paths.database)
    assert after_backup != at_backup

    result = service.restore(paths.backups / info.file, actor="coach")
    assert dump(paths.database) == at_backup
    assert result.learners == 60
    assert result.changes.database_replaced
    # The database as it was just before the restore is kept, verified, in backups/.
    assert result.kept_aside is not None and result.kept_aside.kind is BackupKind.BEFORE_RESTORE
    assert dump(paths.backups / result.kept_aside.file) == after_backup
    # The same Database object keeps working, on the restored content.
    assert LearnerService(filled.database).count() == 60
    restores = AuditService(filled.database).entries(AuditFilter(action=AuditAction.RESTORE))
    assert len(restores) == 1 and restores[0].details["file"] == info.file
    assert AuditService(filled.database).verify().intact


def test_a_backup_to_a_chosen_file_carries_its_checksum(
    filled: OpenedStore, paths: AppPaths, tmp_path: Path
) -> None:
    out = tmp_path / "usb" / "kopia.sqlite3"
    out.parent.mkdir()
    info = BackupService(paths, filled.database).create(out)
    assert out.exists()
    assert (tmp_path / "usb" / "kopia.sqlite3.sha256").read_text().split()[0] == info.sha256
    assert BackupService(paths, filled.database).verify(out).ok


def test_a_tampered_backup_is_refused_and_nothing_changes(
    filled: OpenedStore, paths: AppPaths
) -> None:
    service = BackupService(paths, filled.database)
    info = service.create()
    backup = paths.backups / info.file
    data = bytearray(backup.read_bytes())
    data[-100] ^= 0xFF  # one flipped bit in the last page
    backup.write_bytes(bytes(data))
    before = dump(paths.database)
    with pytest.raises(RestoreRefused, match="checksum"):
        service.restore(backup)
    assert dump(paths.database) == before


@pytest.mark.parametrize("content", [b"hello, not a database", b""])
def test_a_file_that_is_not_a_database_is_refused(
    filled: OpenedStore, paths: AppPaths, tmp_path: Path, content: bytes
) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(content)
    with pytest.raises(RestoreRefused):
        BackupService(paths, filled.database).restore(bogus)
    assert LearnerService(filled.database).count() == 60


def test_another_sqlite_database_is_refused(
    filled: OpenedStore, paths: AppPaths, tmp_path: Path
) -> None:
    other = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(other)) as db:
        db.execute("CREATE TABLE t (x)")
        db.commit()
    with pytest.raises(RestoreRefused, match="not a LärSam database"):
        BackupService(paths, filled.database).restore(other)


def test_a_backup_from_a_newer_program_is_refused(filled: OpenedStore, paths: AppPaths) -> None:
    from larsam_desktop.storage.errors import SchemaTooNew

    service = BackupService(paths, filled.database)
    info = service.create()
    newer = paths.backups / "newer.sqlite3"
    newer.write_bytes((paths.backups / info.file).read_bytes())
    with closing(sqlite3.connect(newer)) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
        db.commit()
    with pytest.raises(SchemaTooNew):
        service.restore(newer)
    assert LearnerService(filled.database).count() == 60


def test_one_automatic_backup_a_day_and_rotation(filled: OpenedStore, paths: AppPaths) -> None:
    moments = [datetime(2026, 1, 1, 12, tzinfo=UTC) + timedelta(days=d) for d in range(120)]
    current = {"now": moments[0]}
    service = BackupService(paths, filled.database, clock=lambda: current["now"])
    save_policy(filled.database, RotationPolicy(daily=3, weekly=2, monthly=2))
    assert read_policy(filled.database) == RotationPolicy(daily=3, weekly=2, monthly=2)
    made = 0
    for moment in moments:
        current["now"] = moment
        assert service.start_backup_if_due() is not None
        made += 1
        current["now"] = moment + timedelta(hours=2)
        assert service.start_backup_if_due() is None  # once a day
    listed = service.list()
    automatic = [i for i in listed if i.kind is BackupKind.AUTOMATIC]
    assert made == 120
    # 3 newest days + newest of 2 weeks + newest of 2 months, overlapping: 3 to 7 files.
    assert 3 <= len(automatic) <= 7
    assert automatic[0].created_at == moments[-1]
    files = {p.name for p in paths.backups.glob("automatic-*.sqlite3")}
    assert files == {i.file for i in automatic}  # rotated files are gone, the rest listed
    for info in automatic:
        assert service.verify(paths.backups / info.file).ok


def test_shared_server_is_not_backed_up_here(store: OpenedStore, paths: AppPaths) -> None:
    if store.database.is_sqlite:
        pytest.skip("this is about a shared server")
    with pytest.raises(SharedServerBackup):
        BackupService(paths, store.database).create()


def test_half_written_copies_left_by_a_kill_are_cleared(
    filled: OpenedStore, paths: AppPaths
) -> None:
    import os

    paths.backups.mkdir(parents=True, exist_ok=True)
    stale = paths.backups / "automatic-x.sqlite3.partial"
    fresh = paths.backups / "manual-y.sqlite3.partial"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"half")
    old = stale.stat().st_mtime - 7200
    os.utime(stale, (old, old))
    assert BackupService(paths, filled.database).start_backup_if_due() is not None
    assert not stale.exists()
    assert fresh.exists()  # may belong to a backup running right now
