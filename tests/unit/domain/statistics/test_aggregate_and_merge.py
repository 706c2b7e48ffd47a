"""From learner facts to tables, and merging exports: over random cohorts (hypothesis)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.statistics.aggregate import (
    BREAKDOWNS,
    ExactStatistics,
    Period,
    aggregate,
)
from larsam_desktop.domain.statistics.facts import (
    MAIN_LINE,
    MILESTONES,
    FactColumns,
    LearnerFacts,
    term_of,
)
from larsam_desktop.domain.statistics.merge import (
    PublishedExport,
    merge_exports,
    published_tables,
)
from larsam_desktop.domain.statistics.protection import CellStatus
from larsam_desktop.domain.statistics.report import ProtectedReport, protect_report
from larsam_desktop.domain.statistics.tables import CountTable, TimeTable

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
PERIOD = Period(date(2022, 1, 1), date(2026, 11, 28))


@st.composite
def learner_facts(draw: st.DrawFn, centre: str | None = None) -> LearnerFacts:
    start = draw(st.dates(date(2022, 1, 1), date(2026, 6, 30)))
    furthest = draw(st.integers(0, len(MAIN_LINE) - 1))
    on = start
    reached: list[date | None] = []
    for stage in range(len(MAIN_LINE)):
        if stage == furthest or (stage < furthest and draw(st.booleans())) or stage == 0:
            reached.append(on)
            on = min(PERIOD.end, on + timedelta(days=draw(st.integers(0, 200))))
        else:
            reached.append(None)
    if furthest == 0:
        reached = [start] + [None] * (len(MAIN_LINE) - 1)
    return LearnerFacts(
        start=start,
        reached=tuple(None if d is None else term_of(d) for d in reached),
        milestones=tuple(reached[MAIN_LINE.index(m)] for m in MILESTONES),
        municipality=draw(st.sampled_from(["Sundsvall", "Timrå", "Ånge"])),
        learning_centre=centre or draw(st.sampled_from(["Lärcentrum A", "Lärcentrum B"])),
        gender=draw(st.sampled_from(["woman", "man", "other", "not_stated"])),
        birth_year=draw(st.integers(1960, 2005)),
        foreign_born=draw(st.sampled_from([True, False, None])),
        first_generation=draw(st.sampled_from([True, False, None])),
        prior_education=draw(
            st.sampled_from(["grundskola", "upper_secondary_2", "upper_secondary_3", "unknown"])
        ),
        preparation_kind=draw(st.sampled_from([None, "basar", "introduktionskurs"])),
        record_key=draw(st.integers(0, 255)),
    )


def report_of(facts: list[LearnerFacts], k: int = 5) -> ProtectedReport:
    return protect_report(aggregate(facts, PERIOD), k, app_version="test", created_at=NOW)


def export_of(report: ProtectedReport, name: str) -> PublishedExport:
    return PublishedExport(
        name, dict(report.manifest.items()), published_tables(report), report.times.table
    )


cohorts = st.lists(learner_facts(), min_size=1, max_size=250)


@settings(max_examples=60, deadline=None)
@given(facts=cohorts)
def test_every_furthest_stage_table_counts_every_learner_once(facts: list[LearnerFacts]) -> None:
    exact = aggregate(facts, PERIOD)
    assert exact.learners == len(facts)
    for table in exact.tables:
        assert len(set(table.rows)) == len(table.rows), table.name
        if table.population == "learners":
            assert table.values[-1][-1] == len(facts)
            for r in range(table.shape[0]):
                assert sum(table.values[r][:-1]) == table.values[r][-1]  # type: ignore[arg-type]
    # The cohort table's column totals are the learners per furthest stage.
    cohort = exact.tables[0]
    for stage in range(len(MAIN_LINE)):
        assert cohort.values[-1][stage] == sum(f.furthest == stage for f in facts)


def test_learners_outside_the_period_are_left_out() -> None:
    facts = [
        LearnerFacts(
            date(2023, 3, 1), ("VT2023",) + (None,) * 7, (None, None, None),
            "Sundsvall", "A", "woman", 1990, True, True, "grundskola", None,
        ),
        LearnerFacts(
            date(2025, 9, 1), ("HT2025",) + (None,) * 7, (None, None, None),
            "Sundsvall", "A", "man", 1990, False, None, "unknown", None,
        ),
    ]  # fmt: skip
    exact = aggregate(FactColumns.from_facts(facts), Period(date(2024, 1, 1), date(2026, 1, 1)))
    assert exact.learners == 1
    assert exact.tables[0].rows == ("VT2024", "HT2024", "VT2025", "HT2025", "VT2026")  # every term
    assert exact.tables[0].values[3][-1] == 1 and exact.tables[0].values[-1][-1] == 1


@settings(max_examples=40, deadline=None)
@given(
    first=st.lists(learner_facts("Lärcentrum A"), min_size=1, max_size=150),
    second=st.lists(learner_facts("Lärcentrum B"), min_size=1, max_size=150),
    k=st.integers(5, 10),
)
def test_merging_two_exports_agrees_with_exporting_the_union(
    first: list[LearnerFacts], second: list[LearnerFacts], k: int
) -> None:
    inputs = [report_of(first, k), report_of(second, k)]
    merged = merge_exports(
        [export_of(inputs[0], "a.csv"), export_of(inputs[1], "b.csv")],
        app_version="test",
        created_at=NOW,
    )
    for protected in merged.tables:
        parts = [report.table(protected.table.name) for report in inputs]
        t = protected.table
        for r in range(t.shape[0]):
            for c in range(t.shape[1]):
                value = protected.published(r, c)
                # Never a small published count; every published figure is the sum of the
                # inputs' published (perturbed) figures, and none that an input hid.
                assert value is None or value == 0 or value >= k
                if value is None:
                    continue
                total = 0
                for part in parts:
                    rows = part.table.rows
                    if r < len(t.rows) and t.rows[r] not in rows:
                        continue
                    pr = rows.index(t.rows[r]) if r < len(t.rows) else len(rows)
                    shown = part.published(pr, c)
                    assert shown is not None
                    total += shown
                assert value == total
        for r in range(t.shape[0]):
            assert sum(protected.hidden(r, c) for c in range(t.shape[1])) != 1
        for c in range(t.shape[1]):
            assert sum(protected.hidden(r, c) for r in range(t.shape[0])) != 1
    assert all(merged.times.published(r, 0) is None for r in range(len(merged.times.table.rows)))
    assert merged.manifest.merged_from == 2


def _big_report(cells: list[list[int]], k: int = 10) -> ProtectedReport:
    table = CountTable.from_cells(
        name="furthest_stage_by_municipality",
        title="t",
        population="learners",
        row_dimension="Municipality",
        column_dimension="Furthest stage",
        rows=["Sundsvall", "Timrå"][: len(cells)],
        columns=["Komvux", "Preparation"],
        cells=cells,
    )
    times = TimeTable("m", "m", "Group", ("All",), ("GB",), ((None,),), ((0,),))
    exact = ExactStatistics(PERIOD, sum(map(sum, cells)), (table,), times)
    return protect_report(exact, k, app_version="test", created_at=NOW)


def test_without_hidden_inputs_the_merge_equals_the_union_export_exactly() -> None:
    a = _big_report([[12, 30], [10, 25]])
    b = _big_report([[20, 10], [11, 40]])
    assert all(t.hidden_count == 0 for t in (*a.tables, *b.tables))
    merged = merge_exports([export_of(a, "a"), export_of(b, "b")], app_version="t", created_at=NOW)
    union = _big_report([[32, 40], [21, 65]])
    assert merged.tables[0].table.values == union.tables[0].table.values
    assert merged.tables[0].status == union.tables[0].status


def test_a_hidden_input_cell_stays_hidden_and_is_protected_again() -> None:
    a = _big_report([[3, 30], [20, 15]])  # the 3 is hidden, with partners
    b = _big_report([[20, 10], [11, 40]])
    merged = merge_exports([export_of(a, "a"), export_of(b, "b")], app_version="t", created_at=NOW)
    protected = merged.tables[0]
    assert protected.status[0][0] is CellStatus.PRIMARY  # unknown: 3 + 20 cannot be known
    assert protected.hidden_count >= 4


def test_exports_with_another_threshold_or_method_are_refused() -> None:
    a = export_of(_big_report([[12, 30]], k=10), "a.csv")
    b = export_of(_big_report([[12, 30]], k=11), "b.xlsx")
    with pytest.raises(ValidationError) as caught:
        merge_exports([a, b], app_version="t", created_at=NOW)
    assert "b.xlsx" in str(caught.value) and "k" in str(caught.value)
    other = PublishedExport("c.csv", {**a.manifest, "method": "cell key"}, a.tables, a.times)
    with pytest.raises(ValidationError, match="method"):
        merge_exports([a, other], app_version="t", created_at=NOW)
    old = PublishedExport("d.csv", {**a.manifest, "manifest_version": "0"}, a.tables, a.times)
    with pytest.raises(ValidationError, match="manifest version"):
        merge_exports([a, old], app_version="t", created_at=NOW)
    later = PublishedExport("e.csv", {**a.manifest, "period_to": "2027-01-01"}, a.tables, a.times)
    with pytest.raises(ValidationError, match="same period"):
        merge_exports([a, later], app_version="t", created_at=NOW)


def test_breakdowns_cover_the_target_groups() -> None:
    names = {b.name for b in BREAKDOWNS}
    assert {"by_foreign_born", "by_first_generation", "by_prior_education"} <= names
    assert {"by_municipality", "by_learning_centre", "by_gender", "by_age_band"} <= names
    assert "by_preparation_kind" in names
