"""The caseload window as a coach uses it: keyboard, dialog, search, restart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from caseload_rows import cell, column_texts
from opening import wait_opened
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.dialogs.learner_dialog import LearnerDialog
from larsam_desktop.ui.main_window import MainWindow

MakeWindow = Callable[[AppPaths], MainWindow]


def type_text(widget: object, text: str) -> None:
    """Type like a user; keyClicks kills the process on ä/ö/é (stack-notes), so send those."""
    for ch in text:
        if ch in "äöéüÄÖÉÜ":
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )
        else:
            QTest.keyClicks(widget, ch)


def with_dialog(qtbot: QtBot, action: Callable[[LearnerDialog], None]) -> list[str]:
    """Run ``action`` on the learner dialog once it is open (it runs a modal loop)."""
    seen: list[str] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LearnerDialog) and dialog.isActiveWindow():
            seen.append(dialog.windowTitle())
            try:
                action(dialog)
            finally:
                if dialog.isVisible():  # never leave a modal loop running: the test would hang
                    seen.append("left open")
                    dialog.done(0)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def fill_and_save(dialog: LearnerDialog) -> None:
    dialog.given_name.setFocus()
    type_text(dialog.given_name, "Märta")
    type_text(dialog.family_name, "Ödling")
    type_text(dialog.personnummer, "900101-9802")
    dialog.municipality.set_value("2380")
    QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_first_start_shows_the_welcome_page(tmp_path: Path, make_window: MakeWindow) -> None:
    window = make_window(AppPaths(tmp_path / "data"))
    assert window.pages.currentWidget() is window.welcome
    assert not window.banner.isVisible()


def test_add_find_and_find_again_after_restart(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    paths = AppPaths(tmp_path / "data")
    window = make_window(paths)
    seen = with_dialog(qtbot, fill_and_save)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    assert seen == ["New learner"]
    assert window.pages.currentWidget() is window.caseload
    assert window.session.learners.count() == 1

    page = window.caseload
    window.activateWindow()  # the window manager's job once the dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F
    assert page.search.hasFocus()
    type_text(page.search, "ödl ÖSTERSUND")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert cell(page.model, 0, 0) == "Ödling, Märta"
    assert window.count_label.text() == "1 learner"
    window.close()
    window.session.close()

    again = make_window(paths)
    type_text(again.caseload.search, "900101-9802")
    qtbot.waitUntil(lambda: again.caseload.model.rowCount() == 1)
    assert cell(again.caseload.model, 0, 1) == "19900101-••••"
    again.close()
    again.session.close()

    # And the command line (its own store, in this process) finds what the window saved.
    import json

    from cli_runner import run_cli

    listed = run_cli(
        "learners", "list", "--search", "ÖDLING", "--format", "json", data_dir=paths.data_dir
    )
    assert listed.returncode == 0, listed.stderr
    (found,) = json.loads(listed.stdout)
    assert (found["given_name"], found["family_name"]) == ("Märta", "Ödling")
    assert found["municipality"] == "Östersund"


def test_bad_input_is_shown_at_the_field_and_nothing_is_saved(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    window = make_window(AppPaths(tmp_path / "data"))
    messages: dict[str, str] = {}

    def try_bad(dialog: LearnerDialog) -> None:
        type_text(dialog.family_name, "Berg")
        type_text(dialog.personnummer, "19900101-9803")
        type_text(dialog.email, "nope")
        assert not dialog.save()
        messages.update(
            {
                f: dialog.error_text(f)
                for f in ("given_name", "personnummer", "email", "family_name")
            }
        )
        messages["focus"] = dialog.focusWidget().objectName() if dialog.focusWidget() else ""
        dialog.done(0)  # closes without the unsaved-changes question

    with_dialog(qtbot, try_bad)
    window.new_learner()
    assert messages["given_name"] == "Required."
    assert "check digit" in messages["personnummer"]
    assert messages["email"] == "Not an e-mail address."
    assert messages["family_name"] == ""
    assert messages["focus"] == "given_name"
    assert window.session.learners.count() == 0


def test_unsaved_changes_are_guarded(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(AppPaths(tmp_path / "data"))
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[bool] = []

    def question(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(True)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    still_open: list[bool] = []

    def edit_then_escape(dialog: LearnerDialog) -> None:
        type_text(dialog.given_name, "Ida")
        QTest.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel: stays open
        still_open.append(dialog.isVisible())
        QTest.keyClick(dialog, Qt.Key.Key_Escape)  # Discard: closes

    with_dialog(qtbot, edit_then_escape)
    window.new_learner()
    assert asked == [True, True]
    assert still_open == [True]
    assert window.session.learners.count() == 0


def test_enter_opens_the_learner_page_and_edit_details_opens_the_dialog(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    LearnerService(store.database).create(
        LearnerDraft(given_name="Ali", family_name="Hassan", personnummer="19900101-9802")
    )
    store.database.dispose()
    window = make_window(paths)
    page = window.caseload

    def rename(dialog: LearnerDialog) -> None:
        assert dialog.personnummer.text() == "19900101-9802"
        dialog.family_name.selectAll()
        type_text(dialog.family_name, "Hassan Öberg")
        dialog.save()

    page.table.setFocus()
    page.table.selectRow(0)
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    wait_opened(window)
    learner_page = window.learner_page
    assert learner_page is not None
    assert window.pages.currentWidget() is learner_page
    seen = with_dialog(qtbot, rename)
    learner_page.edit_button.click()
    assert seen == ["Edit learner"]
    qtbot.waitUntil(lambda: learner_page.name.text() == "Ali Hassan Öberg")
    with qtbot.waitActive(window):
        window.activateWindow()
    QTest.keyClick(learner_page.pathway.table, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0)) == "Hassan Öberg, Ali")


def test_demo_database_shows_the_banner_and_sorts_in_sql_order(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    paths = AppPaths(tmp_path / "demo")
    store = open_store(paths)
    DemoGenerator(store.database).generate(500, seed=4)
    store.database.dispose()
    window = make_window(paths)
    assert window.banner.isVisible()
    assert "DEMO" in window.banner.text()
    page = window.caseload
    qtbot.waitUntil(lambda: page.index_ready, timeout=10_000)
    assert page.model.rowCount() == 500
    assert window.count_label.text() == "500 learners"
    type_text(page.search, "berg")
    qtbot.waitUntil(lambda: page.model.rowCount() < 500)
    shown = page.model.rowCount()
    assert window.count_label.text() == f"{shown} of 500 learners"
    page.search.clear()
    header = page.table.horizontalHeader()
    header.setSortIndicator(4, Qt.SortOrder.AscendingOrder)  # coach
    page._header_clicked(4)
    coaches = column_texts(page.model, 4)
    assert coaches == sorted(
        coaches,
        key=__import__(
            "larsam_desktop.domain.text", fromlist=["swedish_sort_key"]
        ).swedish_sort_key,
    )


def test_try_with_demo_data_opens_a_separate_demo_database(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    paths = AppPaths(tmp_path / "data")
    window = make_window(paths)
    window.welcome.demo_button.click()
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=30_000)
    assert window.session.paths.data_dir == paths.demo.data_dir
    assert window.session.learners.count() == 2000
    # Once there are learners the Today page is the start page (issue 5).
    assert window.pages.currentWidget() is window.coach_day.today
    real = open_store(paths)
    assert LearnerService(real.database).count() == 0  # the coach's own database is untouched
    real.database.dispose()


def test_column_choice_and_sort_are_remembered(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    DemoGenerator(store.database).generate(30, seed=4)
    store.database.dispose()
    window = make_window(paths)
    page = window.caseload
    page.table.setColumnHidden(5, False)  # phone
    page.table.setColumnHidden(2, True)  # municipality
    page.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
    page._header_clicked(3)
    window.close()
    window.session.close()
    again = make_window(paths).caseload
    assert not again.table.isColumnHidden(5)
    assert again.table.isColumnHidden(2)
    assert again.model.query.sort.value == "learning_centre"
    assert again.model.query.descending


def test_the_dialog_can_be_filled_with_the_keyboard_alone(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    window = make_window(AppPaths(tmp_path / "data"))
    visited: list[str] = []

    def tab_through(dialog: LearnerDialog) -> None:
        dialog.given_name.setFocus()
        for _ in range(19):
            widget = QApplication.focusWidget()
            visited.append(widget.objectName() if widget else "")
            QTest.keyClick(widget, Qt.Key.Key_Tab)
        for field_name in ("given_name", "family_name", "personnummer"):
            assert getattr(dialog, field_name).accessibleName()
        dialog.done(0)

    with_dialog(qtbot, tab_through)
    window.new_learner()
    assert visited == [
        "given_name",
        "family_name",
        "personnummer",
        "birth_date",
        "protected_identity",
        "phone",
        "email",
        "street_address",
        "postal_code",
        "city",
        "home_municipality_code",
        "learning_centre_id",
        "coach_id",
        "gender",
        "foreign_born",
        "prior_education",
        "first_generation",
        "note",
        visited[-1],
    ]


def test_start_up_paints_before_the_store_opens_and_needs_no_sqlalchemy() -> None:
    """The import path of the window must stay light (see ui/application.py)."""
    import subprocess
    import sys

    code = (
        "import sys, larsam_desktop.app, larsam_desktop.ui.application; "
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'psycopg') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_the_first_screen_is_replaced_by_the_open_store(qtbot: QtBot, tmp_path: Path) -> None:
    from larsam_desktop.ui.application import ensure_application, start_main_window

    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    DemoGenerator(store.database).generate(300, seed=4)
    store.database.dispose()
    ensure_application()
    failures: list[bool] = []
    window = start_main_window(paths, None, lambda: failures.append(True))
    qtbot.addWidget(window)
    assert not window.has_session
    assert window.caseload.model.rowCount() == 100  # the snapshot's first screen
    assert not window.banner.isHidden()
    first_name = window.caseload.model.data(window.caseload.model.index(0, 0))
    qtbot.waitUntil(lambda: window.has_session, timeout=10_000)
    assert window.caseload.model.rowCount() == 300
    assert cell(window.caseload.model, 0, 0) == first_name
    assert failures == []
    window.close()
    window.session.close()


def test_a_store_that_cannot_open_is_explained(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A folder where the database should be: the start-up check moves it aside and the
    recovery dialog asks what to do (B1's documented behaviour); the coach quits."""
    from larsam_desktop.ui import recovery_flow
    from larsam_desktop.ui.application import ensure_application, start_main_window
    from larsam_desktop.ui.dialogs.recovery_dialog import RecoveryChoice

    asked: list[object] = []

    def answer(error: object, parent: object) -> RecoveryChoice:
        asked.append(error)
        return RecoveryChoice.QUIT

    monkeypatch.setattr(recovery_flow, "ask", answer)
    paths = AppPaths(tmp_path / "data")
    paths.ensure()
    paths.database.mkdir()  # a folder where the file should be: it cannot be opened
    ensure_application()
    failures: list[bool] = []
    window = start_main_window(paths, None, lambda: failures.append(True))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: failures == [True], timeout=10_000)
    assert len(asked) == 1  # asked once, not a new empty database made silently
    assert not window.has_session
    assert not paths.database.is_file()


