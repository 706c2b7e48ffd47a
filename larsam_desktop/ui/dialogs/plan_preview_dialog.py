"""A study plan's PDF inside the app, with print and save.

The pages are drawn by PDFium (pypdfium2) on a worker lane (``ui/widgets/pdf_pages_view.py``);
Page Up / Page Down / Home / End move between pages, Ctrl + + / Ctrl + - / Ctrl + 0 zoom in,
out and back to the width, as do the buttons above the pages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QKeyCombination, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.ui.pages.learner.plan.printing import print_and_record, save_pdf_file
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.pdf_pages_view import PdfPagesView

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
        self.view = PdfPagesView(self)
        self.view.setObjectName("planPdfView")
        self.view.setAccessibleName(self.tr("Study plan preview"))
        self.pages = QLabel(self)
        self.pages.setAccessibleName(self.tr("Page count"))
        navigation = self._navigation()
        self.view.opened.connect(self._opened)
        self.view.current_page_changed.connect(self._show_position)
        self.view.zoom_changed.connect(self._show_zoom)
        self.view.set_document(data)
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
        layout.addLayout(navigation)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)
        self.fit_to(available_size(self))
        self.view.setFocus()

    def _navigation(self) -> QHBoxLayout:
        """Previous / next page and zoom buttons, each with its key as a shortcut."""
        row = QHBoxLayout()
        self.previous_button = self._button(
            self.tr("Previous page"), self.view.previous_page, Qt.Key.Key_PageUp
        )
        self.position = QLabel(self)
        self.position.setAccessibleName(self.tr("Current page"))
        self.next_button = self._button(
            self.tr("Next page"), self.view.next_page, Qt.Key.Key_PageDown
        )
        self.zoom_out_button = self._button(
            self.tr("Zoom out"), self.view.zoom_out, QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_label = QLabel(self)
        self.zoom_label.setAccessibleName(self.tr("Zoom"))
        self.zoom_in_button = self._button(
            self.tr("Zoom in"), self.view.zoom_in, QKeySequence.StandardKey.ZoomIn
        )
        self.fit_button = self._button(
            self.tr("Fit to width"), lambda: self.view.set_zoom(None),
            Qt.Modifier.CTRL | Qt.Key.Key_0,
        )  # fmt: skip
        for key, go in ((Qt.Key.Key_Home, 0), (Qt.Key.Key_End, -1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(lambda go=go: self._go_to(go))
        for widget in (self.previous_button, self.position, self.next_button):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button):
            row.addWidget(widget)
        row.addWidget(self.fit_button)
        return row

    def _button(
        self,
        text: str,
        action: Callable[[], None],
        key: QKeySequence.StandardKey | Qt.Key | QKeyCombination,
    ) -> QToolButton:
        button = QToolButton(self)
        sequence = QKeySequence(key)
        button.setText(text)
        button.setAccessibleName(text)
        button.setToolTip(f"{text} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})")
        button.setEnabled(False)  # until the pages are known
        button.clicked.connect(action)
        shortcut = QShortcut(sequence, self)
        shortcut.activated.connect(action)
        return button

    def _go_to(self, page: int) -> None:
        self.view.go_to_page(page if page >= 0 else self.view.page_count() - 1)

    def _opened(self, count: int) -> None:
        self.pages.setText(fill(self.tr("%1 pages"), str(count)))
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            button.setEnabled(count > 0)
        self._show_position(self.view.current_page())
        self._show_zoom()

    def _show_position(self, index: int) -> None:
        count = self.view.page_count()
        if count:
            self.position.setText(fill(self.tr("Page %1 of %2"), index + 1, count))
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < count)

    def _show_zoom(self) -> None:
        self.zoom_label.setText(fill(self.tr("%1%"), round(self.view.zoom() * 100)))

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
