"""The quick check run beside the work (``open_store(check_later=True)``): every write
waits for its verdict, a damaged file refuses writes and nothing reaches it, and the check
really runs (services.integrity_later)."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from damage_cases import damage_an_index_nothing_else_reads, demo_folder

from larsam_desktop.paths import AppPaths
from larsam_desktop.services import integrity_later
from larsam_desktop.services.store import open_store
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.errors import DatabaseCorrupt, DatabaseMovedAside
from larsam_desktop.storage.integrity import integrity_problems

LEARNERS = 20


def make_folder(tmp_path: Path) -> AppPaths:
    return demo_folder(tmp_path, LEARNERS, seed=3)


def rename_first_learner(database: Database, name: str) -> None:
    from sqlalchemy import text

    with database.unit_of_work() as uow:
        uow.session.execute(
            text("UPDATE learner SET given_name = :name WHERE id = (SELECT min(id) FROM learner)"),
            {"name": name},
        )


def first_learner_name(paths: AppPaths) -> str:
    with sqlite3.connect(paths.database) as connection:
        row = connection.execute("SELECT given_name FROM learner ORDER BY id LIMIT 1").fetchone()
    return str(row[0])


def test_a_healthy_file_is_checked_and_the_first_write_waits_for_the_verdict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = make_folder(tmp_path)
    order: list[str] = []
    release = threading.Event()
    real = integrity_problems

    def slow_check(database: Database, *, quick: bool = False) -> list[str]:
        release.wait(30)
        problems = real(database, quick=quick)
        order.append(f"checked quick={quick} problems={problems}")
        return problems

    monkeypatch.setattr(integrity_later, "integrity_problems", slow_check)
    store = open_store(paths, check_later=True)
    check = store.pending_check
    assert check is not None and not check.done
    # Reads go on while the check runs, in a writing unit of work too.
    with store.database.unit_of_work(writes=False) as uow:
        assert uow.learners.count() == LEARNERS
    with store.database.unit_of_work() as uow:
        assert uow.learners.count() == LEARNERS
    assert order == [] and not check.done

    def write() -> None:
        rename_first_learner(store.database, "Gated")
        order.append("written")

    writer = threading.Thread(target=write)
    writer.start()
    time.sleep(0.3)  # give an ungated write every chance to land first
    assert order == []
    release.set()
    writer.join(30)
    assert order == ["checked quick=True problems=[]", "written"]
    assert check.done
    rename_first_learner(store.database, "Second")  # the verdict is known: no wait
    store.database.dispose()
    assert first_learner_name(paths) == "Second"


def test_a_damaged_file_refuses_every_write_and_nothing_reaches_it(tmp_path: Path) -> None:
    paths = make_folder(tmp_path)
    damage_an_index_nothing_else_reads(paths)
    before = first_learner_name(paths)
    store = open_store(paths, check_later=True)  # the probes see nothing wrong
    assert store.pending_check is not None
    with pytest.raises(DatabaseCorrupt):
        rename_first_learner(store.database, "Lost")
    with pytest.raises(DatabaseCorrupt):
        rename_first_learner(store.database, "Lost again")
    store.database.dispose()
    assert first_learner_name(paths) == before


def test_the_damage_path_moves_the_file_aside_and_opens_no_new_one(tmp_path: Path) -> None:
    paths = make_folder(tmp_path)
    damage_an_index_nothing_else_reads(paths)
    store = open_store(paths, check_later=True)
    assert store.pending_check is not None
    with pytest.raises(DatabaseCorrupt) as caught:
        store.pending_check.confirm()
    shown = integrity_later.after_failed_check(store.database, paths, caught.value)
    assert isinstance(shown, DatabaseMovedAside)
    assert not paths.database.exists()
    assert [p for p in paths.data_dir.iterdir() if ".corrupt-" in p.name]
    # A late reader gets the damage, not a new empty file.
    with pytest.raises(DatabaseCorrupt), store.database.unit_of_work(writes=False) as uow:
        uow.learners.count()
    assert not paths.database.exists()


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("SELECT count(*) FROM learner", False),
        ("  select 1", False),
        ("PRAGMA quick_check", False),
        ("BEGIN IMMEDIATE", False),
        ("WITH x AS (SELECT 1) SELECT * FROM x", False),
        ("INSERT INTO learner VALUES (1)", True),
        ("update learner set given_name = 'a'", True),
        ("DELETE FROM contact", True),
        ("WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x", True),
        ("CREATE INDEX i ON t (a)", True),
        ("VACUUM", True),
    ],
)
def test_what_counts_as_a_write(statement: str, expected: bool) -> None:
    assert integrity_later.writes(statement) is expected
