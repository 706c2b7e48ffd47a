"""Reading a list a university sent (CSV, XLSX or ODS) into numbered records, as the other
imports read files someone sent: ``csv_records`` for encodings, separators and limits,
``input_file`` for spreadsheets refused before they are opened when too large."""

from __future__ import annotations

import csv
import itertools
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from larsam_desktop.domain.csv_records import (
    HEADER_SEARCH_LINES,
    MAX_FIELDS,
    NUL_MARK,
    decode,
    physical_lines,
    read_records,
)
from larsam_desktop.domain.university_lists import header_mapping
from larsam_desktop.services.input_file import is_spreadsheet, read_limited, spreadsheet_rows

Record = tuple[int, tuple[str, ...]]


def read_list_records(path: Path) -> list[Record]:
    """Every record of the file with its line (row) number."""
    data = read_limited(path)
    if is_spreadsheet(data):
        return [(n, tuple(cell_text(v) for v in values)) for n, values in spreadsheet_rows(path)]
    text, _encoding = decode(data)
    text = text.replace("\x00", NUL_MARK)
    head = list(itertools.islice(physical_lines(text), HEADER_SEARCH_LINES))
    return read_records(text, _delimiter(head))


def _delimiter(lines: Sequence[str]) -> str:
    """The separator under which some line names the most columns (``;`` on a tie)."""
    best, found = ";", 1
    for candidate in (";", ",", "\t"):
        try:
            for cells in csv.reader(lines, delimiter=candidate):
                count = len(header_mapping(cells[:MAX_FIELDS]))
                if count > found:
                    best, found = candidate, count
        except csv.Error:
            continue
    return best


def cell_text(value: object) -> str:
    """A spreadsheet cell as a CSV would hold it (a date cell as its ISO date)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
