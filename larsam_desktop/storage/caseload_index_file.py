"""The bytes of the caseload index snapshot (format 2): sections read straight into arrays.

Format 1 was a numpy ``.npz``: importing numpy and turning every column back into Python
objects cost ~0.45 s of CPU at 100,000 learners, most of it for columns a keystroke never
reads. Format 2 is laid out for the read a start needs, with the standard library alone:

    b"LSCASEIX"  u32 header length  u32 CRC-32 of the header   (little-endian)
    header       JSON: format, semantics, generation, count, byte order,
                 and the sections in file order: [name, length, CRC-32, array typecode]
    sections     each at an 8-byte boundary

* ``id`` and every sort order (``order.<column>.<0|1>``): native arrays, read with
  ``array.fromfile`` (a copy from the page cache, nothing per row);
* ``search_text``: the texts joined by newlines (UTF-8; a text never holds one): decoded
  and split at once, since every keystroke scans them;
* every other column: its distinct values (JSON: text, numbers, ISO dates) and, unless the
  values are already one per row, a code per row (``B``, ``H`` or ``i``, the smallest that
  fits). These become ``Deferred`` columns, decoded the first time a filter, a new sort
  order or an edit needs them.

Every section's CRC-32 is checked when the file is read, so a damaged file (a flipped bit,
a truncated copy) is refused as a whole, before anything is used. The contents were checked
when written (the index built them), so the reader checks only their shape. A file from a
machine of the other byte order is refused (rebuilt from the database).
"""

from __future__ import annotations

import json
import struct
import sys
import zlib
from array import array
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import IO, Any

from larsam_desktop.domain.caseload import SortColumn
from larsam_desktop.domain.caseload_index import CaseloadIndex, IndexEntry
from larsam_desktop.domain.caseload_index_view import Deferred

FORMAT = 2
MAGIC = b"LSCASEIX"
_PREFIX = struct.Struct("<8sII")
_MAX_HEADER = 1 << 20
_ITEM_SIZES = {"B": 1, "H": 2, "i": 4, "q": 8}
TEXT = "search_text"

# How each IndexEntry field's values are stored in JSON (besides the ids and search texts).
KINDS: dict[str, str] = {
    "id": "int",
    "search_text": "str",
    "name_sort": "str",
    "coach_id": "int",
    "learning_centre_id": "int",
    "municipality_code": "str",
    "personnummer": "str",
    "birth_date": "date",
    "municipality_sort": "str",
    "learning_centre_sort": "str",
    "coach_sort": "str",
    "visible_city": "str",
    "updated_at": "datetime",
    "stage": "str",
    "stage_rank": "int",
    "stage_since": "date",
    "target_standing": "str",
    "target_rank": "int",
}
assert tuple(KINDS) == IndexEntry._fields, "a new index field needs a kind here"


class NotCurrent(Exception):
    """The file is whole but for another generation, program or format: not an error."""


def _order_name(column: SortColumn, descending: bool) -> str:
    return f"order.{column.value}.{int(descending)}"


# ---- writing ----------------------------------------------------------------------------------
def write(
    out: IO[bytes],
    columns: list[Any],
    orders: dict[tuple[SortColumn, bool], array[int]],
    *,
    semantics: str,
    generation: str,
) -> None:
    """The prepared index (``CaseloadIndex.prepared_state``) as format 2, into ``out``."""
    count = len(columns[0])
    sections: list[tuple[str, bytes | array[Any]]] = [("id", array("q", columns[0]))]
    texts = columns[IndexEntry._fields.index(TEXT)]
    sections.append((TEXT, "\n".join(texts).encode()))
    for name, column in zip(KINDS, columns, strict=True):
        if name in ("id", TEXT):
            continue
        distinct = list(dict.fromkeys(column))
        sections.append((f"{name}.values", _json([_plain(value) for value in distinct])))
        if len(distinct) != count:
            code = {value: i for i, value in enumerate(distinct)}
            typecode = "B" if len(distinct) <= 0xFF else "H" if len(distinct) <= 0xFFFF else "i"
            sections.append((f"{name}.codes", array(typecode, map(code.__getitem__, column))))
    for (column_name, descending), order in orders.items():
        sections.append((_order_name(column_name, descending), order))
    table = [
        [name, len(_bytes(data)), zlib.crc32(_bytes(data)), _typecode(data)]
        for name, data in sections
    ]
    header = _json(
        {
            "format": FORMAT,
            "semantics": semantics,
            "generation": generation,
            "count": count,
            "byteorder": sys.byteorder,
            "sections": table,
        }
    )
    out.write(_PREFIX.pack(MAGIC, len(header), zlib.crc32(header)))
    out.write(header)
    written = _PREFIX.size + len(header)
    for _name, data in sections:
        out.write(b"\0" * (_aligned(written) - written))
        out.write(_bytes(data))
        written = _aligned(written) + len(_bytes(data))


def _bytes(data: bytes | array[Any]) -> bytes | memoryview:
    return data if isinstance(data, bytes) else memoryview(data).cast("B")


