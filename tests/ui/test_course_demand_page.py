"""The course demand page: counts from constructed plans, filtered by term and lärcentrum,
exported as XLSX, the regional report written; it fits a 1366×768 screen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

import openpyxl
from offering_setup import NOW, add_learner
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.plans.plan import PlanContent, PlannedCourse
from larsam_desktop.domain.plans.terms import Term
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.main_window import MainWindow
from larsam_desktop.ui.pages.course_demand_feature import COURSE_DEMAND
from larsam_desktop.ui.pages.course_demand_page import CourseDemandPage

MakeWindow = Callable[[AppPaths], MainWindow]


def _folder(tmp_path: Path) -> AppPaths:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    database = store.database
    with database.unit_of_work() as uow:
        centres = (
            uow.reference.ensure_learning_centre("Sollefteå lärcentrum", None),
            uow.reference.ensure_learning_centre("Kramfors lärcentrum", None),
        )
    for n in range(5):
        learner = add_learner(database, f"L{n}", (), centre=centres[n % 2])
        courses = [PlannedCourse("MATMAT02b", Term(2027, False), 100)]
        if n < 2:
            courses.append(PlannedCourse("ENGENG06", Term(2027, True), 100))
        with database.unit_of_work() as uow:
            uow.plans.add_revision(
                learner, PlanContent(courses=tuple(courses)), author="t", reason="t", now=NOW
            )
    database.dispose()
    return paths


def _page(qtbot: QtBot, window: MainWindow) -> CourseDemandPage:
    window.navigator.show(COURSE_DEMAND)
    page = cast(CourseDemandPage, window.navigator.page(COURSE_DEMAND))
    qtbot.waitUntil(lambda: page.read_op is not None and page.read_op.done, timeout=10_000)
    return page


def _rows(page: CourseDemandPage) -> list[tuple[str, ...]]:
    model = page.model
    return [
        tuple(model.text(model.row_at(r), c) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_counts_filters_export_and_fit(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    window = make_window(_folder(tmp_path))
    window.resize(1366, 768)
    page = _page(qtbot, window)
    assert _rows(page) == [
        ("Matematik 2b", "MATMAT02b", "VT2027", "Kramfors lärcentrum", "2"),
        ("Matematik 2b", "MATMAT02b", "VT2027", "Sollefteå lärcentrum", "3"),
        ("Engelska 6", "ENGENG06", "HT2027", "Kramfors lärcentrum", "1"),
        ("Engelska 6", "ENGENG06", "HT2027", "Sollefteå lärcentrum", "1"),
    ]
    assert [page.term_box.itemData(i) for i in range(page.term_box.count())] == [
        "", "VT2027", "HT2027",
    ]  # fmt: skip
    page.term_box.setCurrentIndex(page.term_box.findData("VT2027"))
    page.centre_box.setCurrentIndex(page.centre_box.findData("Sollefteå lärcentrum"))
    assert _rows(page) == [("Matematik 2b", "MATMAT02b", "VT2027", "Sollefteå lärcentrum", "3")]
    assert page.summary.text().startswith("3 ")
    assert page.term_box.accessibleName() and page.table.accessibleName()
    out = tmp_path / "kursbehov.xlsx"
    op = page.export_to(out)
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=10_000)
    sheet = openpyxl.load_workbook(out).worksheets[0]
    assert [c.value for c in sheet[2]] == [
        "Matematik 2b", "MATMAT02b", "VT2027", "Sollefteå lärcentrum", 3,
    ]  # fmt: skip
    assert sheet.max_row == 2  # only the rows shown
    assert page.minimumSizeHint().width() <= 1366 and page.minimumSizeHint().height() <= 768
    window.grab().save(str(tmp_path / "course_demand.png"))


def test_the_regional_report_is_written_from_the_page(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    paths = _folder(tmp_path)
    store = open_store(paths)
    with store.database.unit_of_work() as uow:
        from larsam_desktop.domain.courses.qualifications import TargetChoice

        for learner_id in range(1, 6):
            uow.profiles.set_target(learner_id, TargetChoice("sjukskoterska", "HT2028"), now=NOW)
    store.database.dispose()
    window = make_window(paths)
    page = _page(qtbot, window)
    out = tmp_path / "efterfragan.csv"
    op = page.report_to(out)
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=20_000)
    assert "demand_by_programme_and_municipality" in out.read_text(encoding="utf-8-sig")
    assert "k = 10" in page.summary.text()
