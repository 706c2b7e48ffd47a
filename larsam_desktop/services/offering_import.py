"""``offerings import FILE`` and ``offerings export --out FILE``: the offerings file a
university or the region sends, all or nothing, and the same columns written back.

The file is read as the other imports read files someone sent (``csv_records``: encodings,
a quote left open, too many fields or rows; ``xlsx_input`` / ``ods_input``: zip bombs and
huge sheets refused before they are opened), every row is checked (``domain.offering_file``)
and one bad line stores nothing. A row naming an offering already stored (same lärosäte,
programme, term, study form and lärcentrum) updates it: a list sent again changes nothing
twice. The import is audited with its counts.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.csv_records import (
    HEADER_SEARCH_LINES,
    MAX_FIELDS,
    NUL_MARK,
    decode,
    physical_lines,
    read_records,
)
from larsam_desktop.domain.offering_file import (
    FORM_NAMES,
    HEADERS,
    REQUIRED,
    FileRow,
    Lookups,
    OfferingColumn,
    header_mapping,
    parse_offerings,
)
from larsam_desktop.domain.offerings import StoredOffering
from larsam_desktop.services.atomic_file import data_folder, write_atomically
from larsam_desktop.services.audit import AuditAction, AuditLog, current_actor
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, utc_now
from larsam_desktop.services.input_file import is_spreadsheet, read_limited, spreadsheet_rows
from larsam_desktop.services.offerings import OfferingService
from larsam_desktop.services.spreadsheet import Column, CsvSheet, Kind, Value, XlsxTable
from larsam_desktop.storage import crash_points
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.repositories.offerings import OfferingRepository

EXPORT_COLUMNS = (
    OfferingColumn.UNIVERSITY,
    OfferingColumn.PROGRAMME,
    OfferingColumn.NAME,
    OfferingColumn.CODE,
    OfferingColumn.START_TERM,
    OfferingColumn.STUDY_FORM,
    OfferingColumn.LEARNING_CENTRE,
    OfferingColumn.PACE,
    OfferingColumn.PLACES,
    OfferingColumn.OPENS,
    OfferingColumn.CLOSES,
    OfferingColumn.COMPLETE_BY,
)
_KINDS = {
    OfferingColumn.OPENS: Kind.DATE,
    OfferingColumn.CLOSES: Kind.DATE,
    OfferingColumn.COMPLETE_BY: Kind.DATE,
    OfferingColumn.CODE: Kind.TEXT,
}


@dataclass(frozen=True, slots=True)
class OfferingImport:
    rows: int
    added: int
    updated: int
    dry_run: bool
    changes: Changes


class OfferingFiles:
    def __init__(
        self, database: Database, offerings: OfferingService, clock: Clock = utc_now
    ) -> None:
        self._database = database
        self._offerings = offerings
        self._clock = clock

    def check_file(self, path: Path) -> list[FileRow]:
        """Read and check every row; ``ValidationError`` naming each bad line."""
        records = read_offering_records(path)
        return parse_offerings(records, self._lookups(self._offerings.centres()))

    def import_file(
        self, path: Path, *, dry_run: bool = False, actor: str | None = None
    ) -> OfferingImport:
        """Read, check and store in one transaction; with ``dry_run`` nothing is written.
        Raises ``ValidationError`` (nothing stored) or a ``StorageError``."""
        rows = self.check_file(path)
        with self._database.unit_of_work(writes=not dry_run) as uow:
            repo = OfferingRepository(uow.session)
            known = repo.key_ids()
            updated = [r for r in rows if r.offering.key in known]
            added = [r for r in rows if r.offering.key not in known]
            if dry_run:
                return OfferingImport(len(rows), len(added), len(updated), True, Changes())
            now = self._clock()
            for row in updated:
                repo.update(known[row.offering.key], row.offering, now=now)
            crash_points.step("offerings-import-updated")
            repo.add_many([r.offering for r in added], now=now)
            AuditLog.record(
                uow,
                AuditAction.IMPORT,
                actor=actor or current_actor(),
                details={"kind": "offerings", "file": path.name[:100], "added": len(added),
                         "updated": len(updated)},
                clock=self._clock,
            )  # fmt: skip
        return OfferingImport(len(rows), len(added), len(updated), False, Changes())

    def export(self, path: Path, *, language: Language = "sv") -> int:
        """Every offering to ``path`` (``.xlsx`` or else CSV), headers in ``language``; the
        file is written completely or not at all. How many rows."""
        stored = self._offerings.listing()
        rows = [self._row(s, language) for s in stored]
        index = 0 if language == "sv" else 1
        headers = [HEADERS[c][index] for c in EXPORT_COLUMNS]
        if path.suffix.lower() == ".xlsx":
            write_atomically(
                path,
                lambda out: _write_xlsx(out, headers, rows),
                data_dir=data_folder(self._database),
            )
        else:
            text = io.StringIO()
            sheet = CsvSheet(text)
            sheet.row(headers)
            sheet.rows(rows)
            write_atomically(path, "\ufeff" + text.getvalue(), data_dir=data_folder(self._database))
        return len(rows)

    def _row(self, stored: StoredOffering, language: Language) -> list[Value]:
        o = stored.offering
        form = FORM_NAMES[o.study_form][0 if language == "sv" else 1]
        values: dict[OfferingColumn, Value] = {
            OfferingColumn.UNIVERSITY: o.university,
            OfferingColumn.PROGRAMME: self._programme_name(o.target_id, language),
            OfferingColumn.NAME: o.name,
            OfferingColumn.CODE: o.code,
            OfferingColumn.START_TERM: str(o.start_term),
            OfferingColumn.STUDY_FORM: form,
            OfferingColumn.LEARNING_CENTRE: stored.learning_centre,
            OfferingColumn.PACE: o.pace_percent,
            OfferingColumn.PLACES: o.places,
            OfferingColumn.OPENS: o.application_opens,
            OfferingColumn.CLOSES: o.application_closes,
            OfferingColumn.COMPLETE_BY: o.complete_by,
        }
        return [values[c] for c in EXPORT_COLUMNS]

    def _programme_name(self, target_id: str, language: Language) -> str:
        """The rule book's name (read back by name): Swedish, or English where it has one."""
        try:
            rule = self._offerings.data.book.programme(target_id).rule
        except KeyError:
            return target_id
        return rule.name_en if language == "en" and rule.name_en else rule.name

    def _lookups(self, centres: dict[int, str]) -> Lookups:
        book = self._offerings.data.book
        names: dict[str, str] = {}
        for programme in book.programmes:
            for name in (programme.rule.name, programme.rule.name_en):
                if name:
                    names[name.casefold()] = programme.id

        def resolve(text: str) -> str | None:
            found = names.get(text.strip().casefold())
            if found is not None:
                return found
            try:
                return book.resolve(text)
            except (LookupError, ValueError):
                return None

        return Lookups(frozenset(self._offerings.programme_ids()), resolve, centres)


