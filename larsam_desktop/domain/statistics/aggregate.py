"""From per-learner facts to exact count and time tables (nothing suppressed yet)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import compress, repeat
from operator import add, attrgetter, eq, is_not
from typing import Any

from larsam_desktop.domain.statistics.cellkey import KEY_RANGE
from larsam_desktop.domain.statistics.facts import (
    AGE_BANDS,
    MAIN_LINE,
    MILESTONES,
    STAGE_LABELS,
    FactColumns,
    LearnerFacts,
    age_band,
    term_from_code,
    term_of,
    term_sort_key,
)
from larsam_desktop.domain.statistics.tables import CountTable, TimeTable, quartiles

POPULATION = "learners"
FURTHEST = "Furthest stage"
STAGE_COLUMNS = tuple(STAGE_LABELS[s] for s in MAIN_LINE)
DAYS_PER_MONTH = 30.4375
# "From the beginning": a fixed day, so that exports made without --from still merge.
BEGINNING = date(1990, 1, 1)

# "Other" and "not stated" are few: one group keeps the men's row from being hidden with them.
_GENDER = {
    "woman": "Women",
    "man": "Men",
    "other": "Other or not stated",
    "not_stated": "Other or not stated",
}
_PRIOR = {
    "grundskola": "No complete upper secondary",
    "upper_secondary_2": "2-year upper secondary",
    "upper_secondary_3": "3-year upper secondary",
    "folkhogskola": "Folkhögskola",
    "foreign": "Education abroad",
    "unknown": "Unknown",
}
_PREPARATION = {
    "introduktionskurs": "Introduktionskurs",
    "hogskoleforberedande_kurs": "Högskoleförberedande kurs",
    "basar": "Basår / förutbildning",
    "hogskoleprov": "Högskoleprov preparation",
}

_PREPARATION_OR_NONE: dict[Any, str] = {**_PREPARATION, None: "None"}


class _Names(dict[Any, str]):
    """A value's label; a value without one is its own text."""

    def __missing__(self, value: Any) -> str:
        return str(value)


def _labels(column: Sequence[Any], names: Mapping[Any, str]) -> list[str]:
    return list(map(_Names(names).__getitem__, column))  # map at C speed


_YES_NO: dict[Any, str] = {True: "Yes", False: "No", None: "Unknown"}


def _per_distinct(function: Callable[[Any], str], column: Sequence[Any]) -> list[str]:
    """``function`` of every value, worked out once per distinct value (a few thousand
    dates among 100,000 learners), then looked up at C speed."""
    known = {value: function(value) for value in set(column)}
    return list(map(known.__getitem__, column))


def _age_bands(starts: Sequence[date], birth_years: Sequence[int]) -> list[str]:
    years = list(map(attrgetter("year"), starts))
    bands = {
        (year, born): age_band(date(year, 1, 1), born)
        for year, born in set(zip(years, birth_years, strict=True))
    }
    return list(map(bands.__getitem__, zip(years, birth_years, strict=True)))


@dataclass(frozen=True, slots=True)
class Breakdown:
    """A grouping of learners: its table name, heading, and every learner's group."""

    name: str
    dimension: str
    groups: Callable[[FactColumns], list[str]]
    order: tuple[str, ...] = ()  # groups in this order first, the rest sorted


BREAKDOWNS: tuple[Breakdown, ...] = (
    Breakdown("by_municipality", "Municipality", lambda f: list(f.municipality)),
    Breakdown("by_learning_centre", "Lärcentrum", lambda f: list(f.learning_centre)),
    Breakdown(
        "by_gender",
        "Gender",
        lambda f: _labels(f.gender, _GENDER),
        tuple(dict.fromkeys(_GENDER.values())),
    ),
    Breakdown(
        "by_age_band",
        "Age at start",
        lambda f: _age_bands(f.start, f.birth_year),
        AGE_BANDS,
    ),
    Breakdown(
        "by_foreign_born",
        "Foreign-born",
        lambda f: _labels(f.foreign_born, _YES_NO),
        ("Yes", "No", "Unknown"),
    ),
    Breakdown(
        "by_first_generation",
        "First generation in higher education",
        lambda f: _labels(f.first_generation, _YES_NO),
        ("Yes", "No", "Unknown"),
    ),
    Breakdown(
        "by_prior_education",
        "Prior education",
        lambda f: _labels(f.prior_education, _PRIOR),
        tuple(_PRIOR.values()),
    ),
    Breakdown(
        "by_preparation_kind",
        "Preparation step",
        lambda f: _labels(f.preparation_kind, _PREPARATION_OR_NONE),
        (*_PREPARATION.values(), "None"),
    ),
)


# Groups whose time to a milestone the report shows: everyone, then groups of a breakdown
# (the target groups first), as (row label, breakdown name or "", group in that breakdown).
TIME_GROUPS: tuple[tuple[str, str, str], ...] = (
    ("All learners", "", ""),
    ("Foreign-born", "by_foreign_born", "Yes"),
    ("First generation", "by_first_generation", "Yes"),
    ("2-year upper secondary", "by_prior_education", _PRIOR["upper_secondary_2"]),
    ("No complete upper secondary", "by_prior_education", _PRIOR["grundskola"]),
    ("Women", "by_gender", _GENDER["woman"]),
    ("Men", "by_gender", _GENDER["man"]),
    *((f"Age {band}", "by_age_band", band) for band in AGE_BANDS),
)


