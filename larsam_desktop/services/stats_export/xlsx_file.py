"""XLSX: a Manifest sheet, then one sheet per table (openpyxl).

Every row goes through ``services.spreadsheet``: labels are string cells, never formulas
(a hostile row label in a merged input stays text), counts and quartiles stay numbers.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.statistics.labels import SHEET_NAMES, label
from larsam_desktop.domain.statistics.merge import PublishedExport
from larsam_desktop.domain.statistics.report import ProtectedReport
from larsam_desktop.services.spreadsheet import append_xlsx_row, freeze_and_filter
from larsam_desktop.services.stats_export.csv_file import neutral
from larsam_desktop.services.stats_export.layout import (
    MANIFEST,
    Section,
    legend,
    notes,
    sections,
)
from larsam_desktop.services.stats_export.reading import (
    not_a_workbook,
    parse_export,
    refused_spreadsheet,
)
from larsam_desktop.services.xlsx_input import check_archive, sheet_rows

MAX_SHEET_TITLE = 31  # Excel's limit
FORBIDDEN_IN_SHEET_TITLE = "[]:*?/\\"


def sheet_title(section: Section, language: Language, used: set[str]) -> str:
    """A readable worksheet name in ``language``: the table's short name (labels.py), else
    its title, without Excel's forbidden characters, at most 31 characters and unique in
    the workbook (Excel compares names without regard to case)."""
    short = SHEET_NAMES.get(section.name)
    if short is not None:
        text = short.in_language(language)
    else:
        title = {line[0]: line[1] for line in section.meta if len(line) > 1}.get("title")
        text = title or label(section.name, language)
    text = "".join(" " if ch in FORBIDDEN_IN_SHEET_TITLE else ch for ch in text)
    text = " ".join(text.split()).strip("'") or "Tabell"
    candidate, number = text[:MAX_SHEET_TITLE].rstrip(), 1
    while candidate.casefold() in used:
        number += 1
        suffix = f" ({number})"
        candidate = text[: MAX_SHEET_TITLE - len(suffix)].rstrip() + suffix
    used.add(candidate.casefold())
    return candidate


MAX_INPUT_ROWS = 10_000  # in one sheet of an export read for merging
MIN_WIDTH, MAX_WIDTH = 8, 48  # characters; a wider text wraps
LINE_HEIGHT = 15  # points, one line of the default 11-point font


def fit_columns(sheet: Worksheet, from_row: int = 1) -> None:
    """Columns as wide as their texts from ``from_row`` on (a table's header: the section's
    own lines above it, a title say, run on over the empty cells beside them), so that a
    recipient reads every value and header without widening a column by hand: at most
    ``MAX_WIDTH`` characters, longer texts wrap. A Manifest's notes are long sentences: they
    wrap across the value and label columns."""
    # Printed (or made a PDF by LibreOffice), a sheet is one page wide, in landscape.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    widths: dict[int, int] = {}
    for row in sheet.iter_rows(min_row=from_row):
        if row and row[0].value == "note":
            for cell in row[1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            continue
        for cell in row:
            if cell.value is not None:
                length = max(len(part) for part in str(cell.value).split("\n"))
                widths[cell.column] = max(widths.get(cell.column, 0), length)
    for column, length in widths.items():
        letter = get_column_letter(column)
        sheet.column_dimensions[letter].width = min(MAX_WIDTH, max(MIN_WIDTH, length + 2))
    for row in sheet.iter_rows(min_row=from_row):
        lines = 1
        for cell in row:
            text = cell.value
            if isinstance(text, str) and len(text) + 2 > MAX_WIDTH and row[0].value != "note":
                cell.alignment = Alignment(
                    wrap_text=True, horizontal=cell.alignment.horizontal, vertical="top"
                )
                lines = max(lines, -(-len(text) // (MAX_WIDTH - 2)))
        if lines > 1:  # spreadsheet programs do not grow a row for wrapped text themselves
            sheet.row_dimensions[row[0].row].height = LINE_HEIGHT * lines
            row[0].alignment = Alignment(vertical="top")  # the key beside its value's top
    for row in sheet.iter_rows():
        if row and row[0].value == "note":  # the note across the value and label columns
            sheet.merge_cells(
                start_row=row[0].row, start_column=2, end_row=row[0].row, end_column=3
            )
            cell = sheet.cell(row[0].row, 2)
            row[0].alignment = Alignment(vertical="top")
            width = sum(sheet.column_dimensions[get_column_letter(c)].width or 8 for c in (2, 3))
            lines = -(-len(str(cell.value or "")) // max(1, int(width)))
            sheet.row_dimensions[row[0].row].height = LINE_HEIGHT * max(1, lines)


def write_xlsx(report: ProtectedReport, path: Path, language: Language = "en") -> None:
    workbook = Workbook()
    first = True
    bold = Font(bold=True)
    used: set[str] = set()
    for section in sections(report, language):
        header_row = 1
        if first:
            sheet = workbook.active
            assert sheet is not None
            sheet.title = sheet_title(section, language, used)
            first = False
        else:
            sheet = workbook.create_sheet(sheet_title(section, language, used))
        append_xlsx_row(
            sheet, [section.marker] + ([section.name] if section.marker != MANIFEST else [])
        )
        for line in section.meta:
            append_xlsx_row(sheet, list(line))
        if section.header:
            append_xlsx_row(sheet, list(section.header))
            header_row = sheet.max_row
            for cell in sheet[sheet.max_row]:
                cell.font = bold
            for values in section.rows:
                append_xlsx_row(sheet, list(values))
            # The table's header frozen and filterable below the section's own rows; the
            # total (the last, bold row) stays out of the filter, so sorting never moves it.
            last = sheet.max_row - 1 if len(section.rows) > 1 else sheet.max_row
            freeze_and_filter(sheet, header_row, last, len(section.header))
            for cell in sheet[sheet.max_row]:
                cell.font = bold
            for column in sheet.iter_cols(min_col=2, min_row=sheet.max_row - len(section.rows)):
                for cell in column:
                    cell.alignment = Alignment(horizontal="right")
        else:
            append_xlsx_row(sheet, [])
            append_xlsx_row(sheet, ["note", legend(language)])
            for note in notes(report, language):
                append_xlsx_row(sheet, ["note", note])
        fit_columns(sheet, header_row if section.header else 1)
    workbook.properties.creator = "LärSam Desktop"
    workbook.properties.created = report.manifest.created_at.replace(tzinfo=None)
    workbook.save(path)


def read_xlsx(path: Path) -> PublishedExport:
    # An input to ``stats merge`` may come from anywhere: checked as every XLSX read is.
    try:
        check_archive(path, max_rows=MAX_INPUT_ROWS)
        workbook = load_workbook(path, read_only=True, data_only=True)
    except ValidationError as refusal:
        raise refused_spreadsheet(path.name, refusal) from None
    except Exception as exc:  # openpyxl raises several kinds for a file that is not XLSX
        raise not_a_workbook(path.name) from exc
    rows: list[tuple[object, ...]] = []
    try:
        for sheet in workbook.worksheets:
            rows.extend(
                tuple(neutral(cell) for cell in row)
                for row in sheet_rows(
                    sheet, max_rows=MAX_INPUT_ROWS, max_columns=200, max_cells=1_000_000
                )
            )
            rows.append(())
    except ValidationError as refusal:
        raise refused_spreadsheet(path.name, refusal) from None
    finally:
        workbook.close()
    return parse_export(rows, path.name)
