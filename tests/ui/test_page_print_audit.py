"""A printout of the caseload or Today names learners: File → Print… logs it (action
``print``, the page and its rows, the current coach) before anything reaches the printer,
and prints nothing when the entry cannot be written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.audit import AuditFilter
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.preferences import set_current_coach
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.main_window import MainWindow

MakeWindow = Callable[[AppPaths], MainWindow]


@pytest.fixture
def accepted_prints(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The print dialog accepted at once; each document "printed" counted, not printed."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog

    from larsam_desktop.ui import page_printing

    class Accept:
        DialogCode = QPrintDialog.DialogCode

        def __init__(self, *args: object) -> None:
            pass

        def setWindowTitle(self, title: str) -> None:
            self.title = title

        def exec(self) -> QPrintDialog.DialogCode:
            return QPrintDialog.DialogCode.Accepted

    printed: list[int] = []
    monkeypatch.setattr(page_printing, "QPrintDialog", Accept)
    monkeypatch.setattr(
        QTextDocument,
        "print_",
        lambda self, printer: printed.append(1),
        raising=False,
    )
    return printed


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_printing_the_caseload_is_logged_with_the_coach_and_its_rows(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow, accepted_prints: list[int]
) -> None:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    learners = LearnerService(store.database)
    for given, family in (("Åsa", "Åslund"), ("Anna", "Berg"), ("Omar", "Said")):
        learners.create(
            LearnerDraft(given_name=given, family_name=family, birth_date=date(1990, 1, 1))
        )
    store.database.dispose()
    set_current_coach(paths, "Karin Ek")
    window = make_window(paths)
    window.navigator.show("caseload")
    page = window.caseload
    qtbot.waitUntil(lambda: page.index_ready and page.model.rowCount() == 3, timeout=20_000)
    from larsam_desktop.ui.page_printing import PagePrinting

    (printer,) = window.findChildren(PagePrinting)
    assert printer.print_current()
    assert accepted_prints == [1]
    audit = window.session.audit
    entries = audit.entries(AuditFilter(action=AuditAction.PRINT))
    assert [(e.actor, dict(e.details)) for e in entries] == [
        ("Karin Ek", {"kind": "caseload", "rows": 3})
    ]
    assert audit.verify().intact
    from larsam_desktop.domain.audit_labels import details_text

    assert details_text(entries[0].details, "sv") == "Typ: Deltagarlistan, Rader: 3"


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_nothing_is_printed_when_the_entry_cannot_be_written(
    qtbot: QtBot,
    tmp_path: Path,
    make_window: MakeWindow,
    accepted_prints: list[int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from larsam_desktop.services.audit import AuditService
    from larsam_desktop.storage.errors import DatabaseLocked
    from larsam_desktop.ui import operations
    from larsam_desktop.ui.page_printing import PagePrinting

    window = make_window(AppPaths(tmp_path / "data"))
    window.navigator.show("today")
    shown: list[str] = []
    monkeypatch.setattr(operations, "show_user_error", lambda *args, **kw: shown.append("error"))

    def locked(*args: object, **kw: object) -> None:
        raise DatabaseLocked()

    monkeypatch.setattr(AuditService, "record", locked)
    (printer,) = window.findChildren(PagePrinting)
    assert not printer.print_current()
    assert accepted_prints == []
    assert shown == ["error"]
