"""Publishing statistics (issue 12): the same figures every time, on SQLite and PostgreSQL;
a publication is final; only ended periods; the folder's k; eligibility from grades."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import select, update
from store_templates import fill_with_demo

from larsam_desktop.domain.caseload import TargetStanding
from larsam_desktop.domain.courses.records import CourseRecordDraft
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.domain.pathway import TransitionDraft
from larsam_desktop.domain.statistics.periods import parse_period
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.caseload import CaseloadService
from larsam_desktop.services.courses import CourseRecordService
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.pathway import PathwayService
from larsam_desktop.services.profiles import ProfileService
from larsam_desktop.services.statistics import StatisticsFilter, StatisticsService
from larsam_desktop.services.statistics_register import PeriodNotEnded, StatisticsRegister
from larsam_desktop.services.stats_export.export import StatisticsExporter
from larsam_desktop.services.store import OpenedStore, open_store
from larsam_desktop.storage.tables import Learner, Municipality

DEMO_DAY = date(2026, 11, 28)
YEAR = parse_period("2025")


def _demo(store: OpenedStore, count: int = 300) -> None:
    clock = lambda: datetime.combine(DEMO_DAY, time(12), tzinfo=UTC)  # noqa: E731
    fill_with_demo(store, count, seed=7, clock=clock)  # tests/store_templates.py
    with store.database.unit_of_work() as uow:  # the same record keys in every database
        uow.session.execute(update(Learner).values(record_key=(Learner.id * 37) % 256))


def _tables(path: Path) -> str:
    """An export's text without its manifest (which says when it was made)."""
    text = path.read_text(encoding="utf-8-sig")
    return text[text.index("[table]") :]


def test_the_same_period_gives_byte_identical_tables_on_sqlite_and_postgresql(
    tmp_path: Path, database_url_with_fresh_rows: str
) -> None:
    outputs = []
    for name, url in (("sqlite", None), ("postgresql", database_url_with_fresh_rows)):
        store = open_store(AppPaths(tmp_path / name), url)
        try:
            _demo(store)
            exporter = StatisticsExporter(store.database)
            for run in (1, 2):
                out = tmp_path / f"{name}-{run}.csv"
                exporter.export(out, StatisticsFilter(YEAR))
                outputs.append(_tables(out))
            # Computed afresh (not the register's copy), the figures are the same too.
            fresh = exporter.report(StatisticsFilter(YEAR))
            assert fresh.manifest.tables_hash == exporter_hashes(store)[0]
        finally:
            store.database.dispose()
    assert len(set(outputs)) == 1
    assert ".." in outputs[0]


def exporter_hashes(store: OpenedStore) -> list[str]:
    return [p.tables_hash for p in StatisticsRegister(store.database).publications()]


def test_a_publication_is_final_an_edit_changes_nothing_published(
    store: OpenedStore, tmp_path: Path
) -> None:
    _demo(store)
    exporter = StatisticsExporter(store.database)
    before = tmp_path / "before.csv"
    exporter.export(before, StatisticsFilter(YEAR), note="Region")
    exact_before = StatisticsService(store.database).exact(StatisticsFilter(YEAR), DEMO_DAY)
    with store.database.unit_of_work() as uow:  # one learner who started in 2025 moves
        learner = uow.session.scalars(
            select(Learner).where(Learner.home_municipality_code.is_not(None))
        ).first()
        assert learner is not None
        other = uow.session.scalars(
            select(Municipality.code).where(Municipality.code != learner.home_municipality_code)
        ).first()
        learner.home_municipality_code = other
    exact_after = StatisticsService(store.database).exact(StatisticsFilter(YEAR), DEMO_DAY)
    after = tmp_path / "after.xlsx"
    exporter.export(after, StatisticsFilter(YEAR))
    again = tmp_path / "again.csv"
    exporter.export(again, StatisticsFilter(YEAR))
    assert _tables(again) == _tables(before)  # what was published stays published
    register = StatisticsRegister(store.database).publications()
    assert [p.format for p in register] == ["csv", "xlsx", "csv"]
    assert len({p.tables_hash for p in register}) == 1
    assert register[-1].recipient_note == "Region" and register[-1].period == "2025"
    # The coach's own figures are live (the dashboard shows them); exports are final.
    assert exact_after.learners == exact_before.learners


