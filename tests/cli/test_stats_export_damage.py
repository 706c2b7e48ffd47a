"""``stats export`` runs the start-up quick check beside its read (services.integrity_later):
damage the read never touches must still refuse the export, leave no file and take the
damage path of a check at opening (the file moved aside, the way back named)."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from cli_runner import run_cli

from larsam_desktop.paths import AppPaths


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stats-damage") / "data"
    result = run_cli("demo", "--learners", "150", "--seed", "5", data_dir=folder)
    assert result.returncode == 0, result.stderr
    return folder


def _copy(demo_dir: Path, tmp_path: Path) -> AppPaths:
    folder = tmp_path / "data"
    shutil.copytree(demo_dir, folder)
    return AppPaths(folder)


def _damage_an_index_statistics_never_read(paths: AppPaths) -> None:
    """Garbage over the root page of an index on a table of its own: the export's queries
    and the opening's probes never read it; only SQLite's quick check does."""
    with sqlite3.connect(paths.database) as connection:
        connection.execute("CREATE TABLE a2_spare (value TEXT)")
        connection.execute("CREATE INDEX a2_spare_value ON a2_spare (value)")
        connection.executemany(
            "INSERT INTO a2_spare VALUES (?)", [(f"value {i:06d}" * 4,) for i in range(3000)]
        )
    with sqlite3.connect(paths.database) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'a2_spare_value'"
        ).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    with paths.database.open("r+b") as stream:
        stream.seek((root - 1) * page_size)
        stream.write(random.Random(7).randbytes(page_size))
    with sqlite3.connect(paths.database) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] != "ok"


def test_a_damaged_file_refuses_the_export_and_leaves_no_file(
    demo_dir: Path, tmp_path: Path
) -> None:
    paths = _copy(demo_dir, tmp_path)
    _damage_an_index_statistics_never_read(paths)
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
