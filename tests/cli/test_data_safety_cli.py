"""backup, restore and audit on the command line: in-process (cli.main.main), a real data folder."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from cli_runner import CliResult, run_cli

from larsam_desktop.storage.instance_lock import lock_path


def run(*args: str, data_dir: Path) -> CliResult:
    return run_cli(*args, data_dir=data_dir)


def _count(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("SELECT count(*) FROM learner").fetchone()[0])


def test_backup_list_restore_and_audit(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", "--learners", "40", data_dir=data).returncode == 0

    out = tmp_path / "copy.sqlite3"
    made = run("backup", "create", "--out", str(out), data_dir=data)
    assert made.returncode == 0, made.stderr
    assert "backed up 40 learners" in made.stdout
    assert (tmp_path / "copy.sqlite3.sha256").exists()
    again = run("backup", "create", "--out", str(out), data_dir=data)
    assert again.returncode == 1 and "exists already" in again.stderr

    inside = run("backup", "create", data_dir=data)
    assert inside.returncode == 0, inside.stderr
    listed = run("backup", "list", data_dir=data)
    assert listed.returncode == 0 and "manual" in listed.stdout and "40 learners" in listed.stdout

    assert run("demo", "--learners", "10", "--seed", "9", data_dir=data).returncode == 0
    assert _count(data / "larsam.sqlite3") == 50
    restored = run("backup", "restore", str(out), data_dir=data)
    assert restored.returncode == 0, restored.stderr
    assert "restored 40 learners" in restored.stdout and "before-restore" in restored.stdout
    assert _count(data / "larsam.sqlite3") == 40

    verified = run("audit", "verify", data_dir=data)
    assert verified.returncode == 0, verified.stderr
    assert "audit log intact" in verified.stdout
    listing = run("audit", "list", "--action", "restore", data_dir=data)
    assert listing.returncode == 0 and "Restore" in listing.stdout
    assert "copy.sqlite3" in listing.stdout


def test_a_damaged_backup_is_refused_with_exit_1(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", "--learners", "20", data_dir=data).returncode == 0
    out = tmp_path / "copy.sqlite3"
    assert run("backup", "create", "--out", str(out), data_dir=data).returncode == 0
    blob = bytearray(out.read_bytes())
    blob[len(blob) // 2] ^= 0x10
    out.write_bytes(bytes(blob))
    refused = run("backup", "restore", str(out), data_dir=data)
    assert refused.returncode == 1
    assert "checksum" in refused.stderr and "Nothing was changed" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert _count(data / "larsam.sqlite3") == 20


def test_audit_verify_names_the_tampered_entry(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", "--learners", "5", data_dir=data).returncode == 0
    for _ in range(3):
        assert run("backup", "create", data_dir=data).returncode == 0
    with sqlite3.connect(data / "larsam.sqlite3") as db:
        db.execute("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 2")
    result = run("audit", "verify", data_dir=data)
    assert result.returncode == 1
    assert "broken at entry 2" in result.stderr


def test_restore_is_refused_while_the_window_has_the_folder_open(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", "--learners", "5", data_dir=data).returncode == 0
    assert run("backup", "create", data_dir=data).returncode == 0
    backup = next((data / "backups").glob("manual-*.sqlite3"))
    # What QLockFile writes: pid, application name, host name. This process is alive.
    import socket

    lock_path(data).write_text(f"{os.getpid()}\nLärSam Desktop\n{socket.gethostname()}\n")
    refused = run("backup", "restore", str(backup), data_dir=data)
    assert refused.returncode == 1 and "close it first" in refused.stderr
    lock_path(data).write_text("999999999\nLärSam Desktop\n" + socket.gethostname() + "\n")
    assert run("backup", "restore", str(backup), data_dir=data).returncode == 0  # stale lock


def test_a_damaged_database_is_moved_aside_with_a_calm_message(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", "--learners", "30", data_dir=data).returncode == 0
    assert run("backup", "create", data_dir=data).returncode == 0
    with (data / "larsam.sqlite3").open("r+b") as stream:
        stream.write(b"garbage garbage garbage")
    checked = run("check", data_dir=data)
    assert checked.returncode == 1
    assert "moved aside" in checked.stderr and "backup restore" in checked.stderr
    assert "Traceback" not in checked.stderr
    assert list(data.glob("larsam.sqlite3.corrupt-*"))
    backup = next((data / "backups").glob("manual-*.sqlite3"))
    assert run("backup", "restore", str(backup), data_dir=data).returncode == 0
    healthy = run("check", data_dir=data)
    assert healthy.returncode == 0 and "30 learners" in healthy.stdout
