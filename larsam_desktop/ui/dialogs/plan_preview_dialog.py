"""A study plan's PDF inside the app (QtPdf), with print and save."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.ui.pages.learner.plan.printing import print_and_record, save_pdf_file
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.pdf_printing import load_pdf

PREFERRED = QSize(820, 900)  # an A4 page at a readable width
FRAME_MARGIN = QSize(24, 64)  # window frame and title bar, which the size does not include


def available_size(widget: QWidget) -> QSize | None:
    """The widget's screen without the task bar (None without a screen)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else None


class PlanPreviewDialog(QDialog):
    """``on_output(destination)`` is called after a print or a save ("printer" or "file")."""

    def __init__(
        self,
        data: bytes,
        title: str,
        suggested_name: str,
        on_output: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planPreview")
        self.setWindowTitle(fill(self.tr("Study plan: %1"), title))
        self.data = data
        self._title = title
        self._suggested_name = suggested_name
        self._on_output = on_output
        self.document, self._buffer = load_pdf(data, self)
        self.view = QPdfView(self)
        self.view.setObjectName("planPdfView")
        self.view.setAccessibleName(self.tr("Study plan preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.pages = QLabel(fill(self.tr("%1 pages"), str(self.document.pageCount())), self)
        self.pages.setAccessibleName(self.tr("Page count"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setAccessibleName(self.tr("Save as PDF"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_plan)
        self.save_button.clicked.connect(self.save_plan)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)
        self.fit_to(available_size(self))

    def fit_to(self, available: QSize | None) -> None:
        """820×900 where there is room, else shrunk to ``available`` (the screen without the
        task bar) with room for the title bar: at 1366×768 and 1280×720 the whole dialog and
        its buttons stay on screen; the page view scrolls."""
        size = PREFERRED if available is None else PREFERRED.boundedTo(available - FRAME_MARGIN)
        self.resize(size)  # Qt centres the dialog over the window, which is on the screen

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_to(available_size(self))  # the screen it opened on

    def print_plan(self) -> None:
        print_and_record(self.data, self, self._title, lambda: self._on_output("printer"))

    def save_plan(self) -> None:
        self.save_to(None)

    def save_to(self, target: Path | None) -> bool:
        """Save the PDF to ``target`` (asked for when None); the printout is then recorded."""
        if not save_pdf_file(self.data, self._suggested_name, self, target):
            return False
        self._on_output("file")
        return True
