"""The statistics' facts read as integer columns: two aggregate queries, no row objects.

Fetching 80,000 grouped rows of 21 values through the DB-API costs more than the database's
own work (every value becomes a Python object); here each query returns *one* text value,
``group_concat`` (SQLite) or ``string_agg`` (PostgreSQL) of small integers, which numpy
parses in C (``numpy.fromstring``). Stages, preparation kinds, genders and prior educations
are coded in SQL; dates travel as ``YYYYMMDD`` integers (their order is the dates' order);
``NULL`` is ``-1``. The grouping per learner (first date of each stage, furthest stage, the
first preparation step) is done here with ``numpy.minimum.at`` and friends.

A value that has no code (a stage name or kind the code does not know) is ``-2``: the
caller then reads the facts the row-by-row way (services/statistics.py), which labels every
value as it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import BigInteger, Integer, case, cast, func, literal_column, select, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from larsam_desktop.storage.tables import Learner, LearningCentre, Municipality, PathwayTransition

Array = NDArray[np.int64]
UNCODED = -2  # a value without a code: read the facts row by row instead
NOT_MAIN = -3  # a stage off the main line (paused, discontinued): only its date counts
NONE = -1
LATE = 99_999_999  # after every YYYYMMDD date: "never"


@dataclass(frozen=True, slots=True)
class Codes:
    """The text values coded as small integers (index in each tuple)."""

    main_line: Sequence[str]
    preparation_kinds: Sequence[str]
    genders: Sequence[str]
    prior_educations: Sequence[str]


@dataclass(frozen=True, slots=True)
class LearnerColumns:
    """One entry per learner who started within the period, by ascending learner id."""

    ids: Array
    start: Array  # YYYYMMDD of the first step
    furthest: Array  # index in the main line of the furthest recorded stage (0: started)
    reached: tuple[Array, ...]  # per main-line stage: YYYYMMDD first reached, or LATE
    preparation_kind: Array  # code of the first preparation step's kind, NONE without one
    municipality: list[str | None]  # its name, None when unknown
    learning_centre: list[str | None]
    gender: Array
    birth_year: Array
    foreign_born: Array  # 1, 0, or NONE
    first_generation: Array
    prior_education: Array
    record_key: Array
    standing_eligible: Array  # 1, 0, or NONE
    standing_on: Array  # YYYYMMDD, or NONE


def _coded(column: Any, values: Sequence[str], otherwise: int = UNCODED) -> ColumnElement[Any]:
    whens = {value: code for code, value in enumerate(values)}
    return case(whens, value=column, else_=otherwise)


def _day(column: Any, dialect: str) -> ColumnElement[Any]:
    """A date as ``YYYYMMDD`` digits (text: it is only ever joined into text)."""
    if dialect == "postgresql":
        return func.to_char(column, "YYYYMMDD")
    return func.replace(column, "-", "")  # SQLite keeps ISO text


def _packed(parts: Sequence[Any], dialect: str) -> ColumnElement[Any]:
    """Every row's integers joined by commas, all rows in one text value (``||`` turns
    numbers into text on both databases, cheaper than a CAST each)."""
    comma: ColumnElement[Any] = literal_column("','")
    joined: ColumnElement[Any] = parts[0]
    for part in parts[1:]:
        # || binds tighter than + in SQLite: a high precedence puts a sum in parentheses.
        joined = joined.op("||", precedence=100)(comma).op("||", precedence=100)(part)
    if dialect == "postgresql":
        return func.string_agg(joined, comma)
    return func.group_concat(joined, comma)


def _numbers(connection: Connection, statement: Any, width: int) -> Array:
    text = connection.execute(statement).scalar()
    if not text:
        return np.zeros((0, width), dtype=np.int64)
    numbers = np.fromstring(text, dtype=np.int64, sep=",")
    if len(numbers) != text.count(",") + 1 or len(numbers) % width:
        raise ValueError("the statistics' facts did not read as integers")
    return numbers.reshape(-1, width)


def _mixed(parts: Sequence[tuple[Any, int, int]]) -> ColumnElement[Any]:
    """Small codes in one integer, each ``(expression, lowest value, how many values)``:
    fewer numbers to turn into text (the most costly part of the queries)."""
    mixed: ColumnElement[Any] = parts[0][0] - parts[0][1]
    for expression, low, span in parts[1:]:
        mixed = mixed * span + (expression - low)
    return mixed


def _unmixed(mixed: Array, parts: Sequence[tuple[int, int]]) -> list[Array]:
    """``_mixed`` undone: one array per ``(lowest value, how many values)``."""
    columns = []
    for low, span in reversed(parts[1:]):
        mixed, code = np.divmod(mixed, span)
        columns.append(code + low)
    columns.append(mixed + parts[0][0])
    return columns[::-1]


def _yes_no(column: Any, dialect: str) -> ColumnElement[Any]:
    """1, 0 or NONE; SQLite stores booleans as 1 and 0 already."""
    number = cast(column, Integer) if dialect == "postgresql" else type_coerce(column, Integer)
    return func.coalesce(number, NONE)


def read_columns(
    connection: Connection,
    start: date,
    end: date,
    codes: Codes,
    learning_centre_id: int | None = None,
    coach_id: int | None = None,
) -> LearnerColumns | None:
    """The learners whose first step is within ``start``–``end`` (steps up to ``end``), or
    None when a value has no code (the caller reads row by row)."""
    dialect = connection.dialect.name
    t = PathwayTransition

    def scoped(statement: Any) -> Any:
        if learning_centre_id is not None:
            statement = statement.where(Learner.learning_centre_id == learning_centre_id)
        if coach_id is not None:
            statement = statement.where(Learner.coach_id == coach_id)
        return statement

    stage = case(
        {value: code for code, value in enumerate(codes.main_line)}, value=t.stage, else_=NOT_MAIN
    )
    kind = case(
        (t.preparation_kind.is_(None), NONE),
        else_=_coded(t.preparation_kind, codes.preparation_kinds),
    )
    stage_parts = (
        (NOT_MAIN, len(codes.main_line) - NOT_MAIN),
        (UNCODED, len(codes.preparation_kinds) - UNCODED),
    )
    learner_id: Any = cast(t.learner_id, BigInteger) if dialect == "postgresql" else t.learner_id
    step = _mixed([(learner_id, 0, 0), (stage, *stage_parts[0]), (kind, *stage_parts[1])])
    steps = select(_packed([step, _day(t.on_date, dialect), t.id], dialect))
    steps = steps.where(t.on_date <= end)
    if learning_centre_id is not None or coach_id is not None:
        steps = scoped(steps.join(Learner, Learner.id == t.learner_id))
    packed = _numbers(connection, steps, 3)
    learner, stage_code, kind_code = _unmixed(packed[:, 0], ((0, 0), *stage_parts))
    rows = np.column_stack((learner, stage_code, packed[:, 1], packed[:, 2], kind_code))
    if tuple(codes.main_line[1:2]) != ("preparation",):
        raise ValueError("the main line's second stage must be the preparation step")
    known = dict(connection.execute(select(Municipality.code, Municipality.name)).all())
    if not all(code.isdigit() for code in known):
        return None  # a code that could not travel as an integer
    person_parts = (
        (UNCODED, len(codes.genders) - UNCODED),
        (UNCODED, len(codes.prior_educations) - UNCODED),
        (NONE, 3),
        (NONE, 3),
        (NONE, 3),
    )
    flags = _mixed(
        [
            (_coded(Learner.gender, codes.genders), *person_parts[0]),
            (_coded(Learner.prior_education, codes.prior_educations), *person_parts[1]),
            (_yes_no(Learner.foreign_born, dialect), *person_parts[2]),
            (_yes_no(Learner.first_generation, dialect), *person_parts[3]),
            (_yes_no(Learner.standing_eligible, dialect), *person_parts[4]),
        ]
    )
    people = scoped(
        select(
            _packed(
                [
                    Learner.id,
                    func.coalesce(Learner.learning_centre_id, NONE),
                    flags,
                    Learner.birth_year,
                    Learner.record_key,
                    func.coalesce(_day(Learner.standing_on, dialect), literal_column(f"'{NONE}'")),
                    func.coalesce(cast(Learner.home_municipality_code, Integer), NONE),
                ],
                dialect,
            )
        )
    )
    packed = _numbers(connection, people, 7)
    gender, prior, foreign, first_generation, eligible = _unmixed(packed[:, 2], person_parts)
    learners = np.column_stack(
        (
            packed[:, 0],  # id
            packed[:, 1],  # lärcentrum
            gender,
            packed[:, 3],  # birth year
            foreign,
            first_generation,
            prior,
            packed[:, 4],  # record key
            eligible,
            packed[:, 5],  # standing on
            packed[:, 6],  # municipality
        )
    )
    kinds = rows[rows[:, 1] == codes.main_line.index("preparation"), 4]
    if (kinds == UNCODED).any() or (learners[:, [2, 6]] == UNCODED).any():
        return None
    names = {int(code): name for code, name in known.items()}
    return _grouped(rows, learners, names, _centres(connection), start, len(codes.main_line))


def _centres(connection: Connection) -> dict[int, str]:
    return dict(connection.execute(select(LearningCentre.id, LearningCentre.name)).all())


def term_codes(days: Array) -> Array:
    """``year * 2 + (1 if autumn else 0)`` of ``YYYYMMDD`` days (domain.statistics.facts
    ``term_from_code``), -1 for ``LATE`` (never)."""
    autumn = (days // 100 % 100 > 6).astype(np.int64)
    return np.where(days == LATE, -1, days // 10_000 * 2 + autumn)


def _first_by_learner(size: int, learner: Array, value: Array) -> Array:
    first = np.full(size, LATE, dtype=np.int64)
    np.minimum.at(first, learner, value)
    return first


def _grouped(
    rows: Array,
    learners: Array,
    municipalities: dict[int, str],
    centres: dict[int, str],
    start: date,
    stages: int,
) -> LearnerColumns:
    # Learners by ascending id, and each step's learner as a position among them (arrays as
    # long as the caseload, whatever the ids; a step of a learner not read is left out,
    # as the join of the row read leaves it out).
    learners = learners[np.argsort(learners[:, 0], kind="stable")]
    known = learners[:, 0]
    slot = np.minimum(np.searchsorted(known, rows[:, 0]), max(len(known) - 1, 0))
    present = known[slot] == rows[:, 0] if len(known) else np.zeros(len(rows), dtype=bool)
    rows, slot = rows[present], slot[present]
    _, stage, day, step_id, kind = rows.T
    learner = slot
    size = len(known)
    first_step = _first_by_learner(size, learner, day)
    begin = start.year * 10_000 + start.month * 100 + start.day
    ids = np.flatnonzero((first_step != LATE) & (first_step >= begin))
    reached = []
    for code in range(stages):
        mine = stage == code
        reached.append(_first_by_learner(size, learner[mine], day[mine])[ids])
    furthest = np.zeros(size, dtype=np.int64)
    np.maximum.at(furthest, learner, np.where(stage >= 0, stage, 0))
    # The first preparation step's kind: sorted by learner, date and id, the first of each.
    preparation = stage == 1  # MAIN_LINE[1], checked by read_columns
    order = np.lexsort((step_id[preparation], day[preparation], learner[preparation]))
    who, at = np.unique(learner[preparation][order], return_index=True)
    kinds = np.full(size, NONE, dtype=np.int64)
    kinds[who] = kind[preparation][order][at]
    mine = learners[ids]
    return LearnerColumns(
        ids=known[ids],
        start=first_step[ids],
        furthest=furthest[ids],
        reached=tuple(reached),
        preparation_kind=kinds[ids],
        municipality=[municipalities.get(i) for i in mine[:, 10].tolist()],
        learning_centre=[centres.get(i) for i in mine[:, 1].tolist()],
        gender=mine[:, 2],
        birth_year=mine[:, 3],
        foreign_born=mine[:, 4],
        first_generation=mine[:, 5],
        prior_education=mine[:, 6],
        record_key=mine[:, 7],
        standing_eligible=mine[:, 8],
        standing_on=mine[:, 9],
    )
