"""The start-up snapshot must show exactly what the caseload service would."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from larsam_desktop.domain.caseload import CaseloadQuery
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.caseload import CaseloadService
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage.first_screen import read_first_screen


@pytest.mark.parametrize("descending", [False, True])
def test_first_screen_equals_the_service_rows(
    sqlite_store: OpenedStore, paths: AppPaths, descending: bool
) -> None:
    DemoGenerator(sqlite_store.database).generate(400, seed=9)
    service = CaseloadService(sqlite_store.database)
    expected = service.list(CaseloadQuery(descending=descending))[:60]
    first = read_first_screen(paths.database, limit=60, descending=descending)
    assert first is not None
    assert first.total == 400 and first.is_demo
    assert first.rows == expected


def test_no_snapshot_without_an_up_to_date_database(
    tmp_path: Path, sqlite_store: OpenedStore, paths: AppPaths
) -> None:
    assert read_first_screen(tmp_path / "missing.sqlite3", limit=10) is None
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"x" * 5000)
    assert read_first_screen(garbage, limit=10) is None
    with sqlite3.connect(paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'older'")
    assert read_first_screen(paths.database, limit=10) is None


def test_the_snapshot_reads_without_writing(sqlite_store: OpenedStore, paths: AppPaths) -> None:
    DemoGenerator(sqlite_store.database).generate(5, seed=1)
    sqlite_store.database.dispose()
    before = paths.database.stat().st_mtime_ns
    assert read_first_screen(paths.database, limit=3) is not None
    assert paths.database.stat().st_mtime_ns == before


def test_the_threaded_read_equals_the_direct_one(
    sqlite_store: OpenedStore, paths: AppPaths
) -> None:
    from larsam_desktop.services.startup import LocalFirstScreen

    DemoGenerator(sqlite_store.database).generate(50, seed=4)
    sqlite_store.database.dispose()
    reading = LocalFirstScreen(paths.database, limit=20)
    for descending in (False, True):
        direct = read_first_screen(paths.database, limit=20, descending=descending)
        assert direct is not None and len(direct.rows) == 20
        assert reading.result(descending=descending) == direct


def test_the_threaded_read_of_a_missing_file_is_none(tmp_path: Path) -> None:
    from larsam_desktop.services.startup import LocalFirstScreen

    reading = LocalFirstScreen(tmp_path / "none.sqlite3", limit=5)
    assert reading.result(descending=False) is None
    assert reading.result(descending=True) is None
