"""Caseload export to CSV or XLSX with the columns the coach chose.

Personnummer is exported only when its column is chosen explicitly (never by default), and
the address and contact columns stay blank for learners with a protected identity (the
repository blanks them in list rows). The file is written atomically in batches, with
progress and cancel; the export is recorded in the audit log (format, rows, columns — no
personal data).

CSV is UTF-8 with a byte-order mark and ``;`` between fields, as Swedish Excel reads it.
Cells are written through ``services.spreadsheet``: a name that begins like a formula
(``=``, ``+``, ``-``, ``@``) is text in both formats, never a formula. In XLSX dates are
date cells, personnummer and phone numbers text cells; the header row is frozen and
filterable. Headers and the sheet name follow ``language`` ("sv" or "en").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.caseload import CaseloadQuery, CaseloadRow
from larsam_desktop.domain.errors import UserError
from larsam_desktop.domain.field_names import field_name
from larsam_desktop.domain.pathway import Stage, stage_name
from larsam_desktop.services.atomic_file import atomic_output, data_folder
from larsam_desktop.services.audit import AuditLog, current_actor
from larsam_desktop.services.cancellation import CancelCheck, Cancelled, never
from larsam_desktop.services.clock import Clock, utc_now
from larsam_desktop.services.spreadsheet import Column, CsvSheet, Kind, XlsxTable
from larsam_desktop.storage.database import Database

BATCH = 2000
STAGES = frozenset(str(stage) for stage in Stage)
ProgressCallback = Callable[[int, int], None]


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True, slots=True)
class ExportColumn:
    key: str
    header: str
    value: Callable[[CaseloadRow, date | None], Any]
    kind: Kind = Kind.GENERAL


def _text(value: object) -> Any:
    return "" if value is None else value


COLUMNS: dict[str, ExportColumn] = {
    column.key: column
    for column in (
        ExportColumn("id", "Id", lambda r, _: r.id),
        ExportColumn("family_name", "Family name", lambda r, _: r.family_name),
        ExportColumn("given_name", "Given name", lambda r, _: r.given_name),
        ExportColumn(
            "personnummer",
            "Personnummer",
            lambda r, _: r.identity_text(show_full=True) if r.personnummer else "",
            Kind.TEXT,
        ),
        ExportColumn("birth_year", "Birth year", lambda r, _: r.birth_year),
        ExportColumn("municipality", "Municipality", lambda r, _: _text(r.municipality)),
        ExportColumn("learning_centre", "Lärcentrum", lambda r, _: _text(r.learning_centre)),
        ExportColumn("coach", "Coach", lambda r, _: _text(r.coach)),
        ExportColumn("stage", "Stage", lambda r, _: _text(r.stage)),
        ExportColumn("stage_since", "In stage since", lambda r, _: r.stage_since, Kind.DATE),
        ExportColumn("last_contact_on", "Last contact", lambda _, last: last, Kind.DATE),
        ExportColumn("phone", "Phone", lambda r, _: _text(r.phone), Kind.TEXT),
        ExportColumn("email", "E-mail", lambda r, _: _text(r.email)),
        ExportColumn("city", "City", lambda r, _: _text(r.city)),
    )
}
SHEET_NAMES: dict[Language, str] = {"sv": "Deltagare", "en": "Caseload"}
DEFAULT_COLUMNS = (
    "family_name",
    "given_name",
    "birth_year",
    "municipality",
    "learning_centre",
    "coach",
    "stage",
    "last_contact_on",
)


class UnknownColumn(UserError, ValueError):
    def __init__(self, names: Sequence[str]) -> None:
        super().__init__(
            "Unknown column(s): {names}. The columns are: {columns}.",
            names=", ".join(names),
            columns=", ".join(COLUMNS),
        )


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    rows: int
    columns: tuple[str, ...]


def check_columns(names: Sequence[str]) -> tuple[str, ...]:
    unknown = [n for n in names if n not in COLUMNS]
    if unknown:
        raise UnknownColumn(unknown)
    if not names:
        raise UnknownColumn(["(none)"])
    return tuple(dict.fromkeys(names))


class CaseloadExport:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def export(
        self,
        path: Path,
        export_format: ExportFormat,
        columns: Sequence[str] = DEFAULT_COLUMNS,
        query: CaseloadQuery | None = None,
        *,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck = never,
        language: Language = "en",
    ) -> ExportResult:
        """Write the learners matching ``query`` (all by default) in the caseload's order;
        headers, the sheet's name and stage names in ``language``."""
        chosen = check_columns(columns)
        picked = [COLUMNS[key] for key in chosen]
        sheet = [Column(header(c.key, language), c.kind) for c in picked]
        # Read in one transaction, audit in a short one of its own (a read transaction that
        # turned into a writer could collide with another writer on SQLite), and put the
        # file in place only once the audit entry is committed.
        with atomic_output(
            path, step="caseload-export.written", data_dir=data_folder(self._database)
        ) as temporary:
            with self._database.unit_of_work(writes=False) as uow:
                ids = uow.learners.search_ids(query or CaseloadQuery())
                writer = _writer(export_format, temporary, sheet, SHEET_NAMES[language])
                try:
                    for start in range(0, len(ids), BATCH):
                        if cancelled():
                            raise Cancelled()
                        batch = ids[start : start + BATCH]
                        rows = uow.learners.rows(batch)
                        last = uow.contacts.last_contact_dates(batch)
                        for learner_id in batch:
                            row = rows.get(learner_id)
                            if row is not None:
                                values = [c.value(row, last.get(learner_id)) for c in picked]
                                writer.write(_in_language(chosen, values, language))
                        if progress is not None:
                            progress(min(start + BATCH, len(ids)), len(ids))
                    writer.close()
                finally:
                    writer.abandon()
            with self._database.unit_of_work() as uow:
                AuditLog.record(
                    uow,
                    AuditAction.EXPORT,
                    actor=current_actor(),
                    details={
                        "format": export_format.value,
                        "rows": len(ids),
                        "columns": ",".join(chosen)[:200],
                        "personnummer": int("personnummer" in chosen),
                    },
                    clock=self._clock,
                )
        if progress is not None and not ids:
            progress(0, 0)
        return ExportResult(path, len(ids), chosen)


