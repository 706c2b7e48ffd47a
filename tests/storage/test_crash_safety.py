"""Crash safety: a writer killed with SIGKILL at random moments never loses a reported write.

A child process (crash_writer.py) writes learners, audit entries and backups through the
services and reports each commit; the parent kills it at a random moment, then checks that
every reported learner is there, the integrity check passes, the audit chain holds and
every backup in the manifest still verifies. 8 trials on one data folder, so later trials
start from the state earlier kills left behind.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.audit import AuditService
from larsam_desktop.services.store import open_store
from larsam_desktop.storage.backup_set import BackupSet

TRIALS = 8  # real interpreter starts; test_fault_injection.py adds 200 forked random kills
WRITER = Path(__file__).with_name("crash_writer.py")


def _run_and_kill(data_dir: Path, rng: random.Random) -> tuple[list[int], list[str]]:
    errors = data_dir.parent / "writer-stderr.txt"
    with errors.open("w") as stderr:
        child = subprocess.Popen(
            [sys.executable, str(WRITER), str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
    assert child.stdout is not None
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.append(line.strip())
            if line.startswith("ready"):
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if not ready.wait(60):
        child.kill()
        child.wait(30)
        child.stdout.close()
        pytest.fail("the writer did not start: " + errors.read_text())
    time.sleep(rng.uniform(0.0, 0.4))
    os.kill(child.pid, signal.SIGKILL)
    child.wait(30)
    reader.join(10)
    child.stdout.close()
    ids = [int(line.split()[1]) for line in lines if line.startswith("learner ")]
    backups = [line.split()[1] for line in lines if line.startswith("backup ")]
    return ids, backups


@pytest.mark.crash
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_no_reported_write_is_lost_when_killed(tmp_path: Path) -> None:
    rng = random.Random(20261128)
    data_dir = tmp_path / "data"
    paths = AppPaths(data_dir)
    reported: set[int] = set()
    reported_backups: set[str] = set()
    for trial in range(TRIALS):
        ids, backups = _run_and_kill(data_dir, rng)
        reported.update(ids)
        reported_backups.update(backups)
        with sqlite3.connect(paths.database) as db:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",), trial
            present = {row[0] for row in db.execute("SELECT id FROM learner")}
        missing = reported - present
        assert not missing, f"trial {trial}: reported but lost: {sorted(missing)[:10]}"
    assert len(reported) > TRIALS  # the kills did land in the middle of real work

    store = open_store(paths)
    try:
        report = AuditService(store.database).verify()
        assert report.intact, report.broken
        assert report.entries_checked >= len(reported)
    finally:
        store.database.dispose()
    backups = BackupSet(paths.backups)
    listed = {info.file for info in backups.entries()}
    assert reported_backups <= listed
    for name in listed:
        assert backups.verify(paths.backups / name).ok, name
