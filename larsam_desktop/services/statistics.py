"""Reading the statistics' inputs from the database, and the use cases around them.

One grouped query gives every learner's start and the first date of each stage on the main
line (aggregated in SQL over the transitions), joined to the learner's coarse attributes;
a second reads the first preparation step's kind. Nothing identifying is selected: no
name, personnummer, address, note or exact birth date. Activity participation and exam
bookings (issue 5) are counted in SQL when their tables exist.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar, cast

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from larsam_desktop.domain.behorighet import reached_on
from larsam_desktop.domain.errors import UserError
from larsam_desktop.domain.learner import Gender, PriorEducation
from larsam_desktop.domain.pathway import PreparationKind, Stage
from larsam_desktop.domain.statistics.aggregate import ExactStatistics, Period, aggregate
from larsam_desktop.domain.statistics.facts import (
    MAIN_LINE,
    MILESTONES,
    FactColumns,
)
from larsam_desktop.domain.statistics.periods import StatsPeriod, period_between
from larsam_desktop.domain.statistics.protection import validate_k
from larsam_desktop.services.cancellation import CancelCheck, Cancelled, never
from larsam_desktop.services.statistics_activity import activity_table, exam_table
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.statistics_columns import NONE, Codes, read_columns, term_codes
from larsam_desktop.storage.statistics_days import Days as _Days
from larsam_desktop.storage.statistics_days import Ymd as _Ymd
from larsam_desktop.storage.statistics_days import code_terms as _code_terms
from larsam_desktop.storage.statistics_days import raw as _raw
from larsam_desktop.storage.statistics_days import terms_of as _terms_of
from larsam_desktop.storage.tables import (
    Learner,
    LearningCentre,
    Municipality,
    PathwayTransition,
)

UNKNOWN = "Unknown"
STEPS = 4  # progress: read, related tables, counted, protected (the last by the exporter)


@dataclass(frozen=True, slots=True)
class StatisticsFilter:
    """Which learners: those who started within a fixed period (default: every term up to
    the current one), optionally of one centre or coach."""

    period: StatsPeriod | None = None
    learning_centre_id: int | None = None
    coach_id: int | None = None


class EmptyPeriod(UserError):
    """No learner started on the path within the period: nothing to report."""

    default_template = "No learner started on the path in {period}; there is nothing to report."


def resolve_period(period: StatsPeriod | None, today: date) -> Period:
    chosen = period or period_between(None, None, today)
    return Period(chosen.start, chosen.end, chosen.name)


class StatisticsService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def exact(
        self,
        where: StatisticsFilter,
        today: date,
        cancelled: CancelCheck = never,
        progress: Callable[[int, int], None] | None = None,
    ) -> ExactStatistics:
        """Every table with exact counts (internal use; exports protect them first).

        Raises ``EmptyPeriod`` when nobody started within the period; reports
        ``progress(done, STEPS)`` after reading and after counting.
        """
        report = progress or (lambda done, total: None)
        period = resolve_period(where.period, today)
        with self._database.unit_of_work(writes=False) as uow:
            ids, facts = read_facts(uow.session, where, period)
            report(1, STEPS)
            keys = dict(zip(ids, facts.record_key, strict=True))
            if cancelled():
                raise Cancelled()
            extra = [
                activity_table(uow.session, where, period, keys),
                exam_table(uow.session, where, period, keys),
            ]
            known = _known_groups(uow.session, where)
        if cancelled():
            raise Cancelled()
        report(2, STEPS)
        exact = aggregate(facts, period, extra, known)
        report(3, STEPS)
        if exact.learners == 0:
            raise EmptyPeriod(period=period.label)
        return exact

    @staticmethod
    def check_k(k: int) -> int:
        return validate_k(k)


_S = TypeVar("_S", bound="Select[*tuple[Any, ...]]")


def _filtered(statement: _S, where: StatisticsFilter) -> _S:
    if where.learning_centre_id is not None:
        statement = statement.where(Learner.learning_centre_id == where.learning_centre_id)
    if where.coach_id is not None:
        statement = statement.where(Learner.coach_id == where.coach_id)
    return statement


CODES = Codes(
    main_line=tuple(stage.value for stage in MAIN_LINE),
    preparation_kinds=tuple(kind.value for kind in PreparationKind),
    genders=tuple(gender.value for gender in Gender),
    prior_educations=tuple(prior.value for prior in PriorEducation),
)
_FLAG: dict[int, bool | None] = {1: True, 0: False, NONE: None}


def read_facts(
    session: Session, where: StatisticsFilter, period: Period
) -> tuple[list[int], FactColumns]:
    """Facts of everyone who started within ``period`` (steps up to its end), as columns,
    with the learners' ids in the same order (used only to count activities and bookings).

    Read as integer columns (storage/statistics_columns.py); row by row when a value has no
    code there (``read_fact_rows``), with the same result.
    """
    columns = read_columns(
        session.connection(),
        period.start,
        period.end,
        CODES,
        where.learning_centre_id,
        where.coach_id,
    )
    if columns is None:
        return read_fact_rows(session, where, period)
    days = _Ymd()
    # Dates only where they are used (behörighet, milestones); terms straight from YYYYMMDD.
    dated = {MAIN_LINE.index(s) for s in (Stage.GRUNDLAGGANDE, Stage.SARSKILD, *MILESTONES)}
    reached_days = [
        list(map(days.__getitem__, column)) if i in dated else []
        for i, column in enumerate(columns.reached)
    ]
    furthest = _with_standing(
        reached_days,
        columns.furthest,
        [flag == 1 for flag in columns.standing_eligible],
        list(map(days.__getitem__, columns.standing_on)),
        period.end,
    )
    kinds: dict[int, str | None] = {NONE: None, **dict(enumerate(CODES.preparation_kinds))}
    facts = FactColumns(
        start=cast(list[date], list(map(days.__getitem__, columns.start))),
        furthest=furthest,
        reached=tuple(
            _terms_of(reached_days[i]) if i in dated else _code_terms(term_codes(column))
            for i, column in enumerate(columns.reached)
        ),
        milestones=tuple(reached_days[MAIN_LINE.index(m)] for m in MILESTONES),
        municipality=[name or UNKNOWN for name in columns.municipality],
        learning_centre=[name or UNKNOWN for name in columns.learning_centre],
        gender=list(map(CODES.genders.__getitem__, columns.gender)),
        birth_year=columns.birth_year,
        foreign_born=list(map(_FLAG.__getitem__, columns.foreign_born)),
        first_generation=list(map(_FLAG.__getitem__, columns.first_generation)),
        prior_education=list(map(CODES.prior_educations.__getitem__, columns.prior_education)),
        preparation_kind=list(map(kinds.__getitem__, columns.preparation_kind)),
        record_key=columns.record_key,
    )
    return columns.ids, facts


def read_fact_rows(
    session: Session, where: StatisticsFilter, period: Period
) -> tuple[list[int], FactColumns]:
    """``read_facts`` row by row (any stored value labelled as it is).

    The database groups the transitions per learner (the first date of each stage and the
    furthest stage); the few distinct dates are parsed and turned into terms once each.
    """
    t = PathwayTransition
    rank = case(
        {stage.value: index for index, stage in enumerate(MAIN_LINE)}, value=t.stage, else_=0
    )
    steps = (
        select(
            t.learner_id.label("learner_id"),
            _raw(func.min(t.on_date)).label("start"),
            func.max(rank).label("furthest"),
            *(
                _raw(func.min(case((t.stage == stage.value, t.on_date)))).label(stage.value)
                for stage in MAIN_LINE
            ),
        )
        .where(t.on_date <= period.end)
        .group_by(t.learner_id)
        .having(func.min(t.on_date) >= period.start)
    )
    if where.learning_centre_id is not None or where.coach_id is not None:
        # Narrow before grouping: one coach's learners are found through the learner indexes.
        steps = _filtered(steps.join(Learner, Learner.id == t.learner_id), where)
    grouped = steps.subquery()
    statement = _filtered(
        select(
            grouped,
            Municipality.name,
            LearningCentre.name,
            Learner.gender,
            Learner.birth_year,
            Learner.foreign_born,
            Learner.first_generation,
            Learner.prior_education,
            Learner.record_key,
            Learner.standing_eligible,
            _raw(Learner.standing_on),
        )
        .join(Learner, Learner.id == grouped.c.learner_id)
        .outerjoin(Municipality, Municipality.code == Learner.home_municipality_code)
        .outerjoin(LearningCentre, LearningCentre.id == Learner.learning_centre_id),
        where,
    )
    preparation = _filtered(
        select(t.learner_id, t.preparation_kind)
        .join(Learner, Learner.id == t.learner_id)
        .where(t.stage == Stage.PREPARATION.value, t.on_date <= period.end)
        .order_by(t.learner_id.desc(), t.on_date.desc(), t.id.desc()),
        where,
    )
    connection = session.connection()
    # Later rows overwrite earlier ones: ordered newest first, the first step wins.
    kinds = connection.execute(preparation)
    first_kind: dict[int, str | None] = dict(
        kinds.cursor.fetchall() if kinds.cursor is not None else []
    )
    kinds.close()
    # Plain DB-API tuples, skipping SQLAlchemy's rows (half the time at 100,000 learners);
    # no value needs processing: dates come as text (see _raw), booleans are fixed below.
    result = connection.execute(statement)
    rows = result.cursor.fetchall() if result.cursor is not None else []
    result.close()
    stages = len(MAIN_LINE)
    columns: list[Sequence[Any]] = (
        list(zip(*rows, strict=True)) if rows else [() for _ in range(3 + stages + 10)]
    )
    ids = list(columns[0])
    days = _Days()
    rest = columns[3 + stages :]
    reached_days = [list(map(days.__getitem__, column)) for column in columns[3 : 3 + stages]]
    furthest = _with_standing(
        reached_days, list(columns[2]), rest[8], list(map(days.__getitem__, rest[9])), period.end
    )
    facts = FactColumns(
        start=list(map(days.__getitem__, columns[1])),
        furthest=furthest,
        reached=tuple(_terms_of(column) for column in reached_days),
        milestones=tuple(reached_days[MAIN_LINE.index(m)] for m in MILESTONES),
        municipality=[name or UNKNOWN for name in rest[0]],
        learning_centre=[name or UNKNOWN for name in rest[1]],
        gender=list(rest[2]),
        birth_year=list(rest[3]),
        foreign_born=[None if v is None else bool(v) for v in rest[4]],
        first_generation=[None if v is None else bool(v) for v in rest[5]],
        prior_education=list(rest[6]),
        preparation_kind=list(map(first_kind.get, ids)),
        record_key=list(rest[7]),
    )
    return ids, facts


def _known_groups(session: Session, where: StatisticsFilter) -> dict[str, list[str]]:
    """Every municipality and lärcentrum any learner (in scope) has, whatever the period: a
    table lists them all, so that a row does not appear only when someone is in it."""
    if where.learning_centre_id is None and where.coach_id is None:
        # EXISTS per municipality or centre: a few hundred index probes, not a scan.
        municipalities = select(Municipality.name).where(
            select(Learner.id).where(Learner.home_municipality_code == Municipality.code).exists()
        )
        centres = select(LearningCentre.name).where(
            select(Learner.id).where(Learner.learning_centre_id == LearningCentre.id).exists()
        )
    else:  # one coach's or centre's learners, found through their index
        municipalities = _filtered(
            select(Municipality.name)
            .join(Learner, Learner.home_municipality_code == Municipality.code)
            .distinct(),
            where,
        )
        centres = _filtered(
            select(LearningCentre.name)
            .join(Learner, Learner.learning_centre_id == LearningCentre.id)
            .distinct(),
            where,
        )
    return {
        "by_municipality": list(session.scalars(municipalities)),
        "by_learning_centre": list(session.scalars(centres)),
    }


_BEHORIGHET = (MAIN_LINE.index(Stage.GRUNDLAGGANDE), MAIN_LINE.index(Stage.SARSKILD))


def _with_standing(
    reached: list[list[date | None]],
    furthest: list[int],
    eligible: Sequence[Any],
    standing_on: Sequence[date | None],
    until: date,
) -> list[int]:
    """Grundläggande and särskild behörighet as ``domain.behorighet.reached_on`` defines
    them (the recorded stage or an eligible standing, whichever first), in place; returns
    the furthest stages raised to särskild behörighet where a standing says so.

    Only learners with an eligible standing can change (a recorded step is never after
    ``until``: the query stops there), so only they are looked at.
    """
    raised = list(furthest)
    floor = _BEHORIGHET[1]
    for i in [i for i, flag in enumerate(eligible) if flag]:
        for stage in _BEHORIGHET:
            reached[stage][i] = reached_on(reached[stage][i], True, standing_on[i], until=until)
        if reached[floor][i] is not None and raised[i] < floor:
            raised[i] = floor
    return raised
