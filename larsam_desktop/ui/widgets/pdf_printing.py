"""Printing PDF bytes through the system print dialog: QtPdf renders each page for QPrinter."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget


def load_pdf(data: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A document over ``data``; keep the buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    document.load(buffer)
    return document, buffer


def print_pdf(data: bytes, parent: QWidget, title: str) -> bool:
    """Ask for a printer and print every page; False when the coach cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(parent.tr("Print study plan"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    render_to_printer(data, printer)
    return True


def render_to_printer(data: bytes, printer: QPrinter) -> None:
    document, _buffer = load_pdf(data)
    painter = QPainter(printer)
    try:
        page_rect = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            size = document.pagePointSize(page).toSize()
            target = size.scaled(page_rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            image = document.render(page, QSize(target.width(), target.height()))
            painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
    finally:
        painter.end()
