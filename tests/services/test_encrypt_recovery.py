"""Encrypt dies after every one of its steps; the next start recovers every time.

``encrypt --yes`` runs once with LARSAM_TEST_STEP_LOG to learn its steps, then once per
step in a fresh copy of the same small data folder with LARSAM_TEST_DIE_AFTER set (a real
process, forked from the test's so it needs no interpreter start-up: it ends with
``os._exit``). Afterwards the next start (in-process) finishes or
rolls back the interrupted encryption: ``check`` passes, every learner is there, no
plaintext copy of an encrypted folder remains, and the folder opens with the passphrase.
A rolled-back folder is still the plaintext one, and encrypting it again succeeds.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path

import pytest
from cli_runner import CliResult, run_cli, run_cli_process

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.backups import BackupService
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.encryption import plaintext_copies
from larsam_desktop.services.store import open_store
from larsam_desktop.storage.crash_points import DIE_AFTER_ENV, KILLED_EXIT, STEP_LOG_ENV
from larsam_desktop.storage.encryption import SQLITE_HEADER, is_encrypted_folder
from larsam_desktop.storage.journal import journal_folder

pytest.importorskip("sqlcipher3")
PASSPHRASE = "en lång hemlighet"
LEARNERS = 12


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plaintext folder with learners, a backup and a moved-aside plaintext copy."""
    paths = AppPaths(tmp_path_factory.mktemp("encrypt-template") / "data")
    store = open_store(paths)
    DemoGenerator(store.database).generate(LEARNERS, seed=3)
    BackupService(paths, store.database).create()
    store.database.dispose()
    shutil.copyfile(paths.database, paths.data_dir / "larsam.sqlite3.corrupt-20261101T101010Z")
    return paths.data_dir


def _encrypt_process(data_dir: Path, **env: str) -> CliResult:
    return _process(data_dir, ["encrypt", "--yes"], **env)


def _process(data_dir: Path, command: list[str], **env: str) -> CliResult:
    """``python -m larsam_desktop --data-dir D COMMAND`` as a process of its own (forked:
    tests/cli_runner.py), which a crash point ends with ``os._exit``."""
    environment = {k: v for k, v in os.environ.items() if k not in (DIE_AFTER_ENV, STEP_LOG_ENV)}
    return run_cli_process(
        *command,
        data_dir=data_dir,
        env={**environment, "LARSAM_PASSPHRASE": PASSPHRASE, **env},
        timeout=120,
    )


def _steps(
    template: Path, tmp_path: Path, command: tuple[str, ...] = ("encrypt", "--yes")
) -> list[str]:
    """Every step of one run of ``command``, as NAME#N (the N-th time NAME was reached)."""
    data = tmp_path / "learn"
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(template, data)
    log = tmp_path / "steps.log"
    log.unlink(missing_ok=True)
    done = _process(data, list(command), **{STEP_LOG_ENV: str(log)})
    assert done.returncode in (0, 1), done.stderr  # 1: recover then asks for the passphrase
    assert "Traceback" not in done.stderr
    seen: Counter[str] = Counter()
    steps = []
    for name in log.read_text(encoding="utf-8").split():
        seen[name] += 1
        steps.append(f"{name}#{seen[name]}")
    return steps


def _assert_encrypted_and_whole(data: Path) -> None:
    paths = AppPaths(data)
    assert is_encrypted_folder(data)
    assert not paths.database.read_bytes().startswith(SQLITE_HEADER)
    assert plaintext_copies(paths) == []
    assert not list(data.glob("*.encrypting-*"))
    assert not list(journal_folder(data).glob("*"))
    without = run_cli("check", data_dir=data, env={"LARSAM_PASSPHRASE": None})
    assert without.returncode == 1 and "encrypted" in without.stderr
    healthy = run_cli("check", data_dir=data, env={"LARSAM_PASSPHRASE": PASSPHRASE})
    assert healthy.returncode == 0, healthy.stderr
    assert f"{LEARNERS} learners" in healthy.stdout
    for backup in (data / "backups").glob("*.sqlite3"):
        assert not backup.read_bytes().startswith(SQLITE_HEADER)


@pytest.mark.crash
def test_encrypt_recovers_after_a_kill_at_every_step(template: Path, tmp_path: Path) -> None:
    steps = _steps(template, tmp_path)
    names = {step.partition("#")[0] for step in steps}
    assert {"encrypt.copy-written", "encrypt.marker-written", "encrypt.journal-cleared"} <= names
    assert "encrypt.plaintext-removed#2" in steps  # the backup and the copy set aside
    outcomes: dict[str, str] = {}
    for step in steps:
        data = tmp_path / step.replace("#", "-")
        shutil.copytree(template, data)
        killed = _encrypt_process(data, **{DIE_AFTER_ENV: step})
        assert killed.returncode == KILLED_EXIT, (step, killed.stderr)

        start = run_cli("recover", data_dir=data, env={"LARSAM_PASSPHRASE": None})
        assert "Traceback" not in start.stderr, step
        assert not list(journal_folder(data).glob("*")), step
        assert not list(data.glob("*.encrypting-*")), step
        if is_encrypted_folder(data):
            outcomes[step] = "forward"
        else:
            outcomes[step] = "back"
            assert start.returncode == 0, (step, start.stderr)
            plain = run_cli("check", data_dir=data, env={"LARSAM_PASSPHRASE": None})
            assert plain.returncode == 0 and f"{LEARNERS} learners" in plain.stdout, step
            again = run_cli(
                "encrypt", "--yes", data_dir=data, env={"LARSAM_PASSPHRASE": PASSPHRASE}
            )
            assert again.returncode == 0, (step, again.stderr)
        _assert_encrypted_and_whole(data)
    assert outcomes["encrypt.copy-written#1"] == "back"
    assert outcomes["encrypt.marker-written#1"] == "forward"
    assert outcomes["encrypt.journal-cleared#1"] == "forward"


