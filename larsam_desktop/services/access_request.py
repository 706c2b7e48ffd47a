"""Access request (registerutdrag, GDPR art. 15): everything stored about one learner.

The record is collected generically from the mapped tables — every table with a column
referring to the learner, and every table that points to one of those
(``access_request_sections.learner_tables``) — so data added by later features is included
without changes here; a test fails until such a table is given its section's title (or is
left out with a reason) in ``access_request_sections``.
Derived copies (search text, sort keys) are left out. The audit entries about the learner
are included: who looked at or handed out their data is itself their data.

Written as JSON (machine-readable) and as a readable PDF, both all or nothing, and logged.
For a learner with protected identity the address and contact data are left out unless the
coach confirms, and that decision is logged on its own.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from sqlalchemy import RowMapping, Table, select

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.learner import ProtectedIdentity
from larsam_desktop.services.access_request_sections import learner_tables
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
    uow: UnitOfWork,
    learner_id: int,
    *,
    include_protected: bool,
    now: datetime,
    target_names: Mapping[str, str] | None = None,
) -> LearnerRecord:
    """Every stored row about the learner, table by table (``access_request_sections``).

    ``target_names``: the rule book's targets by id, for the readable copy."""
    session = uow.session
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
    keys: dict[str, list[Any]] = {}  # a table's row keys, for the tables found through it
    for about in learner_tables(Base.metadata):
        table = about.table
        if about.parent is None:
            where = about.column == learner_id
        elif keys.get(about.parent):
            where = about.column.in_(keys[about.parent])
        else:
            continue
        rows = session.execute(select(table).where(where).order_by(*_order(table))).mappings().all()
        if not rows:
            continue
        sections.append(Section(table.name, tuple(_clean(table.name, r, hide) for r in rows)))
        primary = list(table.primary_key.columns)
        if len(primary) == 1:
            keys[table.name] = [r[primary[0].name] for r in rows]
    record_sections = tuple(sections)
    return LearnerRecord(
        learner_id,
        now,
        protected,
        not hide,
        record_sections,
        _names(uow, record_sections, target_names or {}),
    )


def _referenced(sections: tuple[Section, ...], field: str) -> set[Any]:
    return {row[field] for s in sections for row in s.rows if row.get(field) is not None}


def _names(
    uow: UnitOfWork, sections: tuple[Section, ...], target_names: Mapping[str, str]
) -> dict[str, dict[Any, str]]:
    """Names for the ids and codes the record holds, for the readable copy: municipalities,
    lärcentra, coaches, information meetings and other activities, offerings, exam rooms
    and the rule book's targets."""
    reference = uow.reference
    session = uow.session
    tables = Base.metadata.tables
    coach = tables["coach"]
    coaches = {int(i): str(n) for i, n in session.execute(select(coach.c.id, coach.c.name))}
    activity = tables["activity"]
    activities = {
        int(i): f"{title}, {on.isoformat()}" if on is not None else str(title)
        for i, title, on in session.execute(
            select(activity.c.id, activity.c.title, activity.c.on_date).where(
                activity.c.id.in_(_referenced(sections, "activity_id"))
            )
        )
    }
    offering = tables["offering"]
    offerings: dict[Any, str] = {}
    for i, target, name, term, university in session.execute(
        select(
            offering.c.id,
            offering.c.target_id,
            offering.c.name,
            offering.c.start_term,
            offering.c.university,
        ).where(offering.c.id.in_(_referenced(sections, "offering_id")))
    ):
        programme = name or target_names.get(target, target)
        offerings[int(i)] = f"{programme} {term}, {university}"
    room = tables["exam_room"]
    rooms = {
        int(i): str(n)
        for i, n in session.execute(
            select(room.c.id, room.c.name).where(room.c.id.in_(_referenced(sections, "room_id")))
        )
    }
    return {
        "home_municipality_code": {str(c.key): c.name for c in reference.municipalities()},
        "learning_centre_id": {int(c.key): c.name for c in reference.learning_centres()},
        "coach_id": coaches,
        "owner_coach_id": coaches,
        "activity_id": activities,
        "offering_id": offerings,
        "room_id": rooms,
        "target_id": dict(target_names),
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
    def __init__(
        self,
        database: Database,
        clock: Clock = utc_now,
        target_names: Callable[[Language], Mapping[str, str]] | None = None,
    ) -> None:
        self._database = database
        self._clock = clock
        self._target_names = target_names or _rule_book_targets

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
                uow,
                learner_id,
                include_protected=include_protected,
                now=self._clock(),
                target_names=self._target_names(language),
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


@functools.lru_cache(maxsize=2)
def _rule_book_targets(language: Language) -> Mapping[str, str]:
    """The rule book's targets by id in ``language`` (none if the rule book cannot be read:
    the copy then shows the stored ids). The shipped rule book is read once a process."""
    from larsam_desktop.domain.data_files import DataFileError
    from larsam_desktop.services.eligibility_data import load_eligibility_data

    try:
        return load_eligibility_data().target_names(language)
    except (OSError, DataFileError):
        return {}


OutputNotWritableError = OutputNotWritable  # one class for every unwritable output


def _write_text(stream: IO[bytes], text: str) -> None:
    stream.write(text.encode("utf-8"))
