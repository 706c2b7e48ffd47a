"""A confirmation in the main window's status bar for the learner page's quiet actions
(adding the missing courses, saving the plan): they change nothing else on screen."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

STATUS_TIMEOUT_MS = 8_000


def confirm(widget: QWidget, text: str) -> None:
    """Show ``text`` in the status bar of ``widget``'s main window for a few seconds."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_TIMEOUT_MS)
