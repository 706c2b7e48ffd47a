"""Reading an XLSX someone sent: refused quickly when it would cost too much to open.

An XLSX is a zip archive, and a 2.6 MB archive can unpack to gigabytes (a "zip bomb") or
hold a sheet of a million rows. Before openpyxl reads anything, the archive's own
directory is checked — the number of parts, and the sizes it declares for them once
unpacked (Python's zipfile never unpacks more than the declared size: a part that lies
fails its checksum) — and the worksheets' rows are counted while streaming their XML.
Only then is the workbook opened, read-only (sheets streamed), and its rows are read with
a bound on rows and columns. Each limit is documented in docs/architecture.md ("Hostile
input limits"); a refusal is a ``ValidationError`` on the field ``file``.
"""

from __future__ import annotations

import logging
import re
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from larsam_desktop.domain.errors import FieldError, ValidationError

log = logging.getLogger(__name__)

MAX_PARTS = 1_000  # files inside the archive (a list has about ten)
MAX_DIRECTORY_BYTES = 1_000_000  # the archive's list of its parts
MAX_UNPACKED_BYTES = 150_000_000  # all parts together, as declared
MAX_WHOLE_PART_BYTES = 30_000_000  # a part read whole (shared strings, styles …)
CHUNK = 1 << 20
_WORKSHEET = re.compile(r"xl/worksheets/[^/]+\.xml", re.IGNORECASE)
_ROW_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]")
_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_MB = 1_000_000


def refused(error: FieldError) -> ValidationError:
    """The file is refused (field ``file``; the template stays a literal at the call so that
    packaging/dynamic_messages.py finds it for translation)."""
    return ValidationError([error])


def _unreadable() -> ValidationError:
    return refused(
        FieldError(
            "file",
            "unreadable",
            "The spreadsheet cannot be read: it is not an XLSX file.",
        )
    )


def damaged(exc: Exception) -> ValidationError:
    """A workbook openpyxl could not read: one sentence; the library's own words (English,
    an exception's class name) go to the log, never into the sentence."""
    log.info("spreadsheet unreadable: %s: %s", type(exc).__name__, exc)
    return refused(
        FieldError(
            "file",
            "unreadable",
            "The spreadsheet cannot be read: it is damaged or not an XLSX file.",
        )
    )


def declared_directory(path: Path) -> tuple[int, int]:
    """The number of parts and the size of the central directory that the archive's end
    record declares, read before ``zipfile`` builds an object for each entry (it reads as
    many entries as the directory's size holds, whatever their declared number)."""
    with path.open("rb") as handle:
        handle.seek(0, 2)
        size = handle.tell()
        tail_start = max(0, size - (1 << 16) - 22)
        handle.seek(tail_start)
        tail = handle.read()
    at = tail.rfind(_EOCD)  # the record zipfile reads too
    if at < 0 or len(tail) < at + 22:
        raise _unreadable()
    entries, directory = struct.unpack_from("<HI", tail, at + 10)
    locator = tail.rfind(_ZIP64_LOCATOR, 0, at)
    if (entries == 0xFFFF or directory == 0xFFFFFFFF) and locator >= 0:
        (record_at,) = struct.unpack_from("<Q", tail, locator + 8)
        with path.open("rb") as handle:
            handle.seek(record_at)
            record = handle.read(56)
        if len(record) < 56:
            raise _unreadable()
        entries, directory = struct.unpack_from("<QQ", record, 32)
    return int(entries), int(directory)


def check_archive(path: Path, *, max_rows: int) -> None:
    """Refuse an archive with too many parts, too much to unpack, or a sheet with more than
    ``max_rows`` rows; cheap in time and memory whatever the archive holds."""
    parts, directory = declared_directory(path)
    if parts > MAX_PARTS:
        raise refused(
            FieldError(
                "file",
                "too_many_parts",
                "The spreadsheet holds {count} parts; at most {limit} are read.",
                {"count": parts, "limit": MAX_PARTS},
            )
        )
    if directory > MAX_DIRECTORY_BYTES:
        raise refused(
            FieldError(
                "file",
                "directory_too_large",
                "The spreadsheet's list of its parts takes {size} KB; at most {limit} KB are read.",
                {"size": directory // 1000, "limit": MAX_DIRECTORY_BYTES // 1000},
            )
        )
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_sizes(infos)
            for info in infos:
                if _WORKSHEET.fullmatch(info.filename):
                    _check_rows(archive, info, max_rows)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError):
        raise _unreadable() from None


def _check_sizes(infos: list[zipfile.ZipInfo]) -> None:
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED_BYTES:
        raise refused(
            FieldError(
                "file",
                "too_large_unpacked",
                "The spreadsheet would take {size} MB once unpacked; at most {limit} MB are read.",
                {"size": total // _MB, "limit": MAX_UNPACKED_BYTES // _MB},
            )
        )
    for info in infos:
        if not _WORKSHEET.fullmatch(info.filename) and info.file_size > MAX_WHOLE_PART_BYTES:
            raise refused(
                FieldError(
                    "file",
                    "part_too_large",
                    "A part of the spreadsheet ({part}) would take {size} MB once unpacked; "
                    "at most {limit} MB are read.",
                    {
                        "part": info.filename[:80],
                        "size": info.file_size // _MB,
                        "limit": MAX_WHOLE_PART_BYTES // _MB,
                    },
                )
            )


def _check_rows(archive: zipfile.ZipFile, info: zipfile.ZipInfo, max_rows: int) -> None:
    """Count the row elements of one worksheet, streaming (a sheet is never held whole)."""
    rows = 0
    carry = b""
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            data = carry + chunk
            # A tag cut at the chunk's end is counted with the next chunk.
            cut = max(0, len(data) - 64)
            rows += len(_ROW_TAG.findall(data, 0, cut))
            carry = data[cut:]
            if rows > max_rows:
                raise too_many_rows(max_rows)
    rows += len(_ROW_TAG.findall(carry))
    if rows > max_rows:
        raise too_many_rows(max_rows)


def too_many_rows(limit: int) -> ValidationError:
    return refused(FieldError("file", "too_large", "At most {n} rows at a time.", {"n": limit}))


def open_workbook(path: Path, *, max_rows: int) -> Any:
    """``check_archive``, then the workbook, read-only and with values (not formulas)."""
    check_archive(path, max_rows=max_rows)  # before openpyxl is even imported (≈0.3 s)
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise damaged(exc) from None


def sheet_rows(
    sheet: Any, *, max_rows: int, max_columns: int, max_cells: int
) -> Iterator[tuple[object, ...]]:
    """A worksheet's rows (values), at most ``max_columns`` wide; refuses past ``max_rows``
    rows or ``max_cells`` cells (rows left out in the file count: openpyxl yields them)."""
    cells = 0
    width = min(max_columns, sheet.max_column or max_columns)
    try:
        for number, values in enumerate(sheet.iter_rows(values_only=True, max_col=width), start=1):
            if number > max_rows:
                raise too_many_rows(max_rows)
            cells += len(values)
            if cells > max_cells:
                raise refused(
                    FieldError(
                        "file", "too_many_cells", "At most {n} cells at a time.", {"n": max_cells}
                    )
                )
            yield tuple(values)
    except ValidationError:
        raise
    except Exception as exc:  # a damaged sheet (bad XML, a checksum that does not match)
        raise damaged(exc) from None
