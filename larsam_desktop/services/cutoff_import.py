"""``cutoffs import FILE``: a round's admission statistics, all or nothing.

The file is read as the learner import reads files someone sent (``csv_records``:
encodings, a quote left open, too many fields or rows; ``xlsx_input`` / ``ods_input``: zip
bombs and huge sheets refused before they are opened), then every row is checked
(``domain.cutoffs``). One bad line and nothing is stored: the error names every bad line.
The rounds in the file replace what was imported for them before, in one transaction.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from larsam_desktop.domain.csv_records import (
    HEADER_SEARCH_LINES,
    MAX_FIELDS,
    NUL_MARK,
    decode,
    physical_lines,
    read_records,
)
from larsam_desktop.domain.cutoffs import REQUIRED_COLUMNS, header_mapping, parse_cutoffs
from larsam_desktop.services.clock import Clock, utc_now
from larsam_desktop.services.input_file import is_spreadsheet, read_limited, spreadsheet_rows
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.repositories.merit import CutoffRepository


@dataclass(frozen=True, slots=True)
class CutoffImport:
    rows: int
    rounds: tuple[str, ...]  # "HT2025 urval 2", …
    replaced: int  # rows of the same rounds imported before


class CutoffImporter:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def import_file(self, path: Path) -> CutoffImport:
        """Read, check and store; raises ``ValidationError`` (nothing stored) or a
        ``StorageError``."""
        rows = parse_cutoffs(read_cutoff_records(path))
        with self._database.unit_of_work() as uow:
            replaced = CutoffRepository(uow.session).replace_rounds(rows, now=self._clock())
        rounds = sorted({f"{r.term} urval {r.round}" for r in rows})
        return CutoffImport(len(rows), tuple(rounds), replaced)


def read_cutoff_records(path: Path) -> list[tuple[int, tuple[str, ...]]]:
    """Every record of a CSV, XLSX or ODS file with its line (row) number."""
    data = read_limited(path)
    if is_spreadsheet(data):
        return [(n, tuple(_text(v) for v in values)) for n, values in spreadsheet_rows(path)]
    text, _encoding = decode(data)
    text = text.replace("\x00", NUL_MARK)
    head = list(itertools.islice(physical_lines(text), HEADER_SEARCH_LINES))
    return read_records(text, _delimiter(head))


def _delimiter(lines: Sequence[str]) -> str:
    """The separator that splits a line among the first into every required column."""
    for candidate in (";", ",", "\t"):
        try:
            for cells in csv.reader(lines, delimiter=candidate):
                mapping = header_mapping(cells[:MAX_FIELDS])
                if all(column in mapping for column in REQUIRED_COLUMNS):
                    return candidate
        except csv.Error:
            continue
    return ";"


def _text(value: object) -> str:
    """A spreadsheet cell as the text a CSV would hold (16.85 stays 16.85, not 16.8500…1)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(Decimal(repr(value)))
    return str(value)
