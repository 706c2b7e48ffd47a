"""``offerings import|list|export`` and ``group --offering ID``, in process."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_runner import CliResult, run_cli, run_cli_process
from offering_setup import ELIGIBLE, GAP_500, add_learner

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.store import open_store

FILE = (
    "Lärosäte;Program;Starttermin;Studieform;Studietakt\n"
    "Mittuniversitetet;Sjuksköterskeprogrammet;HT2040;campus;100\n"
    "Mittuniversitetet;kpu;HT2040;distans;100\n"
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    store = open_store(AppPaths(data))
    try:
        add_learner(store.database, "Elin", ELIGIBLE)
        add_learner(store.database, "Nils", GAP_500)
    finally:
        store.database.dispose()
    return data


def _import(folder: Path, tmp_path: Path, *extra: str) -> CliResult:
    path = tmp_path / "utbud.csv"
    path.write_text(FILE, encoding="utf-8")
    return run_cli("offerings", "import", str(path), *extra, data_dir=folder)


def test_import_dry_run_then_for_real(folder: Path, tmp_path: Path) -> None:
    dry = _import(folder, tmp_path, "--dry-run", "--language", "en")
    assert dry.returncode == 0, dry.stderr
    assert "Nothing was stored" in dry.stdout
    listing = run_cli("offerings", "list", "--format", "json", data_dir=folder)
    assert json.loads(listing.stdout) == []
    done = _import(folder, tmp_path, "--language", "en")
    assert done.stdout.strip() == "Imported 2 offerings: 2 new, 0 updated."
    rows = json.loads(run_cli("offerings", "list", "--format", "json", data_dir=folder).stdout)
    assert [(r["target"], r["start_term"], r["complete_by"]) for r in rows] == [
        ("kpu", "HT2040", "2040-06-20"), ("sjukskoterska", "HT2040", "2040-06-20"),
    ]  # fmt: skip
    text = run_cli("offerings", "list", "--language", "en", data_dir=folder)
    assert (
        "Distance" in text.stdout and "Sjuksköterskeprogrammet – Mittuniversitetet" in text.stdout
    )


def test_a_bad_file_is_refused_naming_the_line(folder: Path, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(FILE + "Mittuniversitetet;Astronaut;HT2040;campus;100\n", encoding="utf-8")
    result = run_cli("offerings", "import", str(path), "--language", "en", data_dir=folder)
    assert result.returncode == 1
    assert "Line 4: Program: Astronaut is not a programme of the rule book" in result.stderr
    assert (
        json.loads(run_cli("offerings", "list", "--format", "json", data_dir=folder).stdout) == []
    )


def test_export_writes_csv_and_xlsx(folder: Path, tmp_path: Path) -> None:
    import openpyxl

    _import(folder, tmp_path)
    out = tmp_path / "utbud-ut.xlsx"
    result = run_cli("offerings", "export", "--out", str(out), "--language", "en", data_dir=folder)
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert sheet.cell(1, 1).value == "University" and sheet.max_row == 3
    missing = run_cli("offerings", "export", "--out", str(tmp_path / "no" / "x.csv"),
                      data_dir=folder)  # fmt: skip
    assert missing.returncode == 1


def test_group_gives_each_learners_category_gap_and_deadline(folder: Path, tmp_path: Path) -> None:
    _import(folder, tmp_path)
    rows = json.loads(run_cli("offerings", "list", "--format", "json", data_dir=folder).stdout)
    nursing = next(r["id"] for r in rows if r["target"] == "sjukskoterska")
    kpu = next(r["id"] for r in rows if r["target"] == "kpu")
    found = json.loads(
        run_cli("group", "--offering", str(nursing), "--format", "json", data_dir=folder).stdout
    )
    by_name = {m["name"]: m for m in found["learners"]}
    assert by_name["Elin Testsson"]["category"] == "eligible"
    nils = by_name["Nils Testsson"]
    assert (nils["category"], nils["gap_points"], nils["deadline"]) == (
        "reachable_half", 500, "2040-06-20"
    )  # fmt: skip
    assert "NAKNAK02" in nils["gap_courses"]
    kpu_group = json.loads(
        run_cli("group", "--offering", str(kpu), "--format", "json", data_dir=folder).stdout
    )
    assert {m["category"] for m in kpu_group["learners"]} == {"not_in_time"}
    table = run_cli("group", "--offering", str(nursing), "--format", "csv", "--language", "en",
                    "--category", "reachable_half", data_dir=folder)  # fmt: skip
    lines = list(csv.reader(io.StringIO(table.stdout), delimiter=";"))
    assert lines[0][:3] == ["Learner id", "Name", "Category"]
    assert [line[1] for line in lines[1:]] == ["Nils Testsson"]
    text = run_cli("group", "--offering", str(nursing), "--language", "en", data_dir=folder)
    assert "Eligible now: 1" in text.stdout and "500 points" in text.stdout
    unknown = run_cli("group", "--offering", "999", "--language", "en", data_dir=folder)
    assert unknown.returncode == 1 and "999" in unknown.stderr


def test_an_import_killed_halfway_stores_nothing(folder: Path, tmp_path: Path) -> None:
    """A process of its own (a fork, tests/cli_runner.py), killed after the updates and
    before the new rows (one transaction)."""
    import os

    from larsam_desktop.storage.crash_points import DIE_AFTER_ENV, KILLED_EXIT

    _import(folder, tmp_path)
    path = tmp_path / "again.csv"
    path.write_text(FILE.replace("kpu;HT2040", "kpu;HT2041") + "", encoding="utf-8")
    env = {**os.environ, DIE_AFTER_ENV: "offerings-import-updated"}
    killed = run_cli_process("offerings", "import", str(path), data_dir=folder, env=env)
    assert killed.returncode == KILLED_EXIT, killed.stderr
    rows = json.loads(run_cli("offerings", "list", "--format", "json", data_dir=folder).stdout)
    assert sorted(r["start_term"] for r in rows) == ["HT2040", "HT2040"]
