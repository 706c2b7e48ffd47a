"""The attacker of issue 12 in the test suite: every export pair a user can produce, solved
together as an integer program, must pin no hidden count of 1..k-1 and no learner.

Cohorts are generated (hypothesis): tiny ones, groups of exactly k, a single learner
edited. The attacker (``attacker.py``) knows the method, its parameters and every
relation between the tables and between the exports.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

import pytest
from attacker import (
    Attacker,
    Grid,
    assert_no_group_pinned_to_one_stage,
    assert_no_small_count_pinned,
    hidden_small_cells,
)
from depth import rounds
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from larsam_desktop.domain.statistics.aggregate import Period, aggregate
from larsam_desktop.domain.statistics.facts import MAIN_LINE, MILESTONES, LearnerFacts, term_of
from larsam_desktop.domain.statistics.frozen import figures_json, report_from_figures
from larsam_desktop.domain.statistics.merge import (
    PublishedExport,
    merge_exports,
    published_tables,
)
from larsam_desktop.domain.statistics.report import ProtectedReport, protect_report

pytestmark = pytest.mark.heavy  # integer programs: seconds per cohort, scheduled first
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
VT2025 = Period(date(2025, 1, 1), date(2025, 6, 30), "VT2025")
HT2025 = Period(date(2025, 7, 1), date(2025, 12, 31), "HT2025")
YEAR_2025 = Period(date(2025, 1, 1), date(2025, 12, 31), "2025")
# Every group the data folder has (the service lists them), present in a period or not.
KNOWN = {
    "by_municipality": ("Sundsvall", "Timrå"),
    "by_learning_centre": ("Lärcentrum A", "Lärcentrum B"),
}
QUICK = settings(
    max_examples=4,
    deadline=None,
    derandomize=True,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),  # a failure is shown unshrunk
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@dataclass(frozen=True)
class Person:
    """A learner's whole history; ``facts(end)`` is what an export ending then sees."""

    start: date
    steps: tuple[date | None, ...]  # first date of each MAIN_LINE stage
    municipality: str
    learning_centre: str
    gender: str
    birth_year: int
    foreign_born: bool | None
    prior_education: str
    record_key: int

    def facts(self, end: date) -> LearnerFacts:
        seen = tuple(d if d is not None and d <= end else None for d in self.steps)
        return LearnerFacts(
            start=self.start,
            reached=tuple(None if d is None else term_of(d) for d in seen),
            milestones=tuple(seen[MAIN_LINE.index(m)] for m in MILESTONES),
            municipality=self.municipality,
            learning_centre=self.learning_centre,
            gender=self.gender,
            birth_year=self.birth_year,
            foreign_born=self.foreign_born,
            first_generation=None,
            prior_education=self.prior_education,
            preparation_kind=None,
            record_key=self.record_key,
        )


@st.composite
def people(draw: st.DrawFn) -> Person:
    start = draw(st.dates(date(2025, 1, 1), date(2025, 12, 31)))
    furthest = draw(st.integers(0, 4))
    steps: list[date | None] = []
    on = start
    for stage in range(len(MAIN_LINE)):
        if stage == 0 or stage <= furthest:
            steps.append(on)
            on = on + timedelta(days=draw(st.integers(0, 120)))
        else:
            steps.append(None)
    return Person(
        start=start,
        steps=tuple(steps),
        municipality=draw(st.sampled_from(["Sundsvall", "Timrå"])),
        learning_centre=draw(st.sampled_from(["Lärcentrum A", "Lärcentrum B"])),
        gender=draw(st.sampled_from(["woman", "man"])),
        birth_year=draw(st.sampled_from([1970, 1995])),
        foreign_born=draw(st.sampled_from([True, False])),
        prior_education=draw(st.sampled_from(["grundskola", "upper_secondary_2"])),
        record_key=draw(st.integers(0, 255)),
    )


def _group_of_k(k: int) -> st.SearchStrategy[list[Person]]:
    """Exactly k learners who share every attribute (one cell of exactly k), and a few others."""
    return st.tuples(people(), st.lists(people(), max_size=8), st.lists(st.integers(0, 255))).map(
        lambda t: (
            [replace(t[0], record_key=(t[0].record_key + 37 * i) % 256) for i in range(k)] + t[1]
        )
    )


cohorts = st.one_of(
    st.lists(people(), min_size=1, max_size=6),  # tiny
    st.lists(people(), min_size=20, max_size=50),
    _group_of_k(5),
)


def report(persons: Sequence[Person], period: Period, k: int = 5) -> ProtectedReport:
    facts = [p.facts(period.end) for p in persons]
    exact = aggregate(facts, period, known_groups=KNOWN)
    return protect_report(exact, k, app_version="t", created_at=NOW)


def _cell(grid: Grid, labels: Sequence[str], label: str, c: int) -> int | None:
    """The unknown of the row labelled ``label`` (or the total row), None when absent."""
    if label == "Total":
        return grid[-1][c]
    return grid[labels.index(label)][c] if label in labels else None


