"""Reading an OpenDocument spreadsheet (.ods, LibreOffice's own format) someone sent.

The standard library is enough (a zip archive holding ``content.xml``), so no library is
added: the archive's directory is checked as an XLSX's is (``xlsx_input``: parts, declared
sizes), the first table of ``content.xml`` is streamed with ``XMLPullParser`` in 1 MB
chunks, and a document type declaration is refused before the parser sees it (no entity can
expand). Rows and cells repeated with ``number-rows-repeated`` / ``number-columns-repeated``
(LibreOffice writes a million empty ones after the data) count against the same row,
column and cell limits as an XLSX; empty ones after the data are dropped without being
expanded. Values come back typed: numbers as ``int``/``float``, dates as ``date``, text as
``str`` (so a phone number typed as a number can be recognised as the XLSX one is).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, cast
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.services.xlsx_input import (
    CHUNK,
    MAX_PARTS,
    MAX_UNPACKED_BYTES,
    declared_directory,
    refused,
    too_many_rows,
)

ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE, ROW = f"{{{_TABLE}}}table", f"{{{_TABLE}}}table-row"
CELLS = (f"{{{_TABLE}}}table-cell", f"{{{_TABLE}}}covered-table-cell")
ROWS_REPEATED = f"{{{_TABLE}}}number-rows-repeated"
COLUMNS_REPEATED = f"{{{_TABLE}}}number-columns-repeated"
VALUE_TYPE, VALUE = f"{{{_OFFICE}}}value-type", f"{{{_OFFICE}}}value"
DATE_VALUE, BOOLEAN_VALUE = f"{{{_OFFICE}}}date-value", f"{{{_OFFICE}}}boolean-value"
PARAGRAPH, SPACES = f"{{{_TEXT}}}p", f"{{{_TEXT}}}s"


def is_ods(path: Path) -> bool:
    """An OpenDocument spreadsheet: a zip archive whose first part is its mimetype."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            return (
                bool(names)
                and names[0] == "mimetype"
                and archive.read("mimetype") == (ODS_MIMETYPE)
            )
    except (zipfile.BadZipFile, OSError, KeyError, NotImplementedError):
        return False


def _not_ods() -> ValidationError:
    return refused(
        FieldError(
            "file",
            "unreadable",
            "The spreadsheet cannot be read: it is not an OpenDocument spreadsheet.",
        )
    )


def _not_xml() -> ValidationError:
    return refused(
        FieldError(
            "file",
            "unreadable",
            "The spreadsheet cannot be read: its content is not well-formed XML.",
        )
    )


def _document_type() -> ValidationError:
    return refused(
        FieldError(
            "file",
            "unreadable",
            "The spreadsheet cannot be read: it declares a document type.",
        )
    )


def ods_rows(
    path: Path, *, max_rows: int, max_columns: int, max_cells: int
) -> Iterator[tuple[int, tuple[object, ...]]]:
    """The first table's non-empty rows as (row number, typed values), at most
    ``max_columns`` wide; refused past
    ``max_rows`` rows or ``max_cells`` cells, or when the archive would cost too much."""
    parts, _directory = declared_directory(path)
    if parts > MAX_PARTS:
        raise refused(
            FieldError(
                "file",
                "too_many_parts",
                "The spreadsheet holds {count} parts; at most {limit} are read.",
                {"count": parts, "limit": MAX_PARTS},
            )
        )
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(info.file_size for info in archive.infolist())
            if total > MAX_UNPACKED_BYTES:
                raise refused(
                    FieldError(
                        "file",
                        "too_large_unpacked",
                        "The spreadsheet would take {size} MB once unpacked; at most {limit} "
                        "MB are read.",
                        {"size": total // 1_000_000, "limit": MAX_UNPACKED_BYTES // 1_000_000},
                    )
                )
            with archive.open("content.xml") as stream:
                yield from _Reader(max_rows, max_columns, max_cells).rows(stream)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, NotImplementedError, EOFError):
        raise _not_ods() from None
    except ParseError:
        raise _not_xml() from None


class _Reader:
    def __init__(self, max_rows: int, max_columns: int, max_cells: int) -> None:
        self.max_rows, self.max_columns, self.max_cells = max_rows, max_columns, max_cells
        self.row_number = 0  # of the last row read, empty ones included (never expanded)
        self.cells_seen = 0

    def rows(self, stream: IO[bytes]) -> Iterator[tuple[int, tuple[object, ...]]]:
        parser: XMLPullParser[Element] = XMLPullParser(events=("start", "end"))
        carry = b""
        inside = False  # the first table
        while chunk := stream.read(CHUNK):
            window = carry + chunk
            if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
                raise _document_type()
            carry = window[-16:]
            parser.feed(chunk)
            for item in parser.read_events():
                event, element = cast(tuple[str, Element], item)  # start/end carry elements
                if element.tag == TABLE:
                    if event == "end":
                        return
                    inside = True
                elif event == "end" and element.tag == ROW and inside:
                    yield from self._row(element)
                    element.clear()
        parser.close()

    def _row(self, element: Element) -> Iterator[tuple[int, tuple[object, ...]]]:
        values: list[object] = []
        for cell in element:
            if cell.tag not in CELLS:
                continue
            value = _value(cell)
            repeat = int(cell.get(COLUMNS_REPEATED, "1") or 1)
            values.extend([value] * min(repeat, self.max_columns - len(values)))
        while values and values[-1] is None:
            values.pop()
        repeat = int(element.get(ROWS_REPEATED, "1") or 1)
        first = self.row_number + 1
        self.row_number += repeat
        if not values:
            return  # empty rows are numbered, never expanded
        if self.row_number > self.max_rows:
            raise too_many_rows(self.max_rows)
        self.cells_seen += len(values) * repeat
        if self.cells_seen > self.max_cells:
            raise refused(
                FieldError(
                    "file", "too_many_cells", "At most {n} cells at a time.", {"n": self.max_cells}
                )
            )
        row = tuple(values)
        for number in range(first, self.row_number + 1):
            yield number, row


def _value(cell: Element) -> object:
    kind = cell.get(VALUE_TYPE)
    if kind in ("float", "percentage", "currency"):
        number = float(cell.get(VALUE, "0"))
        return int(number) if number.is_integer() else number
    if kind == "date":
        text = cell.get(DATE_VALUE, "")
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return text
        return moment.date() if len(text) <= 10 else moment
    if kind == "boolean":
        return cell.get(BOOLEAN_VALUE) == "true"
    paragraphs = [_text(p) for p in cell if p.tag == PARAGRAPH]
    text = "\n".join(paragraphs)
    return text if text else None


def _text(paragraph: Element) -> str:
    """A paragraph's text with ``<text:s text:c="n"/>`` as n spaces."""
    parts = [paragraph.text or ""]
    for child in paragraph:
        if child.tag == SPACES:
            parts.append(" " * min(1000, int(child.get(f"{{{_TEXT}}}c", "1") or 1)))
        else:
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