def _typecode(data: bytes | array[Any]) -> str:
    return "" if isinstance(data, bytes) else data.typecode


def _aligned(offset: int) -> int:
    return (offset + 7) // 8 * 8


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value  # datetime is a date


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


# ---- reading ----------------------------------------------------------------------------------
def read(stream: IO[bytes], *, semantics: str, generation: str) -> CaseloadIndex:
    """The index in ``stream``. Raises ``NotCurrent`` for a whole file of another generation
    or program, and ``ValueError`` / ``EOFError`` / ``OSError`` for anything damaged."""
    magic, header_length, header_crc = _PREFIX.unpack(_exactly(stream, _PREFIX.size))
    if magic.startswith(b"PK\x03\x04"):
        raise NotCurrent()  # format 1 (a numpy .npz, a zip) from before 2026-12-07
    if magic != MAGIC or header_length > _MAX_HEADER:
        raise ValueError("not a caseload index file of this format")
    header_bytes = _exactly(stream, header_length)
    if zlib.crc32(header_bytes) != header_crc:
        raise ValueError("damaged header")
    header = json.loads(header_bytes)
    if not isinstance(header, dict):
        raise ValueError("bad header")
    if (
        header.get("format") != FORMAT
        or header.get("semantics") != semantics
        or header.get("generation") != generation
    ):
        raise NotCurrent()
    if header.get("byteorder") != sys.byteorder:
        raise NotCurrent()  # written on another kind of machine: rebuild
    count = header.get("count")
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        raise ValueError("bad count")
    sections = dict(_sections(stream, header.get("sections"), _PREFIX.size + header_length))
    return _index(sections, count)


def _sections(
    stream: IO[bytes], table: object, offset: int
) -> Iterator[tuple[str, bytes | array[Any]]]:
    if not isinstance(table, list):
        raise ValueError("bad section table")
    for entry in table:
        if not (isinstance(entry, list) and len(entry) == 4):
            raise ValueError("bad section entry")
        name, length, crc, typecode = entry
        if not (isinstance(name, str) and isinstance(length, int) and isinstance(crc, int)):
            raise ValueError("bad section entry")
        _exactly(stream, _aligned(offset) - offset)  # the padding
        data: bytes | array[Any]
        if typecode == "":
            data = _exactly(stream, length)
        elif typecode in _ITEM_SIZES and array(typecode).itemsize == _ITEM_SIZES[typecode]:
            if length % _ITEM_SIZES[typecode]:
                raise ValueError(f"bad length of {name}")
            data = array(typecode)
            data.fromfile(stream, length // _ITEM_SIZES[typecode])  # EOFError when short
        else:
            raise ValueError(f"bad typecode of {name}")
        if zlib.crc32(_bytes(data)) != crc:
            raise ValueError(f"damaged section {name}")
        offset = _aligned(offset) + length
        yield name, data


def _index(sections: dict[str, bytes | array[Any]], count: int) -> CaseloadIndex:
    ids = _array(sections, "id", count)
    text = sections.get(TEXT)
    if not isinstance(text, bytes):
        raise ValueError("no search texts")
    texts = text.decode().split("\n") if count else []
    if len(texts) != count:
        raise ValueError("the search texts do not match the count")
    columns: list[Any] = [ids, texts]
    for name, kind in list(KINDS.items())[2:]:
        values = sections.get(f"{name}.values")
        codes = sections.get(f"{name}.codes")
        if not isinstance(values, bytes) or isinstance(codes, bytes):
            raise ValueError(f"bad column {name}")
        columns.append(Deferred(count, _decoder(kind, values, codes)))
    orders = {
        (column, descending): _array(sections, _order_name(column, descending), count)
        for column in SortColumn
        for descending in (False, True)
    }
    return CaseloadIndex.from_prepared(columns, orders)


def _array(sections: dict[str, bytes | array[Any]], name: str, count: int) -> array[Any]:
    data = sections.get(name)
    if not isinstance(data, array) or len(data) != count:
        raise ValueError(f"bad section {name}")
    return data


def _decoder(kind: str, values: bytes, codes: array[Any] | None) -> Callable[[], list[Any]]:
    def decode() -> list[Any]:
        distinct = json.loads(values)
        if not isinstance(distinct, list):
            raise ValueError("bad values")
        typed = [_typed(kind, value) for value in distinct]
        if codes is None:
            return typed
        if codes and max(codes) >= len(typed):
            raise ValueError("codes out of range")
        return list(map(typed.__getitem__, codes))

    return decode


def _typed(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "str" and isinstance(value, str):
        return value
    if kind == "int" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind == "date" and isinstance(value, str):
        return date.fromisoformat(value)
    if kind == "datetime" and isinstance(value, str):
        stamp = datetime.fromisoformat(value)
        if stamp.tzinfo is None:
            raise ValueError("a time without its zone")
        return stamp
    raise ValueError(f"a {kind} column holds {type(value).__name__}")


def _exactly(stream: IO[bytes], size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise EOFError("the file ends early")
    return data
