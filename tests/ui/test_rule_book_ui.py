"""The rule book as the coach opens it: searchable, with standing and sources, Swedish in the
Swedish interface; the eligibility panel names the route and opens each requirement's rule."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from opening import wait_opened
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.eligibility.decisions import DecisionKind
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.dialogs.rule_book_dialog import RuleBookDialog
from larsam_desktop.ui.main_window import MainWindow

MakeWindow = Callable[[AppPaths], MainWindow]
BOOK = load_eligibility_data().book


def column(dialog: RuleBookDialog, index: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, index)) for row in range(model.rowCount())]


def test_the_rule_book_lists_every_target_and_searches(qtbot: QtBot, qtmodeltester: object) -> None:
    dialog = RuleBookDialog(BOOK, language="sv")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    targets = set(column(dialog, 0))
    assert "Grundläggande behörighet" in targets
    assert {"Civilingenjörsprogrammet (A9)", "Ämneslärarprogrammet, svenska"} <= targets
    assert "Svenska 1 eller Svenska som andraspråk 1 (Svenska A)" in {
        text.strip() for text in column(dialog, 1)
    }
    # Search by words, folded: the proposed Svenska 3 minimum and its source.
    dialog.search_field.setText("sou 2024:81")
    standings = set(column(dialog, 2))
    assert standings == {"proposed"} and dialog.model.rowCount() > 0
    assert "SOU 2024:81" in dialog.detail.toPlainText()
    assert "does not decide" in dialog.detail.toPlainText()
    dialog.search_field.setText("no such rule at all")
    assert dialog.model.rowCount() == 0


def test_english_texts_in_the_english_interface(qtbot: QtBot) -> None:
    dialog = RuleBookDialog(BOOK, language="en")
    qtbot.addWidget(dialog)
    assert dialog.show_rule("civilingenjor", "matematik-4")
    entry = dialog.current_entry()
    assert entry is not None and entry.text == "Matematik 4 (Matematik D)"
    assert "Master of Science in Engineering (A9)" in column(dialog, 0)
    assert dialog.show_rule("grundlaggande", "svenska-3", "komvux-efter-2025")
    entry = dialog.current_entry()
    assert entry is not None and entry.route_id == "komvux-efter-2025"
    assert "Skärpta krav" in dialog.detail.toPlainText() or entry.sources
    assert not dialog.show_rule("civilingenjor", "no-such-rule")


def test_the_panel_names_the_route_and_links_to_the_rule(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    LearnerService(store.database).create(
        LearnerDraft(given_name="Åsa", family_name="Öberg", birth_date=date(1990, 1, 1))
    )
    store.database.dispose()
    window = make_window(paths)
    window.caseload.table.setFocus()
    window.caseload.table.selectRow(0)
    QTest.keyClick(window.caseload.table, Qt.Key.Key_Return)
    wait_opened(window)
    page = window.learner_page
    assert page is not None
    panel = page.eligibility
    panel.target.set_value("forskollarare")
    panel.target.activated.emit(panel.target.currentIndex())
    panel.show()
    panel.evaluate()
    assert panel.result is not None
    text = panel.sources.text()
    assert "Closest route to grundläggande behörighet" in text
    assert "proposed rule (does not decide)" in text  # the Svenska 3 minimum grade
    row = next(i for i, r in enumerate(panel.model.rows()) if r.rule_id == "samhallskunskap-1b")
    panel.rule_links.open(panel.model.index(row, 1))
    dialog = panel.rule_links.dialog
    assert isinstance(dialog, RuleBookDialog)
    entry = dialog.current_entry()
    assert entry is not None
    assert (entry.target_id, entry.rule_id) == ("forskollarare", "samhallskunskap-1b")
    dialog.close()


def test_the_help_menu_opens_the_rule_book(make_window: MakeWindow, tmp_path: Path) -> None:
    window = make_window(AppPaths(tmp_path / "data"))
    rule_book = [a for a in window.findChildren(QAction) if a.text() == "&Rule book"]
    assert rule_book
    rule_book[0].trigger()
    dialogs = window.findChildren(RuleBookDialog)
    assert dialogs and dialogs[0].isVisible()
    dialogs[0].close()


def test_a_recorded_decision_gives_its_route_on_the_learner_page(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    LearnerService(store.database).create(
        LearnerDraft(given_name="Ali", family_name="Hassan", birth_date=date(1980, 2, 2))
    )
    store.database.dispose()
    window = make_window(paths)
    window.caseload.table.setFocus()
    window.caseload.table.selectRow(0)
    QTest.keyClick(window.caseload.table, Qt.Key.Key_Return)
    wait_opened(window)
    page = window.learner_page
    assert page is not None
    panel = page.eligibility
    panel.target.set_value("grundlaggande")
    panel.target.activated.emit(panel.target.currentIndex())
    box = page.decisions
    box.kind.set_value(DecisionKind.FOREIGN_ASSESSMENT)
    box.decided_by.setText("UHR")
    assert not box.record()  # no document yet
    assert "document" in box.status.text()
    box.document.setText("UHR 2026-4711")
    assert box.record()
    assert box.list.count() == 1 and "UHR 2026-4711" in box.list.item(0).text()
    panel.show()
    panel.evaluate()
    assert panel.result is not None and panel.result.eligible
    assert panel.result.route == "utlandsk-gymnasieutbildning"
    # Saving the qualifications form keeps the decision's fact.
    page.qualifications.work_years.setValue(4)
    assert page.qualifications.save()
    panel.evaluate()
    assert panel.result is not None and panel.result.eligible
    box.list.setCurrentRow(0)
    assert box.remove_selected()
    panel.evaluate()
    assert panel.result is not None and not panel.result.eligible


def test_requirements_read_in_swedish_in_the_swedish_interface(qapp: object) -> None:
    from PySide6.QtCore import QLocale

    from larsam_desktop.domain.courses.transcript import Transcript
    from larsam_desktop.domain.eligibility.engine import Evaluator
    from larsam_desktop.ui.models.requirements_model import RequirementsModel

    data = load_eligibility_data()
    result = Evaluator(data.book, data.catalogue, Transcript(), on=date(2026, 11, 28)).evaluate(
        "jurist"
    )
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    try:
        model = RequirementsModel()
        model.set_rows(result.requirements)
        texts = [model.data(model.index(row, 1)) for row in range(model.rowCount())]
    finally:
        QLocale.setDefault(before)
    assert "Samhällskunskap 1b (eller 1a1 + 1a2)" in texts
    assert "Historia 1b (eller 1a1 + 1a2)" in texts


def test_older_routes_facts_are_saved_without_overwriting_the_form(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    """uhr.se/syv: a slutbetyg issued before 2010 needs 90 % of the programme's points."""
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    LearnerService(store.database).create(
        LearnerDraft(given_name="Maryam", family_name="Ali", birth_date=date(1975, 4, 4))
    )
    store.database.dispose()
    window = make_window(paths)
    window.caseload.table.setFocus()
    window.caseload.table.selectRow(0)
    QTest.keyClick(window.caseload.table, Qt.Key.Key_Return)
    wait_opened(window)
    page = window.learner_page
    assert page is not None
    panel = page.eligibility
    panel.target.set_value("grundlaggande")
    panel.target.activated.emit(panel.target.currentIndex())
    form = page.qualifications
    form.slutbetyg.setValue(2000)
    assert form.save()
    box = page.older_routes
    box.issued.setValue(2001)
    box.programme_points.setValue(2150)
    assert box.save()
    assert not form.dirty  # the box's save is no edit of the form
    panel.show()
    panel.evaluate()
    assert panel.result is not None and panel.result.eligible
    assert panel.result.route == "slutbetyg-fore-2010"
    # Saving the form again keeps the box's facts.
    form.work_years.setValue(2)
    assert form.save()
    stored = window.session.profiles.qualifications(page.learner_id or 0)
    assert (stored.slutbetyg_issued_year, stored.slutbetyg_programme_points) == (2001, 2150)
    assert stored.slutbetyg_points_passed == 2000 and stored.work_years_after_19 == 2
