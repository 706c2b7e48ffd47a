"""Issue 13 item 5: the two legitimate ways history leaves the live log — a retention run
and a restore — each leave a keyed entry that explains it; nothing else does."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime

import pytest
from cli_runner import run_cli, run_cli_process
from sqlalchemy import text

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.audit_verify import BreakKind
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.audit import AuditFilter, AuditService
from larsam_desktop.services.backups import BackupService
from larsam_desktop.services.retention import RetentionService
from larsam_desktop.services.store import OpenedStore, open_store
from larsam_desktop.storage.crash_points import DIE_AFTER_ENV, KILLED_EXIT


@pytest.fixture
def database_url(fresh_database_url: str | None) -> str | None:
    """The address of the ``store`` these tests open (a fresh store's database,
    tests/conftest.py), not an empty database that the store then migrates from nothing."""
    return fresh_database_url


def clock() -> datetime:
    return datetime(2026, 12, 1, 12, tzinfo=UTC)


def _old_and_new(store: OpenedStore) -> None:
    moments = iter(
        [datetime(2021, 1, d, tzinfo=UTC) for d in range(1, 6)]
        + [datetime(2026, 11, d, tzinfo=UTC) for d in range(1, 6)]
    )
    audit = AuditService(store.database, clock=lambda: next(moments))
    for _ in range(10):
        audit.record(AuditAction.PRINT, actor="kerstin")


def test_a_retention_run_names_what_it_pruned_and_why(
    store: OpenedStore, paths: AppPaths, database_url: str | None
) -> None:
    _old_and_new(store)
    RetentionService(store.database, clock=clock).run(actor="kerstin")
    entry = AuditService(store.database).entries(AuditFilter(action=AuditAction.RETENTION_RUN))[0]
    assert entry.details["pruned_from"] == 1 and entry.details["pruned_to"] == 5
    assert entry.details["audit_entries"] == 5
    assert entry.details["audit_reason"] == "older than 36 months"
    assert entry.details["audit_cutoff"] == "2023-12-01"
    report = AuditService(store.database).verify()
    assert report.intact, report.breaks
    result = run_cli("audit", "verify", data_dir=paths.data_dir, database_url=database_url)
    assert result.returncode == 0, result.stderr


def test_a_cut_beyond_the_retention_run_is_reported(store: OpenedStore) -> None:
    """Entries from last month, cut with the start moved, although 36 months are kept."""
    _old_and_new(store)
    RetentionService(store.database, clock=clock).run(actor="kerstin")
    with store.database.engine.begin() as connection:
        digest = connection.execute(text("SELECT hash FROM audit_entry WHERE seq = 7")).scalar()
        connection.execute(text("DELETE FROM audit_entry WHERE seq <= 7"))
        connection.execute(
            text("UPDATE audit_head SET base_seq = 7, base_hash = :h"), {"h": digest}
        )
    breaks = AuditService(store.database).verify().breaks
    assert [(b.kind, b.first, b.last) for b in breaks] == [(BreakKind.OLDEST_CUT, 6, 7)]


def _filled(paths: AppPaths, count: int) -> None:
    opened = open_store(paths)
    service = AuditService(opened.database)
    for number in range(count):
        service.record(AuditAction.PRINT, actor="coach", details={"n": number})
    opened.database.dispose()


def test_a_restore_names_the_backup_and_lists_what_it_rolled_back(paths: AppPaths) -> None:
    _filled(paths, 4)
    opened = open_store(paths)
    backups = BackupService(paths, opened.database)
    made = backups.create(actor="coach")  # entry 5 is the backup itself, after the copy
    opened.database.dispose()
    _filled(paths, 3)  # entries 6–8
    opened = open_store(paths)
    result = BackupService(paths, opened.database).restore(paths.backups / made.file)
    opened.database.dispose()
    assert result.kept_aside is not None
    opened = open_store(paths)
    report = AuditService(opened.database).verify()
    restore = AuditService(opened.database).entries(AuditFilter(action=AuditAction.RESTORE))[0]
    opened.database.dispose()
    assert report.intact, report.breaks
    assert restore.seq == 5 and restore.details["file"] == made.file
    assert restore.details["rolled_back_seq"] == 8
    assert restore.details["kept"] == result.kept_aside.file
    assert [(r.first, r.last, r.kept) for r in report.rollbacks] == [(5, 8, result.kept_aside.file)]
    with sqlite3.connect(paths.backups / result.kept_aside.file) as kept:
        seqs = [row[0] for row in kept.execute("SELECT seq FROM audit_entry ORDER BY seq")]
    assert seqs == list(range(1, 9))  # the entries after the backup are in the kept copy
    listed = run_cli("audit", "verify", data_dir=paths.data_dir)
    assert listed.returncode == 0, listed.stderr
    assert f"Entries 5–8, made after backup {made.file}, are kept in" in listed.stdout


@pytest.mark.parametrize("step", ["audit.rollback-noted", "restore.replaced"])
def test_a_restore_killed_before_its_entry_still_verifies(paths: AppPaths, step: str) -> None:
    """The anchor moves (sealed) before the database is replaced; a kill right after the
    replacement leaves a log whose head is the backup's, and verify accepts it; a kill
    before the replacement leaves the log as it was, with nothing listed as rolled back."""
    _filled(paths, 3)
    opened = open_store(paths)
    made = BackupService(paths, opened.database).create(actor="coach")
    opened.database.dispose()
    _filled(paths, 3)
    killed = run_cli_process(  # a process of its own, forked (tests/cli_runner.py)
        "backup",
        "restore",
        str(paths.backups / made.file),
        data_dir=paths.data_dir,
        env={**os.environ, DIE_AFTER_ENV: step},
        timeout=120,
    )
    assert killed.returncode == KILLED_EXIT, killed.stderr
    result = run_cli("audit", "verify", data_dir=paths.data_dir)
    assert result.returncode == 0, result.stderr
    assert ("made after backup" in result.stdout) is (step == "restore.replaced")


def test_a_backup_manifest_records_the_head(paths: AppPaths) -> None:
    _filled(paths, 2)
    opened = open_store(paths)
    made = BackupService(paths, opened.database).create(actor="coach")
    opened.database.dispose()
    assert made.audit_seq == 2 and made.audit_chain is not None and made.audit_hash
    listed = BackupService(paths, open_store(paths).database).list()
    assert listed[0].audit_seq == 2
    assert '"audit_seq": 2' in (paths.backups / "manifest.json").read_text()


def test_restoring_the_manifest_anchor_alone_cannot_hide_a_cut(paths: AppPaths) -> None:
    """With the sidecar removed, the newest backup's manifest still anchors the head."""
    _filled(paths, 5)
    opened = open_store(paths)
    BackupService(paths, opened.database).create(actor="coach")  # head 5 in the manifest
    database = opened.database
    with database.engine.begin() as connection:
        digest = connection.execute(text("SELECT hash FROM audit_entry WHERE seq = 3")).scalar()
        connection.execute(text("DELETE FROM audit_entry WHERE seq > 3"))
        connection.execute(text("UPDATE audit_head SET seq = 3, hash = :h"), {"h": digest})
    (paths.data_dir / "audit-anchor.json").unlink()
    breaks = AuditService(database).verify().breaks
    database.dispose()
    assert [(b.kind, b.source.startswith("backups/")) for b in breaks] == [
        (BreakKind.HEAD_BEHIND_ANCHOR, True)
    ]


