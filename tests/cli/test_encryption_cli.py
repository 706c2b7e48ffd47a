"""An encrypted data folder on the command line: passphrase file, wrong passphrase, encrypt."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import CliResult, run_cli

pytest.importorskip("sqlcipher3")


def run(*args: str, data_dir: Path, env: dict[str, str] | None = None) -> CliResult:
    return run_cli(*args, data_dir=data_dir, env={"LARSAM_PASSPHRASE": None, **(env or {})})


def test_encrypt_an_existing_folder_then_use_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("demo", "--learners", "20", data_dir=data).returncode == 0
    assert run("backup", "create", data_dir=data).returncode == 0
    secret = tmp_path / "passphrase.txt"
    secret.write_text("korrekt häst batteri\n", encoding="utf-8")

    refused = run("--passphrase-file", str(secret), "encrypt", data_dir=data)
    assert refused.returncode == 1 and "--yes" in refused.stderr
    done = run("--passphrase-file", str(secret), "encrypt", "--yes", data_dir=data)
    assert done.returncode == 0, done.stderr
    assert "encrypted 20 learners" in done.stdout and "removed 1 plaintext backups" in done.stdout
    assert not (data / "larsam.sqlite3").read_bytes().startswith(b"SQLite format 3")
    for backup in (data / "backups").glob("*.sqlite3"):
        assert not backup.read_bytes().startswith(b"SQLite format 3")

    locked = run("check", data_dir=data)
    assert locked.returncode == 1 and "encrypted" in locked.stderr
    wrong = run("check", data_dir=data, env={"LARSAM_PASSPHRASE": "fel fel fel fel"})
    assert wrong.returncode == 1 and "passphrase is not right" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    healthy = run("--passphrase-file", str(secret), "check", data_dir=data)
    assert healthy.returncode == 0 and "20 learners" in healthy.stdout
    by_env = run(
        "learners",
        "list",
        "--format",
        "json",
        data_dir=data,
        env={"LARSAM_PASSPHRASE": "korrekt häst batteri"},
    )
    assert by_env.returncode == 0 and by_env.stdout.count('"id"') == 20
    assert list(data.glob("larsam.sqlite3.corrupt-*")) == []
    backup = next((data / "backups").glob("manual-*.sqlite3"))
    restored = run(
        "--passphrase-file", str(secret), "backup", "restore", str(backup), data_dir=data
    )
    assert restored.returncode == 0, restored.stderr
    assert "restored 20 learners" in restored.stdout