def _write_xlsx(out: IO[bytes], headers: Sequence[str], rows: Sequence[Sequence[Value]]) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    columns = [Column(h, _KINDS.get(c, Kind.GENERAL)) for h, c in zip(headers, EXPORT_COLUMNS,
                                                                   strict=True)]  # fmt: skip
    table = XlsxTable(book, "Utbildningsutbud", columns)
    for row in rows:
        table.row(row)
    table.close()
    book.save(out)


def read_offering_records(path: Path) -> list[tuple[int, tuple[str, ...]]]:
    """Every record of a CSV, XLSX or ODS file with its line (row) number."""
    data = read_limited(path)
    if is_spreadsheet(data):
        return [(n, tuple(_text(v) for v in values)) for n, values in spreadsheet_rows(path)]
    text, _encoding = decode(data)
    text = text.replace("\x00", NUL_MARK)
    head = list(itertools.islice(physical_lines(text), HEADER_SEARCH_LINES))
    return read_records(text, _delimiter(head))


def _delimiter(lines: Sequence[str]) -> str:
    for candidate in (";", ",", "\t"):
        try:
            for cells in csv.reader(lines, delimiter=candidate):
                mapping = header_mapping(cells[:MAX_FIELDS])
                if all(column in mapping for column in REQUIRED):
                    return candidate
        except csv.Error:
            continue
    return ";"


def _text(value: object) -> str:
    """A spreadsheet cell as a CSV would hold it (a date cell as its ISO date)."""
    from datetime import date, datetime

    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
