"""The regional demand report from a real database (SQLite and PostgreSQL): constructed
learners land in the right programme, municipality, term and outcome; the export is
registered, final, mergeable with ``stats merge``, and written as CSV, XLSX and PDF."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime, time
from pathlib import Path

import openpyxl
import pytest
from offering_setup import ELIGIBLE, GAP_200, NOW, TODAY, add_learner
from sqlalchemy import update
from store_templates import fill_with_demo

from larsam_desktop.domain.courses.qualifications import TargetChoice
from larsam_desktop.domain.plans.plan import PlanContent, PlannedCourse
from larsam_desktop.domain.plans.terms import Term
from larsam_desktop.domain.statistics.periods import parse_period
from larsam_desktop.services.demand_report import (
    DemandReporter,
    gap_terms,
    read_demand,
    read_throughput,
)
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.statistics_register import StatisticsRegister
from larsam_desktop.services.stats_export.export import merge_files, read_export
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage.tables import Learner, PathwayTransition

DEMO_DAY = date(2026, 11, 28)
HT2026 = parse_period("HT2026")
YEAR = parse_period("2025")
NAMES = {"sjukskoterska": "Sjuksköterskeprogrammet", "kpu": "KPU"}


def clock() -> datetime:
    return datetime.combine(date(2027, 2, 1), time(12), tzinfo=UTC)


def _target(store: OpenedStore, learner_id: int, target: str, *plan: tuple[str, Term]) -> None:
    with store.database.unit_of_work() as uow:
        uow.profiles.set_target(learner_id, TargetChoice(target, "HT2028"), now=NOW)
        if plan:
            content = PlanContent(
                target_id=target,
                target_term=Term(2028, True),
                courses=tuple(PlannedCourse(c, t, 100) for c, t in plan),
            )
            uow.plans.add_revision(learner_id, content, author="t", reason="t", now=NOW)


def test_constructed_learners_land_in_their_programme_municipality_and_term(
    store: OpenedStore,
) -> None:
    with store.database.unit_of_work() as uow:
        uow.reference.upsert_municipality("2283", "Sollefteå", "Västernorrlands län")
    a = add_learner(store.database, "A", (), municipality="2283")
    _target(store, a, "sjukskoterska", ("MATMAT02b", Term(2027, False)))  # VT2027 -> HT2027
    b = add_learner(store.database, "B", (), municipality="2283")
    _target(store, b, "sjukskoterska")  # no plan
    c = add_learner(store.database, "C", ())
    _target(store, c, "kpu", ("SVESVE03", Term(2028, True)))  # HT2028 -> later
    d = add_learner(store.database, "D", (), municipality="2283")
    _target(store, d, "kpu", ("SVESVE03", Term(2026, True)))  # done, not eligible -> VT2027
    with store.database.unit_of_work() as uow:
        uow.session.execute(
            update(Learner)
            .where(Learner.id == b)
            .values(standing_target="sjukskoterska", standing_eligible=True)
        )
        facts, programmes, municipalities = read_demand(uow.session, NAMES, "HT2026")
    got = sorted(zip(facts.programme, facts.municipality, facts.column, strict=True))
    assert got == [
        ("KPU", "Sollefteå", 1),
        ("KPU", "Unknown", 5),
        ("Sjuksköterskeprogrammet", "Sollefteå", 0),  # eligible now, plan or not
        ("Sjuksköterskeprogrammet", "Sollefteå", 2),
    ]
    # Without a plan, the student group's gap logic: 200 points at half pace take one term
    # (VT2027), so HT2027; a complete transcript is eligible now; none: No plan yet.
    gap_200 = add_learner(store.database, "E", GAP_200, municipality="2283")
    _target(store, gap_200, "sjukskoterska")
    complete = add_learner(store.database, "F", ELIGIBLE, municipality="2283")
    _target(store, complete, "sjukskoterska")
    with store.database.unit_of_work() as uow:
        facts, _, _ = read_demand(
            uow.session, NAMES, "HT2026", gap_terms(load_eligibility_data(), TODAY)
        )
        without, _, _ = read_demand(uow.session, NAMES, "HT2026")
    assert sorted(facts.column) == [0, 0, 1, 2, 2, 5]
    assert sorted(without.column) == [0, 1, 2, 5, 6, 6]
    assert programmes == ["KPU", "Sjuksköterskeprogrammet"]
    assert "Sollefteå" in municipalities


def test_throughput_reads_start_outcome_and_target_group_from_the_pathway(
    store: OpenedStore,
) -> None:
    ids = [add_learner(store.database, name, ()) for name in ("S", "C", "D", "Late")]
    steps = {
        ids[0]: [("studying", date(2026, 9, 1))],
        ids[1]: [("studying", date(2026, 8, 20)), ("completed", date(2026, 12, 20))],
        ids[2]: [("studying", date(2026, 9, 1)), ("discontinued", date(2026, 10, 1))],
        ids[3]: [("studying", date(2027, 1, 20))],  # after the period
    }
    with store.database.unit_of_work() as uow:
        for learner_id, stages in steps.items():
            for stage, on in stages:
                uow.session.add(
                    PathwayTransition(
                        learner_id=learner_id, stage=stage, on_date=on, recorded_by="t",
                        created_at=NOW,
                    )
                )  # fmt: skip
        uow.session.flush()
        facts, offerings = read_throughput(uow.session, _period(HT2026))
    assert sorted(facts.outcome) == [0, 1, 2]
    assert set(facts.offering) == {"No offering recorded"}
    assert offerings == []


def _demo(store: OpenedStore, count: int = 300) -> None:
    clock = lambda: datetime.combine(DEMO_DAY, time(12), tzinfo=UTC)  # noqa: E731
    fill_with_demo(store, count, seed=7, clock=clock)  # tests/store_templates.py
    with store.database.unit_of_work() as uow:
        uow.session.execute(update(Learner).values(record_key=(Learner.id * 37) % 256))


def _tables(path: Path) -> str:
    text = path.read_text(encoding="utf-8-sig")
    return text[text.index("[table]") :]


def test_export_is_registered_final_and_merges_with_stats_merge(
    store: OpenedStore, tmp_path: Path
) -> None:
    _demo(store)
    reporter = DemandReporter(store.database, NAMES, clock)
    first = reporter.export(tmp_path / "a.csv", YEAR, note="Mittuniversitetet", language="sv")
    assert first.learners > 0 and first.manifest.k == 10
    text = (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    assert "demand_by_programme_and_municipality" in text and "throughput_by_offering" in text
    assert "Behörig nu" in text and "Kan bli behörig" in text
    with store.database.unit_of_work() as uow:  # an edit after publication changes nothing
        uow.session.execute(update(Learner).values(home_municipality_code=None))
    reporter.export(tmp_path / "again.csv", YEAR)
    assert _tables(tmp_path / "again.csv") == _tables(tmp_path / "a.csv")
    register = StatisticsRegister(store.database).publications()
    assert sorted(str(p.recipient_note) for p in register) == ["Mittuniversitetet", "None"]
    assert all(p.tables[0] == "demand_by_programme_and_municipality" for p in register)
    reporter.export(tmp_path / "a.xlsx", YEAR, language="en")
    book = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert "Demand, programme, municipality" in book.sheetnames
    exported = read_export(tmp_path / "a.xlsx")
    assert exported.tables[0].name == "demand_by_programme_and_municipality"
    merged = merge_files([tmp_path / "a.csv", tmp_path / "a.xlsx"], tmp_path / "m.csv")
    assert merged.manifest.merged_from == 2
    assert "throughput_by_first_generation" in (tmp_path / "m.csv").read_text(encoding="utf-8-sig")
    reporter.export(tmp_path / "a.pdf", YEAR, language="sv")
    pdf = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "a.pdf"), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert "Program – kommun" in pdf and "Behörig nu" in pdf and "Avbrutit" in pdf


def _period(chosen: object) -> object:
    from larsam_desktop.domain.statistics.aggregate import Period

    return Period(chosen.start, chosen.end, chosen.name)  # type: ignore[attr-defined]


def test_the_same_period_gives_identical_tables_on_sqlite_and_postgresql(
    tmp_path: Path, database_url_with_fresh_rows: str
) -> None:
    from larsam_desktop.paths import AppPaths
    from larsam_desktop.services.store import open_store

    outputs = []
    for name, url in (("sqlite", None), ("postgresql", database_url_with_fresh_rows)):
        store = open_store(AppPaths(tmp_path / name), url)
        try:
            _demo(store)
            out = tmp_path / f"{name}.csv"
            DemandReporter(store.database, NAMES, clock).export(out, YEAR, language="en")
            outputs.append(_tables(out))
        finally:
            store.database.dispose()
    assert outputs[0] == outputs[1]
    assert ".." in outputs[0]


def test_an_unwritable_target_or_an_open_period_leaves_no_file_and_no_record(
    store: OpenedStore, tmp_path: Path
) -> None:

    from larsam_desktop.domain.errors import UserError

    _demo(store, 60)
    reporter = DemandReporter(store.database, NAMES, clock)
    with pytest.raises(UserError):
        reporter.export(tmp_path / "missing" / "a.csv", YEAR)
    with pytest.raises(UserError):  # VT2027 has not ended on 2027-02-01
        reporter.export(tmp_path / "b.csv", parse_period("VT2027"))
    assert not (tmp_path / "b.csv").exists()
    assert StatisticsRegister(store.database).publications() == []


@pytest.mark.parametrize("die_after", ["stats-export.temp-written", "stats-export.renamed"])
def test_killed_during_the_export_leaves_no_partial_file_and_no_half_record(
    tmp_path: Path, die_after: str
) -> None:
    """Killed after the temporary file is written, the next start removes it and nothing is
    registered; killed after the rename, the file is whole (the record may or may not be
    committed: the register keeps only committed exports, and the figures are the same)."""
    import os

    from cli_runner import run_cli, run_cli_process

    from larsam_desktop.paths import AppPaths
    from larsam_desktop.services.store import open_store
    from larsam_desktop.storage.crash_points import DIE_AFTER_ENV

    data = tmp_path / "data"
    store = open_store(AppPaths(data))
    try:
        _demo(store, 80)
    finally:
        store.database.dispose()
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    out = chosen / "demand.csv"
    killed = run_cli_process(  # a process of its own, forked (tests/cli_runner.py)
        "demand", "export", "--format", "csv", "--out", str(out), "--period", "2025",
        data_dir=data, env={**os.environ, DIE_AFTER_ENV: die_after},
    )  # fmt: skip
    assert killed.returncode != 0
    assert run_cli("stats", "published", data_dir=data).returncode == 0  # the next start
    left = sorted(path.name for path in chosen.iterdir())
    if die_after == "stats-export.temp-written":
        assert left == []
        assert (
            "No statistics have been exported"
            in run_cli("stats", "published", "--language", "en", data_dir=data).stdout
        )
    else:
        assert left == ["demand.csv"]
        assert "demand_by_programme_and_municipality" in out.read_text(encoding="utf-8-sig")