def test_starting_empty_after_damage_starts_the_log_again(paths: AppPaths) -> None:
    """The coach's explicit start-empty is no deleted log; the old entries are listed as
    left in the damaged database, and the new log verifies."""
    from larsam_desktop.services.recovery import start_empty_database

    _filled(paths, 4)
    paths.database.write_bytes(b"")  # damaged: truncated to nothing
    start_empty_database(paths)
    _filled(paths, 2)
    opened = open_store(paths)
    report = AuditService(opened.database).verify()
    opened.database.dispose()
    assert report.intact, report.breaks
    assert [(r.first, r.last) for r in report.rollbacks] == [(1, 4)]
    assert "stayed in the damaged database" in report.rollbacks[0].message


def test_a_log_written_before_0009_is_upgraded_and_keyed_from_its_next_entry(
    paths: AppPaths,
) -> None:
    """A real 0008 database with an unkeyed chain: upgraded, it verifies as it was, and the
    chain is keyed from the next entry on (recorded in the head and in the key's record)."""
    from alembic import command

    from larsam_desktop.domain.audit import GENESIS_HASH, entry_hash
    from larsam_desktop.storage import audit_key
    from larsam_desktop.storage.database import Database
    from larsam_desktop.storage.repositories.audit import AuditRepository
    from larsam_desktop.storage.schema import alembic_config

    paths.ensure()
    database = Database.for_file(paths.database)
    config = alembic_config(database)
    previous = GENESIS_HASH
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
        for seq in (1, 2, 3):
            at = datetime(2026, 11, 20, 9, seq, tzinfo=UTC)
            digest = entry_hash(
                seq=seq,
                at=at,
                actor="kerstin",
                action=AuditAction.PRINT,
                learner_id=None,
                details={},
                prev_hash=previous,
            )
            connection.execute(
                text(
                    "INSERT INTO audit_entry (seq, at, actor, action, learner_id, details,"
                    " prev_hash, hash) VALUES (:s, :at, 'kerstin', 'print', NULL, '{}', :p, :h)"
                ),
                {"s": seq, "at": at.strftime("%Y-%m-%d %H:%M:%S.%f"), "p": previous, "h": digest},
            )
            previous = digest
        connection.execute(text("UPDATE audit_head SET seq = 3, hash = :h"), {"h": previous})
    database.dispose()

    store = open_store(paths)
    service = AuditService(store.database)
    assert service.verify().intact
    service.record(AuditAction.BACKUP, actor="kerstin")
    with store.database.unit_of_work() as uow:
        head = AuditRepository(uow.session).head()
    assert head.keyed_from == 4 and head.chain is not None
    stored = audit_key.load(head.chain)
    assert stored is not None and stored.keyed_from == 4
    report = service.verify()
    store.database.dispose()
    assert report.intact and report.entries_checked == 4, report.breaks
