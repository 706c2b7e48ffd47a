"""Hostile spreadsheets made on the spot: zip bombs and sheets of too many rows
(importable from every test folder, like cli_runner.py).

A zip bomb is built without ever holding (or compressing) its unpacked size: a deflate
block after a full flush does not depend on what came before, so one compressed megabyte
of rows, repeated, is a valid deflate stream of any length. The archive is then written by
hand (local headers, central directory, end record), as an attacker would.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

from openpyxl import Workbook

SHEET = "xl/worksheets/sheet1.xml"
ROW = b'<row r="1"><c r="A1" t="inlineStr"><is><t>aaaaaaaa</t></is></c></row>'


def _workbook_parts(rows: list[list[object]]) -> dict[str, bytes]:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def _write_zip(
    path: Path, entries: list[tuple[str, bytes, int, int]], *, declare: int | None = None
) -> None:
    """``entries``: (name, raw deflate data, crc32, unpacked size); ``declare``: the number
    of entries the end record claims (the true one by default)."""
    out = io.BytesIO()
    central = io.BytesIO()
    for name, data, crc, size in entries:
        offset = out.tell()
        encoded = name.encode()
        header = struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(data), size, len(encoded), 0
        )
        out.write(header + encoded + data)
        central.write(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                8,
                0,
                0,
                crc,
                len(data),
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + encoded
        )
    directory = central.getvalue()
    claimed = len(entries) if declare is None else declare
    start = out.tell()
    out.write(directory)
    out.write(
        struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, claimed, claimed, len(directory), start, 0)
    )
    path.write_bytes(out.getvalue())


def zip_bomb(path: Path, *, unpacked_mb: int = 1000) -> Path:
    """A real workbook whose sheet unpacks to ``unpacked_mb`` MB of rows (a few MB on disk)."""
    parts = _workbook_parts([["Personnummer", "Förnamn", "Efternamn"]])
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = ROW * (1_000_000 // len(ROW))
    flushed = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeats = unpacked_mb * 1_000_000 // len(block)
    head = parts[SHEET].split(b"<sheetData>")[0] + b"<sheetData>"
    tail = b"</sheetData></worksheet>"
    body = _deflate_prefix(head) + flushed * repeats + _final(tail)
    size = len(head) + len(block) * repeats + len(tail)
    entries = [
        (name, _deflate(data), zlib.crc32(data), len(data))
        for name, data in parts.items()
        if name != SHEET
    ]
    entries.append((SHEET, body, 0, size))  # the checksum is never reached: a lie too
    _write_zip(path, entries)
    return path


def _deflate_prefix(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(zlib.Z_FULL_FLUSH)


def _final(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush(zlib.Z_FINISH)


def many_parts(path: Path, parts: int, *, declare: int | None = None) -> Path:
    """An archive of ``parts`` tiny parts (each one costs zipfile an object); ``declare``:
    the number its end record claims (zipfile reads the whole directory regardless)."""
    empty = _deflate(b"")
    _write_zip(path, [(f"x/{i}.xml", empty, 0, 0) for i in range(parts)], declare=declare)
    return path


def sheet_of_rows(
    path: Path, rows: int, *, header: tuple[str, ...] = ("Personnummer", "Förnamn", "Efternamn")
) -> Path:
    """A valid workbook whose first sheet has a header and ``rows`` one-cell rows."""
    body = b"".join(_cell_row(n) for n in range(2, rows + 2))
    return _sheet_with(path, list(header), body, rows + 1)


def gap_rows(path: Path, last_row: int) -> Path:
    """A workbook with a header and one cell at row ``last_row`` (openpyxl fills the gap)."""
    return _sheet_with(
        path, ["Personnummer", "Förnamn", "Efternamn"], _cell_row(last_row), last_row
    )


def _cell_row(number: int) -> bytes:
    return b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (number, number)


def _sheet_with(path: Path, header: list[object], rows: bytes, last_row: int) -> Path:
    """A workbook of ``header``, then the rows' XML, declaring ``last_row`` rows."""
    parts = _workbook_parts([header])
    head, _, tail = parts[SHEET].partition(b"</sheetData>")
    head = re.sub(rb'<dimension ref="[^"]*" ?/>', b'<dimension ref="A1:C%d"/>' % last_row, head)
    parts[SHEET] = head + rows + b"</sheetData>" + tail
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def zip64_parts(path: Path, parts: int) -> Path:
    """An archive whose zip64 end record declares ``parts`` parts (and holds none)."""
    start = b"PK\x03\x04" + bytes(26)  # what a reader sees first: a local file header
    record_at = len(start)
    record = struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, parts, parts, 0, 0)
    locator = struct.pack("<IIQI", 0x07064B50, 0, record_at, 1)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    path.write_bytes(start + record + locator + end)
    return path