def test_stage_column_and_filter(qtbot: QtBot, tmp_path: Path, make_window: MakeWindow) -> None:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    DemoGenerator(store.database).generate(400, seed=6)
    store.database.dispose()
    page = make_window(paths).caseload
    qtbot.waitUntil(lambda: page.index_ready, timeout=10_000)
    page.stage_filter.set_value("paused")
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 400)
    shown = column_texts(page.model, 9)
    assert set(shown) == {"Paused"}
    in_stage = cell(page.model, 0, 10)
    assert in_stage.split()[1] in {"days", "weeks", "months", "years"}
    page.stage_filter.set_value(None)
    qtbot.waitUntil(lambda: page.model.rowCount() == 400)
    header = page.table.horizontalHeader()
    header.setSortIndicator(9, Qt.SortOrder.AscendingOrder)
    page._header_clicked(9)
    stages = column_texts(page.model, 9)
    with_stage = [s for s in stages if s]
    assert with_stage[0] == "Komvux" and stages[-1] == ""  # path order, no stage last


def test_an_empty_folder_shows_the_welcome_page_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    """Before the store is created (the first turn of the event loop), and the caseload is
    never shown in between."""
    from larsam_desktop.ui.application import ensure_application, start_main_window

    ensure_application()
    paths = AppPaths(tmp_path / "new")
    failures: list[str] = []
    window = start_main_window(paths, None, lambda: failures.append("failed"))
    qtbot.addWidget(window)
    shown: list[str] = []
    window.navigator.page_shown.connect(shown.append)
    assert window.pages.currentWidget() is window.welcome
    assert not window.has_session  # nothing has been opened yet
    qtbot.waitUntil(lambda: window.has_session, timeout=30_000)
    qtbot.wait(50)
    assert window.pages.currentWidget() is window.welcome
    assert "caseload" not in shown and failures == []
    assert window.welcome.isEnabled()
    window.close()
    window.session.close()
