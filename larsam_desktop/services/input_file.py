"""Reading a file a coach chose to import: its bytes within the size limit, or the rows of
the first sheet of a spreadsheet (XLSX or ODS) within the import limits. Shared by the
learner import (``importing``) and the cut-off import (``cutoff_import``)."""

from __future__ import annotations

import errno
from collections.abc import Sequence
from pathlib import Path

from larsam_desktop.domain.csv_records import HEADER_SEARCH_LINES, MAX_CELLS, MAX_FIELDS, MAX_ROWS
from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.services.ods_input import is_ods, ods_rows
from larsam_desktop.services.xlsx_input import open_workbook, sheet_rows

ZIP_MAGIC = b"PK\x03\x04"  # XLSX and ODS are both zip archives
MAX_FILE_BYTES = 50_000_000


def read_limited(path: Path) -> bytes:
    """The file's bytes; ``ValidationError`` when it is too large or cannot be read."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError(
                [FieldError("file", "too_large", "The file is larger than 50 MB.")]
            )
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError([_unreadable(exc)]) from None


def _unreadable(exc: OSError) -> FieldError:
    """Why the file cannot be read, in the catalogue's words (the system's own are English)."""
    if exc.errno == errno.ENOENT:
        return FieldError("file", "unreadable", "The file does not exist.")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return FieldError("file", "unreadable", "The file cannot be read: access is refused.")
    if exc.errno == errno.EISDIR:
        return FieldError("file", "unreadable", "The file cannot be read: it is a folder.")
    code = errno.errorcode.get(exc.errno or 0, "?")
    return FieldError(
        "file", "unreadable", "The file cannot be read (system error {code}).", {"code": code}
    )


def is_spreadsheet(data: bytes) -> bool:
    return data.startswith(ZIP_MAGIC)


def spreadsheet_rows(path: Path) -> list[tuple[int, Sequence[object]]]:
    """The first sheet (XLSX) or table (ODS), numbered from 1, after the archive has been
    checked to be safe to open; at most the rows, columns and cells an import reads."""
    limit = MAX_ROWS + HEADER_SEARCH_LINES
    if is_ods(path):
        return list(ods_rows(path, max_rows=limit, max_columns=MAX_FIELDS, max_cells=MAX_CELLS))
    workbook = open_workbook(path, max_rows=limit)
    try:
        sheet = workbook.worksheets[0]
        rows = sheet_rows(sheet, max_rows=limit, max_columns=MAX_FIELDS, max_cells=MAX_CELLS)
        return list(enumerate(rows, start=1))
    finally:
        workbook.close()
