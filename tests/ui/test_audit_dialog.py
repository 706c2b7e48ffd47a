"""The audit dialog shows every break ``audit verify`` finds, translated, one per line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from larsam_desktop.domain.audit_breaks import (
    ROLLBACK_LOST_TEMPLATE,
    ROLLBACK_TEMPLATE,
    START_EMPTY_TEMPLATE,
    TEMPLATES,
    Break,
    BreakKind,
)
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.audit import AuditAction, AuditService
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.dialogs.audit_dialog import BREAK_TEMPLATES, AuditDialog, break_text


def test_every_template_of_the_check_is_marked_for_translation() -> None:
    domain = {text for pair in TEMPLATES.values() for text in pair if text}
    domain |= {ROLLBACK_TEMPLATE, ROLLBACK_LOST_TEMPLATE, START_EMPTY_TEMPLATE}
    assert set(BREAK_TEMPLATES) == domain


def test_the_dialog_lists_every_break(qtbot: QtBot, tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "data")
    store = open_store(paths)
    service = AuditService(store.database)
    for number in range(6):
        service.record(AuditAction.PRINT, actor="kerstin", details={"n": number})
    dialog = AuditDialog(service)
    qtbot.addWidget(dialog)
    dialog.verify()  # on a worker thread: wait for its report
    qtbot.waitUntil(dialog.verify_button.isEnabled)
    assert "intact" in dialog.status.text() and dialog.problems.count() == 0
    with store.database.engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 2"))
        connection.execute(text("DELETE FROM audit_entry WHERE seq = 4"))
    dialog.verify()  # on a worker thread: wait for its report
    qtbot.waitUntil(dialog.verify_button.isEnabled)
    report = service.verify()
    assert [b.kind for b in report.breaks] == [BreakKind.CHANGED, BreakKind.REMOVED]
    assert "broken at entry 2" in dialog.status.text()
    assert [dialog.problems.item(i).text() for i in range(dialog.problems.count())] == [
        "Entry 2 was changed after it was written.",
        "Entry 4 was removed.",
    ]
    store.database.dispose()


class _Swedish(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context == "AuditBreak" and source == "Entry {first} was changed after it was written.":
            return "Post {first} ändrades efter att den skrevs."
        return ""


def test_a_break_is_translated_before_it_is_filled_in(qtbot: QtBot) -> None:
    translator = _Swedish()
    QCoreApplication.installTranslator(translator)
    try:
        assert break_text(Break(BreakKind.CHANGED, 7, 7)) == "Post 7 ändrades efter att den skrevs."
    finally:
        QCoreApplication.removeTranslator(translator)
