"""From per-learner facts to exact count and time tables (nothing suppressed yet)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from larsam_desktop.domain.statistics.facts import (
    AGE_BANDS,
    MAIN_LINE,
    MILESTONES,
    STAGE_LABELS,
    LearnerFacts,
    age_band,
    term_of,
    term_sort_key,
)
from larsam_desktop.domain.statistics.tables import CountTable, Quartiles, TimeTable, quartiles

POPULATION = "learners"
FURTHEST = "Furthest stage"
STAGE_COLUMNS = tuple(STAGE_LABELS[s] for s in MAIN_LINE)
DAYS_PER_MONTH = 30.4375

_GENDER = {"woman": "Women", "man": "Men", "other": "Other", "not_stated": "Not stated"}
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


def _yes_no(value: bool | None) -> str:
    return "Unknown" if value is None else "Yes" if value else "No"


@dataclass(frozen=True, slots=True)
class Breakdown:
    """A grouping of learners: its table name, heading, and the group of one learner."""

    name: str
    dimension: str
    group: Callable[[LearnerFacts], str]
    order: tuple[str, ...] = ()  # groups in this order first, the rest sorted


BREAKDOWNS: tuple[Breakdown, ...] = (
    Breakdown("by_municipality", "Municipality", lambda f: f.municipality),
    Breakdown("by_learning_centre", "Lärcentrum", lambda f: f.learning_centre),
    Breakdown(
        "by_gender", "Gender", lambda f: _GENDER.get(f.gender, f.gender), tuple(_GENDER.values())
    ),
    Breakdown("by_age_band", "Age at start", lambda f: age_band(f.start, f.birth_year), AGE_BANDS),
    Breakdown(
        "by_foreign_born",
        "Foreign-born",
        lambda f: _yes_no(f.foreign_born),
        ("Yes", "No", "Unknown"),
    ),
    Breakdown(
        "by_first_generation",
        "First generation in higher education",
        lambda f: _yes_no(f.first_generation),
        ("Yes", "No", "Unknown"),
    ),
    Breakdown(
        "by_prior_education",
        "Prior education",
        lambda f: _PRIOR.get(f.prior_education, f.prior_education),
        tuple(_PRIOR.values()),
    ),
    Breakdown(
        "by_preparation_kind",
        "Preparation step",
        lambda f: _PREPARATION.get(f.preparation_kind or "", "None"),
        (*_PREPARATION.values(), "None"),
    ),
)
# Groups whose time to eligibility the report shows beside everyone (the target groups).
TIME_GROUPS: tuple[tuple[str, Callable[[LearnerFacts], bool]], ...] = (
    ("All learners", lambda f: True),
    ("Foreign-born", lambda f: f.foreign_born is True),
    ("First generation", lambda f: f.first_generation is True),
    ("2-year upper secondary", lambda f: f.prior_education == "upper_secondary_2"),
    ("No complete upper secondary", lambda f: f.prior_education == "grundskola"),
    ("Women", lambda f: f.gender == "woman"),
    ("Men", lambda f: f.gender == "man"),
    *(
        (f"Age {band}", (lambda f, b=band: age_band(f.start, f.birth_year) == b))
        for band in AGE_BANDS
    ),
)


@dataclass(frozen=True, slots=True)
class Period:
    """Learners who started on the path between ``start`` and ``end`` (both included)."""

    start: date
    end: date

    @property
    def label(self) -> str:
        return f"{term_of(self.start)}–{term_of(self.end)}"


@dataclass(frozen=True, slots=True)
class ExactStatistics:
    """Every table of the report with exact values, before disclosure control."""

    period: Period
    learners: int
    tables: tuple[CountTable, ...]
    times: TimeTable


def _ordered(groups: Iterable[str], order: Sequence[str]) -> list[str]:
    present = set(groups)
    first = [g for g in order if g in present]
    return first + sorted(present - set(first))


def furthest_stage_table(
    facts: Sequence[LearnerFacts],
    name: str,
    dimension: str,
    groups: Sequence[str],
    group_of: Callable[[LearnerFacts], str],
    title: str,
) -> CountTable:
    index = {g: i for i, g in enumerate(groups)}
    cells = [[0] * len(MAIN_LINE) for _ in groups]
    for fact in facts:
        cells[index[group_of(fact)]][fact.furthest] += 1
    return CountTable.from_cells(
        name=name,
        title=title,
        population=POPULATION,
        row_dimension=dimension,
        column_dimension=FURTHEST,
        rows=groups,
        columns=STAGE_COLUMNS,
        cells=cells,
    )


def cohort_table(facts: Sequence[LearnerFacts]) -> CountTable:
    terms = sorted({term_of(f.start) for f in facts}, key=term_sort_key)
    return furthest_stage_table(
        facts,
        "furthest_stage_by_cohort",
        "Start term",
        terms,
        lambda f: term_of(f.start),
        "Learners by start term (cohort) and furthest stage reached",
    )


def stage_reached_by_term(facts: Sequence[LearnerFacts], period: Period) -> CountTable:
    """Learners reaching each stage for the first time, by the term they reached it."""
    counts: Counter[tuple[str, int]] = Counter()
    for fact in facts:
        for stage, on in enumerate(fact.reached):
            if on is not None and on <= period.end:
                counts[(term_of(on), stage)] += 1
    terms = sorted({term for term, _ in counts}, key=term_sort_key)
    cells = [[counts[(term, s)] for s in range(len(MAIN_LINE))] for term in terms]
    return CountTable.from_cells(
        name="stage_reached_by_term",
        title="Learners reaching a stage, by the term it was reached (row totals count steps)",
        population="stage_reached",
        row_dimension="Term",
        column_dimension="Stage reached",
        rows=terms,
        columns=STAGE_COLUMNS,
        cells=cells,
    )


def time_table(facts: Sequence[LearnerFacts]) -> TimeTable:
    """Months from the start to each milestone, per target group."""
    positions = [MAIN_LINE.index(m) for m in MILESTONES]
    rows: list[tuple[Quartiles | None, ...]] = []
    sizes: list[tuple[int, ...]] = []
    for _, member in TIME_GROUPS:
        group_row: list[Quartiles | None] = []
        size_row: list[int] = []
        for position in positions:
            months = [
                (on - f.start).days / DAYS_PER_MONTH
                for f in facts
                if member(f) and (on := f.reached[position]) is not None
            ]
            size_row.append(len(months))
            group_row.append(quartiles(months) if months else None)
        rows.append(tuple(group_row))
        sizes.append(tuple(size_row))
    return TimeTable(
        name="months_to_milestone",
        title="Months from the start to a milestone: lower quartile, median, upper quartile",
        row_dimension="Group",
        rows=tuple(name for name, _ in TIME_GROUPS),
        milestones=tuple(STAGE_LABELS[m] for m in MILESTONES),
        quartiles=tuple(rows),
        sizes=tuple(sizes),
    )


def aggregate(
    facts: Sequence[LearnerFacts], period: Period, extra: Sequence[CountTable] = ()
) -> ExactStatistics:
    """All tables for the learners who started within ``period``."""
    chosen = [f for f in facts if period.start <= f.start <= period.end]
    tables = [cohort_table(chosen), stage_reached_by_term(chosen, period)]
    for breakdown in BREAKDOWNS:
        groups = _ordered({breakdown.group(f) for f in chosen}, breakdown.order)
        tables.append(
            furthest_stage_table(
                chosen,
                f"furthest_stage_{breakdown.name}",
                breakdown.dimension,
                groups,
                breakdown.group,
                f"Learners by {breakdown.dimension.lower()} and furthest stage",
            )
        )
    tables.extend(extra)
    return ExactStatistics(period, len(chosen), tuple(tables), time_table(chosen))
