"""Damage never becomes an empty database: header, random pages, truncation to 0 and to
half, a lost ``-wal``, a folder where the file should be. Each ends in the documented
message on the command line (exit 1, the damaged file and the restore command named),
every later command refuses too, and the restore command brings every learner back;
starting empty happens only through ``recover --start-empty``."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_runner import run_cli
from damage_cases import DAMAGE, header, truncated_to_zero
from store_templates import fill_with_demo

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.backups import BackupService
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.recovery import STARTED_EMPTY_KEY
from larsam_desktop.services.store import open_store
from larsam_desktop.storage.errors import DatabaseMovedAside

LEARNERS = 60


def _damaged_with_backup(paths: AppPaths, damage: Callable[[AppPaths], None]) -> Path:
    store = open_store(paths)
    fill_with_demo(store, LEARNERS, seed=4)  # tests/store_templates.py
    backup = paths.backups / BackupService(paths, store.database).create().file
    store.database.dispose()
    damage(paths)
    return backup


@pytest.mark.parametrize("damage", DAMAGE, ids=[d.__name__ for d in DAMAGE])
def test_damage_is_refused_on_every_command_until_restored(
    paths: AppPaths, damage: Callable[[AppPaths], None]
) -> None:
    backup = _damaged_with_backup(paths, damage)

    first = run_cli("check", data_dir=paths.data_dir)
    assert first.returncode == 1
    assert "Traceback" not in first.stderr
    assert "larsam.sqlite3.corrupt-" in first.stderr  # names the damaged file
    assert f"backup restore {backup}" in first.stderr  # and the way out
    assert "healthy" not in first.stdout
    for command in (["learners", "list"], ["check"], ["recover"]):
        again = run_cli(*command, data_dir=paths.data_dir)
        assert again.returncode == 1, command
        assert "no new one was created" in again.stderr and str(backup) in again.stderr
    assert not paths.database.exists()  # never an empty, "healthy" database

    restored = run_cli("backup", "restore", str(backup), data_dir=paths.data_dir)
    assert restored.returncode == 0, restored.stderr
    healthy = run_cli("check", data_dir=paths.data_dir)
    assert healthy.returncode == 0 and f"{LEARNERS} learners" in healthy.stdout
    assert list(paths.data_dir.glob("larsam.sqlite3.corrupt-*"))  # kept for a specialist


def test_the_damage_is_named_in_the_exception_the_window_shows(paths: AppPaths) -> None:
    backup = _damaged_with_backup(paths, truncated_to_zero)
    with pytest.raises(DatabaseMovedAside) as caught:
        open_store(paths)
    assert caught.value.backup == str(backup)
    assert Path(caught.value.moved_to).name.startswith("larsam.sqlite3.corrupt-")
    with pytest.raises(DatabaseMovedAside) as again:
        open_store(paths)
    assert again.value.backup == str(backup) and again.value.moved_to


def test_starting_empty_is_an_explicit_logged_choice(paths: AppPaths) -> None:
    _damaged_with_backup(paths, header)
    assert run_cli("check", data_dir=paths.data_dir).returncode == 1
    started = run_cli("recover", "--start-empty", data_dir=paths.data_dir)
    assert started.returncode == 0, started.stderr
    assert "started with an empty database" in started.stdout
    assert "kept, set aside as damaged: " in started.stdout and "kept 1 backups" in started.stdout
    healthy = run_cli("check", data_dir=paths.data_dir)
    assert healthy.returncode == 0 and "0 learners" in healthy.stdout
    with sqlite3.connect(paths.database) as db:
        (value,) = db.execute(
            "SELECT value FROM app_meta WHERE key = ?", (STARTED_EMPTY_KEY,)
        ).fetchone()
    assert value
    log = (paths.logs / "larsam.log").read_text(encoding="utf-8")
    assert "started with an empty database by choice" in log

    refused = run_cli("recover", "--start-empty", data_dir=paths.data_dir)
    assert refused.returncode == 1 and "readable database is in place" in refused.stderr


def test_without_backups_a_moved_aside_file_still_refuses_a_new_database(
    paths: AppPaths,
) -> None:
    store = open_store(paths)
    DemoGenerator(store.database).generate(5, seed=1)
    store.database.dispose()
    header(paths)
    first = run_cli("learners", "list", data_dir=paths.data_dir)
    assert first.returncode == 1 and "No verified backup" in first.stderr
    assert "recover --start-empty" in first.stderr
    second = run_cli("learners", "list", data_dir=paths.data_dir)
    assert second.returncode == 1 and "no new one was created" in second.stderr
    assert not paths.database.exists()


def test_a_new_data_folder_still_starts_empty_without_asking(paths: AppPaths) -> None:
    created = run_cli("check", data_dir=paths.data_dir)
    assert created.returncode == 0 and "0 learners" in created.stdout


def test_a_killed_writers_wal_is_not_damage(paths: AppPaths) -> None:
    """The -wal and -shm a kill leaves are SQLite's to replay: nothing is moved aside."""
    import subprocess
    import sys

    _damaged_with_backup(paths, lambda p: None)
    code = (
        "import os, sqlite3, sys\n"
        "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "db.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "db.execute(\"UPDATE learner SET given_name = 'Efter'\")\n"
        "os._exit(137)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(paths.database)], check=False)
    assert done.returncode == 137
    assert Path(f"{paths.database}-wal").stat().st_size > 0
    healthy = run_cli("check", data_dir=paths.data_dir)
    assert healthy.returncode == 0 and f"{LEARNERS} learners" in healthy.stdout
    with sqlite3.connect(paths.database) as db:
        assert db.execute("SELECT DISTINCT given_name FROM learner").fetchall() == [("Efter",)]
    assert not list(paths.data_dir.glob("larsam.sqlite3.corrupt-*"))
