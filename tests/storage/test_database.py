"""The SQLite file itself: pragmas, permissions, transactions, damaged files."""

from __future__ import annotations

import os
import stat
from datetime import date

import pytest
from sqlalchemy import text

from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import OpenedStore, check_health, open_store
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.errors import DatabaseCorrupt, DatabaseReadOnly
from larsam_desktop.storage.integrity import integrity_problems


def test_sqlite_runs_with_wal_full_sync_foreign_keys_and_a_busy_timeout(
    sqlite_store: OpenedStore,
) -> None:
    with sqlite_store.database.engine.connect() as connection:

        def pragma(name: str) -> object:
            return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") == 5000


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_is_0700_and_database_file_0600(
    sqlite_store: OpenedStore, paths: AppPaths
) -> None:
    assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.database.stat().st_mode) == 0o600


def test_a_failing_unit_of_work_leaves_nothing_behind(store: OpenedStore) -> None:
    service = LearnerService(store.database)
    with pytest.raises(RuntimeError), store.database.unit_of_work() as uow:
        uow.session.execute(text("DELETE FROM coach"))
        uow.reference.ensure_coach("Kerstin Lind")
        raise RuntimeError("boom")
    with store.database.unit_of_work() as uow:
        assert [c.name for c in uow.reference.coaches()] == []
    assert service.count() == 0


def test_foreign_keys_are_enforced(store: OpenedStore) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), store.database.unit_of_work() as uow:
        uow.session.execute(
            text(
                "INSERT INTO learning_centre (name, municipality_code, sort_key) "
                "VALUES ('X', '9999', 'x')"
            )
        )


def test_a_file_that_is_not_a_database_gives_a_calm_error(paths: AppPaths) -> None:
    paths.ensure()
    paths.database.write_bytes(b"this is not an SQLite database, just some text" * 100)
    with pytest.raises(DatabaseCorrupt):
        open_store(paths)


def test_a_damaged_page_is_found_by_the_integrity_check(paths: AppPaths) -> None:
    store = open_store(paths)
    service = LearnerService(store.database)
    for i in range(300):
        service.create(
            LearnerDraft(given_name=f"Anna{i}", family_name="Berg", birth_date=date(1990, 1, 1))
        )
    with store.database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.database.dispose()
    data = bytearray(paths.database.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    # Scribble over the cells of every page but the first (the schema page).
    for number in range(2, len(data) // page):
        data[number * page + 3000 : number * page + 4000] = bytes(range(200)) * 5
    paths.database.write_bytes(bytes(data))
    # Either the quick check at opening refuses the file, or the full check reports it.
    try:
        reopened = open_store(paths)
    except DatabaseCorrupt:
        return
    try:
        report = check_health(reopened)
    except DatabaseCorrupt:
        return
    assert not report.healthy and report.problems


def test_integrity_check_is_clean_on_a_healthy_database(store: OpenedStore) -> None:
    assert integrity_problems(store.database) == []
    report = check_health(store)
    assert report.healthy and report.learner_count == 0


def test_a_read_only_database_refuses_writes_with_a_message(paths: AppPaths) -> None:
    open_store(paths).database.dispose()
    # SQLite's read-only mode behaves like a read-only file, even for root (who ignores chmod).
    read_only = Database(f"sqlite+pysqlite:///file:{paths.database}?mode=ro&uri=true")
    with pytest.raises(DatabaseReadOnly, match="read-only"):
        LearnerService(read_only).create(
            LearnerDraft(given_name="A", family_name="B", personnummer="19900101-9802")
        )
    read_only.dispose()
