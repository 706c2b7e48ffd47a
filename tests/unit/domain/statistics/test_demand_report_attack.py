"""The attacker of issue 12 against the regional demand report and its throughput tables
(issue 17): every published figure of the exports a user can make, solved together as an
integer program, pins no hidden count of 1..k-1 and no group's single outcome.

Cohorts are generated (hypothesis): tiny ones, a group of exactly k, larger ones; the
exports: one report with every linked table, adjacent and overlapping periods of the
throughput (the year's starters are the spring's plus the autumn's), merges of two
lärcentra beside the union, and the same period again after an edit (the figures first
published: the register's rule, checked in tests/services/test_demand_report.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

import pytest
from attacker import Attacker, Grid, assert_no_small_count_pinned, hidden_small_cells
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from larsam_desktop.domain.statistics.aggregate import Period
from larsam_desktop.domain.statistics.demand import (
    DemandFacts,
    bucket,
    columns_after,
    demand_table,
    last_term,
    protect_demand,
)
from larsam_desktop.domain.statistics.frozen import figures_json, report_from_figures
from larsam_desktop.domain.statistics.merge import (
    PublishedExport,
    merge_exports,
    published_tables,
)
from larsam_desktop.domain.statistics.report import ProtectedReport
from larsam_desktop.domain.statistics.throughput import ThroughputFacts, throughput_tables

pytestmark = pytest.mark.heavy  # integer programs: seconds per cohort
K = 5
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
VT2025 = Period(date(2025, 1, 1), date(2025, 6, 30), "VT2025")
HT2025 = Period(date(2025, 7, 1), date(2025, 12, 31), "HT2025")
YEAR_2025 = Period(date(2025, 1, 1), date(2025, 12, 31), "2025")
PROGRAMMES = ("Sjuksköterskeprogrammet", "Ämneslärarprogrammet")
MUNICIPALITIES = ("Sollefteå", "Kramfors")
OFFERINGS = ("Sjuksköterskeprogrammet HT2025", "KPU VT2025")
QUICK = settings(
    max_examples=4,
    deadline=None,
    derandomize=True,
    phases=(Phase.explicit, Phase.reuse, Phase.generate),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@dataclass(frozen=True)
class Person:
    programme: str
    municipality: str
    column: int  # demand bucket
    started: date | None  # university studies
    outcome: int
    offering: str
    prior: str
    foreign_born: str
    centre: str
    record_key: int


@st.composite
def people(draw: st.DrawFn) -> Person:
    return Person(
        programme=draw(st.sampled_from(PROGRAMMES)),
        municipality=draw(st.sampled_from(MUNICIPALITIES)),
        column=draw(st.integers(0, 6)),
        started=draw(st.one_of(st.none(), st.dates(date(2025, 1, 1), date(2025, 12, 31)))),
        outcome=draw(st.integers(0, 2)),
        offering=draw(st.sampled_from([*OFFERINGS, "No offering recorded"])),
        prior=draw(st.sampled_from(["2-year upper secondary", "No complete upper secondary"])),
        foreign_born=draw(st.sampled_from(["Yes", "No"])),
        centre=draw(st.sampled_from(["A", "B"])),
        record_key=draw(st.integers(0, 255)),
    )


def _group_of_k() -> st.SearchStrategy[list[Person]]:
    return st.tuples(people(), st.lists(people(), max_size=8)).map(
        lambda t: (
            [replace(t[0], record_key=(t[0].record_key + 37 * i) % 256) for i in range(K)] + t[1]
        )
    )


cohorts = st.one_of(
    st.lists(people(), min_size=1, max_size=6),
    st.lists(people(), min_size=20, max_size=45),
    _group_of_k(),
)


def report(persons: Sequence[Person], period: Period) -> ProtectedReport:
    demand = demand_table(
        DemandFacts(
            [p.programme for p in persons],
            [p.municipality for p in persons],
            [p.column for p in persons],
            [p.record_key for p in persons],
        ),
        last_term(YEAR_2025),  # the demand is a snapshot: the same in every period here
        PROGRAMMES,
        MUNICIPALITIES,
    )
    started = [
        p for p in persons if p.started is not None and period.start <= p.started <= period.end
    ]
    throughput = throughput_tables(
        ThroughputFacts(
            [p.outcome for p in started],
            [p.offering for p in started],
            [p.prior for p in started],
            [p.foreign_born for p in started],
            ["Unknown" for _ in started],
            [p.record_key for p in started],
        ),
        OFFERINGS,
    )
    return protect_demand([demand, *throughput], period, K, app_version="t", created_at=NOW)


def export(attacker: Attacker, protected: ProtectedReport) -> dict[str, Grid]:
    """Every table, linked: the same figure (population, dimension, value) is one unknown."""
    shared: dict[tuple[str, ...], int] = {}
    return {p.table.name: attacker.table(p, shared) for p in protected.tables}


def no_group_pinned_to_one_cell(
    attacker: Attacker, protected: ProtectedReport, grids: Mapping[str, Grid]
) -> None:
    """Zero homogeneity: a group of fewer than 2k all in one column is not proven so."""
    for p in protected.tables:
        t = p.table
        for r in range(t.shape[0]):
            total = t.values[r][-1] or 0
            nonzero = [c for c in range(t.shape[1] - 1) if t.values[r][c]]
            if 0 < total < 2 * K and len(nonzero) == 1:
                others = {
                    grids[t.name][r][c]: 1.0 for c in range(t.shape[1] - 1) if c != nonzero[0]
                }
                assert not attacker.pinned(others, 0), (t.name, t.row_label(r))


def test_the_columns_and_buckets_follow_the_period() -> None:
    assert columns_after("HT2025") == (
        "Eligible now", "VT2026", "HT2026", "VT2027", "HT2027", "Later", "No plan yet",
    )  # fmt: skip
    assert bucket(True, "HT2030", "HT2025") == 0
    assert bucket(False, None, "HT2025") == 6
    assert bucket(False, "HT2025", "HT2025") == 1  # courses done by then: the next term
    assert bucket(False, "VT2020", "HT2025") == 1
    assert bucket(False, "HT2026", "HT2025") == 3  # eligible from VT2027
    assert bucket(False, "HT2027", "HT2025") == 5  # later than HT2027


@QUICK
@given(persons=cohorts)
def test_one_report_with_every_linked_table(persons: list[Person]) -> None:
    published = report(persons, YEAR_2025)
    assert published.manifest.tables_hash == report(persons, YEAR_2025).manifest.tables_hash
    attacker = Attacker(k=K)
    grids = export(attacker, published)
    assert attacker.feasible()
    assert_no_small_count_pinned(attacker, [(published, grids)])
    no_group_pinned_to_one_cell(attacker, published, grids)


def _rows(protected: ProtectedReport, name: str) -> list[str]:
    return [*protected.table(name).table.rows, "Total"]


def _sum_of_parts(
    attacker: Attacker,
    whole: tuple[ProtectedReport, Mapping[str, Grid]],
    parts: Sequence[tuple[ProtectedReport, Mapping[str, Grid]]],
    names: Sequence[str],
) -> None:
    """Every cell of ``whole`` is the sum of the same cell in ``parts`` (absent rows: 0)."""
    report_w, grids_w = whole
    for name in names:
        grid = grids_w[name]
        for r, label in enumerate(_rows(report_w, name)):
            for c in range(len(grid[0])):
                terms: dict[int, float] = {grid[r][c]: -1.0}
                for report_p, grids_p in parts:
                    rows = _rows(report_p, name)
                    if label in rows:
                        v = grids_p[name][rows.index(label)][c]
                        terms[v] = terms.get(v, 0.0) + 1.0
                attacker.constrain(terms, 0, 0)


THROUGHPUT = ("throughput_by_offering", "throughput_by_prior_education",
              "throughput_by_foreign_born", "throughput_by_first_generation")  # fmt: skip


@QUICK
@given(persons=cohorts)
def test_adjacent_and_overlapping_periods(persons: list[Person]) -> None:
    """The year's starters are the spring's and the autumn's (outcomes seen at the year's
    end here: the reader who knows that is stronger), the demand table the same snapshot."""
    spring, autumn, year = (report(persons, p) for p in (VT2025, HT2025, YEAR_2025))
    attacker = Attacker(k=K)
    g_spring, g_autumn, g_year = (export(attacker, r) for r in (spring, autumn, year))
    _sum_of_parts(attacker, (year, g_year), [(spring, g_spring), (autumn, g_autumn)], THROUGHPUT)
    for name in ("demand_by_programme_and_municipality",):
        _sum_of_parts(attacker, (year, g_year), [(spring, g_spring)], [name])
    assert attacker.feasible()
    assert_no_small_count_pinned(attacker, [(spring, g_spring), (autumn, g_autumn), (year, g_year)])


def _export_of(protected: ProtectedReport, name: str) -> PublishedExport:
    return PublishedExport(
        name, dict(protected.manifest.items()), published_tables(protected), protected.times.table
    )


@QUICK
@given(persons=st.lists(people(), min_size=2, max_size=30))
def test_merges_of_two_lärcentra_beside_the_union(persons: list[Person]) -> None:
    a = report([p for p in persons if p.centre == "A"], YEAR_2025)
    b = report([p for p in persons if p.centre == "B"], YEAR_2025)
    union = report(persons, YEAR_2025)
    merged = merge_exports(
        [_export_of(a, "a"), _export_of(b, "b")], app_version="t", created_at=NOW
    )
    names = [p.table.name for p in union.tables]
    assert [p.table.name for p in merged.tables] == names
    attacker = Attacker(k=K)
    g_a, g_b, g_union = (export(attacker, r) for r in (a, b, union))
    _sum_of_parts(attacker, (union, g_union), [(a, g_a), (b, g_b)], names)
    g_merged = {p.table.name: attacker.table(p, published=False) for p in merged.tables}
    _sum_of_parts(attacker, (merged, g_merged), [(a, g_a), (b, g_b)], names)
    for protected in merged.tables:
        for r in range(protected.table.shape[0]):
            for c in range(protected.table.shape[1]):
                shown = protected.published(r, c)
                if shown is not None:
                    assert shown == 0 or shown >= K  # never a figure an input hid
    assert attacker.feasible()
    assert_no_small_count_pinned(attacker, [(a, g_a), (b, g_b), (union, g_union)])
    for name, r, c, v, value in hidden_small_cells(merged, g_merged, K):
        assert not attacker.pinned({v: 1}, value), (name, r, c, value)


@QUICK
@given(
    persons=st.lists(people(), min_size=1, max_size=30), which=st.integers(0, 10**6), new=people()
)
def test_an_edit_and_the_same_period_again(persons: list[Person], which: int, new: Person) -> None:
    """One learner's programme, municipality and term change; the same period exported
    again gives the figures first published, so the pair shows no difference at all."""
    index = which % len(persons)
    edited = replace(
        persons[index], programme=new.programme, municipality=new.municipality, column=new.column
    )
    before = report(persons, YEAR_2025)
    recomputed = report([*persons[:index], edited, *persons[index + 1 :]], YEAR_2025)
    again = report_from_figures(figures_json(before), before.manifest)
    assert again.manifest.tables_hash == before.manifest.tables_hash
    assert recomputed.table("demand_by_programme_and_municipality").table.values[-1][-1] == len(
        persons
    )
    attacker = Attacker(k=K)
    g_before, g_again = export(attacker, before), export(attacker, again)
    assert attacker.feasible()
    assert_no_small_count_pinned(attacker, [(before, g_before), (again, g_again)])
    no_group_pinned_to_one_cell(attacker, before, g_before)
