"""A statistics workbook opens readable: no header or value cut by a narrow column.

Read back with openpyxl as the region's analyst would open it: every table header and every
cell below it fits its column or wraps (in a row tall enough for its lines); the Manifest's
notes wrap across the value and label columns; each sheet prints one page wide.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from store_templates import fill_with_demo

from larsam_desktop.domain.statistics.periods import last_ended_period
from larsam_desktop.services.statistics import StatisticsFilter
from larsam_desktop.services.stats_export.export import StatisticsExporter
from larsam_desktop.services.stats_export.xlsx_file import LINE_HEIGHT, write_xlsx
from larsam_desktop.services.store import OpenedStore

TODAY = date(2026, 11, 28)


@pytest.fixture
def workbook_path(sqlite_store: OpenedStore, tmp_path: Path) -> Path:
    store = sqlite_store  # a file format: one backend is enough
    clock = lambda: datetime.combine(TODAY, time(12), tzinfo=UTC)  # noqa: E731
    fill_with_demo(store, 300, seed=11, clock=clock)  # tests/store_templates.py
    report = StatisticsExporter(store.database).report(
        StatisticsFilter(last_ended_period(date.today())), k=10
    )
    path = tmp_path / "statistik.xlsx"
    write_xlsx(report, path, "sv")
    return path


def _width(sheet: Worksheet, column: str) -> float:
    return sheet.column_dimensions[column].width or 8.43  # Excel's default


def _problems(sheet: Worksheet) -> list[str]:
    found = []
    header_row = next((r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).font.b), None)
    first = header_row or 2  # the Manifest: every key, value and label
    for row in sheet.iter_rows(min_row=first):
        if row[0].value == "note":
            continue
        for cell in row:
            text = "" if cell.value is None else str(cell.value)
            if not text:
                continue
            width = _width(sheet, cell.column_letter)
            if len(text) <= width:
                continue
            lines = -(-len(text) // int(width - 2))
            height = sheet.row_dimensions[cell.row].height or LINE_HEIGHT
            if not cell.alignment.wrap_text or height < LINE_HEIGHT * lines:
                found.append(f"{sheet.title}!{cell.coordinate}: {text[:40]!r} cut ({width:.0f})")
    return found


def test_every_header_and_value_fits_or_wraps(workbook_path: Path) -> None:
    workbook = load_workbook(workbook_path)
    problems = [p for sheet in workbook.worksheets for p in _problems(sheet)]
    assert not problems, "\n".join(problems)
    for sheet in workbook.worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1


def test_the_manifest_notes_wrap_across_value_and_label(workbook_path: Path) -> None:
    sheet = load_workbook(workbook_path)["Manifest"]
    notes = [r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "note"]
    assert notes
    merged = {str(m) for m in sheet.merged_cells.ranges}
    for row in notes:
        assert f"B{row}:C{row}" in merged
        assert sheet.cell(row, 2).alignment.wrap_text


def test_the_check_finds_a_cut_value(tmp_path: Path) -> None:
    """The check can fail: a long value in a narrow column, not wrapped."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["[manifest]"])
    sheet.append(["key", "Grundläggande behörighet via slutbetyg, skärpta krav"])
    sheet.column_dimensions["B"].width = 10
    assert _problems(sheet) == ["Sheet!B2: 'Grundläggande behörighet via slutbetyg, ' cut (10)"]
