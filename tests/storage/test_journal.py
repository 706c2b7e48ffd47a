"""Intent journals and leftovers: what an interrupted operation leaves, the next start clears."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_runner import run_cli

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.recovery import UnknownInterruptedOperation, clear_leftovers
from larsam_desktop.services.store import open_store
from larsam_desktop.storage.journal import Journal, JournalUnreadable, interrupted, journal_folder


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _as_if_killed(journal: Journal, pid: int | None = None) -> None:
    """Rewrite the journal as a process that is gone would have left it."""
    data = json.loads(journal.path.read_text(encoding="utf-8"))
    data["pid"] = pid if pid is not None else _dead_pid()
    journal.path.write_text(json.dumps(data), encoding="utf-8")


def test_a_journal_records_its_steps_atomically_and_privately(tmp_path: Path) -> None:
    target = tmp_path / "file.sqlite3"
    journal = Journal.begin(
        tmp_path, "encrypt", files={"database": target}, temporaries=[tmp_path / "x.partial"]
    )
    journal.mark("copy-written")
    assert oct(journal.path.stat().st_mode & 0o777) == "0o600"
    assert journal.path.parent == journal_folder(tmp_path)
    stored = Journal.read(journal.path)
    assert stored.operation == "encrypt" and stored.steps_done == ["copy-written"]
    assert stored.file("database") == target and stored.pid == os.getpid()
    assert json.loads(journal.path.read_text(encoding="utf-8"))["format"] == 1
    assert not list(journal.path.parent.glob("*.partial"))
    assert interrupted(tmp_path) == []  # this process is still running it
    journal.finish()
    assert not journal.path.exists()


def test_only_journals_of_gone_processes_count_as_interrupted(tmp_path: Path) -> None:
    gone = Journal.begin(tmp_path, "encrypt", files={})
    _as_if_killed(gone)
    reused = Journal.begin(tmp_path, "encrypt", files={})
    data = json.loads(reused.path.read_text(encoding="utf-8"))
    data.update(pid=os.getppid(), process_start="1")  # a live pid that started at another time
    reused.path.write_text(json.dumps(data), encoding="utf-8")
    running = Journal.begin(tmp_path, "encrypt", files={})
    found = {journal.path for journal in interrupted(tmp_path)}
    assert gone.path in found
    assert running.path not in found
    if Path(f"/proc/{os.getppid()}/stat").exists():
        assert reused.path in found


def test_an_unreadable_or_unknown_journal_stops_the_start_calmly(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    open_store(paths).database.dispose()
    journal = Journal.begin(paths.data_dir, "reshuffle", files={})
    _as_if_killed(journal)
    with pytest.raises(UnknownInterruptedOperation, match="reshuffle"):
        open_store(paths)
    journal.path.write_text("{not json", encoding="utf-8")
    with pytest.raises(JournalUnreadable):
        open_store(paths)
    result = run_cli("check", data_dir=paths.data_dir)
    assert result.returncode == 1 and journal.path.name in result.stderr
    assert "Traceback" not in result.stderr


def test_leftovers_of_killed_writers_are_cleared_at_the_next_start(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    open_store(paths).database.dispose()
    paths.backups.mkdir(exist_ok=True)
    hour_ago = time.time() - 2 * 3600
    old = [
        paths.backups / "automatic-20261201T101010Z.sqlite3.partial",
        paths.backups / "automatic-20261201T101010Z.sqlite3.partial-journal",
        paths.data_dir / ".learners.csv.abc123.part",
    ]
    fresh = paths.backups / "manual-20261203T101010Z.sqlite3.partial"  # a backup being written
    stale_copy = paths.data_dir / "larsam.sqlite3.encrypting-20261201T101010Z"
    for path in [*old, fresh, stale_copy]:
        path.write_bytes(b"half written")
    for path in old:
        os.utime(path, (hour_ago, hour_ago))
    open_store(paths).database.dispose()
    assert not any(path.exists() for path in old)
    assert not stale_copy.exists()  # the live database is there: the copy is stale
    assert fresh.exists()
    assert clear_leftovers(paths, older_than_s=0) == [fresh]


def test_an_older_versions_half_finished_encryption_is_put_in_place(tmp_path: Path) -> None:
    """Issue 13: only encryption.json and larsam.sqlite3.encrypting-* were left."""
    pytest.importorskip("sqlcipher3")
    from larsam_desktop.services.learners import LearnerService

    paths = AppPaths(tmp_path / "data")
    open_store(paths, passphrase="en lång hemlighet").database.dispose()  # encrypted, empty
    copy = paths.data_dir / "larsam.sqlite3.encrypting-20261201T101010Z"
    shutil.move(paths.database, copy)
    store = open_store(paths, passphrase="en lång hemlighet")
    assert LearnerService(store.database).count() == 0
    store.database.dispose()
    assert paths.database.exists() and not copy.exists()


def test_tracked_temporaries_of_a_killed_writer_go_at_the_next_start(tmp_path: Path) -> None:
    """An export writing a hidden .part file outside the data folder, killed mid-write."""
    paths = AppPaths(tmp_path / "data")
    open_store(paths).database.dispose()
    out = tmp_path / "elsewhere"
    out.mkdir()
    part = out / ".learners.csv.x1y2.part"
    code = (
        "import os, sys; from pathlib import Path; "
        "from larsam_desktop.storage.journal import tracked_temporaries\n"
        f"with tracked_temporaries(Path({str(paths.data_dir)!r}), Path({str(part)!r})):\n"
        f"    Path({str(part)!r}).write_text('half'); os._exit(137)\n"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 137
    assert part.exists() and list(journal_folder(paths.data_dir).glob("*.json"))
    open_store(paths).database.dispose()
    assert not part.exists()
    assert not list(journal_folder(paths.data_dir).glob("*.json"))
    with_block = out / ".done.part"
    from larsam_desktop.storage.journal import tracked_temporaries

    with tracked_temporaries(paths.data_dir, with_block):
        with_block.write_text("whole")
    assert with_block.exists()  # a block that ends leaves its files to the writer
    assert not list(journal_folder(paths.data_dir).glob("*.json"))


def test_files_of_an_operation_still_running_are_not_leftovers(tmp_path: Path) -> None:
    """A window encrypting while a command starts: its copy must survive the command."""
    paths = AppPaths(tmp_path / "data")
    open_store(paths).database.dispose()
    copy = paths.data_dir / "larsam.sqlite3.encrypting-20261203T101010Z"
    copy.write_bytes(b"being written")
    running = Journal.begin(paths.data_dir, "encrypt", files={"copy": copy})
    assert clear_leftovers(paths, older_than_s=0) == []
    assert copy.exists()
    running.finish()
    assert clear_leftovers(paths, older_than_s=0) == [copy]


def test_an_encryption_whose_copy_vanished_is_undone_not_forced_forward(tmp_path: Path) -> None:
    """Marker written, copy deleted by hand before the swap: the plaintext stays usable."""
    from larsam_desktop.storage.encryption import is_encrypted_folder, marker_path, write_marker

    paths = AppPaths(tmp_path / "data")
    open_store(paths).database.dispose()
    journal = Journal.begin(
        paths.data_dir,
        "encrypt",
        files={
            "database": paths.database,
            "copy": paths.data_dir / "larsam.sqlite3.encrypting-1",
            "marker": marker_path(paths.data_dir),
            "backup": paths.backups / "manual-encrypted-1.sqlite3",
        },
    )
    write_marker(paths.data_dir)
    _as_if_killed(journal)
    result = run_cli("check", data_dir=paths.data_dir)
    assert result.returncode == 0, result.stderr
    assert not is_encrypted_folder(paths.data_dir)
