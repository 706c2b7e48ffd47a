"""Printing PDF bytes through the system print dialog: PDFium (``pdf_pages``) draws each page
at the printer's resolution, in bands, and QPainter puts the bands on the QPrinter."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from larsam_desktop.ui.widgets.pdf_pages import page_sizes, render_page

# Rows drawn at a time: at 600 dpi an A4 band is 4,961 × 512 pixels, 10 MB, where the whole
# page would take 140 MB (and 560 MB at 1,200 dpi).
BAND_ROWS = 512


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
    """Every page fitted into the printable area (aspect kept), drawn at the printer's own
    resolution: one page pixel per device pixel, so text stays as sharp as the printer."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter

    sizes = page_sizes(data)
    painter = QPainter(printer)
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect().size()
        for index, points in enumerate(sizes):
            if index:
                printer.newPage()
            target = points.toSize().scaled(area, Qt.AspectRatioMode.KeepAspectRatio)
            for top in range(0, target.height(), BAND_ROWS):
                rows = min(BAND_ROWS, target.height() - top)
                band = render_page(data, index, target, top=top, rows=rows, printing=True)
                painter.drawImage(QPoint(0, top), band)
    finally:
        painter.end()
