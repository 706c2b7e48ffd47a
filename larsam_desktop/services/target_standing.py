"""Keeping ``learner.standing_*`` (eligible for their target?) in step, and bulk evaluation.

Course and profile writes refresh one learner inside their own transaction. When the rules,
the catalogue or the date's rule boundaries change (``rules_key``), every learner is
re-evaluated in batches: the window does it in the background at start, the command line
with ``eligibility --refresh``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import cast

from larsam_desktop.domain.courses.qualifications import Qualifications
from larsam_desktop.domain.courses.transcript import Examen
from larsam_desktop.domain.eligibility.decisions import with_decisions
from larsam_desktop.domain.eligibility.target_standing import (
    StandingCalculator,
    TargetStanding,
    rules_key,
)
from larsam_desktop.services.cancellation import CancelCheck, Cancelled, never
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.eligibility_data import EligibilityData
from larsam_desktop.storage.database import Database, UnitOfWork
from larsam_desktop.storage.repositories import eligibility_rows

RULES_KEY = "standing_rules_key"  # app_meta: the rules_key the stored standings were made with
BATCH = 2000  # learners per transaction of a refresh (each writes its standings)
READ_BATCH = 10_000  # learners per read of evaluate_everyone (writes nothing)

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class RefreshResult:
    learners: int
    with_target: int
    eligible: int
    changes: Changes


class TargetStandings:
    def __init__(self, data: EligibilityData, clock: Clock = utc_now) -> None:
        self._data = data
        self._clock = clock
        self._kept: StandingCalculator | None = None
        self._lock = threading.Lock()

    def calculator(self, on: date | None = None) -> StandingCalculator:
        """The calculator of ``on`` (default today), kept until another date is asked for.

        Its memos are keyed by what an answer depends on (the records and facts read, the
        target), never by learner, so they stay right when learners change: a bulk run
        again the same day evaluates only what it has not seen."""
        day = on or local_today(self._clock)
        with self._lock:
            kept = self._kept
            if kept is None or kept.on != day:
                kept = self._kept = StandingCalculator(
                    self._data.book, self._data.catalogue, on=day
                )
            return kept

    def current_key(self) -> str:
        return rules_key(self._data.book, self._data.catalogue, local_today(self._clock))

    def refresh_learner(self, uow: UnitOfWork, learner_id: int) -> TargetStanding:
        """Re-evaluate one learner inside the caller's transaction."""
        standing = self._standings(uow, [learner_id], self.calculator(), None)[0]
        uow.learners.set_standings([standing])
        return standing

    @staticmethod
    def invalidate(uow: UnitOfWork) -> None:
        """Mark every stored standing stale (after a bulk write that bypassed the services)."""
        uow.meta.set(RULES_KEY, "")

    def is_current(self, database: Database) -> bool:
        with database.unit_of_work() as uow:
            return uow.meta.get(RULES_KEY) == self.current_key()

    def refresh_all(
        self,
        database: Database,
        *,
        progress: Progress | None = None,
        cancelled: CancelCheck = never,
    ) -> RefreshResult:
        """Re-evaluate every learner against their own target, a batch per transaction.

        Each batch reads and writes in one transaction, so an edit made meanwhile is either
        seen or made after (and then refreshes its learner itself). The rules key is stored
        last: a cancelled or failed run leaves it stale, and the next run starts over.
        """
        key = self.current_key()
        calculator = self.calculator()
        total = self._count(database)
        done = with_target = eligible = 0
        for batch in self._id_batches(database):
            if cancelled():
                raise Cancelled()
            with database.unit_of_work() as uow:
                standings = self._standings(uow, batch, calculator, None)
                uow.learners.set_standings(standings)
            done += len(batch)
            with_target += sum(s.target_id is not None for s in standings)
            eligible += sum(bool(s.eligible) for s in standings)
            if progress is not None:
                progress(done, total)
        with database.unit_of_work() as uow:
            uow.meta.set(RULES_KEY, key)
        return RefreshResult(done, with_target, eligible, Changes(learners_bulk=True))

    def evaluate_everyone(
        self,
        database: Database,
        target_id: str,
        *,
        on: date | None = None,
        progress: Progress | None = None,
        cancelled: CancelCheck = never,
    ) -> Iterator[TargetStanding]:
        """Every learner against one target (whatever their own), in id order; writes nothing."""
        target_id = self._data.book.resolve(target_id)
        calculator = self.calculator(on)
        total = self._count(database)
        done = 0
        for batch in self._id_batches(database, READ_BATCH):
            if cancelled():
                raise Cancelled()
            with database.unit_of_work(writes=False) as uow:  # reads only: no write lock
                standings = self._standings(uow, batch, calculator, target_id)
            done += len(batch)
            if progress is not None:
                progress(done, total)
            yield from standings

    @staticmethod
    def _standings(
        uow: UnitOfWork, ids: list[int], calculator: StandingCalculator, target_id: str | None
    ) -> list[TargetStanding]:
        # Eligibility counts only completed, passed courses: the others are not even read.
        # Plain rows (eligibility_rows.py): records and facts are built only for the few
        # distinct signatures the calculator has not seen.
        low, high = min(ids), max(ids)
        # Grades only when a minimum above E can decide (own targets: always read them).
        grades = target_id is None or calculator.grades_matter(target_id)
        dates = calculator.deadline_dates
        records = eligibility_rows.passed_strings(uow.session, low, high, dates, with_grades=grades)
        profiles = eligibility_rows.profile_rows(uow.session, low, high)
        kinds = eligibility_rows.decision_kinds(uow.session, low, high)
        on = calculator.on
        eligible_of = calculator.eligible_of_joined
        records_of, profile_of, kinds_of = records.get, profiles.get, kinds.get
        standings = []
        for learner_id in ids:
            profile = profile_of(learner_id, _NO_PROFILE)
            wanted = target_id or _text(profile[10])
            if wanted is None:
                standings.append(TargetStanding(learner_id, None, None, on))
                continue
            facts_key = (profile[:10], kinds_of(learner_id, _NONE))
            joined = records_of(learner_id, "")
            eligible = eligible_of(wanted, joined, facts_key, _qualifications_of_key)
            standings.append(TargetStanding(learner_id, wanted, eligible, on))
        return standings

    @staticmethod
    def _count(database: Database) -> int:
        with database.unit_of_work() as uow:
            return uow.learners.count()

    @staticmethod
    def _id_batches(database: Database, size: int = BATCH) -> Iterator[list[int]]:
        after = 0
        while True:
            with database.unit_of_work() as uow:
                batch = eligibility_rows.ids_after(uow.session, after, size)
            if not batch:
                return
            yield batch
            after = batch[-1]


