"""``stats export`` and ``stats merge`` as a user runs them (in-process): real files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from cli_runner import CliResult, run_cli
from openpyxl import load_workbook


def run(*args: str, data_dir: Path | None = None) -> CliResult:
    return run_cli(*args, data_dir=data_dir)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stats") / "data"
    result = run("demo", "--learners", "400", "--seed", "11", data_dir=folder)
    assert result.returncode == 0, result.stderr
    return folder


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_export_each_format(demo_dir: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"region.{fmt}"
    result = run(
        "stats", "export", "--format", fmt, "--out", str(out), "--from", "2023-01-01",
        "--to", "2026-06-30", "--k", "6", data_dir=demo_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"Wrote {fmt.upper()} statistics" in result.stdout
    assert "k = 6" in result.stdout
    assert out.stat().st_size > 500
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary file left


def test_k_below_five_is_refused(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    result = run("stats", "export", "--format", "csv", "--out", str(out), "--k", "4",
                 data_dir=demo_dir)  # fmt: skip
    assert result.returncode == 1
    assert "at least 5" in result.stderr
    assert not out.exists()


def test_an_empty_period_is_refused(demo_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    result = run(
        "stats", "export", "--format", "csv", "--out", str(out), "--from", "2001-01-01",
        "--to", "2001-12-31", data_dir=demo_dir,
    )  # fmt: skip
    assert result.returncode == 1
    assert "nothing to report" in result.stderr
    assert list(tmp_path.iterdir()) == []
    backwards = run(
        "stats", "export", "--format", "csv", "--out", str(out), "--from", "2026-01-01",
        "--to", "2025-01-01", data_dir=demo_dir,
    )  # fmt: skip
    assert backwards.returncode == 1 and "before it starts" in backwards.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_path_is_refused(demo_dir: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        result = run("stats", "export", "--format", "pdf", "--out", str(locked / "r.pdf"),
                     data_dir=demo_dir)  # fmt: skip
        assert result.returncode == 1
        assert "no permission" in result.stderr
        assert list(locked.iterdir()) == []
    finally:
        locked.chmod(stat.S_IRWXU)


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs Linux sysfs")
def test_a_folder_that_refuses_even_root_is_refused(demo_dir: Path) -> None:
    result = run("stats", "export", "--format", "csv", "--out", "/sys/kernel/larsam.csv",
                 data_dir=demo_dir)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.startswith("larsam-desktop: error: Cannot write /sys/kernel/larsam.csv")
    assert "Traceback" not in result.stderr


def test_a_missing_folder_is_refused(demo_dir: Path, tmp_path: Path) -> None:
    result = run("stats", "export", "--format", "csv", "--out", str(tmp_path / "no" / "r.csv"),
                 data_dir=demo_dir)  # fmt: skip
    assert result.returncode == 1
    assert "does not exist" in result.stderr


def test_merge_two_exports_into_a_regional_report(demo_dir: Path, tmp_path: Path) -> None:
    files = []
    for name, fmt in (("a", "csv"), ("b", "xlsx")):
        out = tmp_path / f"{name}.{fmt}"
        result = run("stats", "export", "--format", fmt, "--out", str(out), "--to",
                     "2026-06-30", data_dir=demo_dir)  # fmt: skip
        assert result.returncode == 0, result.stderr
        files.append(str(out))
    merged = tmp_path / "region.xlsx"
    # No --data-dir: merging needs no database.
    result = run("stats", "merge", *files, "--out", str(merged))
    assert result.returncode == 0, result.stderr
    assert "Merged 2 exports" in result.stdout
    workbook = load_workbook(merged, read_only=True)
    try:
        manifest = dict(
            row[:2] for row in workbook["Manifest"].iter_rows(values_only=True) if row and row[0]
        )
    finally:
        workbook.close()
    assert manifest["merged_from"] == "2"
    pdf = tmp_path / "region.pdf"
    assert run("stats", "merge", *files, "--out", str(pdf)).returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")


def test_merge_refuses_another_threshold(demo_dir: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    for out, k in ((a, "10"), (b, "7")):
        result = run("stats", "export", "--format", "csv", "--out", str(out), "--k", k,
                     "--to", "2026-06-30", data_dir=demo_dir)  # fmt: skip
        assert result.returncode == 0, result.stderr
    merged = tmp_path / "m.csv"
    result = run("stats", "merge", str(a), str(b), "--out", str(merged))
    assert result.returncode == 1
    assert "threshold" in result.stderr and "b.csv" in result.stderr
    assert not merged.exists()
    not_export = tmp_path / "notes.csv"
    not_export.write_text("hello;world\n", encoding="utf-8")
    result = run("stats", "merge", str(a), str(not_export), "--out", str(merged))
    assert result.returncode == 1
    assert "not a LärSam statistics export" in result.stderr