@dataclass(frozen=True, slots=True)
class Period:
    """Learners who started on the path between ``start`` and ``end`` (both included)."""

    start: date
    end: date
    name: str = ""  # the fixed period as written (periods.StatsPeriod.name)

    @property
    def label(self) -> str:
        return self.name or f"{term_of(self.start)}–{term_of(self.end)}"


@dataclass(frozen=True, slots=True)
class ExactStatistics:
    """Every table of the report with exact values, before disclosure control."""

    period: Period
    learners: int
    tables: tuple[CountTable, ...]
    times: TimeTable

    def table(self, name: str) -> CountTable:
        return next(t for t in self.tables if t.name == name)


def _ordered(groups: Iterable[str], order: Sequence[str], known: Sequence[str] = ()) -> list[str]:
    """Every group of a fixed breakdown (``order``) and every ``known`` one, present or not
    (a row that appears only when someone is in it would tell that someone is), then the
    rest sorted."""
    present = set(groups) | set(known)
    first = list(dict.fromkeys(order))
    return first + sorted(present - set(first))


def counts_and_keys(
    groups: Sequence[Any], stage_keys: Sequence[int]
) -> tuple[Counter[tuple[Any, int]], dict[tuple[Any, int], int]]:
    """Learners and the sum of their record keys per (group, stage), from each learner's
    group and ``stage * KEY_RANGE + record key`` (``stage_and_key``)."""
    stages = [value // KEY_RANGE for value in stage_keys]
    weights = [ONE + value % KEY_RANGE for value in stage_keys]
    return _counted(groups, stages, weights, max(stages) + 1 if stages else 1)


# A learner's weight in a cell: one learner (ONE) plus its record key (below KEY_RANGE); a
# cell's sum of weights is its count times ONE plus its key sum, exact while a key sum stays
# below ONE (4 billion learners of key 255).
ONE = 1 << 40


def _counted(
    groups: Sequence[Any], stages: Sequence[int], weights: Sequence[int], width: int
) -> tuple[Counter[tuple[Any, int]], dict[tuple[Any, int], int]]:
    """``counts_and_keys`` of each learner's group, stage (below ``width``) and weight.

    Each group gets a small integer code, each learner the cell ``code * width + stage``;
    one pass adds every learner's weight to its cell (~8 ms for 100,000 learners under
    load; numpy's two ``bincount`` calls were ~6 ms: docs/performance.md), and only the
    cells with anyone in them are turned back into (group, stage).
    """
    distinct = list(dict.fromkeys(groups))
    index = {group: code * width for code, group in enumerate(distinct)}
    totals = [0] * (len(distinct) * width)
    cells = map(index.__getitem__, groups)
    if width > 1:
        cells = map(add, cells, stages)
    for cell, weight in zip(cells, weights, strict=True):
        totals[cell] += weight
    counts: Counter[tuple[Any, int]] = Counter()
    sums: dict[tuple[Any, int], int] = {}
    for cell in compress(range(len(totals)), totals):
        name = (distinct[cell // width], cell % width)
        counts[name], sums[name] = divmod(totals[cell], ONE)
    return counts, sums


def stage_and_key(stages: Sequence[int], record_keys: Sequence[int]) -> list[int]:
    return [stage * KEY_RANGE + key for stage, key in zip(stages, record_keys, strict=True)]


def furthest_stage_table(
    counts: Counter[tuple[str, int]],
    name: str,
    dimension: str,
    groups: Sequence[str],
    title: str,
    keys: Mapping[tuple[str, int], int] | None = None,
) -> CountTable:
    return CountTable.from_cells(
        name=name,
        title=title,
        population=POPULATION,
        row_dimension=dimension,
        column_dimension=FURTHEST,
        rows=groups,
        columns=STAGE_COLUMNS,
        cells=[[counts[(g, s)] for s in range(len(MAIN_LINE))] for g in groups],
        keys=None
        if keys is None
        else [[keys.get((g, s), 0) for s in range(len(MAIN_LINE))] for g in groups],
    )


MAX_LISTED_TERMS = 12


def _term_rows(terms: Iterable[str], period: Period) -> list[str]:
    """Every term of the period, learners or not (a row that appears only when someone
    started then would tell that someone did); for a period of more than
    ``MAX_LISTED_TERMS`` terms, every term from the first one with anyone in it."""
    present = sorted(set(terms), key=term_sort_key)
    first, last = _term_code(period.start), _term_code(period.end)
    if present and last - first + 1 > MAX_LISTED_TERMS:
        first = _code(present[0])
    listed = [term_from_code(code) for code in range(first, last + 1)]
    return sorted(set(listed) | set(present), key=term_sort_key)


def _term_code(on: date) -> int:
    return on.year * 2 + (1 if on.month > 6 else 0)


def _code(term: str) -> int:
    year, autumn = term_sort_key(term)
    return year * 2 + autumn


def aggregate(
    facts: FactColumns | Sequence[LearnerFacts],
    period: Period,
    extra: Sequence[CountTable] = (),
    known_groups: Mapping[str, Sequence[str]] | None = None,
) -> ExactStatistics:
    """All tables for the learners who started within ``period``.

    Works column by column (``Counter`` over zipped columns), which is what keeps 100,000
    learners well under a second.
    """
    columns = facts if isinstance(facts, FactColumns) else FactColumns.from_facts(facts)
    keep = [period.start <= on <= period.end for on in columns.start]
    if not all(keep):
        columns = columns.select(keep)
    terms = _per_distinct(term_of, columns.start)
    record_keys = list(columns.record_key)
    furthest = list(columns.furthest)
    if furthest and not 0 <= min(furthest) <= max(furthest) < len(MAIN_LINE):
        raise ValueError("a furthest stage outside the main line")
    stages = len(MAIN_LINE)
    weights = [ONE + key for key in record_keys]
    cohorts, cohort_keys = _counted(terms, furthest, weights, stages)
    reached: Counter[tuple[str, int]] = Counter()
    reached_keys: dict[tuple[str, int], int] = {}
    for stage, column in enumerate(columns.reached):
        there = list(map(is_not, column, repeat(None)))  # only those who got there count
        stage_counts, stage_keys = _counted(
            list(compress(column, there)), (), list(compress(weights, there)), 1
        )
        for (term, _), learners in stage_counts.items():
            reached[(term, stage)] = learners
            reached_keys[(term, stage)] = stage_keys[(term, 0)]
    tables = [
        furthest_stage_table(
            cohorts,
            "furthest_stage_by_cohort",
            "Start term",
            _term_rows(terms, period),
            "Learners by start term (cohort) and furthest stage reached",
            cohort_keys,
        ),
        _reached_table(reached, reached_keys, period),
    ]
    labels: dict[str, list[str]] = {}
    for breakdown in BREAKDOWNS:
        groups = labels[breakdown.name] = breakdown.groups(columns)
        counts, keys = _counted(groups, furthest, weights, stages)
        tables.append(
            furthest_stage_table(
                counts,
                f"furthest_stage_{breakdown.name}",
                breakdown.dimension,
                _ordered(groups, breakdown.order, (known_groups or {}).get(breakdown.name, ())),
                f"Learners by {breakdown.dimension.lower()} and furthest stage",
                keys,
            )
        )
    tables.extend(extra)
    return ExactStatistics(
        period, len(columns), tuple(tables), _time_table(_months(columns, labels))
    )


def _months(columns: FactColumns, labels: dict[str, list[str]]) -> list[list[list[float]]]:
    """Per time group and milestone, the months from the start of each learner who got there."""
    result: list[list[list[float]]] = [[[] for _ in MILESTONES] for _ in TIME_GROUPS]
    starts = columns.start
    for m, column in enumerate(columns.milestones):
        # Only the learners who got there (a minority): their positions first, at C speed.
        reached = list(compress(range(len(column)), map(is_not, column, repeat(None))))
        pairs = zip(map(column.__getitem__, reached), map(starts.__getitem__, reached), strict=True)
        everyone = [(end - begin).days / DAYS_PER_MONTH for end, begin in pairs]  # type: ignore[operator]
        at: dict[str, list[str]] = {}  # each breakdown's group of those learners
        for row, (_, breakdown, group) in enumerate(TIME_GROUPS):
            if not breakdown:
                result[row][m] = everyone
                continue
            if breakdown not in at:
                at[breakdown] = list(map(labels[breakdown].__getitem__, reached))
            result[row][m] = list(compress(everyone, map(eq, at[breakdown], repeat(group))))
    return result


def _reached_table(
    counts: Counter[tuple[str, int]], keys: Mapping[tuple[str, int], int], period: Period
) -> CountTable:
    """Learners reaching each stage for the first time, by the term they reached it."""
    terms = _term_rows((term for term, _ in counts), period)
    return CountTable.from_cells(
        name="stage_reached_by_term",
        title="Learners reaching a stage, by the term it was reached (row totals count steps)",
        population="stage_reached",
        row_dimension="Term",
        column_dimension="Stage reached",
        rows=terms,
        columns=STAGE_COLUMNS,
        cells=[[counts[(term, s)] for s in range(len(MAIN_LINE))] for term in terms],
        keys=[[keys.get((term, s), 0) for s in range(len(MAIN_LINE))] for term in terms],
    )


def _time_table(months: list[list[list[float]]]) -> TimeTable:
    """Months from the start to each milestone, per group: quartiles and group sizes."""
    return TimeTable(
        name="months_to_milestone",
        title="Months from the start to a milestone: lower quartile, median, upper quartile",
        row_dimension="Group",
        rows=tuple(name for name, _, _ in TIME_GROUPS),
        milestones=tuple(STAGE_LABELS[m] for m in MILESTONES),
        quartiles=tuple(
            tuple(quartiles(values) if values else None for values in row) for row in months
        ),
        sizes=tuple(tuple(len(values) for values in row) for row in months),
    )