def test_only_ended_periods_are_exported(store: OpenedStore, tmp_path: Path) -> None:
    _demo(store, 50)
    exporter = StatisticsExporter(store.database)
    current = parse_period("HT2026" if date.today().month > 6 else "VT2026")
    if date.today().year != 2026:
        current = parse_period(("HT" if date.today().month > 6 else "VT") + str(date.today().year))
    with pytest.raises(PeriodNotEnded, match="has not ended yet"):
        exporter.export(tmp_path / "now.csv", StatisticsFilter(current))
    assert not (tmp_path / "now.csv").exists()
    result = exporter.export(tmp_path / "all.csv", StatisticsFilter())
    assert result.manifest.period.startswith("VT1990–")
    assert result.manifest.period_to < date.today()


def test_a_learner_made_eligible_by_grades_is_eligible_in_caseload_dashboard_and_export(
    store: OpenedStore, tmp_path: Path
) -> None:
    """domain.behorighet: the recorded stage or the evaluated standing, whichever first."""
    evaluated = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    data = load_eligibility_data()
    learners = LearnerService(store.database, clock=lambda: evaluated)
    pathway = PathwayService(store.database, clock=lambda: evaluated)
    profiles = ProfileService(store.database, data, clock=lambda: evaluated)
    courses = CourseRecordService(store.database, data, clock=lambda: evaluated)
    ids = []
    for n in range(25):  # enough that an export publishes the figure
        draft = LearnerDraft(
            given_name=f"Elev{n}", family_name="Prov", birth_date=date(1990, 5, 17)
        )
        learner = learners.create(draft).learner.id
        pathway.record(learner, TransitionDraft("komvux", "coach", on=date(2026, 1, 20)))
        profiles.set_target(learner, "sjukskoterska", "HT2027")
        profiles.set_qualifications(learner, {"examen": "hogskoleforberedande"})
        ids.append(learner)
    period = StatisticsFilter(parse_period("VT2026"))
    exporter = StatisticsExporter(store.database)
    sarskild = 3  # MAIN_LINE index of Särskild behörighet
    before = exporter.report(period)
    assert before.table("furthest_stage_by_cohort").table.values[-1][sarskild] == 0
    for learner in ids:
        for code in ("MATMAT02a", "NAKNAK02", "SAMSAM01b"):
            draft = CourseRecordDraft(
                code=code, status="completed", grade="C", end_date=date(2026, 2, 20)
            )
            courses.add(learner, draft)
    rows = CaseloadService(store.database).rows(ids)
    assert {rows[i].target_standing for i in ids} == {TargetStanding.ELIGIBLE}  # caseload
    exact = StatisticsService(store.database).exact(period, date(2026, 12, 1))  # dashboard
    cohort = exact.table("furthest_stage_by_cohort")
    assert cohort.values[-1][sarskild] == 25
    reached = exact.table("stage_reached_by_term")
    assert reached.values[reached.rows.index("VT2026")][2] == 25  # grundläggande too
    out = tmp_path / "vt2026.csv"
    exporter.export(out, period)  # the export
    line = next(
        row for row in out.read_text(encoding="utf-8-sig").splitlines() if row.startswith("VT2026;")
    )
    published = line.split(";")[1 + sarskild]
    assert published != ".." and int(published) >= 23


def test_the_record_key_is_not_in_a_registerutdrag(store: OpenedStore) -> None:
    from larsam_desktop.services.access_request import collect

    _demo(store, 5)
    with store.database.unit_of_work() as uow:
        learner_id = uow.session.scalars(select(Learner.id)).first()
        assert learner_id is not None
        record = collect(uow, learner_id, include_protected=True, now=datetime.now(UTC))
    copy = record.to_json()
    assert copy["tables"]["learner"] and "given_name" in copy["tables"]["learner"][0]
    assert "record_key" not in str(copy)
