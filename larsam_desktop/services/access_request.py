"""Access request (registerutdrag, GDPR art. 15): everything stored about one learner.

The record is collected generically from the mapped tables — every table with a
``learner_id`` column, and every table that points to one of those — so data added by
later features (plans, contacts, notes, bookings…) is included without changes here.
Derived copies (search text, sort keys) are left out. The audit entries about the learner
are included: who looked at or handed out their data is itself their data.

Written as JSON (machine-readable) and as a readable PDF, both all or nothing, and logged.
For a learner with protected identity the address and contact data are left out unless the
coach confirms, and that decision is logged on its own.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from sqlalchemy import RowMapping, Table, select

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.learner import ProtectedIdentity
from larsam_desktop.services.atomic_file import OutputNotWritable, data_folder, write_atomically
from larsam_desktop.services.audit import AuditLog, current_actor
from larsam_desktop.services.clock import Clock, utc_now
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.storage.database import Database, UnitOfWork
from larsam_desktop.storage.tables import Base

FORMAT_VERSION = 1
# Derived or technical columns, left out of the copy; the statistics record key (issue 12)
# is never shown or exported anywhere.
DERIVED_COLUMNS = {
    ("learner", "search_text"),
    ("learner", "name_sort"),
    ("learner", "version"),
    ("learner", "record_key"),
}
PROTECTED_COLUMNS = ("street_address", "postal_code", "city", "phone", "email")
WITHHELD = "(withheld: protected identity)"


@dataclass(frozen=True, slots=True)
class Section:
    table: str
    rows: tuple[dict[str, Any], ...]


@dataclass(frozen=True, slots=True)
class LearnerRecord:
    learner_id: int
    created_at: datetime
    protected: ProtectedIdentity
    protected_included: bool
    sections: tuple[Section, ...]
    # Readable names for the ids and codes a person cannot read (the PDF shows them beside
    # the value): field → stored value → name, e.g. {"coach_id": {36: "Bo Nyberg"}}.
    names: dict[str, dict[Any, str]] = dataclasses.field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "larsam-registerutdrag",
            "version": FORMAT_VERSION,
            "learner_id": self.learner_id,
            "created_at": self.created_at.isoformat(),
            "protected_identity": str(self.protected),
            "protected_data_included": self.protected_included,
            "tables": {section.table: list(section.rows) for section in self.sections},
        }

    @property
    def row_count(self) -> int:
        return sum(len(section.rows) for section in self.sections)


@dataclass(frozen=True, slots=True)
class AccessRequestFiles:
    json_path: Path
    pdf_path: Path
    record: LearnerRecord


def collect(
    uow: UnitOfWork, learner_id: int, *, include_protected: bool, now: datetime
) -> LearnerRecord:
    """Every stored row about the learner, table by table."""
    session = uow.session
    tables = Base.metadata.sorted_tables
    learner_table = Base.metadata.tables["learner"]
    learner_row = (
        session.execute(select(learner_table).where(learner_table.c.id == learner_id))
        .mappings()
        .first()
    )
    if learner_row is None:
        raise LearnerNotFound(learner_id)
    protected = ProtectedIdentity(learner_row["protected_identity"])
    hide = protected is not ProtectedIdentity.NONE and not include_protected
    sections: list[Section] = [Section("learner", (_clean("learner", learner_row, hide),))]
    direct: dict[str, list[Any]] = {}
    for table in tables:
        if table.name == "learner" or "learner_id" not in table.c:
            continue
        rows = (
            session.execute(
                select(table).where(table.c.learner_id == learner_id).order_by(*_order(table))
            )
            .mappings()
            .all()
        )
        if rows:
            sections.append(Section(table.name, tuple(_clean(table.name, r, hide) for r in rows)))
            keys = list(table.primary_key.columns)
            if len(keys) == 1:
                direct[table.name] = [r[keys[0].name] for r in rows]
    for table in tables:
        if "learner_id" in table.c or table.name == "learner":
            continue
        for foreign in table.foreign_keys:
            parent = foreign.column.table.name
            if direct.get(parent):
                rows = (
                    session.execute(
                        select(table)
                        .where(foreign.parent.in_(direct[parent]))
                        .order_by(*_order(table))
                    )
                    .mappings()
                    .all()
                )
                if rows:
                    sections.append(
                        Section(table.name, tuple(_clean(table.name, r, hide) for r in rows))
                    )
                break
    return LearnerRecord(learner_id, now, protected, not hide, tuple(sections), _names(uow))


def _names(uow: UnitOfWork) -> dict[str, dict[Any, str]]:
    """Municipalities, lärcentra and coaches by name, for the readable copy."""
    reference = uow.reference
    coaches = {int(c.key): c.name for c in reference.coaches()}
    return {
        "home_municipality_code": {str(c.key): c.name for c in reference.municipalities()},
        "learning_centre_id": {int(c.key): c.name for c in reference.learning_centres()},
        "coach_id": coaches,
        "owner_coach_id": coaches,
    }


def _order(table: Table) -> list[Any]:
    return list(table.primary_key.columns)


def _clean(table: str, row: RowMapping, hide_protected: bool) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in row.items():
        if (table, key) in DERIVED_COLUMNS:
            continue
        if hide_protected and table == "learner" and key in PROTECTED_COLUMNS and value:
            result[key] = WITHHELD
            continue
        result[key] = _plain(value)
    return result


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    return value


class AccessRequestService:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def needs_confirmation(self, learner_id: int) -> bool:
        """Whether the learner has protected identity (the coach must decide on the address)."""
        with self._database.unit_of_work(writes=False) as uow:
            stored = uow.learners.get(learner_id)
        if stored is None:
            raise LearnerNotFound(learner_id)
        return stored.data.protected_identity is not ProtectedIdentity.NONE

    def export(
        self,
        learner_id: int,
        out_dir: Path,
        *,
        include_protected: bool = False,
        actor: str | None = None,
        language: Language = "sv",
    ) -> AccessRequestFiles:
        """Write ``registerutdrag-<id>-<date>.json`` and ``.pdf`` into ``out_dir``; logged.

        The audit entry is written in the same transaction that reads the data, after both
        files are in place: if writing fails, nothing is logged and no partial file remains.
        The PDF is written in ``language``; the JSON keeps the stored names and values.
        """
        from larsam_desktop.services.access_request_pdf import write_pdf

        who = actor or current_actor()
        if not out_dir.is_dir():
            raise OutputNotWritableError("The folder {folder} does not exist.", folder=str(out_dir))
        with self._database.unit_of_work() as uow:
            record = collect(
                uow, learner_id, include_protected=include_protected, now=self._clock()
            )
            stamp = self._clock().astimezone().strftime("%Y%m%d-%H%M%S")
            base = out_dir / f"registerutdrag-{learner_id}-{stamp}"
            json_path, pdf_path = base.with_suffix(".json"), base.with_suffix(".pdf")
            payload = json.dumps(record.to_json(), ensure_ascii=False, indent=2, default=str)
            folder = data_folder(self._database)
            try:
                write_atomically(json_path, lambda f: _write_text(f, payload), data_dir=folder)
                write_atomically(
                    pdf_path, lambda f: write_pdf(record, f, language), data_dir=folder
                )
            except OutputNotWritable:
                json_path.unlink(missing_ok=True)
                raise
            if record.protected is not ProtectedIdentity.NONE and include_protected:
                AuditLog.record(
                    uow,
                    AuditAction.PROTECTED_DATA_RELEASED,
                    actor=who,
                    learner_id=learner_id,
                    details={"purpose": "access_request"},
                    clock=self._clock,
                )
            AuditLog.record(
                uow,
                AuditAction.ACCESS_REQUEST,
                actor=who,
                learner_id=learner_id,
                details={
                    "formats": "json+pdf",
                    "tables": len(record.sections),
                    "rows": record.row_count,
                },
                clock=self._clock,
            )
        return AccessRequestFiles(json_path, pdf_path, record)


OutputNotWritableError = OutputNotWritable  # one class for every unwritable output


def _write_text(stream: IO[bytes], text: str) -> None:
    stream.write(text.encode("utf-8"))
