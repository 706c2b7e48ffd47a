"""XLSX: a Manifest sheet, then one sheet per table (openpyxl).

Every row goes through ``services.spreadsheet``: labels are string cells, never formulas
(a hostile row label in a merged input stays text), counts and quartiles stay numbers.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font

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
from larsam_desktop.services.stats_export.reading import parse_export, unreadable
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


def write_xlsx(report: ProtectedReport, path: Path, language: Language = "en") -> None:
    workbook = Workbook()
    first = True
    bold = Font(bold=True)
    used: set[str] = set()
    for section in sections(report, language):
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
        sheet.column_dimensions["A"].width = 34
    workbook.properties.creator = "LärSam Desktop"
    workbook.properties.created = report.manifest.created_at.replace(tzinfo=None)
    workbook.save(path)


def read_xlsx(path: Path) -> PublishedExport:
    # An input to ``stats merge`` may come from anywhere: checked as every XLSX read is.
    try:
        check_archive(path, max_rows=MAX_INPUT_ROWS)
        workbook = load_workbook(path, read_only=True, data_only=True)
    except ValidationError as refusal:
        raise unreadable(path.name, refusal.errors[0].message.rstrip(".")) from None
    except Exception as exc:  # openpyxl raises several kinds for a file that is not XLSX
        raise unreadable(path.name, "not an XLSX workbook") from exc
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
        raise unreadable(path.name, refusal.errors[0].message.rstrip(".")) from None
    finally:
        workbook.close()
    return parse_export(rows, path.name)
