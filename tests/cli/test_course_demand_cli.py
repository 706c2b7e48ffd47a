"""``courses demand`` and ``demand export`` in process."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cli_runner import run_cli
from offering_setup import NOW, add_learner
from sqlalchemy import update

from larsam_desktop.domain.plans.plan import PlanContent, PlannedCourse
from larsam_desktop.domain.plans.terms import Term
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.store import open_store
from larsam_desktop.storage.tables import Learner


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    store = open_store(AppPaths(data))
    try:
        with store.database.unit_of_work() as uow:
            centre = uow.reference.ensure_learning_centre("Sollefteå lärcentrum", None)
        for n in range(3):
            learner = add_learner(store.database, f"L{n}", (), centre=centre)
            courses = [PlannedCourse("MATMAT02b", Term(2027, False), 100)]
            if n == 0:
                courses.append(PlannedCourse("ENGENG06", Term(2027, True), 100))
            with store.database.unit_of_work() as uow:
                uow.plans.add_revision(
                    learner, PlanContent(courses=tuple(courses)), author="t", reason="t", now=NOW
                )
    finally:
        store.database.dispose()
    return data


def test_courses_demand_as_text_json_and_csv(folder: Path, tmp_path: Path) -> None:
    text = run_cli("courses", "demand", "--language", "en", data_dir=folder)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert lines[0].startswith("Internal planning data")
    assert lines[1:] == [
        "Matematik 2b, VT2027, Sollefteå lärcentrum: 3",
        "Engelska 6, HT2027, Sollefteå lärcentrum: 1",
    ]
    one = run_cli("courses", "demand", "--term", "ht 2027", "--format", "json", data_dir=folder)
    data = json.loads(one.stdout)
    assert data["plans"] == 3
    assert [(r["course"], r["term"], r["learners"]) for r in data["rows"]] == [
        ("ENGENG06", "HT2027", 1)
    ]
    csv = run_cli("courses", "demand", "--format", "csv", "--language", "sv", data_dir=folder)
    assert csv.stdout.splitlines()[0] == "Kurs;Kurskod;Termin;Lärcentrum;Deltagare"
    out = tmp_path / "demand.xlsx"
    written = run_cli("courses", "demand", "--out", str(out), "--language", "en", data_dir=folder)
    assert written.returncode == 0 and out.is_file()
    assert written.stdout.strip() == f"Wrote 2 lines to {out}."


def test_a_bad_term_is_refused(folder: Path) -> None:
    bad = run_cli("courses", "demand", "--term", "2027-01-01", data_dir=folder)
    assert bad.returncode == 2 and "is not a term" in bad.stderr


def test_demand_export_writes_and_registers(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = open_store(AppPaths(data))
    try:
        day = datetime(2026, 11, 28, 12, tzinfo=UTC)
        DemoGenerator(store.database, clock=lambda: day).generate(200, seed=3)
        with store.database.unit_of_work() as uow:
            uow.session.execute(update(Learner).values(record_key=(Learner.id * 37) % 256))
    finally:
        store.database.dispose()
    out = tmp_path / "efterfragan.csv"
    done = run_cli(
        "demand", "export", "--format", "csv", "--out", str(out), "--period", "2025",
        "--language", "en", data_dir=data,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Wrote the CSV demand report for ")
    assert "demand_by_programme_and_municipality" in out.read_text(encoding="utf-8-sig")
    published = run_cli("stats", "published", "--language", "en", data_dir=data)
    assert published.stdout.splitlines()[1].split("\t")[1:5] == ["2025", "10", "1", "csv"]
    refused = run_cli(
        "demand", "export", "--format", "csv", "--out", str(out), "--period", "2025-01-01",
        data_dir=data,
    )  # fmt: skip
    assert refused.returncode == 1 and "HT2025" in refused.stderr
    merged = tmp_path / "region.csv"
    both = run_cli("stats", "merge", str(out), str(out), "--out", str(merged), data_dir=data)
    assert both.returncode == 0, both.stderr
    assert "throughput_by_offering" in merged.read_text(encoding="utf-8-sig")
