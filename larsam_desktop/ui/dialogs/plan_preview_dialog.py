"""A study plan's PDF inside the app (QtPdf), with print and save."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.ui.widgets.pdf_printing import load_pdf, print_pdf


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
        self.setWindowTitle(self.tr("Study plan: %1").replace("%1", title))
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
        self.pages = QLabel(self.tr("%1 pages").replace("%1", str(self.document.pageCount())), self)
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
        self.resize(820, 900)

    def print_plan(self) -> None:
        if print_pdf(self.data, self, self._title):
            self._on_output("printer")

    def save_plan(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save study plan"), self._suggested_name, self.tr("PDF files (*.pdf)")
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, target: Path) -> bool:
        from larsam_desktop.services.plan_printing import write_atomically

        try:
            write_atomically(target, self.data)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The file could not be written: %1").replace(
                    "%1", exc.strerror or str(exc)
                ),
            )
            return False
        self._on_output("file")
        return True
