"""Command outputs the help walk found English in (issue 14): ``retention show``/``run``
(periods, defaults and record types) and ``eligibility --list-targets`` (the sources), in
Swedish with ``--language sv`` and in English with ``en``. Record type codes
(``closed_case``) stay: they are what ``retention set`` takes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from larsam_desktop.cli import main as cli

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))
from damage_cases import demo_folder
from swedish_words import COMMAND, SNAKE, Seen, english_problems, swedish_problems


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_folder(tmp_path_factory.mktemp("outputs"), 15, seed=5).data_dir


def output(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> list[str]:
    code = cli.main(["--data-dir", str(data), *argv])
    out, err = capsys.readouterr()
    assert code == 0 and not err, (argv, err)
    return [line for line in out.splitlines() if line.strip()]


def swedish_lines(lines: list[str], where: str) -> list[str]:
    seen = [Seen(SNAKE.sub(" ", COMMAND.sub(" ", line)), where) for line in lines]
    return swedish_problems(seen, frozenset(), {})


def test_retention_in_swedish_and_english(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sv = output(capsys, data, "retention", "show", "--language", "sv")
    assert any("closed_case" in line and "24 månader" in line for line in sv), sv
    assert any("behålls för alltid" in line for line in sv), sv
    assert not swedish_lines(sv, "retention show"), swedish_lines(sv, "retention show")
    en = output(capsys, data, "retention", "show", "--language", "en")
    assert any("24 months" in line and "(default)" in line for line in en), en
    assert not english_problems([Seen(line, "en") for line in en], frozenset(), {})
    run = output(capsys, data, "retention", "run", "--dry-run", "--language", "sv")
    assert not swedish_lines(run, "retention run"), swedish_lines(run, "retention run")


def test_target_sources_in_the_language(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("eligibility", "--list-targets", "--format", "text", "--language")
    sv = output(capsys, data, *argv, "sv")
    assert any("läst 2026" in line for line in sv) and not any("read 2026" in line for line in sv)
    en = output(capsys, data, *argv, "en")
    assert any("read 2026" in line for line in en) and not any("läst 2026" in line for line in en)
