"""The study plan on the learner page, as a coach uses it, on a real SQLite file."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from opening import wait_opened
from pypdf import PdfReader
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.audit import AuditAction, AuditFilter, AuditService
from larsam_desktop.services.print_settings import PrintSettings, save_print_settings
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.main_window import MainWindow
from larsam_desktop.ui.pages.learner.plan import PlanPanel

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "services"))
from plan_setup import add_learner

MakeWindow = Callable[[AppPaths], MainWindow]


@pytest.fixture
def plan_paths(tmp_path: Path) -> AppPaths:
    """Åsa Öberg: yrkesexamen, Svenska 1–2, aiming at sjuksköterska HT2027; no plan yet."""
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    add_learner(store.database)
    store.database.dispose()
    save_print_settings(paths, PrintSettings("Lärcentrum Krokom", "Box 34\n835 21 Krokom", ""))
    return paths


def open_plan(window: MainWindow) -> PlanPanel:
    window.caseload.table.setFocus()
    window.caseload.table.selectRow(0)
    QTest.keyClick(window.caseload.table, Qt.Key.Key_Return)
    wait_opened(window)
    page = window.learner_page
    assert page is not None
    page.right_tabs.setCurrentWidget(page.plan)
    return page.plan


def test_a_first_plan_is_filled_in_checked_and_saved(
    plan_paths: AppPaths, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(plan_paths)
    panel = open_plan(window)
    assert "No study plan yet" in panel.bar.status.text()
    assert panel.form.target.value() == "sjukskoterska"
    assert panel.form.target_term.text() == "HT2027"
    assert panel.form.model.rowCount() == 0
    assert "⚠ Not covered before HT2027" in panel.warnings.text()
    assert not panel.preview_button.isEnabled()

    qtbot.mouseClick(panel.form.add_missing_button, Qt.MouseButton.LeftButton)
    codes = {panel.form.model.text(row, 1) for row in panel.form.model.rows()}
    assert {"SVESVE03", "ENGENG06", "MATMAT02a", "NAKNAK02", "SAMSAM01b"} <= codes
    assert panel.form.scope.value() == sum(
        int(panel.form.model.text(r, 3)) for r in panel.form.model.rows()
    )
    assert panel.dirty and "Unsaved changes" in panel.bar.status.text()
    added = panel.form.model.rowCount()
    message = window.statusBar().currentMessage()  # the quiet action is confirmed
    assert message == f"{added} missing courses added to the plan; save to keep them."

    panel.form.coach.setText("Karin Lindqvist")
    with qtbot.waitSignal(panel.published):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert window.statusBar().currentMessage() == "Study plan saved (revision 1)."
    assert not panel.dirty
    assert [r.number for r in panel.revisions] == [1]
    assert panel.revisions[0].content.coach == "Karin Lindqvist"
    assert "Revision 1 of 1" in panel.bar.status.text()
    assert panel.preview_button.isEnabled()


def test_courses_are_added_and_removed_by_keyboard(
    plan_paths: AppPaths, make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(plan_paths)
    panel = open_plan(window)
    panel.form.course_term.setText("vt2027")
    panel.form.course_code.setText("MATMAT02a")  # typing would open the completer's popup
    QTest.keyClick(panel.form.course_code, Qt.Key.Key_Return)
    assert [
        (panel.form.model.text(r, 0), panel.form.model.text(r, 2)) for r in panel.form.model.rows()
    ] == [("VT2027", "Matematik 2a")]
    panel.form.course_code.setText("nope")
    QTest.keyClick(panel.form.course_code, Qt.Key.Key_Return)
    assert "Unknown course code nope" in panel.warnings.text()
    assert panel.form.model.rowCount() == 1
    panel.form.table.selectRow(0)
    qtbot.mouseClick(panel.form.remove_course_button, Qt.MouseButton.LeftButton)
    assert panel.form.model.rowCount() == 0


def test_after_saving_a_pdf_a_change_makes_a_new_revision_that_can_be_compared(
    plan_paths: AppPaths, make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(plan_paths)
    panel = open_plan(window)
    panel.add_missing()
    panel.form.coach.setText("Karin")
    assert panel.save()
    target = tmp_path / "plan.pdf"
    assert panel.save_pdf(target)
    text = " ".join(PdfReader(io.BytesIO(target.read_bytes())).pages[0].extract_text().split())
    assert "Lärcentrum Krokom" in text and "Åsa Öberg" in text
    assert panel.revisions[0].locked
    assert "Printed or agreed" in panel.bar.status.text()
    learner = window.learner_page.learner_id  # type: ignore[union-attr]
    entries = AuditService(window.session.store.database).entries(AuditFilter(learner_id=learner))
    assert [e.action for e in entries] == [AuditAction.EXPORT]

    asked: list[int] = []
    panel.ask_reason = lambda number: asked.append(number) or None  # the coach cancels
    panel.form.pace.set_value(15)
    panel.form.pace.activated.emit(panel.form.pace.currentIndex())
    assert not panel.save()
    assert asked == [1] and len(panel.revisions) == 1
    panel.ask_reason = lambda number: "Works half the week"
    assert panel.save()
    assert [r.number for r in panel.revisions] == [1, 2]
    assert panel.revisions[1].reason == "Works half the week"

    panel.bar.revision_choice.set_value(1)
    panel.bar.revision_choice.activated.emit(panel.bar.revision_choice.currentIndex())
    assert panel.viewing_old and not panel.form.isEnabled()
    assert panel.form.pace.value() == 20
    qtbot.mouseClick(panel.bar.compare_button, Qt.MouseButton.LeftButton)
    rows = panel.compare_dialog.model.rows()
    assert ("pace", "20", "15") in {(d.field, d.before, d.after) for d in rows}
    panel.compare_dialog.close()


def test_the_preview_shows_the_pdf_and_saves_it(
    plan_paths: AppPaths, make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(plan_paths)
    panel = open_plan(window)
    panel.add_missing()
    panel.form.coach.setText("Karin")
    panel.preview()  # saves the form first
    dialog = panel.preview_dialog
    pages = len(PdfReader(io.BytesIO(dialog.data)).pages)
    qtbot.waitUntil(lambda: dialog.view.page_count() == pages >= 1)
    qtbot.waitUntil(lambda: dialog.view.rendered_count() == pages)  # drawn by PDFium
    assert dialog.save_to(tmp_path / "preview.pdf")
    assert (tmp_path / "preview.pdf").read_bytes() == dialog.data
    assert panel.revisions[0].locked
    dialog.close()


def test_printing_renders_every_page_onto_the_printer(
    plan_paths: AppPaths, make_window: MakeWindow, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from larsam_desktop.ui.widgets.pdf_printing import render_to_printer

    window = make_window(plan_paths)
    panel = open_plan(window)
    panel.add_missing()
    panel.form.coach.setText("Karin")
    made = panel.pdf()
    assert made is not None
    data, _name, _number = made
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a "printer" that writes a file
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    render_to_printer(data, printer)
    pages = len(PdfReader(io.BytesIO(data)).pages)
    assert len(PdfReader(printed).pages) == pages


@pytest.mark.parametrize("screen", [QSize(1366, 768), QSize(1280, 720)])
def test_the_preview_fits_a_laptop_screen(
    plan_paths: AppPaths, make_window: MakeWindow, screen: QSize
) -> None:
    from larsam_desktop.ui.dialogs.plan_preview_dialog import FRAME_MARGIN

    window = make_window(plan_paths)
    panel = open_plan(window)
    panel.add_missing()
    panel.form.coach.setText("Karin")
    panel.preview()
    dialog = panel.preview_dialog
    available = screen - QSize(0, 40)  # a task bar
    dialog.fit_to(available)
    size = dialog.size()
    assert size.width() + FRAME_MARGIN.width() <= available.width()
    assert size.height() + FRAME_MARGIN.height() <= available.height()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= size.width() and hint.height() <= size.height()
    assert dialog.print_button.isVisible() and dialog.save_button.isVisible()
    dialog.fit_to(QSize(1920, 1200))
    assert (dialog.width(), dialog.height()) == (820, 900)  # a big screen keeps the page size
    dialog.close()


def test_the_printout_language_is_chosen_per_export(
    plan_paths: AppPaths, make_window: MakeWindow
) -> None:
    from larsam_desktop.ui.pages.learner.plan.printing import print_language

    window = make_window(plan_paths)
    panel = open_plan(window)
    assert panel.language.value() == print_language()  # the interface language to start with
    panel.add_missing()
    panel.form.coach.setText("Karin")
    for language, heading in (("sv", "Individuell studieplan"), ("en", "Individual study plan")):
        panel.language.set_value(language)
        made = panel.pdf()
        assert made is not None
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(made[0])).pages)
        assert heading in text