def test_encrypt_lists_the_plaintext_copies_and_says_what_remains(
    template: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(template, data)
    asked = run_cli("encrypt", data_dir=data, env={"LARSAM_PASSPHRASE": PASSPHRASE})
    assert asked.returncode == 1 and "--yes" in asked.stderr
    assert "larsam.sqlite3.corrupt-20261101T101010Z" in asked.stdout
    assert "backups/manual-" in asked.stdout
    assert not is_encrypted_folder(data)  # nothing changed

    done = run_cli("encrypt", "--yes", data_dir=data, env={"LARSAM_PASSPHRASE": PASSPHRASE})
    assert done.returncode == 0, done.stderr
    assert "removed plaintext copy: " in done.stdout and ".corrupt-20261101T101010Z" in done.stdout
    assert "no plaintext copy remains in the data folder" in done.stdout
    assert "outside the data folder" in done.stdout
    _assert_encrypted_and_whole(data)


def test_plaintext_left_in_an_encrypted_folder_is_listed_and_removed(
    template: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(template, data)
    key = {"LARSAM_PASSPHRASE": PASSPHRASE}
    leftover = data / "larsam.sqlite3.corrupt-20261101T101010Z"
    kept = tmp_path / "kept.sqlite3"
    shutil.copyfile(leftover, kept)
    assert run_cli("encrypt", "--yes", data_dir=data, env=key).returncode == 0
    shutil.copyfile(kept, leftover)  # e.g. an older version left it, or it was copied back

    listed = run_cli("encrypt", data_dir=data, env=key)
    assert listed.returncode == 1 and str(leftover) in listed.stdout
    assert leftover.exists()
    removed = run_cli("encrypt", "--yes", data_dir=data, env=key)
    assert removed.returncode == 0 and f"removed plaintext copy: {leftover}" in removed.stdout
    clean = run_cli("encrypt", data_dir=data, env=key)
    assert clean.returncode == 0 and "no plaintext copy remains" in clean.stdout
    _assert_encrypted_and_whole(data)


@pytest.mark.parametrize("damage", ["missing", "pages"])
def test_a_damaged_encrypted_database_never_becomes_an_empty_encrypted_one(
    template: Path, tmp_path: Path, damage: str
) -> None:
    data = tmp_path / "data"
    shutil.copytree(template, data)
    key = {"LARSAM_PASSPHRASE": PASSPHRASE}
    assert run_cli("encrypt", "--yes", data_dir=data, env=key).returncode == 0
    database = data / "larsam.sqlite3"
    if damage == "missing":  # what the old encrypt left after a kill
        database.unlink()
    else:
        size = database.stat().st_size
        with database.open("r+b") as stream:
            for offset in (4096 * 2 + 10, size // 2):
                stream.seek(offset)
                stream.write(b"\xa5" * 300)
    first = run_cli("check", data_dir=data, env=key)
    assert first.returncode == 1 and "Traceback" not in first.stderr
    assert "--passphrase-file FILE backup restore" in first.stderr
    again = run_cli("learners", "list", data_dir=data, env=key)
    assert again.returncode == 1 and "no new one was created" in again.stderr
    assert not database.exists()
    backup = next((data / "backups").glob("manual-encrypted-*.sqlite3"))
    restored = run_cli("backup", "restore", str(backup), data_dir=data, env=key)
    assert restored.returncode == 0, restored.stderr
    _assert_encrypted_and_whole(data)


@pytest.mark.crash
@pytest.mark.parametrize("first_kill", ["encrypt.backup-written#1", "encrypt.marker-written#1"])
def test_the_recovery_itself_survives_a_kill_at_every_step(
    template: Path, tmp_path: Path, first_kill: str
) -> None:
    interrupted = tmp_path / "interrupted"
    shutil.copytree(template, interrupted)
    killed = _encrypt_process(interrupted, **{DIE_AFTER_ENV: first_kill})
    assert killed.returncode == KILLED_EXIT, killed.stderr
    steps = _steps(interrupted, tmp_path, ("recover",))
    assert "encrypt-recovery.journal-cleared#1" in steps, steps
    for step in steps:
        data = tmp_path / step.replace("#", "-")
        shutil.copytree(interrupted, data)
        again = _process(data, ["recover"], **{DIE_AFTER_ENV: step})
        assert again.returncode == KILLED_EXIT, (step, again.stderr)
        start = run_cli("recover", data_dir=data, env={"LARSAM_PASSPHRASE": None})
        assert "Traceback" not in start.stderr, step
        assert not list(journal_folder(data).glob("*")), step
        if not is_encrypted_folder(data):
            assert start.returncode == 0, (step, start.stderr)
            key = {"LARSAM_PASSPHRASE": PASSPHRASE}
            assert run_cli("encrypt", "--yes", data_dir=data, env=key).returncode == 0, step
        _assert_encrypted_and_whole(data)
