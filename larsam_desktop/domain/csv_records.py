"""Reading a CSV list's text into records, with the limits that keep a hostile file cheap.

Pure: bytes in, ``(line, cells)`` records out; ``domain.importing`` finds the header and
checks the rows. A file is refused (a ``ValidationError`` on the field ``file``) with the
problem and its line named, before it costs much time or memory: at most ``MAX_ROWS`` data
rows, ``MAX_FIELDS`` fields in a row and ``MAX_CELLS`` cells; a field over the csv module's
limit (131,072 characters), and a quote that is opened and runs on over lines with
separators in them (a closing quote missing, which would swallow the rows after it), are
reported at the line where the record or the quoted field began.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator, Sequence

from larsam_desktop.domain.errors import FieldError, ValidationError

MAX_ROWS = 100_000
MAX_FIELDS = 200  # in one row; more is a wrong separator or a hostile file
MAX_CELLS = 3_000_000  # in the whole file (100,000 learners × 30 columns)
HEADER_SEARCH_LINES = 30
NUL_MARK = "\ufffe"  # stands in for a NUL byte so that the csv module reads on
# A UTF-8 encoded å, ä, ö, é… (a lead byte and continuation bytes): in a file that is not
# UTF-8 as a whole, a sign that some lines were written in UTF-8 and others in Windows-1252.
_UTF8_SEQUENCE = re.compile(rb"[\xc3\xc5][\x80-\xbf]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def decode(data: bytes) -> tuple[str, str]:
    """The text of a file and the encoding used."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _UTF8_SEQUENCE.search(data):
        # Lines pasted together from two sources: decode each line on its own.
        lines = data.splitlines(keepends=True)
        return "".join(_decode_line(line) for line in lines), "mixed utf-8/cp1252"
    if _looks_like_another_encoding(data):
        raise refused(
            FieldError(
                "file",
                "unsupported_encoding",
                "The file is in a character encoding LärSam does not read (Mac Roman or "
                "another old one, judging by its letters). LärSam reads UTF-8 (with or "
                "without BOM), UTF-16 with BOM and Windows-1252 (Latin-1): save the file as "
                '"CSV UTF-8" and import it again.',
            )
        )
    return data.decode("cp1252", errors="replace"), "cp1252"


_ASCII = bytes(range(0x80))
_C1 = bytes(range(0x80, 0xA0))


def _looks_like_another_encoding(data: bytes) -> bool:
    """Windows-1252 puts å ä ö é (and Å Ä Ö) at 0xC4–0xF6; bytes 0x80–0x9F are rare signs
    there (€, dashes, quotes). Mac Roman and the old DOS code pages put their letters at
    0x80–0x9F: a file with more of those than of 0xA0–0xFF is not Windows-1252."""
    high = data.translate(None, _ASCII)  # the non-ASCII bytes only (bytes.translate: C speed)
    c1 = len(high) - len(high.translate(None, _C1))
    return c1 > 0 and c1 > len(high) - c1


def _decode_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252", errors="replace")


def physical_lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their endings (``\r\n``, ``\n`` or a lone ``\r``), one at
    a time — what ``io.StringIO(text, newline="")`` yields, without its copy of the whole
    text at four bytes a character (40 MB for a 10 MB line)."""
    start = 0
    for match in _LINE_BREAK.finditer(text):
        yield text[start : match.end()]
        start = match.end()
    if start < len(text):
        yield text[start:]


def read_records(text: str, delimiter: str) -> list[tuple[int, tuple[str, ...]]]:
    """Every record with the line it began on; refused past the limits (see the module)."""
    reader = csv.reader(physical_lines(text), delimiter=delimiter)
    records: list[tuple[int, tuple[str, ...]]] = []
    line = 1  # where the record being read began
    cells_seen = 0
    try:
        for cells in reader:
            check_record(line, cells, delimiter)
            cells_seen += len(cells)
            if cells_seen > MAX_CELLS:
                raise refused(
                    FieldError(
                        "file", "too_many_cells", "At most {n} cells at a time.", {"n": MAX_CELLS}
                    )
                )
            records.append((line, tuple(cells)))
            line = reader.line_num + 1
            if len(records) > MAX_ROWS + HEADER_SEARCH_LINES:
                raise refused(
                    FieldError("file", "too_large", "At most {n} rows at a time.", {"n": MAX_ROWS})
                )
    except csv.Error:
        raise refused(
            FieldError(
                "file",
                "field_too_long",
                'Line {line}: a field is longer than {limit} characters, or a quote (") '
                "opened there is never closed.",
                {"line": line, "limit": csv.field_size_limit()},
            )
        ) from None
    return records


def refused(error: FieldError) -> ValidationError:
    """The whole file is refused (field ``file``; the template stays a literal at the call
    so that packaging/dynamic_messages.py finds it for translation)."""
    return ValidationError([error])


def check_record(line: int, cells: Sequence[str], delimiter: str) -> None:
    """Refuse a record with too many fields, or one that swallowed lines after a quote that
    was opened but not closed where it should have been (``line``: where it began)."""
    if len(cells) > MAX_FIELDS:
        raise refused(
            FieldError(
                "file",
                "too_many_fields",
                "Line {line} has {count} fields; a list can have at most {limit} columns "
                "(is the separator right?).",
                {"line": line, "count": len(cells), "limit": MAX_FIELDS},
            )
        )
    lines_before = 0
    for cell in cells:
        if "\n" not in cell and "\r" not in cell:
            continue
        parts = _LINE_BREAK.split(cell)
        if len(parts) > 1 and any(delimiter in part for part in parts[1:]):
            raise refused(
                FieldError(
                    "file",
                    "unclosed_quote",
                    "Line {line}: a quoted field begins here and runs on over {count} more "
                    'lines; is a closing quote (") missing?',
                    {"line": line + lines_before, "count": len(parts) - 1},
                )
            )
        lines_before += len(parts) - 1