def _labels(protected_report: ProtectedReport, name: str) -> list[str]:
    return list(protected_report.table(name).table.rows)


def _sum_of_parts(
    attacker: Attacker,
    whole: tuple[ProtectedReport, Mapping[str, Grid]],
    parts: Sequence[tuple[ProtectedReport, Mapping[str, Grid]]],
) -> None:
    """Every cell of ``whole`` is the sum of the same cell in ``parts`` (absent rows: 0)."""
    report_w, grids_w = whole
    for name, grid in grids_w.items():
        rows = [*_labels(report_w, name), "Total"]
        for r, label in enumerate(rows):
            for c in range(len(grid[0])):
                terms: dict[int, float] = {grid[r][c]: -1.0}
                for report_p, grids_p in parts:
                    v = _cell(grids_p[name], _labels(report_p, name), label, c)
                    if v is not None:
                        terms[v] = terms.get(v, 0.0) + 1.0
                attacker.constrain(terms, 0, 0)


def _is_empty_period(persons: Sequence[Person], period: Period) -> bool:
    return not any(period.start <= p.start <= period.end for p in persons)


@QUICK
@given(persons=cohorts)
def test_one_export_with_every_linked_relation(persons: list[Person]) -> None:
    if _is_empty_period(persons, YEAR_2025):
        return
    published = report(persons, YEAR_2025)
    attacker = Attacker(k=5)
    grids = attacker.export(published)
    assert attacker.feasible()  # the truth is one solution: the model is sound
    assert_no_small_count_pinned(attacker, [(published, grids)])
    assert_no_group_pinned_to_one_stage(attacker, published, grids)


@QUICK
@given(persons=cohorts)
def test_adjacent_and_overlapping_periods_and_the_same_period_twice(
    persons: list[Person],
) -> None:
    if any(_is_empty_period(persons, p) for p in (VT2025, HT2025)):
        return
    spring, autumn, year = (report(persons, p) for p in (VT2025, HT2025, YEAR_2025))
    again = report(persons, YEAR_2025)
    assert again.manifest.tables_hash == year.manifest.tables_hash  # the same figures
    attacker = Attacker(k=5)
    g_spring, g_autumn, g_year = (attacker.export(r) for r in (spring, autumn, year))
    # The year is the spring cohort (seen at the end of the year, unknown to the reader)
    # plus the autumn cohort; the spring cohort's group sizes are the spring export's.
    latent = {name: attacker.table(year.table(name), published=False) for name in g_year}
    _sum_of_parts(attacker, (year, g_year), [(year, latent), (autumn, g_autumn)])
    for name, protected in ((n, spring.table(n)) for n in g_spring):
        if protected.table.population != "learners":
            continue
        rows = [*list(protected.table.rows), "Total"]
        year_rows = _labels(year, name)
        for r, label in enumerate(rows):
            if label not in [*year_rows, "Total"]:
                continue
            attacker.equal(g_spring[name][r][-1], _cell(latent[name], year_rows, label, -1))  # type: ignore[arg-type]
    assert attacker.feasible()
    assert_no_small_count_pinned(attacker, [(spring, g_spring), (autumn, g_autumn), (year, g_year)])


def _export_of(protected: ProtectedReport, name: str) -> PublishedExport:
    return PublishedExport(
        name, dict(protected.manifest.items()), published_tables(protected), protected.times.table
    )


@settings(QUICK, max_examples=rounds(3, 12))  # cohorts (tests/depth.py)
@given(
    persons=st.one_of(
        st.lists(people(), min_size=2, max_size=6), st.lists(people(), min_size=8, max_size=20)
    ).map(
        lambda ps: [
            replace(p, learning_centre=("Lärcentrum A", "Lärcentrum B")[n % 2])
            for n, p in enumerate(ps)
        ]
    )
)
def test_merges_of_overlapping_inputs_beside_the_union_export(persons: list[Person]) -> None:
    centres = [
        [p for p in persons if p.learning_centre == name]
        for name in ("Lärcentrum A", "Lärcentrum B")
    ]
    if any(_is_empty_period(c, YEAR_2025) for c in centres):
        return
    a, b, union = (
        report(centres[0], YEAR_2025),
        report(centres[1], YEAR_2025),
        report(persons, YEAR_2025),
    )
    merged = merge_exports(
        [_export_of(a, "a"), _export_of(b, "b")], app_version="t", created_at=NOW
    )
    doubled = merge_exports(
        [_export_of(a, "a"), _export_of(union, "all")], app_version="t", created_at=NOW
    )
    attacker = Attacker(k=5)
    g_a, g_b, g_union = (attacker.export(r) for r in (a, b, union))
    _sum_of_parts(attacker, (union, g_union), [(a, g_a), (b, g_b)])
    g_merged = {p.table.name: attacker.table(p, published=False) for p in merged.tables}
    _sum_of_parts(attacker, (merged, g_merged), [(a, g_a), (b, g_b)])
    g_doubled = {p.table.name: attacker.table(p, published=False) for p in doubled.tables}
    _sum_of_parts(attacker, (doubled, g_doubled), [(a, g_a), (union, g_union)])
    for protected in (*merged.tables, *doubled.tables):
        for r in range(protected.table.shape[0]):
            for c in range(protected.table.shape[1]):
                shown = protected.published(r, c)
                if shown is not None:  # a merged figure is the sum of published ones
                    assert shown == 0 or shown >= 5
    assert attacker.feasible()
    # The parts are what the union and the merges could give away (A = union - B).
    assert_no_small_count_pinned(attacker, [(a, g_a), (b, g_b)])
    for merged_report, grids in ((merged, g_merged),):
        for name, r, c, v, value in hidden_small_cells(merged_report, grids, 5):
            assert not attacker.pinned({v: 1}, value), (name, r, c, value)


