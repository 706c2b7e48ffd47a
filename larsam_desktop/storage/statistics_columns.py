"""The statistics' facts read as integer columns: two aggregate queries, no row objects.

Fetching 80,000 grouped rows of 21 values through the DB-API costs more than the database's
own work (every value becomes a Python object); here each query returns *one* text value,
``group_concat`` (SQLite) or ``string_agg`` (PostgreSQL) of every row's integers written as
16 hexadecimal digits each (64-bit two's complement: ``printf('%016x')`` / ``to_hex``), which
``bytes.fromhex`` and ``array.frombytes`` turn into integers in C, with no separators to
split on. Stages, preparation kinds, genders and prior educations are coded in SQL; dates
travel as ``YYYYMMDD`` integers (their order is the dates' order); ``NULL`` is ``-1``. The
grouping per learner (first date of each stage, furthest stage, the first preparation step)
is one pass over the transitions here.

A value that has no code (a stage name or kind the code does not know) is ``-2``: the
caller then reads the facts the row-by-row way (services/statistics.py), which labels every
value as it is.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import compress, repeat
from operator import and_, floordiv, itemgetter, le, mod, ne
from typing import Any

from sqlalchemy import BigInteger, Integer, case, cast, func, literal_column, select, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from larsam_desktop.storage.tables import Learner, LearningCentre, Municipality, PathwayTransition

Column = list[int]
UNCODED = -2  # a value without a code: read the facts row by row instead
NOT_MAIN = -3  # a stage off the main line (paused, discontinued): only its date counts
NONE = -1
LATE = 99_999_999  # after every YYYYMMDD date: "never"
DIGITS = 16  # hexadecimal digits of one 64-bit integer


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

    ids: Column
    start: Column  # YYYYMMDD of the first step
    furthest: Column  # index in the main line of the furthest recorded stage (0: started)
    reached: tuple[Column, ...]  # per main-line stage: YYYYMMDD first reached, or LATE
    preparation_kind: Column  # code of the first preparation step's kind, NONE without one
    municipality: list[str | None]  # its name, None when unknown
    learning_centre: list[str | None]
    gender: Column
    birth_year: Column
    foreign_born: Column  # 1, 0, or NONE
    first_generation: Column
    prior_education: Column
    record_key: Column
    standing_eligible: Column  # 1, 0, or NONE
    standing_on: Column  # YYYYMMDD, or NONE


def _coded(column: Any, values: Sequence[str], otherwise: int = UNCODED) -> ColumnElement[Any]:
    whens = {value: code for code, value in enumerate(values)}
    return case(whens, value=column, else_=otherwise)


def _day(column: Any, dialect: str) -> ColumnElement[Any]:
    """A date as ``YYYYMMDD`` digits (text; ``printf``/``to_hex`` take it as its number)."""
    if dialect == "postgresql":
        return func.to_char(column, "YYYYMMDD")
    return func.replace(column, "-", "")  # SQLite keeps ISO text


def _packed(parts: Sequence[Any], dialect: str) -> ColumnElement[Any]:
    """Every row's integers as ``DIGITS`` hexadecimal digits each, all rows in one text
    value. No part may be NULL (a NULL would drop the row on PostgreSQL, be 0 on SQLite)."""
    nothing: ColumnElement[Any] = literal_column("''")
    if dialect == "postgresql":
        digits = [func.lpad(func.to_hex(cast(part, BigInteger)), DIGITS, "0") for part in parts]
        joined: ColumnElement[Any] = digits[0]
        for part in digits[1:]:
            joined = joined.op("||")(part)
        return func.string_agg(joined, nothing)
    return func.group_concat(
        func.printf(literal_column(f"'{'%016x' * len(parts)}'"), *parts), nothing
    )


def _numbers(connection: Connection, statement: Any, width: int) -> list[Column]:
    """The ``width`` columns of a ``_packed`` query, each a list of integers."""
    text = connection.execute(statement).scalar()
    if not text:
        return [[] for _ in range(width)]
    if len(text) % (DIGITS * width):
        raise ValueError("the statistics' facts did not read as integers")
    numbers = array("q")
    numbers.frombytes(bytes.fromhex(text))  # ValueError for anything but hex digits
    if sys.byteorder == "little":
        numbers.byteswap()  # the digits are big-endian
    return [numbers[i::width].tolist() for i in range(width)]


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

    if tuple(codes.main_line[1:2]) != ("preparation",):
        raise ValueError("the main line's second stage must be the preparation step")
    stage = case(
        {value: code for code, value in enumerate(codes.main_line)}, value=t.stage, else_=NOT_MAIN
    )
    # The kind only of preparation steps (the only ones whose kind counts), NONE otherwise.
    kind = case(
        (t.stage != codes.main_line[1], NONE),
        (t.preparation_kind.is_(None), NONE),
        else_=_coded(t.preparation_kind, codes.preparation_kinds),
    )
    # The learner, its stage and the kind in one number (two fewer to write as text, the
    # costliest part of the query: ~60 ms of 250 for 268,000 steps), split again below.
    stages = len(codes.main_line) - NOT_MAIN
    kinds = len(codes.preparation_kinds) - UNCODED
    learner_id: Any = cast(t.learner_id, BigInteger) if dialect == "postgresql" else t.learner_id
    step = (learner_id * stages + (stage - NOT_MAIN)) * kinds + (kind - UNCODED)
    steps = select(_packed([step, _day(t.on_date, dialect), t.id], dialect))
    steps = steps.where(t.on_date <= end)
    if learning_centre_id is not None or coach_id is not None:
        steps = scoped(steps.join(Learner, Learner.id == t.learner_id))
    mixed, days, step_ids = _numbers(connection, steps, 3)
    span = stages * kinds
    code = list(map(mod, mixed, repeat(span)))
    step_columns = [
        list(map(floordiv, mixed, repeat(span))),  # learner id
        list(map([c // kinds + NOT_MAIN for c in range(span)].__getitem__, code)),  # stage
        days,
        step_ids,
        list(map([c % kinds + UNCODED for c in range(span)].__getitem__, code)),  # kind
    ]
    known = dict(connection.execute(select(Municipality.code, Municipality.name)).all())
    if not all(code.isdigit() for code in known):
        return None  # a code that could not travel as an integer
    people = scoped(
        select(
            _packed(
                [
                    Learner.id,
                    func.coalesce(Learner.learning_centre_id, NONE),
                    _coded(Learner.gender, codes.genders),
                    Learner.birth_year,
                    _yes_no(Learner.foreign_born, dialect),
                    _yes_no(Learner.first_generation, dialect),
                    _coded(Learner.prior_education, codes.prior_educations),
                    Learner.record_key,
                    _yes_no(Learner.standing_eligible, dialect),
                    func.coalesce(_day(Learner.standing_on, dialect), literal_column(f"'{NONE}'")),
                    func.coalesce(cast(Learner.home_municipality_code, Integer), NONE),
                ],
                dialect,
            )
        )
    )
    learners = _numbers(connection, people, 11)
    if UNCODED in step_columns[4] or UNCODED in learners[2] or UNCODED in learners[6]:
        return None
    names = {int(code): name for code, name in known.items()}
    return _grouped(
        step_columns, learners, names, _centres(connection), start, len(codes.main_line)
    )


def _centres(connection: Connection) -> dict[int, str]:
    return dict(connection.execute(select(LearningCentre.id, LearningCentre.name)).all())


def term_codes(days: Sequence[int]) -> Column:
    """``year * 2 + (1 if autumn else 0)`` of ``YYYYMMDD`` days (domain.statistics.facts
    ``term_from_code``), -1 for ``LATE`` (never); worked out once per distinct day."""
    codes = {
        day: -1 if day == LATE else day // 10_000 * 2 + (day // 100 % 100 > 6) for day in set(days)
    }
    return list(map(codes.__getitem__, days))


def _same(column: Column) -> Column:
    return column


def _grouped(
    steps: Sequence[Column],
    learners: Sequence[Column],
    municipalities: dict[int, str],
    centres: dict[int, str],
    start: date,
    stages: int,
) -> LearnerColumns:
    """``steps``: learner id, stage code, YYYYMMDD, step id, kind code (of a preparation
    step); ``learners``: id, centre, gender, birth year, foreign-born, first generation,
    prior education, record key, eligible, standing on, municipality."""
    # Learners by ascending id, and each step's learner as a position among them (lists as
    # long as the caseload, whatever the ids; a step of a learner not read is left out, as
    # the join of the row read leaves it out).
    ids = learners[0]
    if any(map(int.__gt__, ids, ids[1:])):  # not in order already (SQLite reads by id)
        by_id = itemgetter(*sorted(range(len(ids)), key=ids.__getitem__))
        learners = [list(by_id(column)) for column in learners]  # two or more: unsorted
        ids = learners[0]
    size = len(ids)
    position = dict(zip(ids, range(size), strict=True))
    first_step = [LATE] * size
    furthest = [0] * size
    reached = [[LATE] * size for _ in range(stages)]
    preparation: dict[int, tuple[int, int, int]] = {}  # (day, step id, kind) of the first
    learner, stage_code, days, step_ids, kinds = steps
    for at, stage, day, step_id, kind in zip(
        map(position.get, learner), stage_code, days, step_ids, kinds, strict=True
    ):
        if at is None:
            continue
        if day < first_step[at]:
            first_step[at] = day
        if stage < 0:
            continue  # off the main line: only its date counts
        if stage > furthest[at]:
            furthest[at] = stage
        column = reached[stage]
        if day < column[at]:
            column[at] = day
        if stage == 1:  # MAIN_LINE[1], checked by read_columns
            step = (day, step_id, kind)
            first = preparation.get(at)
            if first is None or step < first:
                preparation[at] = step
    first_kind = [NONE] * size
    for at, (_, _, kind) in preparation.items():
        first_kind[at] = kind
    begin = start.year * 10_000 + start.month * 100 + start.day
    chosen = list(map(and_, map(le, repeat(begin), first_step), map(ne, first_step, repeat(LATE))))
    if all(chosen):
        picked: Callable[[Column], Column] = _same  # everyone (the lists are this call's own)
    else:
        picked = lambda column: list(compress(column, chosen))  # noqa: E731 (at C speed)
    mine = [picked(column) for column in learners]
    return LearnerColumns(
        ids=mine[0],
        start=picked(first_step),
        furthest=picked(furthest),
        reached=tuple(map(picked, reached)),
        preparation_kind=picked(first_kind),
        municipality=list(map(municipalities.get, mine[10])),
        learning_centre=list(map(centres.get, mine[1])),
        gender=mine[2],
        birth_year=mine[3],
        foreign_born=mine[4],
        first_generation=mine[5],
        prior_education=mine[6],
        record_key=mine[7],
        standing_eligible=mine[8],
        standing_on=mine[9],
    )
