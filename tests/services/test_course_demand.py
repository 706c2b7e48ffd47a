"""Course demand counted in SQL from the current revision of every study plan, on SQLite
and PostgreSQL, against plans constructed here; and its CSV/XLSX export."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from offering_setup import NOW, add_learner

from larsam_desktop.domain.plans.plan import PlanContent, PlannedCourse
from larsam_desktop.domain.plans.terms import Term
from larsam_desktop.services.catalogue import Texts
from larsam_desktop.services.course_demand import CourseDemandService, planning_note
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage.database import Database

VT27, HT27 = Term(2027, False), Term(2027, True)


def _plan(database: Database, learner_id: int, *courses: tuple[str, Term]) -> None:
    content = PlanContent(
        target_id="sjukskoterska",
        target_term=HT27,
        courses=tuple(PlannedCourse(code, term, 100) for code, term in courses),
    )
    with database.unit_of_work() as uow:
        uow.plans.add_revision(learner_id, content, author="t", reason="t", now=NOW)


def _centres(database: Database) -> tuple[int, int]:
    with database.unit_of_work() as uow:
        return (
            uow.reference.ensure_learning_centre("Sollefteå lärcentrum", None),
            uow.reference.ensure_learning_centre("Kramfors lärcentrum", None),
        )


def _names(code: str) -> str | None:
    return {"MATMAT02b": "Matematik 2b"}.get(code)


def test_learners_per_course_term_and_centre_from_current_plans_only(store: OpenedStore) -> None:
    database = store.database
    solleftea, kramfors = _centres(database)
    expected: dict[tuple[str, str, str], int] = {}
    for n in range(7):
        centre = solleftea if n < 5 else kramfors
        learner = add_learner(database, f"L{n}", (), centre=centre)
        courses = [("MATMAT02b", VT27), ("ENGENG06", HT27 if n % 2 else VT27)]
        _plan(database, learner, *courses)
        for code, term in courses:
            key = (code, str(term), "Sollefteå lärcentrum" if n < 5 else "Kramfors lärcentrum")
            expected[key] = expected.get(key, 0) + 1
    # An older revision does not count: only the current one.
    changed = add_learner(database, "Changed", (), centre=solleftea)
    _plan(database, changed, ("NAKNAK02", VT27))
    _plan(database, changed, ("MATMAT02b", HT27))
    expected[("MATMAT02b", "HT2027", "Sollefteå lärcentrum")] = 1
    # No lärcentrum, and a plan without courses.
    alone = add_learner(database, "Alone", ())
    _plan(database, alone, ("MATMAT02b", VT27))
    expected[("MATMAT02b", "VT2027", "")] = 1
    _plan(database, add_learner(database, "Empty", ()))

    demand = CourseDemandService(database, _names).demand()

    got = {(r.course_code, r.term, r.learning_centre): r.learners for r in demand.rows}
    assert got == expected
    assert demand.plans == 10
    assert demand.terms == ["VT2027", "HT2027"]
    assert [(r.learning_centre, r.course_name, r.learners) for r in demand.rows[:4]] == [
        ("Kramfors lärcentrum", "Matematik 2b", 2),
        ("Kramfors lärcentrum", "ENGENG06", 1),  # no name in the catalogue: its code
        ("Sollefteå lärcentrum", "Matematik 2b", 5),
        ("Sollefteå lärcentrum", "ENGENG06", 3),
    ]
    assert demand.rows[4].learning_centre == ""  # no lärcentrum: last in its term
    assert "NAKNAK02" not in {r.course_code for r in demand.rows}
    only = demand.only(term="VT2027", learning_centre="Sollefteå lärcentrum")
    assert {(r.course_code, r.learners) for r in only.rows} == {("MATMAT02b", 5), ("ENGENG06", 3)}


def test_export_has_swedish_headers_and_the_planning_note(
    store: OpenedStore, tmp_path: Path
) -> None:
    database = store.database
    solleftea, _ = _centres(database)
    for n in range(3):
        _plan(database, add_learner(database, f"L{n}", (), centre=solleftea), ("MATMAT02b", VT27))
    service = CourseDemandService(database, _names)
    demand = service.demand()
    assert service.export(demand, tmp_path / "d.xlsx", language="sv") == 1
    book = openpyxl.load_workbook(tmp_path / "d.xlsx")
    sheet = book.worksheets[0]
    rows = [tuple(c.value for c in row) for row in sheet.iter_rows()]
    assert rows[0] == ("Kurs", "Kurskod", "Termin", "Lärcentrum", "Deltagare")
    assert rows[1] == ("Matematik 2b", "MATMAT02b", "VT2027", "Sollefteå lärcentrum", 3)
    assert book.worksheets[1]["A1"].value == planning_note(Texts("sv"))
    service.export(demand, tmp_path / "d.csv", language="en")
    lines = (tmp_path / "d.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith('"Internal planning data')
    assert lines[1] == "Course;Course code;Term;Lärcentrum;Learners"
    assert lines[2] == "Matematik 2b;MATMAT02b;VT2027;Sollefteå lärcentrum;3"


COURSE_CODES = ("MATMAT02b", "ENGENG06", "SVESVE03", "NAKNAK02")
TERMS = (VT27, HT27, Term(2028, False))


@settings(max_examples=6, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(
    plans=st.lists(
        st.tuples(
            st.integers(0, 2),  # lärcentrum (2: none)
            st.dictionaries(st.sampled_from(COURSE_CODES), st.sampled_from(TERMS), max_size=4),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_the_sql_counts_equal_a_count_of_the_constructed_plans(
    tmp_path_factory: pytest.TempPathFactory,
    plans: list[tuple[int, dict[str, Term]]],
) -> None:
    from larsam_desktop.paths import AppPaths
    from larsam_desktop.services.store import open_store

    store = open_store(AppPaths(tmp_path_factory.mktemp("demand")))
    try:
        database = store.database
        centres = _centres(database)
        names = ("Sollefteå lärcentrum", "Kramfors lärcentrum", "")
        expected: dict[tuple[str, str, str], int] = {}
        for n, (centre, courses) in enumerate(plans):
            learner = add_learner(
                database, f"P{n}", (), centre=centres[centre] if centre < 2 else None
            )
            _plan(database, learner, *courses.items())
            for code, term in courses.items():
                key = (code, str(term), names[centre])
                expected[key] = expected.get(key, 0) + 1
        demand = CourseDemandService(database).demand()
        assert {(r.course_code, r.term, r.learning_centre): r.learners for r in demand.rows} == (
            expected
        )
        assert demand.plans == len(plans)
    finally:
        store.database.dispose()
