"""Checking the audit chain runs on a worker thread: a long log never freezes the window."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.audit import AuditService, ChainReport
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.dialogs.audit_dialog import AuditDialog


class SlowCheck(AuditService):
    """The real check, held back until ``gate`` is set (a log of millions of entries)."""

    gate = threading.Event()

    def verify(self) -> ChainReport:
        assert self.gate.wait(30), "the test never released the check"
        return super().verify()


def test_the_check_leaves_the_window_responsive_and_reports_when_done(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = open_store(AppPaths(tmp_path / "data"))
    try:
        service = SlowCheck(store.database)
        for number in range(3):
            service.record(AuditAction.PRINT, actor="kerstin", details={"n": number})
        dialog = AuditDialog(service)
        qtbot.addWidget(dialog)
        dialog.verify()
        assert dialog.status.text() == "Checking the chain…"
        assert not dialog.verify_button.isEnabled()
        dialog.verify()  # a second click while it runs starts nothing
        timer = QTimer()
        timer.setSingleShot(True)
        with qtbot.waitSignal(timer.timeout, timeout=2000):  # the event loop runs meanwhile
            timer.start(20)
        assert dialog.status.text() == "Checking the chain…"
        SlowCheck.gate.set()
        qtbot.waitUntil(dialog.verify_button.isEnabled, timeout=10_000)
        assert "intact" in dialog.status.text() and "3" in dialog.status.text()
    finally:
        SlowCheck.gate.clear()
        store.database.dispose()