@QUICK
@given(
    persons=st.lists(people(), min_size=1, max_size=40),
    which=st.integers(0, 10**6),
    new=people(),
)
def test_a_single_learner_edited_and_exported_again(
    persons: list[Person], which: int, new: Person
) -> None:
    """One learner's municipality, gender and path change, and the same period is exported
    again. The program writes the figures first published (``frozen``; the service test
    checks that the exporter does): the reader who knows that one learner moved learns
    neither a hidden small count nor the learner's old or new group. (Recomputed figures
    would differ in the learner's cells by 1 plus noise, which pins the learner when the
    noise happens to be extreme: that is why a publication is final.)"""
    if _is_empty_period(persons, YEAR_2025):
        return
    index = which % len(persons)
    old = persons[index]
    edited = replace(
        old,
        municipality=new.municipality,
        gender=new.gender,
        steps=(
            old.start,
            *(None if d is None else old.start + (d - new.start) for d in new.steps[1:]),
        ),
    )
    after_people = [*persons[:index], edited, *persons[index + 1 :]]
    before = report(persons, YEAR_2025)
    recomputed = report(after_people, YEAR_2025)
    after = report_from_figures(figures_json(before), before.manifest)
    assert after.manifest.tables_hash == before.manifest.tables_hash
    assert recomputed.table("furthest_stage_by_cohort").table.values[-1][-1] == len(persons)
    attacker = Attacker(k=5)
    g_before, g_after = attacker.export(before), attacker.export(after)
    # The reader knows one learner moved: in every table of learners, after = before minus
    # one cell plus one cell, and the furthest stage left and joined is the same everywhere.
    stages = len(before.table("furthest_stage_by_cohort").table.columns)
    left = [attacker.binary() for _ in range(stages)]
    joined = [attacker.binary() for _ in range(stages)]
    attacker.constrain(dict.fromkeys(left, 1.0), 1, 1)
    attacker.constrain(dict.fromkeys(joined, 1.0), 1, 1)
    truth: list[tuple[dict[int, float], int, str]] = []
    for protected in before.tables:
        t = protected.table
        if t.population != "learners":
            continue
        rows = sorted(set(t.rows) | set(after.table(t.name).table.rows))
        out = {(g, s): attacker.binary() for g in rows for s in range(stages)}
        into = {(g, s): attacker.binary() for g in rows for s in range(stages)}
        for s in range(stages):
            attacker.constrain({**{out[(g, s)]: 1.0 for g in rows}, left[s]: -1.0}, 0, 0)
            attacker.constrain({**{into[(g, s)]: 1.0 for g in rows}, joined[s]: -1.0}, 0, 0)
        for g in rows:
            for s in range(stages):
                b = _cell(g_before[t.name], list(t.rows), g, s)
                a = _cell(g_after[t.name], _labels(after, t.name), g, s)
                terms: dict[int, float] = {out[(g, s)]: 1.0, into[(g, s)]: -1.0}
                if b is not None:
                    terms[b] = 1.0
                if a is not None:
                    terms[a] = -1.0
                attacker.constrain(terms, 0, 0)  # before - out + into = after
            old_group = _group(t.name, old)
            new_group = _group(t.name, edited)
            if g == old_group:
                truth.append(({out[(g, s)]: 1.0 for s in range(stages)}, 1, t.name))
            if g == new_group:
                truth.append(({into[(g, s)]: 1.0 for s in range(stages)}, 1, t.name))
    assert attacker.feasible()
    assert_no_small_count_pinned(attacker, [(before, g_before), (after, g_after)])
    for expression, value, name in truth:
        assert not attacker.pinned(expression, value), name


def _group(table: str, person: Person) -> str | None:
    facts = person.facts(YEAR_2025.end)
    if table == "furthest_stage_by_cohort":
        return term_of(person.start)
    return {
        "furthest_stage_by_municipality": facts.municipality,
        "furthest_stage_by_learning_centre": facts.learning_centre,
        "furthest_stage_by_gender": {"woman": "Women", "man": "Men"}[facts.gender],
    }.get(table)
