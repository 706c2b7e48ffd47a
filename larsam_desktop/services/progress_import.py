"""``import progress FILE``: the university's lists of registered, credits earned, completed
and discontinued students, into each learner's pathway — all or nothing.

Every line is matched by personnummer (samordningsnummer and the dash-less forms too) to a
registered learner, linked to an offering when it names an application code, and turned
into the pathway steps that take the learner to *studying*, *completed* or *discontinued*
by the pathway's own rules (``domain.pathway.validate_transition``, as the pathway service
and the admitted-list import check them): a learner still at *applied* passes *admitted*
first. A line the rules refuse is a bad line naming the field. The line itself is kept with
the list's name and date (``university_progress``); a list sent again changes nothing twice.
One transaction; the import is audited with its counts.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.import_problems import BadRow
from larsam_desktop.domain.pathway import (
    Stage,
    Transition,
    TransitionDraft,
    allowed_next,
    current_stage,
    validate_transition,
)
from larsam_desktop.domain.university_lists import ProgressEvent, ProgressLine, parse_progress
from larsam_desktop.services.audit import AuditLog, current_actor
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.university_files import read_list_records
from larsam_desktop.storage import crash_points
from larsam_desktop.storage.database import Database, UnitOfWork
from larsam_desktop.storage.repositories.university import ProgressEntry, UniversityRepository

# The stage each kind of line leads to.
TARGET_STAGE = {
    ProgressEvent.REGISTERED: Stage.STUDYING,
    ProgressEvent.CREDITS: Stage.STUDYING,
    ProgressEvent.COMPLETED: Stage.COMPLETED,
    ProgressEvent.DISCONTINUED: Stage.DISCONTINUED,
}
# A credits line for someone who already completed needs no step.
_ALREADY = {
    ProgressEvent.REGISTERED: {Stage.STUDYING},
    ProgressEvent.CREDITS: {Stage.STUDYING, Stage.COMPLETED},
    ProgressEvent.COMPLETED: {Stage.COMPLETED},
    ProgressEvent.DISCONTINUED: {Stage.DISCONTINUED},
}
_VIA = (Stage.APPLIED, Stage.ADMITTED, Stage.STUDYING)  # steps a list may fill in


@dataclass(frozen=True, slots=True)
class PlannedLine:
    line: int
    learner_id: int
    event: ProgressEvent
    on: date
    offering_id: int | None
    steps: tuple[Transition, ...]  # the pathway steps this line records
    new: bool  # False: the same line is already stored (nothing to write)
    credits_tenths: int | None = None


@dataclass(frozen=True, slots=True)
class ProgressResult:
    total: int  # lines read
    lines: tuple[PlannedLine, ...]  # the good lines
    bad: tuple[BadRow, ...]
    written: bool
    changes: Changes = field(default_factory=Changes)

    @property
    def steps(self) -> int:
        return sum(len(p.steps) for p in self.lines)

    @property
    def unchanged(self) -> int:
        return sum(1 for p in self.lines if not p.new)


class ProgressImport:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def import_file(
        self,
        path: Path,
        *,
        event: ProgressEvent | None = None,
        dry_run: bool = False,
        actor: str | None = None,
        list_name: str | None = None,
    ) -> ProgressResult:
        """Check every line; write only when none is bad and not ``dry_run``. Raises
        ``ValidationError`` for a file without the needed columns, ``StorageError``."""
        today = local_today(self._clock)
        parsed = parse_progress(read_list_records(path), today=today, event=event)
        who = actor or current_actor()
        source = (list_name or path.name)[:150]
        with self._database.unit_of_work(writes=not dry_run) as uow:
            planner = _Planner(uow, who, source, today)
            planned = [p for p in (planner.plan(line) for line in parsed.rows) if p is not None]
            bad = tuple(sorted(parsed.bad + tuple(planner.bad), key=lambda b: b.line))
            if dry_run or bad:
                return ProgressResult(parsed.total, tuple(planned), bad, False)
            _write(uow, planned, source, self._clock)
            AuditLog.record(
                uow,
                AuditAction.IMPORT,
                actor=who,
                details={
                    "kind": "progress",
                    "file": path.name[:100],
                    "rows": parsed.total,
                    "steps": sum(len(p.steps) for p in planned),
                    "recorded": sum(1 for p in planned if p.new),
                },
                clock=self._clock,
            )
        learners = frozenset(p.learner_id for p in planned if p.new)
        return ProgressResult(parsed.total, tuple(planned), (), True, Changes(learners=learners))


def _write(uow: UnitOfWork, planned: list[PlannedLine], source: str, clock: Clock) -> None:
    now = clock()
    for line in planned:
        for step in line.steps:
            uow.pathway.add(line.learner_id, step, now=now)
    crash_points.step("progress-import-steps")
    entries = [
        ProgressEntry(p.learner_id, p.event.value, p.on, source, p.offering_id, p.credits_tenths)
        for p in planned
        if p.new
    ]
    UniversityRepository(uow.session).add_progress(entries, now=now)


class _Planner:
    """Matches lines to learners and offerings and plans their steps (inside the
    transaction that writes them); ``bad`` collects the lines that cannot be taken."""

    def __init__(self, uow: UnitOfWork, actor: str, source: str, today: date) -> None:
        self._uow = uow
        self._repo = UniversityRepository(uow.session)
        self._actor = actor
        self._source = source
        self._today = today
        self._offerings = self._repo.offering_ids_by_code()
        self._histories: dict[int, list[Transition]] = {}
        self.bad: list[BadRow] = []

    def plan(self, line: ProgressLine) -> PlannedLine | None:
        reasons: list[FieldError] = []
        learner_id = self._uow.learners.id_for_personnummer(line.digits)
        if learner_id is None:
            reasons.append(
                FieldError(
                    "personnummer",
                    "not_registered",
                    "No learner with this personnummer is registered.",
                )
            )
        offering_id = self._offering(line, reasons)
        if reasons or learner_id is None:
            self.bad.append(BadRow(line.line, tuple(reasons)))
            return None
        on = line.on or self._today
        history = self._history(learner_id)
        try:
            steps = self._steps(line.event, on, history)
        except ValidationError as exc:
            self.bad.append(BadRow(line.line, exc.errors[:1]))
            return None
        history.extend(steps)
        entry = ProgressEntry(
            learner_id, line.event.value, on, self._source, offering_id, line.credits_tenths
        )
        new = bool(steps) or not self._repo.has_progress(entry)
        return PlannedLine(
            line.line, learner_id, line.event, on, offering_id, tuple(steps), new,
            line.credits_tenths,
        )  # fmt: skip

    def _history(self, learner_id: int) -> list[Transition]:
        known = self._histories.get(learner_id)
        if known is None:
            known = [s.transition for s in self._uow.pathway.history(learner_id)]
            self._histories[learner_id] = known
        return known

    def _offering(self, line: ProgressLine, reasons: list[FieldError]) -> int | None:
        if not line.code:
            return None
        candidates = self._offerings.get(line.code.casefold(), [])
        if line.term:
            candidates = [c for c in candidates if c[1] == line.term]
        if len(candidates) == 1:
            return candidates[0][0]
        if not candidates:
            reasons.append(
                FieldError(
                    "application_code",
                    "unknown_offering",
                    "No offering has the application code {code}.",
                    {"code": line.code},
                )
            )
        else:
            reasons.append(
                FieldError(
                    "application_code",
                    "several_offerings",
                    "Several offerings have the application code {code}; add the term.",
                    {"code": line.code},
                )
            )
        return None

    def _steps(self, event: ProgressEvent, on: date, history: list[Transition]) -> list[Transition]:
        """The shortest chain of allowed steps to the line's stage (none when there),
        each checked as the pathway service checks it."""
        if current_stage(history) in _ALREADY[event]:
            return []
        target = TARGET_STAGE[event]
        chain = _chain(history, target) or [target]  # no chain: let the rules say why
        trial = list(history)
        steps: list[Transition] = []
        for stage in chain:
            reason = f"{self._source} ({on.isoformat()})"[:500]
            draft = TransitionDraft(str(stage), self._actor, on, reason=reason)
            step = validate_transition(draft, trial, today=self._today)
            trial.append(step)
            steps.append(step)
        return steps


def _chain(history: list[Transition], target: Stage) -> list[Stage] | None:
    """Breadth first over ``allowed_next`` through applied, admitted and studying."""
    queue: deque[list[Stage]] = deque([[]])
    while queue:
        path = queue.popleft()
        trial = history + [Transition(s, date.min, "") for s in path]
        for stage in allowed_next(trial):
            if stage is target:
                return [*path, stage]
            if stage in _VIA and stage not in path and len(path) < len(_VIA):
                queue.append([*path, stage])
    return None
