"""Spreadsheet-safe output (OWASP "CSV injection"): learners with hostile names, imported
through the real import, come out of every export as text — never a formula — while the
database keeps the names exactly as typed and numbers stay numbers."""

from __future__ import annotations

import csv
import io
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from larsam_desktop.cli.main import main
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.spreadsheet import (
    FORMULA_STARTS,
    CsvSheet,
    append_xlsx_row,
    csv_text,
    neutralise,
    restore,
)
from larsam_desktop.services.store import open_store

PAYLOADS = (
    '=HYPERLINK("http://x","y")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
)
# Personnummer from Skatteverket's test lists.
PNR = ("199009012387", "199305202393", "199803302380", "200309242386", "190606039824")
FAMILY = ('=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)")


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_text_that_could_start_a_formula_is_neutralised_in_csv(payload: str) -> None:
    assert neutralise(payload) == "'" + payload
    assert restore(neutralise(payload)) == payload
    assert csv_text(payload) == "'" + payload


def test_harmless_text_and_numbers_are_written_as_they_are() -> None:
    assert neutralise("Öberg") == "Öberg" and restore("Öberg") == "Öberg"
    assert restore("'s-Hertogenbosch") == "'s-Hertogenbosch"  # not a neutralised cell
    assert csv_text(-2) == "-2"  # a negative number is a number
    assert csv_text(-1.5, decimal_comma=True, float_format=".1f") == "-1,5"
    assert csv_text(Decimal("-0.25")) == "-0.25"
    assert csv_text(None) == ""
    buffer = io.StringIO()
    CsvSheet(buffer, delimiter=";").row(["=1+1", -2, 3.5, None, "Åsa"])
    assert next(csv.reader(io.StringIO(buffer.getvalue()), delimiter=";")) == [
        "'=1+1",
        "-2",
        "3.5",
        "",
        "Åsa",
    ]


@pytest.mark.parametrize("write_only", [True, False])
def test_xlsx_cells_are_strings_or_numbers_never_formulas(write_only: bool, tmp_path: Path) -> None:
    book = Workbook(write_only=write_only)
    sheet = book.create_sheet("x") if write_only else book.active
    values = [*PAYLOADS, "#N/A", "a\x01b", "Åsa", -2, -1.5, Decimal("2.25"), None]
    append_xlsx_row(sheet, values)
    path = tmp_path / "cells.xlsx"
    book.save(path)
    assert not _formula_elements(path)
    cells = next(iter(load_workbook(path).worksheets[0].iter_rows()))
    for payload, cell in zip(PAYLOADS, cells, strict=False):
        # Exactly as typed (without lxml, openpyxl's XML writer turns a carriage return into
        # a line feed; with lxml — pikepdf brings it — it is kept).
        assert cell.data_type == "s"
        assert cell.value in (payload, payload.replace("\r", "\n"))
    assert (cells[7].value, cells[7].data_type) == ("#N/A", "s")  # not an error value
    assert cells[8].value == "a\ufffdb"  # a character XLSX cannot hold
    assert [(c.value, c.data_type) for c in cells[10:13]] == [(-2, "n"), (-1.5, "n"), (2.25, "n")]


def test_xlsx_text_is_cut_at_excels_cell_limit(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    append_xlsx_row(sheet, ["x" * 40_000, "=" + "y" * 40_000])
    path = tmp_path / "long.xlsx"
    book.save(path)
    cells = next(iter(load_workbook(path).worksheets[0].iter_rows()))
    assert [len(c.value) for c in cells] == [32_767, 32_767]
    assert cells[1].data_type == "s"


def _formula_elements(path: Path) -> list[str]:
    """Worksheet parts that hold a formula element (``<f>``) anywhere."""
    with zipfile.ZipFile(path) as archive:
        return [
            name
            for name in archive.namelist()
            if name.startswith("xl/worksheets/")
            and (b"<f>" in archive.read(name) or b"<f " in archive.read(name))
        ]


@pytest.fixture
def hostile_folder(tmp_path: Path) -> Path:
    """A data folder with five learners imported from a file, each named with a payload."""
    data = tmp_path / "data"
    open_store(AppPaths(data)).database.dispose()
    lines = ["Personnummer;Förnamn;Efternamn"]
    given = ("@SUM(A1)", "\t=1", "\r=1", "-5", "+46 70 123 45 67")
    for number, first, last in zip(PNR, given, FAMILY, strict=True):
        lines.append(f'{number};"{first}";"{last.replace(chr(34), chr(34) * 2)}"')
    source = tmp_path / "elever.csv"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="")
    code, out, err = cli("--data-dir", str(data), "import", "learners", str(source))
    assert code == 0, err
    assert "5 learners registered" in out
    return data


def test_hostile_names_are_stored_as_typed(hostile_folder: Path) -> None:
    store = open_store(AppPaths(hostile_folder))
    try:
        learners = LearnerService(store.database)
        stored = {learners.get(learners.find(n)).data.family_name for n in PNR}
    finally:
        store.database.dispose()
    assert stored == set(FAMILY)


def test_every_export_of_hostile_names_is_text(hostile_folder: Path, tmp_path: Path) -> None:
    columns = "id,family_name,given_name,birth_year,municipality,coach"
    for suffix in ("csv", "xlsx"):
        out = tmp_path / f"caseload.{suffix}"
        code, _, err = cli(
            "--data-dir", str(hostile_folder), "learners", "export", "--out", str(out),
            "--columns", columns,
        )  # fmt: skip
        assert code == 0, err

    with (tmp_path / "caseload.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    _check_csv(rows, family_at=1, given_at=2, number_at=3)

    book = load_workbook(tmp_path / "caseload.xlsx")
    assert not _formula_elements(tmp_path / "caseload.xlsx")
    sheet = book.worksheets[0]
    body = list(sheet.iter_rows(min_row=2))
    assert {row[1].value for row in body} == set(FAMILY)  # exactly as stored
    for row in body:
        assert row[1].data_type == row[2].data_type == "s"
        assert row[0].data_type == row[3].data_type == "n"  # id, birth year: numbers
        assert isinstance(row[3].value, int)
    assert {row[2].value for row in body} >= {"@SUM(A1)", "=1", "-5", "+46 70 123 45 67"}

    code, listing, err = cli(
        "--data-dir", str(hostile_folder), "learners", "list", "--format", "csv"
    )
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(listing)))
    header = rows[0]
    _check_csv(
        rows,
        family_at=header.index("family_name"),
        given_at=header.index("given_name"),
        number_at=header.index("id"),
    )


def _check_csv(rows: list[list[str]], *, family_at: int, given_at: int, number_at: int) -> None:
    body = rows[1:]
    assert len(body) == len(PNR)
    for row in body:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), row  # nothing a spreadsheet runs
        assert row[number_at].isdigit()  # numbers as numbers, not prefixed
    assert {row[family_at] for row in body} == {"'" + name for name in FAMILY}
    assert {restore(row[family_at]) for row in body} == set(FAMILY)
    assert "'-5" in {row[given_at] for row in body}


def test_every_csv_and_xlsx_writer_goes_through_the_shared_one() -> None:
    """No module but services/spreadsheet.py makes a csv writer or appends worksheet rows."""
    import re

    import larsam_desktop

    package = Path(larsam_desktop.__file__).parent
    direct = re.compile(r"csv\.(writer|DictWriter)\(|\b(\w*sheet\w*|ws)\.append\(")
    offenders = [
        f"{path.relative_to(package)}:{number}"
        for path in sorted(package.rglob("*.py"))
        if path.name != "spreadsheet.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if direct.search(line)
    ]
    assert offenders == []
