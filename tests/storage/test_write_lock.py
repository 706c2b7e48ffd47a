"""The data folder's write lock and ``BEGIN IMMEDIATE`` in the unit of work (issue 13)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import OpenedStore, open_store
from larsam_desktop.storage import database as database_module
from larsam_desktop.storage import write_lock
from larsam_desktop.storage.errors import DatabaseLocked
from larsam_desktop.storage.tables import Learner

DRAFT = LearnerDraft(given_name="Åsa", family_name="Öberg", birth_date=date(1990, 1, 1))
HOLDER = """
import sys
from pathlib import Path
from larsam_desktop.storage import write_lock
with write_lock.{side}(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.read()
"""


@pytest.fixture
def holder(paths: AppPaths) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the exclusive side until its stdin closes."""
    paths.ensure()
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER.format(side="exclusive"), str(paths.data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    yield child
    assert child.stdin is not None and child.stdout is not None
    child.stdin.close()
    child.wait(30)
    child.stdout.close()


def _count(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("SELECT count(*) FROM learner").fetchone()[0])


def test_a_read_then_write_survives_another_connection_committing(
    sqlite_store: OpenedStore, paths: AppPaths
) -> None:
    """With a deferred BEGIN the other commit got in between and this write failed at once
    (SQLITE_BUSY_SNAPSHOT); now this unit of work holds SQLite's write lock from its start,
    and it is the other writer that is told to wait."""
    learners = LearnerService(sqlite_store.database)
    learners.create(DRAFT)
    other = sqlite3.connect(paths.database, timeout=0, isolation_level=None)
    other_result = ""
    with sqlite_store.database.unit_of_work() as uow:
        before = uow.learners.count()
        try:
            other.execute("UPDATE learner SET family_name = 'Annan'")
            other_result = "committed"
        except sqlite3.OperationalError as exc:
            other_result = str(exc)
        uow.session.execute(text("UPDATE learner SET given_name = 'Åsa Maria'"))
    other.close()
    assert before == 1
    assert other_result == "database is locked"
    with sqlite3.connect(paths.database) as db:
        assert db.execute("SELECT given_name, family_name FROM learner").fetchall() == [
            ("Åsa Maria", "Öberg")
        ]


def test_a_busy_database_held_by_this_program_says_so(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    store = open_store(paths)
    inside, release = threading.Event(), threading.Event()

    def hold() -> None:
        with store.database.unit_of_work() as uow:
            uow.learners.count()
            inside.set()
            release.wait(30)

    other = threading.Thread(target=hold)
    other.start()
    try:
        assert inside.wait(30)
        with pytest.raises(write_lock.HeldByThisProgram) as refused:
            LearnerService(store.database).create(DRAFT)
    finally:
        release.set()
        other.join(30)
    assert "This program is still saving" in refused.value.message
    assert "another program" not in refused.value.message
    assert isinstance(refused.value, DatabaseLocked)
    LearnerService(store.database).create(DRAFT)  # and afterwards it works
    store.database.dispose()


def test_a_read_only_unit_of_work_refuses_to_save(sqlite_store: OpenedStore) -> None:
    kept = LearnerService(sqlite_store.database).create(DRAFT).learner.id
    with (
        pytest.raises(RuntimeError, match="writes=False"),
        sqlite_store.database.unit_of_work(writes=False) as uow,
    ):
        row = uow.session.get(Learner, kept)
        assert row is not None
        row.given_name = "Ändrad"
        uow.session.flush()
    assert LearnerService(sqlite_store.database).get(kept).data.given_name == "Åsa"


def test_writers_wait_for_a_whole_database_operation_in_another_process(
    sqlite_store: OpenedStore, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    learners = LearnerService(sqlite_store.database)
    learners.create(DRAFT)
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER.format(side="exclusive"), str(paths.data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    monkeypatch.setattr(write_lock, "SHARED_TIMEOUT_S", 0.2)
    try:
        with (
            pytest.raises(write_lock.WholeDatabaseOperationRunning) as refused,
            write_lock.shared(paths.data_dir, timeout=0.2),
        ):
            pass
        assert "restoring, encrypting or upgrading" in refused.value.message
        # A unit of work waits for it too: started now, it commits once the holder is done.
        done = threading.Event()

        def write() -> None:
            with write_lock.shared(paths.data_dir, timeout=30):
                done.set()

        waiter = threading.Thread(target=write)
        waiter.start()
        assert not done.wait(0.3)  # still waiting: the other process holds the lock
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(30)
        child.stdout.close()
    waiter.join(30)
    assert done.is_set()
    learners.create(DRAFT)
    assert _count(paths.database) == 2


def test_a_killed_holder_leaves_no_lock_behind(
    paths: AppPaths, holder: subprocess.Popen[str]
) -> None:
    with (
        pytest.raises(write_lock.WritersStillActive),
        write_lock.exclusive(paths.data_dir, timeout=0.1),
    ):
        pass
    holder.kill()
    holder.wait(30)
    with write_lock.exclusive(paths.data_dir, timeout=5):
        assert write_lock.held_exclusively_here(paths.data_dir)
    assert not write_lock.held_exclusively_here(paths.data_dir)


def test_exclusive_inside_a_writing_unit_of_work_refuses_at_once(
    sqlite_store: OpenedStore, paths: AppPaths
) -> None:
    with sqlite_store.database.unit_of_work() as uow:
        uow.learners.count()
        with (
            pytest.raises(write_lock.HeldByThisProgram),
            write_lock.exclusive(paths.data_dir, timeout=30),
        ):
            pass


def test_the_exclusive_holder_may_write_and_other_threads_wait(
    sqlite_store: OpenedStore, paths: AppPaths
) -> None:
    learners = LearnerService(sqlite_store.database)
    finished: list[str] = []

    def other_writer() -> None:
        learners.create(DRAFT)
        finished.append("other")

    with write_lock.exclusive(paths.data_dir):
        learners.create(DRAFT)  # re-entrant for the thread that holds it (restore → open)
        thread = threading.Thread(target=other_writer)
        thread.start()
        thread.join(0.3)
        assert finished == []  # waits while the exclusive side is held
        finished.append("holder")
    thread.join(30)
    assert finished == ["holder", "other"]
    assert _count(paths.database) == 2


@pytest.mark.skipif(os.name != "posix", reason="flock: POSIX")
def test_the_lock_file_is_private(sqlite_store: OpenedStore, paths: AppPaths) -> None:
    LearnerService(sqlite_store.database).create(DRAFT)
    assert write_lock.lock_path(paths.data_dir).stat().st_mode & 0o077 == 0


def test_a_unit_of_work_inside_another_of_the_same_thread_does_not_wait_for_it(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The inner one begins deferred: with BEGIN IMMEDIATE it would wait for the outer
    one's lock until the busy timeout and fail."""
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 200)
    store = open_store(paths)
    learners = LearnerService(store.database)
    kept = learners.create(DRAFT).learner.id
    with store.database.unit_of_work() as outer:
        outer.session.execute(text("UPDATE learner SET family_name = 'Yttre'"))
        assert learners.get(kept).data.given_name == "Åsa"  # its own unit of work
    assert learners.get(kept).data.family_name == "Yttre"
    store.database.dispose()


def test_readers_go_on_while_another_process_restores_or_encrypts(
    sqlite_store: OpenedStore, paths: AppPaths
) -> None:
    """Read-only use cases take no write lock (``unit_of_work(writes=False)``): they read
    the file as it is while a whole-database operation holds the lock; a writer waits."""
    from larsam_desktop.domain.caseload import CaseloadQuery
    from larsam_desktop.services.access_request import AccessRequestService
    from larsam_desktop.services.audit import AuditService
    from larsam_desktop.services.caseload import CaseloadService
    from larsam_desktop.services.learner_snapshot import LearnerSnapshots
    from larsam_desktop.services.statistics_register import StatisticsRegister

    database = sqlite_store.database
    learner_id = LearnerService(database).create(DRAFT).learner.id
    holder = subprocess.Popen(  # the other process: a restore or encrypt holding the lock
        [sys.executable, "-c", HOLDER.format(side="exclusive"), str(paths.data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    results: list[object] = []
    done = threading.Event()

    def read() -> None:
        caseload = CaseloadService(database)
        results.append(caseload.list(CaseloadQuery()))
        results.append(caseload.load_index())
        results.append(LearnerSnapshots(database).load(learner_id))
        results.append(AccessRequestService(database).needs_confirmation(learner_id))
        results.append(AuditService(database).entries())
        results.append(StatisticsRegister(database).publications())
        done.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert done.wait(20), "a read waited for the other process's exclusive lock"
    reader.join(5)
    writer_done = threading.Event()

    def write() -> None:
        LearnerService(database).create(DRAFT)
        writer_done.set()

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    assert not writer_done.wait(0.5)  # a writer still waits for the holder
    assert holder.stdin is not None
    holder.stdin.close()
    holder.wait(30)
    holder.stdout.close()
    writer.join(30)
    assert writer_done.is_set() and _count(paths.database) == 2
