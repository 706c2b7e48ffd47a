"""The calendar and the registerutdrag ask the document's language before the file dialog
(issue 14): the window's language preselected, another one written when chosen. A Swedish
window exporting English documents, read back with icalendar and pdftotext."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import icalendar
import pytest
from opening import wait_opened
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from swedish_checker import interface_language

from larsam_desktop.paths import DATABASE_FILENAME, AppPaths
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.preferences import set_current_coach
from larsam_desktop.services.store import open_store
from larsam_desktop.ui import coach_day_shell, data_safety
from larsam_desktop.ui.dialogs.document_language_dialog import DocumentLanguageDialog
from larsam_desktop.ui.main_window import MainWindow

MakeWindow = Callable[[AppPaths], MainWindow]


@pytest.fixture
def demo_folder(tmp_path: Path) -> AppPaths:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    DemoGenerator(store.database).generate(25, seed=4)
    store.database.dispose()
    with sqlite3.connect(paths.data_dir / DATABASE_FILENAME) as connection:
        busiest = connection.execute(  # the coach with the most learners has events
            "SELECT c.name FROM learner l JOIN coach c ON c.id = l.coach_id "
            "GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1"
        ).fetchone()
    set_current_coach(paths, str(busiest[0]))
    return paths


@pytest.fixture
def swedish() -> Iterator[None]:
    with interface_language("sv"):
        yield


class LanguageAnswer:
    """Answers the language step when it opens: notes what it preselected, picks ``choose``."""

    def __init__(self, choose: str) -> None:
        self.preselected: list[str] = []
        self._choose = choose
        self._timer = QTimer()
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._answer)
        self._timer.start()

    def _answer(self) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, DocumentLanguageDialog):
            self.preselected.append(modal.language())
            assert modal.combo.accessibleName()
            modal.combo.set_value(self._choose)
            modal.accept()

    def stop(self) -> None:
        self._timer.stop()


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    )
    return done.stdout


def test_a_swedish_window_exports_an_english_calendar(
    swedish: None,
    qtbot: QtBot,
    demo_folder: AppPaths,
    make_window: MakeWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "kalender.ics"
    monkeypatch.setattr(coach_day_shell, "save_file", lambda *args: target)
    monkeypatch.setattr(coach_day_shell, "ask_full_names", lambda parent: False)
    window = make_window(demo_folder)
    qtbot.waitUntil(window.coach_day.export_calendar_action.isEnabled, timeout=15000)
    answer = LanguageAnswer("en")
    try:
        window.coach_day.export_calendar_action.trigger()
        qtbot.waitUntil(target.exists, timeout=15000)
    finally:
        answer.stop()
    assert answer.preselected == ["sv"]  # the window's language by default
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    titles = [str(event.get("summary")) for event in calendar.walk("VEVENT")]
    assert titles, "the demo coach has events"
    assert any(t.startswith(("Follow-up:", "Exam:")) for t in titles), titles[:5]
    assert not any(t.startswith(("Uppföljning", "Prov")) for t in titles), titles[:5]


def test_cancelling_the_language_step_writes_nothing(
    swedish: None,
    qtbot: QtBot,
    demo_folder: AppPaths,
    make_window: MakeWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(coach_day_shell, "save_file", lambda *args: asked.append(args))
    window = make_window(demo_folder)
    qtbot.waitUntil(window.coach_day.export_calendar_action.isEnabled, timeout=15000)
    timer = QTimer()
    timer.setInterval(30)

    def cancel() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, DocumentLanguageDialog):
            modal.reject()

    timer.timeout.connect(cancel)
    timer.start()
    try:
        window.coach_day.export_calendar_action.trigger()
    finally:
        timer.stop()
    assert asked == []  # no file dialog after a cancelled language step


def test_a_swedish_window_exports_an_english_registerutdrag(
    swedish: None,
    qtbot: QtBot,
    demo_folder: AppPaths,
    make_window: MakeWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(data_safety, "existing_folder", lambda *args: out)
    window = make_window(demo_folder)
    window.open_learner(1)
    wait_opened(window)
    answer = LanguageAnswer("en")
    try:
        pdf = window.data_safety.access_request(include=False)
    finally:
        answer.stop()
    assert answer.preselected == ["sv"]
    assert pdf is not None
    english = pdf_text(pdf)
    (out / "sv").mkdir()
    swedish_pdf = window.data_safety.access_request(out / "sv", include=False, language="sv")
    assert swedish_pdf is not None
    in_swedish = pdf_text(swedish_pdf)
    assert english != in_swedish
    assert "Given name" in english, english[:400]
    assert "Förnamn" in in_swedish and "Förnamn" not in english
