"""Importing learners and the university's lists of admitted students (CSV, XLSX or ODS).

All or nothing: every row is checked first — by the pure rules (domain.importing) and
against the database (unknown municipality, a learner whose path cannot take the step) —
in the same transaction that writes. One bad row and nothing is written, unless the coach
chooses to import only the good rows. Each import that writes is logged in the audit log
with counts only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.errors import FieldError, UserError, ValidationError
from larsam_desktop.domain.importing import (
    BadRow,
    Column,
    GoodRow,
    ImportKind,
    Table,
    apply_overrides,
    check_rows,
    fold_header,
    guess_mapping,
    read_csv,
    table_from_records,
)
from larsam_desktop.domain.pathway import (
    Stage,
    TransitionDraft,
    current_stage,
    validate_transition,
)
from larsam_desktop.services.audit import AuditLog, current_actor
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.input_file import is_spreadsheet, read_limited, spreadsheet_rows
from larsam_desktop.services.ods_input import is_ods
from larsam_desktop.storage import crash_points
from larsam_desktop.storage.database import Database, UnitOfWork
from larsam_desktop.storage.errors import (
    StorageError,
    is_transaction_conflict,
    is_unique_violation,
)


@dataclass(frozen=True, slots=True)
class ImportResult:
    kind: ImportKind
    table: Table
    mapping: dict[Column, int]
    bad_rows: tuple[BadRow, ...]  # every problem, file and database, in line order
    created: int  # learners registered
    matched: int  # good rows that found an existing learner (by personnummer)
    admitted: int  # learners moved to "admitted"
    written: bool
    changes: Changes
    matches: Mapping[int, int] = dataclasses.field(default_factory=dict)  # line → learner id

    @property
    def good_rows(self) -> int:
        return len(self.table.rows) - len(self.bad_rows)


def read_table(path: Path) -> Table:
    """A CSV (any of the supported encodings and separators) or the first sheet of an XLSX."""
    data = read_limited(path)
    if is_spreadsheet(data):
        return _typed_table(spreadsheet_rows(path), "ods" if is_ods(path) else "xlsx")
    return read_csv(data)


def _typed_table(rows: Iterable[tuple[int, Sequence[object]]], encoding: str) -> Table:
    """Cells as text; a phone number the spreadsheet held as a number gets its 0 back."""
    numbers: set[tuple[int, int]] = set()
    records: list[tuple[int, tuple[str, ...]]] = []
    for number, values in rows:
        records.append((number, tuple(_cell_text(value) for value in values)))
        numbers.update((number, i) for i, v in enumerate(values) if _is_whole_number(v))
    table = table_from_records(records, encoding=encoding)
    phone = guess_mapping(table.headers).get(Column.PHONE)
    if phone is None:
        return table
    fixed: list[int] = []
    rows_out = []
    for line, cells in table.rows:
        value = cells[phone] if phone < len(cells) else ""
        if (line, phone) in numbers and 6 <= len(value) <= 10 and not value.startswith("0"):
            cells = (*cells[:phone], "0" + value, *cells[phone + 1 :])
            fixed.append(line)
        rows_out.append((line, cells))
    if not fixed:
        return table
    note = FieldError(
        "phone",
        "leading_zero_restored",
        "{count} phone numbers were stored as numbers in the spreadsheet and had lost their "
        "leading 0; it was put back (lines {lines}). Check them after the import.",
        {"count": len(fixed), "lines": _lines(fixed)},
    )
    return dataclasses.replace(table, rows=tuple(rows_out), notes=(*table.notes, note))


def _is_whole_number(value: object) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _lines(lines: Sequence[int], shown: int = 10) -> str:
    text = ", ".join(str(line) for line in lines[:shown])
    return text + (" …" if len(lines) > shown else "")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def parse_mapping_option(text: str) -> dict[str, str]:
    """``"personnummer=PNR,name=Namn"`` → {column: header}; for ``--mapping``."""
    result: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        column, sep, header = part.partition("=")
        if not sep:
            raise ValidationError(
                [FieldError("mapping", "syntax", "Write the mapping as column=Header.")]
            )
        result[column.strip()] = header.strip()
    return result


class ImportConflict(UserError):
    """The loser of two imports of the same learners at the same moment (nothing written)."""

    default_template = (
        "Another import registered some of the same learners at the same moment, so nothing "
        "from this file was imported. Import the file again: the learners registered "
        "meanwhile are then matched, not registered twice."
    )


class ImportService:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def mapping_for(
        self, table: Table, overrides: Mapping[str, str] | None = None
    ) -> dict[Column, int]:
        return apply_overrides(table.headers, guess_mapping(table.headers), overrides or {})

    def run(
        self,
        kind: ImportKind,
        table: Table,
        *,
        mapping: Mapping[Column, int] | None = None,
        skip_bad_rows: bool = False,
        dry_run: bool = False,
        actor: str | None = None,
        source_format: str = "",
    ) -> ImportResult:
        """Check every row, then write the good ones only when there are no bad ones (or
        ``skip_bad_rows``) and not ``dry_run``; one transaction."""
        chosen = dict(mapping) if mapping is not None else self.mapping_for(table)
        today = local_today(self._clock)
        checked = check_rows(kind, table, chosen, today=today)
        who = actor or current_actor()
        with _refuse_conflicts(), self._database.unit_of_work() as uow:
            writer = _Writer(uow, kind, who, today, self._clock())
            for row in checked.good:
                writer.plan(row)
            bad = tuple(sorted(checked.bad + tuple(writer.bad), key=lambda b: b.line))
            write = not dry_run and (not bad or skip_bad_rows) and writer.has_work
            if write:
                writer.write()
                AuditLog.record(
                    uow,
                    AuditAction.IMPORT,
                    actor=who,
                    details={
                        "kind": str(kind),
                        "format": source_format or table.encoding,
                        "rows": len(table.rows),
                        "created": writer.created,
                        "admitted": writer.admitted,
                        "matched": writer.planned_matches,
                        "bad_rows_skipped": len(bad),
                    },
                    clock=self._clock,
                )
            else:
                uow.session.rollback()
        crash_points.step("import.committed")
        return ImportResult(
            kind,
            table,
            chosen,
            bad,
            writer.created if write else 0,
            writer.planned_matches,
            writer.admitted if write else 0,
            write,
            Changes(learners_bulk=True) if write else Changes(),
            writer.matches,
        )


@contextmanager
def _refuse_conflicts() -> Iterator[None]:
    """The database refused a second copy of a learner: another import (or a coach)
    registered them after this import looked. Its error names the learner; ours does not."""
    try:
        yield
    except IntegrityError as exc:
        if not is_unique_violation(exc):
            raise
        raise ImportConflict() from None
    except StorageError as exc:  # two imports inserting in opposite orders: a deadlock
        if not is_transaction_conflict(exc.__cause__):
            raise
        raise ImportConflict() from None


@dataclass(slots=True)
class _Planned:
    row: GoodRow
    learner_id: int | None
    steps: list[Stage]


class _Writer:
    """Checks good rows against the database, then writes them (inside one transaction)."""

    def __init__(
        self, uow: UnitOfWork, kind: ImportKind, actor: str, today: date, now: datetime
    ) -> None:
        self._uow = uow
        self._kind = kind
        self._actor = actor
        self._today = today
        self._now = now
        self._municipalities = {
            **{fold_header(c.name): str(c.key) for c in uow.reference.municipalities()},
            **{str(c.key): str(c.key) for c in uow.reference.municipalities()},
        }
        self._planned: list[_Planned] = []
        self.bad: list[BadRow] = []
        self.created = self.admitted = 0

    @property
    def has_work(self) -> bool:
        """Whether any row registers a learner or records a step (matches alone write nothing)."""
        return any(p.learner_id is None or p.steps for p in self._planned)

    @property
    def planned_matches(self) -> int:
        return sum(1 for p in self._planned if p.learner_id is not None)

    @property
    def matches(self) -> dict[int, int]:
        """Line → the registered learner the row is (matched by personnummer)."""
        return {p.row.line: p.learner_id for p in self._planned if p.learner_id is not None}

    def plan(self, row: GoodRow) -> None:
        reasons: list[FieldError] = []
        code = None
        if row.municipality:
            code = self._municipalities.get(fold_header(row.municipality)) or (
                self._municipalities.get(row.municipality.strip())
            )
            if code is None:
                reasons.append(
                    FieldError(
                        "municipality",
                        "unknown",
                        "Unknown kommun “{name}”.",
                        {"name": row.municipality[:40]},
                    )
                )
        existing = (
            self._uow.learners.id_for_personnummer(row.digits) if row.digits is not None else None
        )
        learner = row.learner
        if learner is not None and code is not None:
            learner = dataclasses.replace(learner, home_municipality_code=code)
        steps: list[Stage] = []
        if self._kind is ImportKind.ADMITTED:
            if existing is None and learner is None:
                reasons.append(
                    FieldError(
                        "row",
                        "not_registered",
                        "Not registered yet, and the list gives no names to register them.",
                    )
                )
            steps = self._steps_to_admitted(existing, row, reasons)
        if reasons:
            self.bad.append(BadRow(row.line, tuple(reasons)))
            return
        self._planned.append(_Planned(dataclasses.replace(row, learner=learner), existing, steps))

    def _steps_to_admitted(
        self, existing: int | None, row: GoodRow, reasons: list[FieldError]
    ) -> list[Stage]:
        history = [s.transition for s in self._uow.pathway.history(existing)] if existing else []
        stage = current_stage(history)
        if stage is Stage.ADMITTED and history[-1].reason == _admission_reason(row):
            return []  # the same admission is already recorded
        steps = [Stage.ADMITTED] if stage is Stage.APPLIED else [Stage.APPLIED, Stage.ADMITTED]
        trial = list(history)
        for step in steps:
            try:
                trial.append(validate_transition(self._draft(step, row), trial, today=self._today))
            except ValidationError as exc:
                reasons.append(_cannot_admit(existing, stage, exc.errors[0]))
                return []
        return steps

    def _draft(self, stage: Stage, row: GoodRow) -> TransitionDraft:
        reason = _admission_reason(row) if stage is Stage.ADMITTED else ""
        return TransitionDraft(
            stage=str(stage), recorded_by=self._actor, on=self._today, reason=reason
        )

    def write(self) -> None:
        for planned in self._planned:
            learner_id = planned.learner_id
            if learner_id is None:
                assert planned.row.learner is not None
                learner_id = self._uow.learners.add(planned.row.learner, now=self._now)
                self.created += 1
            if planned.steps:
                history = [s.transition for s in self._uow.pathway.history(learner_id)]
                for step in planned.steps:
                    transition = validate_transition(
                        self._draft(step, planned.row), history, today=self._today
                    )
                    self._uow.pathway.add(learner_id, transition, now=self._now)
                    history.append(transition)
                self.admitted += 1


def _cannot_admit(existing: int | None, stage: Stage | None, why: FieldError) -> FieldError:
    """The step to "admitted" breaks a pathway rule (``why``, its own template kept)."""
    if existing is None:
        return FieldError("stage", why.code, why.template, why.params)
    return FieldError(
        "stage",
        "cannot_admit",
        "Learner {learner} cannot be moved to admitted from the stage {stage}.",
        {"learner": existing, "stage": str(stage or "")},
    )


def _admission_reason(row: GoodRow) -> str:
    return f"{row.programme}, {row.term} (admitted list)"[:500]
