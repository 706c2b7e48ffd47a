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
        "stats", "export", "--format", fmt, "--out", str(out), "--from", "VT2023",
        "--to", "VT2026", "--k", "10", data_dir=demo_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"Wrote {fmt.upper()} statistics" in result.stdout
    assert "VT2023–VT2026, k = 10" in result.stdout
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
        "stats", "export", "--format", "csv", "--out", str(out), "--period", "2001",
        data_dir=demo_dir,
    )  # fmt: skip
    assert result.returncode == 1
    assert "nothing to report" in result.stderr
    assert list(tmp_path.iterdir()) == []
    backwards = run(
        "stats", "export", "--format", "csv", "--out", str(out), "--from", "HT2026",
        "--to", "VT2025", data_dir=demo_dir,
    )  # fmt: skip
    assert backwards.returncode == 1 and "before it starts" in backwards.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("--from", "2025-01-01", "--to", "2025-12-31"),
        ("--period", "2025-03-01"),
        ("--period", "HT25"),
        ("--period", "2024/26"),
        ("--period", "HT2025", "--from", "VT2025"),
    ],
)
def test_a_date_range_or_another_form_is_refused_naming_the_periods(
    demo_dir: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    out = tmp_path / "x.csv"
    result = run("stats", "export", "--format", "csv", "--out", str(out), *args,
                 data_dir=demo_dir)  # fmt: skip
    assert result.returncode == 1
    assert ("HT2025" in result.stderr and "2024/25" in result.stderr) or "not both" in result.stderr
    assert not out.exists()


def test_k_is_the_folders_and_can_only_be_raised(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert run("demo", "--learners", "150", "--seed", "3", data_dir=folder).returncode == 0
    out = tmp_path / "x.csv"
    assert "k = 10 (publication series 1)" in run("stats", "threshold", data_dir=folder).stdout
    other = run("stats", "export", "--format", "csv", "--out", str(out), "--k", "12",
                data_dir=folder)  # fmt: skip
    assert other.returncode == 1 and "stats threshold --raise 12" in other.stderr
    assert not out.exists()
    raised = run("stats", "threshold", "--raise", "12", data_dir=folder)
    assert raised.returncode == 0 and "series 2" in raised.stdout
    lower = run("stats", "threshold", "--raise", "10", data_dir=folder)
    assert lower.returncode == 1 and "can only be raised" in lower.stderr
    below = run("stats", "export", "--format", "csv", "--out", str(out), "--k", "10",
                data_dir=folder)  # fmt: skip
    assert below.returncode == 1 and "lower threshold is never used" in below.stderr
    done = run("stats", "export", "--format", "csv", "--out", str(out), "--note",
               "Region Jämtland", data_dir=folder)  # fmt: skip
    assert done.returncode == 0 and "k = 12, series 2" in done.stdout
    listed = run("stats", "published", data_dir=folder).stdout.splitlines()
    assert len(listed) == 2 and "\t12\t2\tcsv\t" in listed[1]
    assert listed[1].endswith("Region Jämtland")
    audit = run("audit", "list", data_dir=folder)
    assert "statistics_threshold" in audit.stdout or "threshold" in audit.stdout.lower()


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
                     "VT2026", data_dir=demo_dir)  # fmt: skip
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
    other = tmp_path / "other"
    assert run("demo", "--learners", "120", "--seed", "5", data_dir=other).returncode == 0
    assert run("stats", "threshold", "--raise", "11", data_dir=other).returncode == 0
    for out, folder in ((a, demo_dir), (b, other)):
        result = run("stats", "export", "--format", "csv", "--out", str(out),
                     "--to", "VT2026", data_dir=folder)  # fmt: skip
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


def _csv_cells(path: Path) -> list[list[str]]:
    import csv
    import io

    text = path.read_text(encoding="utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_export_language_sv_and_en_and_the_locale_default(demo_dir: Path, tmp_path: Path) -> None:
    swedish, english, default = tmp_path / "sv.csv", tmp_path / "en.csv", tmp_path / "loc.csv"
    for out, extra, env in (
        (swedish, ["--language", "sv"], {}),
        (english, ["--language", "en"], {"LARSAM_LANGUAGE": "sv"}),  # the option wins
        (default, [], {"LARSAM_LANGUAGE": "sv", "LANG": "sv_SE.UTF-8"}),
    ):
        result = run_cli(
            "stats", "export", "--format", "csv", "--out", str(out), "--to", "VT2026", *extra,
            data_dir=demo_dir, env=env,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
    sv_cells, en_cells = _csv_cells(swedish), _csv_cells(english)
    sv_labels = {cell for row in sv_cells for cell in row}
    en_labels = {cell for row in en_cells for cell in row}
    assert {"Totalt", "Fullföljt", "Ja", "Nej", "Kvinnor", "Starttermin"} <= sv_labels
    assert not {"Total", "Completed", "Yes", "No", "Women", "Start term"} & sv_labels
    assert {"Total", "Completed", "Yes", "No", "Women", "Start term"} <= en_labels
    assert not {"Totalt", "Fullföljt", "Ja", "Nej", "Kvinnor"} & en_labels

    def tables(cells: list[list[str]]) -> list[list[str]]:
        return [row for row in cells if not row or row[0] != "created_at"]

    assert tables(_csv_cells(default)) == tables(sv_cells)  # the locale's Swedish, same figures
    # Keys and markers stay English in both.
    for cells in (sv_cells, en_cells):
        assert cells[0] == ["[manifest]"]
        assert {row[0] for row in cells if row} >= {"k", "method", "period", "language"}
    assert ["language", "sv", "Språk"] in sv_cells and ["language", "en", "Language"] in en_cells
    result = run_cli(
        "stats", "export", "--format", "csv", "--out", str(tmp_path / "x.csv"), "--language",
        "de", data_dir=demo_dir,
    )  # fmt: skip
    assert result.returncode == 2 and "not sv or en" in result.stderr


def test_merge_across_languages(demo_dir: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.csv", tmp_path / "b.xlsx"
    for out, fmt, language in ((a, "csv", "sv"), (b, "xlsx", "en")):
        result = run("stats", "export", "--format", fmt, "--out", str(out), "--to", "VT2026",
                     "--language", language, data_dir=demo_dir)  # fmt: skip
        assert result.returncode == 0, result.stderr
    merged = tmp_path / "region.xlsx"
    result = run("stats", "merge", str(a), str(b), "--out", str(merged), "--language", "sv")
    assert result.returncode == 0, result.stderr
    assert "Sammanställde 2 exporter" in result.stdout
    workbook = load_workbook(merged, read_only=True)
    try:
        assert "Kohort och högsta steg" in workbook.sheetnames
        cells = {
            value
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
            for value in row
            if isinstance(value, str)
        }
    finally:
        workbook.close()
    assert {"Totalt", "Fullföljt", "Kvinnor"} <= cells and "Women" not in cells
    english = tmp_path / "region-en.csv"
    result = run("stats", "merge", str(a), str(b), "--out", str(english), "--language", "en")
    assert result.returncode == 0 and "Merged 2 exports" in result.stdout
    assert "Completed" in {cell for row in _csv_cells(english) for cell in row}


def test_register_and_threshold_in_swedish(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert run("demo", "--learners", "60", "--seed", "3", data_dir=folder).returncode == 0
    empty = run_cli("stats", "published", "--language", "sv", data_dir=folder)
    assert "Ingen statistik har exporterats" in empty.stdout
    shown = run_cli("stats", "threshold", "--language", "sv", data_dir=folder)
    assert "publiceringsserie 1" in shown.stdout
