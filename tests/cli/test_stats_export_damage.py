"""``stats export`` runs the start-up quick check beside its read (services.integrity_later):
damage the read never touches (tests/damage_cases.py) must still refuse the export, leave no
file and take the damage path of a check at opening (the file moved aside, the way back named)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cli_runner import run_cli
from damage_cases import damage_an_index_nothing_else_reads, demo_folder

from larsam_desktop.paths import AppPaths


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_folder(tmp_path_factory.mktemp("stats-damage"), 150, seed=5).data_dir


def _copy(demo_dir: Path, tmp_path: Path) -> AppPaths:
    folder = tmp_path / "data"
    shutil.copytree(demo_dir, folder)
    return AppPaths(folder)


def test_a_damaged_file_refuses_the_export_and_leaves_no_file(
    demo_dir: Path, tmp_path: Path
) -> None:
    paths = _copy(demo_dir, tmp_path)
    damage_an_index_nothing_else_reads(paths)
    target = tmp_path / "out"
    target.mkdir()
    out = target / "stats.csv"
    result = run_cli(
        "stats", "export", "--format", "csv", "--out", str(out), data_dir=paths.data_dir
    )  # fmt: skip
    assert result.returncode == 1
    assert "failed its check" in result.stderr
    assert "moved aside" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(target.iterdir()) == []  # neither the export nor its temporary file
    assert not paths.database.exists()
    assert [p for p in paths.data_dir.iterdir() if ".corrupt-" in p.name]


def test_a_healthy_file_is_checked_and_exported(demo_dir: Path, tmp_path: Path) -> None:
    paths = _copy(demo_dir, tmp_path)
    out = tmp_path / "stats.csv"
    result = run_cli(
        "stats", "export", "--format", "csv", "--out", str(out), data_dir=paths.data_dir
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8-sig").startswith("[manifest]")
    assert paths.database.exists()
