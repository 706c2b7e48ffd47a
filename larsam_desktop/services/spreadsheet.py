"""The one writer of spreadsheet cells: every CSV and XLSX the program writes goes through it.

Spreadsheet programs run a cell that begins with ``=``, ``+``, ``-`` or ``@`` (and, after
trimming, a tab or carriage return) as a formula: a learner named ``=HYPERLINK(…)`` or
``=cmd|' /C calc'!A0`` would become a live formula in the coach's Excel (OWASP "CSV
injection"). So, for text the program writes:

* CSV: a value that begins with one of those characters gets a leading ``'`` (OWASP's
  advice; Excel and LibreOffice then show it as text);
* XLSX: every text value is a string cell (``t="inlineStr"``), never a formula or an error
  value, whatever it begins with; the value is kept exactly, with the cell marked
  "quote prefix" so that editing it keeps it text.

Numbers the program itself writes (``int``, ``float``, ``Decimal``) stay numbers in both, a
negative number included. ``XlsxTable`` writes a table sheet that keeps its data in Excel
and LibreOffice: real date cells (``yyyy-mm-dd``), text-formatted cells (``@``) for
personnummer, phone numbers and postcodes (a leading 0 survives editing), column widths,
a frozen header row and an autofilter. CSV stays Swedish-Excel style: UTF-8 with BOM,
``;``, decimal comma, ISO dates. Nothing is changed in the database: stored names stay exactly as
typed. ``restore`` undoes the CSV prefix when the program reads its own export back
(``stats merge``).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell as XlsxCell

Value = str | int | float | Decimal | date | None
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
_NEEDS_A_STRING_CELL = (*FORMULA_STARTS, "#")  # "#": openpyxl's error values (#N/A …)
MAX_XLSX_TEXT = 32_767  # characters in a cell (Excel's limit; longer is cut)
# Characters an XLSX file cannot hold at all (openpyxl refuses them): shown as U+FFFD.
_ILLEGAL_IN_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def neutralise(text: str) -> str:
    """``"=1+1"`` → ``"'=1+1"``; text that cannot start a formula is returned unchanged."""
    return QUOTE + text if text.startswith(FORMULA_STARTS) else text


def restore(text: str) -> str:
    """Undo ``neutralise`` for a cell read back from a file the program wrote."""
    if text.startswith(QUOTE) and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def is_number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def csv_text(value: Value, *, decimal_comma: bool = False, float_format: str = "") -> str:
    """One CSV field: numbers as numbers, text neutralised, ``None`` as empty.

    ``decimal_comma`` writes ``1,5`` (Swedish Excel); ``float_format`` (e.g. ``".1f"``) fixes
    the decimals of floats.
    """
    if value is None:
        return ""
    if is_number(value):
        text = format(value, float_format) if isinstance(value, float) else str(value)
        return text.replace(".", ",") if decimal_comma else text
    if isinstance(value, datetime | date):
        return value.isoformat()
    return neutralise(str(value))


class CsvSheet:
    """``csv.writer`` whose every field goes through ``csv_text``."""

    def __init__(
        self,
        stream: TextIO,
        *,
        delimiter: str = ";",
        lineterminator: str = "\r\n",
        decimal_comma: bool = False,
        float_format: str = "",
    ) -> None:
        self._writer = csv.writer(stream, delimiter=delimiter, lineterminator=lineterminator)
        self._decimal_comma = decimal_comma
        self._float_format = float_format

    def row(self, values: Iterable[Value]) -> None:
        self._writer.writerow(
            csv_text(v, decimal_comma=self._decimal_comma, float_format=self._float_format)
            for v in values
        )

    def rows(self, rows: Iterable[Iterable[Value]]) -> None:
        for values in rows:
            self.row(values)


def xlsx_cells(sheet: Any, values: Sequence[Value]) -> list[XlsxCell | str | Value]:
    """Values for ``sheet.append``: text always a string cell, numbers numeric.

    Plain text and numbers are passed as they are (openpyxl makes them string and number
    cells); text openpyxl would take for a formula (``=…``) or an error value (``#N/A``), or
    that a spreadsheet could run, becomes a ready string cell. Works for ordinary and
    write-only worksheets (openpyxl takes ready cells in both).
    """
    from openpyxl.cell import WriteOnlyCell

    cells: list[XlsxCell | str | Value] = []
    for value in values:
        if value is None or is_number(value):
            cells.append(value)
            continue
        text = value.isoformat() if isinstance(value, datetime | date) else str(value)
        text = _ILLEGAL_IN_XLSX.sub("\ufffd", text)[:MAX_XLSX_TEXT]
        if not text.startswith(_NEEDS_A_STRING_CELL):
            cells.append(text)
            continue
        cell = WriteOnlyCell(sheet)
        cell.value = ""  # a plain string cell; then the text, past formula detection
        cell._value = text
        cell.data_type = "s"
        cell.quotePrefix = True  # editing it in Excel keeps it text
        cells.append(cell)
    return cells


def append_xlsx_row(sheet: Any, values: Sequence[Value]) -> None:
    """``sheet.append`` with every value made safe (see ``xlsx_cells``)."""
    sheet.append(xlsx_cells(sheet, values))


# ---- table sheets that keep their data (issue 20) ------------------------------------------
class Kind(StrEnum):
    GENERAL = "general"  # numbers numeric, text as text
    TEXT = "text"  # always a text-formatted cell: personnummer, phone, postcode
    DATE = "date"  # a real date cell


DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
TEXT_FORMAT = "@"
_WIDTHS = {Kind.TEXT: 16.0, Kind.DATE: 12.0, Kind.GENERAL: 10.0}
MAX_WIDTH = 60.0


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    kind: Kind = Kind.GENERAL
    width: float | None = None  # characters; default from the header and the kind


def column_width(column: Column) -> float:
    if column.width is not None:
        return column.width
    return min(MAX_WIDTH, max(_WIDTHS[column.kind], len(column.header) + 3.0))


def sheet_title(title: str) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of ``[]:*?/\\``."""
    cleaned = re.sub(r"[\[\]:*?/\\]", " ", title).strip().strip("'") or "Sheet"
    return cleaned[:31]


class XlsxTable:
    """One table sheet: a frozen, filterable, bold header row, widths, typed cells.

    Works on write-only workbooks (rows streamed; widths and the frozen row are set before
    the first row, the filter's range when ``close`` is called).
    """

    def __init__(self, book: Any, title: str, columns: Sequence[Column]) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import Cell
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter

        self._columns = tuple(columns)
        self._sheet = book.create_sheet(sheet_title(title))
        for index, column in enumerate(self._columns, start=1):
            self._sheet.column_dimensions[get_column_letter(index)].width = column_width(column)
        self._sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        header = []
        for cell in xlsx_cells(self._sheet, [c.header for c in self._columns]):
            if not isinstance(cell, Cell):
                cell = WriteOnlyCell(self._sheet, value=cell)
            cell.font = bold
            header.append(cell)
        self._sheet.append(header)
        self._rows = 1

    @property
    def sheet(self) -> Any:
        return self._sheet

    def row(self, values: Sequence[Value]) -> None:
        self._sheet.append(typed_cells(self._sheet, values, [c.kind for c in self._columns]))
        self._rows += 1

    def close(self) -> None:
        from openpyxl.utils import get_column_letter

        last = get_column_letter(max(1, len(self._columns)))
        self._sheet.auto_filter.ref = f"A1:{last}{self._rows}"


def typed_cells(sheet: Any, values: Sequence[Value], kinds: Sequence[Kind]) -> list[Any]:
    """``xlsx_cells`` with dates as date cells and TEXT columns as text-formatted cells."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import Cell

    cells = xlsx_cells(sheet, values)
    for index, value in enumerate(values):
        kind = kinds[index] if index < len(kinds) else Kind.GENERAL
        if value is None or value == "":
            continue
        if isinstance(value, date) and kind is not Kind.TEXT:
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = DATETIME_FORMAT if isinstance(value, datetime) else DATE_FORMAT
            cells[index] = cell
        elif kind is Kind.TEXT:
            cell = cells[index]
            if not isinstance(cell, Cell):
                text = value.isoformat() if isinstance(value, date) else str(value)
                cell = WriteOnlyCell(sheet, value=_ILLEGAL_IN_XLSX.sub("\ufffd", text))
                cell.data_type = "s"  # "0701234567" and "19900101-9802" stay text
            cell.number_format = TEXT_FORMAT
            cells[index] = cell
    return cells


def freeze_and_filter(sheet: Any, header_row: int, last_row: int, columns: int) -> None:
    """For a sheet whose table starts below other rows (the statistics export's tables)."""
    from openpyxl.utils import get_column_letter

    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(max(1, columns))}{last_row}"