_NONE: frozenset[str] = frozenset()
_NO_PROFILE: tuple[object, ...] = (None, None, False, 0.0, None, None, None, None, None, None,
                                   None, None)  # fmt: skip


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _whole(value: object) -> int | None:
    return int(value) if isinstance(value, int) else None


def _qualifications_of_key(key: Hashable) -> Qualifications:
    """The qualifications of a bulk read's facts key: (the profile's facts, the kinds)."""
    profile, kinds = cast(tuple[tuple[object, ...], frozenset[str]], key)
    return _qualifications(profile, kinds)


def _qualifications(profile: tuple[object, ...], kinds: frozenset[str]) -> Qualifications:
    """A profile row (``eligibility_rows.profile_rows``) as the domain's qualifications."""
    examen, slutbetyg, intyg, work, hp, year, programme, linje, subjects, degree = profile[:10]
    examen_text = _text(examen)
    found = Qualifications(
        Examen(examen_text) if examen_text else None,
        _whole(slutbetyg),
        bool(intyg),
        _number(work) or 0.0,
        _number(hp),
        _whole(year),
        _whole(programme),
        _whole(linje),
        tuple(subjects.split()) if isinstance(subjects, str) else (),
        _number(degree),
    )
    return with_decisions(found, kinds) if kinds else found
