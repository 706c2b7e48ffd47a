"""The statistics' facts read as integer columns (storage/statistics_columns.py) are exactly
the facts read row by row, on SQLite and PostgreSQL, for every filter; a value the columns
have no code for falls back to the row read with the same result."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from sqlalchemy import select, update

from larsam_desktop.domain.statistics.periods import last_ended_period, parse_period
from larsam_desktop.services import statistics
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.statistics import (
    StatisticsFilter,
    read_fact_rows,
    read_facts,
    resolve_period,
)
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage.statistics_columns import read_columns
from larsam_desktop.storage.tables import Coach, Learner, LearningCentre, PathwayTransition

TODAY = date(2026, 11, 28)


def _fill(store: OpenedStore, count: int = 300) -> None:
    clock = lambda: datetime.combine(TODAY, time(12), tzinfo=UTC)  # noqa: E731
    DemoGenerator(store.database, clock=clock).generate(count, seed=11)


def _plain(ids: list[int], facts: Any) -> dict[str, Any]:
    """Every column by learner id (PostgreSQL groups in no particular order)."""
    order = sorted(range(len(ids)), key=ids.__getitem__)

    def by_id(column: Any) -> list[Any]:
        return [column[i] for i in order]

    out: dict[str, Any] = {"ids": by_id(ids)}
    for field in fields(facts):
        value = getattr(facts, field.name)
        out[field.name] = [by_id(c) for c in value] if isinstance(value, tuple) else by_id(value)
    return out


def _both(store: OpenedStore, where: StatisticsFilter) -> tuple[Any, Any, int]:
    period = resolve_period(where.period, TODAY)
    with store.database.unit_of_work(writes=False) as uow:
        fast = read_facts(uow.session, where, period)
        rows = read_fact_rows(uow.session, where, period)
    return fast, rows, len(fast[0])


def _filters(store: OpenedStore) -> list[StatisticsFilter]:
    with store.database.unit_of_work(writes=False) as uow:
        centre = uow.session.scalars(select(LearningCentre.id).order_by(LearningCentre.id)).first()
        coach = uow.session.scalars(select(Coach.id).order_by(Coach.id)).first()
    return [
        StatisticsFilter(),
        StatisticsFilter(period=last_ended_period(TODAY)),
        StatisticsFilter(period=parse_period("2025/26")),
        StatisticsFilter(learning_centre_id=centre),
        StatisticsFilter(coach_id=coach),
        StatisticsFilter(period=parse_period("VT2026"), coach_id=coach),
    ]


def test_the_columns_are_the_rows(store: OpenedStore) -> None:
    _fill(store)
    with store.database.unit_of_work() as uow:  # every kind of missing value, some learners
        ids = uow.session.scalars(select(Learner.id).order_by(Learner.id).limit(9)).all()
        uow.session.execute(
            update(Learner)
            .where(Learner.id.in_(ids[:3]))
            .values(foreign_born=None, first_generation=None, home_municipality_code=None)
        )
        uow.session.execute(
            update(Learner).where(Learner.id.in_(ids[3:6])).values(learning_centre_id=None)
        )
        uow.session.execute(
            update(Learner)
            .where(Learner.id.in_(ids[6:]))
            .values(standing_eligible=True, standing_on=date(2025, 3, 3))
        )
    seen = 0
    for where in _filters(store):
        fast, rows, learners = _both(store, where)
        assert fast[0] == sorted(fast[0])
        assert _plain(*fast) == _plain(*rows), where
        seen += learners
    assert seen > 300  # the filters found learners: the comparison compared something


def test_a_value_without_a_code_is_read_row_by_row(
    store: OpenedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill(store, 60)
    with store.database.unit_of_work() as uow:
        first = uow.session.scalars(
            select(PathwayTransition.id)
            .where(PathwayTransition.stage == "preparation")
            .order_by(PathwayTransition.id)
        ).first()
        uow.session.execute(
            update(PathwayTransition)
            .where(PathwayTransition.id == first)
            .values(preparation_kind="sommarkurs")  # a kind this version does not know
        )
    period = resolve_period(None, TODAY)
    with store.database.unit_of_work(writes=False) as uow:
        assert (
            read_columns(uow.session.connection(), period.start, period.end, statistics.CODES)
            is None
        )
    fast, rows, _ = _both(store, StatisticsFilter())
    assert "sommarkurs" in fast[1].preparation_kind
    assert _plain(*fast) == _plain(*rows)


def test_sparse_learner_ids_need_no_array_as_long_as_the_largest_id() -> None:
    """Ids in the billions (a server's sequence, many imports) are positions, not sizes."""
    from larsam_desktop.storage.statistics_columns import NONE, _grouped

    big = 9_000_000_000
    # learner, stage, YYYYMMDD, step id, kind: two learners, the first with two steps
    rows = [[big, 0, 20250110, 1, NONE], [big, 1, 20250301, 2, 0], [7, 0, 20240905, 3, NONE]]
    # id, centre, gender, birth year, foreign, first gen., prior, key, eligible, on, municip.
    learners = [
        [big, 1, 1, 1990, 0, 1, 2, 17, NONE, NONE, 180],
        [7, NONE, 0, 1985, 1, 0, 3, 5, 1, 20250101, NONE],
    ]
    columns = _grouped(
        [list(column) for column in zip(*rows, strict=True)],
        [list(column) for column in zip(*learners, strict=True)],
        {180: "Stockholm"},
        {1: "Lärcentrum Norr"},
        date(2024, 7, 1),
        8,
    )
    assert columns.ids == [7, big]
    assert columns.start == [20240905, 20250110]
    assert columns.furthest == [0, 1]
    assert columns.preparation_kind == [NONE, 0]
    assert columns.municipality == [None, "Stockholm"]
    assert columns.learning_centre == [None, "Lärcentrum Norr"]
    assert columns.record_key == [5, 17]
