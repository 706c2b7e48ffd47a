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