def header(key: str, language: Language) -> str:
    """A column's header: the field's name in the language (``domain.field_names``)."""
    return field_name(key, language)


def _in_language(keys: Sequence[str], values: list[Any], language: Language) -> list[Any]:
    """Stored codes as words: a stage by its title."""
    return [
        stage_name(value, language) if key == "stage" and value in STAGES else value
        for key, value in zip(keys, values, strict=True)
    ]


class _Writer:
    def write(self, values: list[Any]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def abandon(self) -> None:
        """Release the file if ``close`` was not reached (the caller removes it)."""


class _CsvWriter(_Writer):
    def __init__(self, path: Path, columns: Sequence[Column]) -> None:
        self._handle = path.open("w", encoding="utf-8-sig", newline="")
        self._csv = CsvSheet(self._handle, delimiter=";", lineterminator="\r\n")
        self._csv.row([c.header for c in columns])

    def write(self, values: list[Any]) -> None:
        self._csv.row(values)

    def close(self) -> None:
        self._handle.close()

    def abandon(self) -> None:
        self._handle.close()


class _XlsxWriter(_Writer):
    def __init__(self, path: Path, columns: Sequence[Column], title: str) -> None:
        from openpyxl import Workbook

        self._path = path
        self._book = Workbook(write_only=True)
        self._table = XlsxTable(self._book, title, columns)

    def write(self, values: list[Any]) -> None:
        self._table.row(values)

    def close(self) -> None:
        self._table.close()
        self._book.save(self._path)


def _writer(
    export_format: ExportFormat, path: Path, columns: Sequence[Column], title: str
) -> _Writer:
    if export_format is ExportFormat.CSV:
        return _CsvWriter(path, columns)
    return _XlsxWriter(path, columns, title)
