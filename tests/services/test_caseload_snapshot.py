"""The caseload index snapshot beside the database: used only while current, never wrong.

Every kind of write makes it stale (the generation triggers); a damaged, truncated or
foreign file is ignored and rebuilt; an encrypted folder gets none; a kill while it is
written leaves the old file or none, and the next load is right either way.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from cli_runner import forked, wait_forked
from store_templates import fill_with_demo

from larsam_desktop.domain.caseload import CaseloadQuery, SortColumn, TargetStanding
from larsam_desktop.domain.importing import ImportKind, read_csv
from larsam_desktop.domain.learner import LearnerDraft, draft_from
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.backups import BackupService
from larsam_desktop.services.caseload import CaseloadService
from larsam_desktop.services.importing import ImportService
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.retention import ErasureService
from larsam_desktop.services.store import OpenedStore, open_store
from larsam_desktop.storage import (
    caseload_generation,
    caseload_index_read,
    caseload_snapshot,
    crash_points,
)
from larsam_desktop.storage.crash_points import DIE_AFTER_ENV, KILLED_EXIT
from larsam_desktop.storage.encryption import plaintext_copies, write_marker

QUERIES = [
    CaseloadQuery(text=text, sort=sort, descending=descending)
    for sort in SortColumn
    for descending in (False, True)
    for text in ("", "a", "an", "berg")
] + [
    CaseloadQuery(target_standing=TargetStanding.NO_TARGET),
    CaseloadQuery(text="a", municipality_code="2380", sort=SortColumn.COACH),
]


@pytest.fixture
def filled(sqlite_store: OpenedStore) -> OpenedStore:
    fill_with_demo(sqlite_store, 120, seed=5)  # tests/store_templates.py
    return sqlite_store


def snapshot_file(store: OpenedStore) -> Path:
    path = caseload_snapshot.path_for(store.database)
    assert path is not None
    return path


def database_file(store: OpenedStore) -> Path:
    path = store.database.file_path
    assert path is not None
    return path


def assert_same_as_sql(service: CaseloadService) -> None:
    index = service.load_index()
    for query in QUERIES:
        assert index.search(query) == service.search(query), query


def current_snapshot(store: OpenedStore) -> bool:
    service = CaseloadService(store.database)
    return caseload_snapshot.read(store.database, service.generation()) is not None


def test_a_second_load_reads_the_snapshot_and_answers_as_sql(
    filled: OpenedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = CaseloadService(filled.database)
    assert_same_as_sql(service)  # read from the database, then saved
    assert snapshot_file(filled).is_file()
    assert oct(snapshot_file(filled).stat().st_mode & 0o777) == "0o600"

    from larsam_desktop.storage.repositories.learners import LearnerRepository

    def no_database(*_args: object) -> None:
        raise AssertionError("the index was read from the database")

    monkeypatch.setattr(LearnerRepository, "index_batches", no_database)
    monkeypatch.setattr(caseload_index_read, "entry_batches", no_database)
    assert_same_as_sql(service)
    index = service.load_index()
    assert len(index) == 120


def write_learner(store: OpenedStore) -> None:
    LearnerService(store.database).create(
        LearnerDraft(given_name="Ny", family_name="Annasson", birth_date=date(1991, 2, 3))
    )


def edit_learner(store: OpenedStore) -> None:
    learners = LearnerService(store.database)
    learner_id = CaseloadService(store.database).search(CaseloadQuery())[0]
    stored = learners.get(learner_id)
    draft = replace(draft_from(stored.data), family_name="Ändradsson")
    learners.update(learner_id, stored.version, draft)


def rename_a_coach(store: OpenedStore) -> None:
    with closing(sqlite3.connect(database_file(store))) as db, db:
        db.execute(
            "UPDATE coach SET sort_key = 'zzz' || sort_key WHERE id = (SELECT min(id) FROM coach)"
        )


def change_a_standing(store: OpenedStore) -> None:
    with closing(sqlite3.connect(database_file(store))) as db, db:
        db.execute(
            "UPDATE learner SET standing_target = 'x-unknown', standing_eligible = NULL "
            "WHERE id = (SELECT min(id) FROM learner)"
        )


def import_learners(store: OpenedStore) -> None:
    text = "Personnummer;Förnamn;Efternamn\n199009012387;Åsa;Importerad\n"
    result = ImportService(store.database).run(ImportKind.LEARNERS, read_csv(text.encode()))
    assert result.written


def erase_learner(store: OpenedStore) -> None:
    learner_id = CaseloadService(store.database).search(CaseloadQuery())[0]
    ErasureService(store.database).erase(learner_id, actor="test")


@pytest.mark.parametrize(
    "write",
    [write_learner, edit_learner, rename_a_coach, change_a_standing, import_learners],
    ids=["add", "edit", "coach-renamed", "standing", "import"],
)
def test_every_kind_of_write_makes_the_snapshot_stale(
    filled: OpenedStore, write: Callable[[OpenedStore], None]
) -> None:
    service = CaseloadService(filled.database)
    service.load_index()
    assert current_snapshot(filled)
    write(filled)
    assert not current_snapshot(filled)  # never used again for this data
    assert_same_as_sql(service)  # read afresh, and saved again
    assert current_snapshot(filled)


def test_an_erasure_deletes_the_snapshot(filled: OpenedStore) -> None:
    service = CaseloadService(filled.database)
    service.load_index()
    erase_learner(filled)
    assert not snapshot_file(filled).exists()  # it held the erased learner's name
    assert_same_as_sql(service)


def test_a_restore_brings_its_own_generation(filled: OpenedStore, paths: AppPaths) -> None:
    service = CaseloadService(filled.database)
    backups = BackupService(paths, filled.database)
    info = backups.create()
    write_learner(filled)
    service.load_index()  # the snapshot now holds the new learner
    assert current_snapshot(filled)
    backups.restore(paths.backups / info.file, actor="test")
    assert not current_snapshot(filled)
    assert_same_as_sql(service)
    assert "Annasson" not in str(service.rows(service.search(CaseloadQuery(text="annasson"))))


def test_a_schema_change_or_a_missing_trigger_means_no_snapshot(filled: OpenedStore) -> None:
    service = CaseloadService(filled.database)
    service.load_index()
    assert current_snapshot(filled)
    with closing(sqlite3.connect(database_file(filled))) as db, db:
        (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
        db.execute("UPDATE alembic_version SET version_num = 'other'")
    assert not current_snapshot(filled)  # a migration is a new revision
    with closing(sqlite3.connect(database_file(filled))) as db, db:
        db.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        db.execute("DROP TRIGGER caseload_generation_learner_update")  # as a table rebuild would
    assert service.generation() is None
    assert not current_snapshot(filled)
    assert_same_as_sql(service)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],
        lambda data: (
            data[: len(data) // 2]
            + bytes([data[len(data) // 2] ^ 0x55])
            + data[len(data) // 2 + 1 :]
        ),
        lambda data: b"not a snapshot at all",
        lambda data: b"",
    ],
    ids=["truncated", "one-byte-flipped", "garbage", "empty"],
)
def test_a_damaged_snapshot_is_ignored_and_rebuilt(
    filled: OpenedStore, damage: Callable[[bytes], bytes]
) -> None:
    service = CaseloadService(filled.database)
    service.load_index()
    path = snapshot_file(filled)
    path.write_bytes(damage(path.read_bytes()))
    assert not current_snapshot(filled)
    assert_same_as_sql(service)
    assert current_snapshot(filled)  # written again, whole


def test_bytes_flipped_anywhere_never_give_a_wrong_index(filled: OpenedStore) -> None:
    service = CaseloadService(filled.database)
    service.load_index()
    path = snapshot_file(filled)
    good = path.read_bytes()
    expected = {query: service.search(query) for query in QUERIES}
    for at in range(0, len(good), max(1, len(good) // 97)):
        path.write_bytes(good[:at] + bytes([good[at] ^ 0xFF]) + good[at + 1 :])
        index = caseload_snapshot.read(filled.database, service.generation())
        if index is not None:  # only where the flip hit zip bookkeeping that nobody reads
            for query, ids in expected.items():
                assert index.search(query) == ids, (at, query)


def test_an_encrypted_folder_gets_no_snapshot(filled: OpenedStore, paths: AppPaths) -> None:
    service = CaseloadService(filled.database)
    service.load_index()
    assert snapshot_file(filled) in plaintext_copies(paths.data_dir, paths.database, paths.backups)
    write_marker(paths.data_dir)  # what encrypting leaves; the file itself is SQLCipher's
    assert not caseload_snapshot.allowed(filled.database)
    assert_same_as_sql(service)
    assert not snapshot_file(filled).exists()  # the plaintext one found there is deleted


def test_a_server_has_no_snapshot(store: OpenedStore) -> None:
    service = CaseloadService(store.database)
    write_learner(store)
    assert_same_as_sql(service)
    if not store.database.is_sqlite:
        assert service.generation() is None
        assert caseload_snapshot.path_for(store.database) is None


def load_index_killed_at(data_dir: Path, step: str) -> int:
    """The exit code of a process of its own that opens the folder and loads the index,
    ended at ``step`` (a fork of this one, tests/cli_runner.py: no interpreter start)."""

    def load() -> None:
        crash_points.reset()  # the counts are the new process's own
        store = open_store(AppPaths(data_dir))
        CaseloadService(store.database).load_index()

    with tempfile.TemporaryFile() as err:
        pid = forked(
            load, env={**os.environ, DIE_AFTER_ENV: step}, out=err.fileno(), err=err.fileno()
        )
        code = wait_forked(pid, 120, ["load_index", step])
        err.seek(0)
        assert code == KILLED_EXIT, err.read().decode("utf-8", errors="replace")
    return code


@pytest.mark.parametrize(
    "step", [f"{caseload_snapshot.WRITTEN_STEP}-temporary", caseload_snapshot.WRITTEN_STEP]
)
@pytest.mark.parametrize("old_snapshot", [False, True], ids=["none-before", "old-before"])
def test_killed_while_writing_the_snapshot(
    filled: OpenedStore, paths: AppPaths, step: str, old_snapshot: bool
) -> None:
    service = CaseloadService(filled.database)
    if old_snapshot:
        service.load_index()
    write_learner(filled)  # the old snapshot (if any) is stale now
    filled.database.dispose()
    assert load_index_killed_at(paths.data_dir, step) == KILLED_EXIT
    reopened = open_store(paths)  # the start after a kill: a temporary left is deleted
    try:
        assert not list(paths.data_dir.glob("*.partial"))
        again = CaseloadService(reopened.database)
        after_rename = step == caseload_snapshot.WRITTEN_STEP
        assert current_snapshot(reopened) is after_rename
        assert_same_as_sql(again)
        assert current_snapshot(reopened)
    finally:
        reopened.database.dispose()


def test_created_and_migrated_databases_carry_the_triggers(filled: OpenedStore) -> None:
    with filled.database.engine.connect() as connection:
        assert caseload_generation.read(connection) is not None
        names = {
            name
            for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            )
        }
    assert set(caseload_generation.TRIGGERS) <= names
