"""Texts the services build for the command line, in the command's language (issue 14):
``backup list`` (kinds, sizes, learners) and encrypt's notes on what it cannot reach."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli_runner import run_cli

from larsam_desktop.paths import AppPaths

NO_PASSPHRASE = {"LARSAM_PASSPHRASE": None}


def test_backup_list_in_both_languages(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_cli("demo", "--learners", "3", data_dir=data).returncode == 0
    assert run_cli("backup", "create", data_dir=data).returncode == 0
    sv = run_cli("backup", "list", "--language", "sv", data_dir=data, env={"LARSAM_LANGUAGE": "en"})
    en = run_cli("backup", "list", "--language", "en", data_dir=data, env={"LARSAM_LANGUAGE": "sv"})
    assert sv.returncode == 0 and en.returncode == 0
    [sv_line] = [line for line in sv.stdout.splitlines() if "manual-" in line]
    [en_line] = [line for line in en.stdout.splitlines() if "manual-" in line]
    assert "Gjord för hand" in sv_line and "3 deltagare" in sv_line
    assert re.search(r"\d,\d MB", sv_line) and not re.search(r"\d\.\d MB", sv_line)
    assert "Made by hand" in en_line and "3 learners" in en_line
    assert re.search(r"\d\.\d MB", en_line)
    assert "manual " not in sv_line and "learners" not in sv_line


def test_encrypt_notes_in_both_languages(tmp_path: Path) -> None:
    pytest.importorskip("sqlcipher3")
    secret = tmp_path / "passphrase.txt"
    secret.write_text("korrekt häst batteri\n", encoding="utf-8")
    outputs = {}
    for language in ("sv", "en"):
        data = tmp_path / language
        assert run_cli("demo", "--learners", "2", data_dir=data).returncode == 0
        AppPaths(data).demo.data_dir.mkdir(parents=True)  # the welcome page's demo folder
        done = run_cli(
            "--passphrase-file", str(secret), "encrypt", "--yes", "--language", language,
            data_dir=data, env=NO_PASSPHRASE,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        outputs[language] = done.stdout
    sv, en = outputs["sv"], outputs["en"]
    assert "obs: kopior som sparats utanför datamappen" in sv
    assert "obs: demomappen " in sv and "(påhittade uppgifter) lämnas som den är" in sv
    assert "copies saved outside the data folder" not in sv and "the demo folder" not in sv
    assert "note: copies saved outside the data folder" in en
    assert "note: the demo folder " in en and "(invented data) stays as it is" in en


def test_restore_and_passphrase_errors_in_both_languages(tmp_path: Path) -> None:
    """Errors the services raise with a file name or a number: a template and parameters,
    so the Swedish catalogue has them (they were English f-strings)."""
    data = tmp_path / "data"
    copy = tmp_path / "copy.sqlite3"
    assert run_cli("backup", "create", "--out", str(copy), data_dir=data).returncode == 0
    copy.write_bytes(b"not a database at all" * 100)
    sv = run_cli("backup", "restore", str(copy), "--language", "sv", data_dir=data)
    en = run_cli("backup", "restore", str(copy), "--language", "en", data_dir=data)
    assert sv.returncode == 1 and en.returncode == 1
    assert sv.stderr == (
        "larsam-desktop: fel: copy.sqlite3 kan inte återställas: kontrollsumman stämmer inte "
        "med den som sparades när kopian gjordes. Inget ändrades.\n"
    )
    assert en.stderr.startswith("larsam-desktop: error: copy.sqlite3 cannot be restored: ")

    pytest.importorskip("sqlcipher3")
    short = tmp_path / "short.txt"
    short.write_text("kort\n", encoding="utf-8")
    for language, expected in (
        ("sv", "larsam-desktop: fel: Välj en lösenfras med minst "),
        ("en", "larsam-desktop: error: Choose a passphrase of at least "),
    ):
        done = run_cli(
            "--passphrase-file", str(short), "encrypt", "--yes", "--language", language,
            data_dir=data, env=NO_PASSPHRASE,
        )  # fmt: skip
        assert done.returncode == 1 and done.stderr.startswith(expected), done.stderr


def test_damage_is_described_in_the_commands_language(tmp_path: Path) -> None:
    """What failed the check is a sentence of its own, translated inside the message that
    names the way out (it was the English message inside a Swedish one)."""
    said = {}
    for language in ("sv", "en"):
        data = tmp_path / language
        assert run_cli("check", data_dir=data).returncode == 0
        (data / "larsam.sqlite3").write_bytes(b"garbage" * 500)
        damaged = run_cli("check", "--language", language, data_dir=data)
        assert damaged.returncode == 1
        missing = run_cli("check", "--language", language, data_dir=data)  # set aside now
        assert missing.returncode == 1
        said[language] = damaged.stderr + missing.stderr
    assert "(Databasfilen går inte att läsa: den börjar inte med ett SQLite-huvud.)" in said["sv"]
    assert " lades undan som skadad" in said["sv"]
    assert "does not start with a SQLite header" not in said["sv"]
    assert (
        "(The database file cannot be read: it does not start with a SQLite header.)"
        in (said["en"])
    )
    assert " was set aside as damaged" in said["en"]
