"""The study plan preview and its printout through PDFium (pypdfium2), not QtPdf (issue 19).

Real PDFs (ReportLab, as the plans are made), real widgets offscreen, a real QPrinter that
writes a PDF file. What is checked: pages drawn on the worker lane at the size they are
shown, page navigation and zoom by key and button, accessible names, printing at the
printer's resolution in bands, and that nothing imports a PySide6-Addons module any more.
"""

from __future__ import annotations

import ast
import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize, QSizeF, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from larsam_desktop.ui.dialogs.plan_preview_dialog import PlanPreviewDialog
from larsam_desktop.ui.widgets.pdf_pages import page_sizes, pixel_size, render_page
from larsam_desktop.ui.widgets.pdf_printing import BAND_ROWS, render_to_printer

ROOT = Path(__file__).resolve().parents[2]


def three_pages() -> bytes:
    """Three A4 pages, each with a black bar across its top third and its number."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    width, height = A4
    for number in (1, 2, 3):
        pdf.rect(0, height * 2 / 3, width, height / 3, fill=1)
        pdf.setFont("Helvetica", 48)
        pdf.drawString(72, 200, f"Sida {number}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def dark_share(image: QImage) -> float:
    """How much of a sampled grid of the image is dark."""
    samples = [
        image.pixelColor(x, y).lightness() < 100
        for x in range(0, image.width(), max(1, image.width() // 20))
        for y in range(0, image.height(), max(1, image.height() // 30))
    ]
    return sum(samples) / len(samples)


def open_preview(qtbot: QtBot, data: bytes) -> PlanPreviewDialog:
    outputs: list[str] = []
    dialog = PlanPreviewDialog(data, "Åsa Öberg", "plan.pdf", outputs.append)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    qtbot.waitUntil(lambda: dialog.view.page_count() == 3)
    qtbot.waitUntil(lambda: dialog.view.rendered_count() == 3)
    return dialog


def test_pages_are_drawn_at_the_size_they_are_shown(qtbot: QtBot) -> None:
    dialog = open_preview(qtbot, three_pages())
    view = dialog.view
    assert dialog.pages.text() == "3 pages"
    ratio = view.devicePixelRatioF()
    for index, rect in enumerate(view.page_rects()):
        image = view.image(index)
        assert image is not None
        assert image.size() == QSize(round(rect.width() * ratio), round(rect.height() * ratio))
        assert 0.25 < dark_share(image) < 0.45  # the bar across a third of the page
    assert view.fits_width()  # the width of the view, as QPdfView's FitToWidth was
    widest = max(rect.width() for rect in view.page_rects())
    assert abs(view.viewport().width() - widest - 24) <= 2


def test_page_keys_and_buttons_move_between_pages(qtbot: QtBot) -> None:
    dialog = open_preview(qtbot, three_pages())
    view = dialog.view
    assert dialog.position.text() == "Page 1 of 3"
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    assert view.current_page() == 1 and dialog.position.text() == "Page 2 of 3"
    assert view.verticalScrollBar().value() == view.page_rects()[1].top() - 12
    QTest.keyClick(view, Qt.Key.Key_End)
    assert dialog.position.text() == "Page 3 of 3" and not dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.previous_button, Qt.MouseButton.LeftButton)
    assert view.current_page() == 1
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.current_page() == 0 and view.verticalScrollBar().value() == 0
    view.verticalScrollBar().setValue(view.page_rects()[2].top())  # scrolling by hand
    assert dialog.position.text() == "Page 3 of 3"


def test_zoom_in_out_and_back_to_the_width(qtbot: QtBot) -> None:
    dialog = open_preview(qtbot, three_pages())
    view = dialog.view
    fitted, ratio = view.page_rects()[0].width(), view.devicePixelRatioF()
    QTest.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert not view.fits_width()
    assert view.page_rects()[0].width() == pytest.approx(fitted * 1.25, abs=2)
    assert dialog.zoom_label.text() == f"{round(view.zoom() * 100)}%"
    qtbot.waitUntil(lambda: view.rendered_count() == 3)  # drawn again at the new size
    image = view.image(0)
    assert image is not None and image.width() == round(view.page_rects()[0].width() * ratio)
    qtbot.mouseClick(dialog.zoom_out_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.zoom_out_button, Qt.MouseButton.LeftButton)
    assert view.page_rects()[0].width() < fitted
    view.set_zoom(100.0)
    assert view.zoom() == 4.0  # 400 % at most
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.fits_width() and view.page_rects()[0].width() == fitted


def test_every_control_has_an_accessible_name(qtbot: QtBot) -> None:
    dialog = open_preview(qtbot, three_pages())
    named = {
        dialog.view: "Study plan preview",
        dialog.pages: "Page count",
        dialog.position: "Current page",
        dialog.previous_button: "Previous page",
        dialog.next_button: "Next page",
        dialog.zoom_out_button: "Zoom out",
        dialog.zoom_label: "Zoom",
        dialog.zoom_in_button: "Zoom in",
        dialog.fit_button: "Fit to width",
        dialog.print_button: "Print",
        dialog.save_button: "Save as PDF",
    }
    for widget, name in named.items():
        assert widget.accessibleName() == name
    assert "PgDown" in dialog.next_button.toolTip()
    assert dialog.view.hasFocus() or dialog.focusWidget() is dialog.view


def test_closing_the_preview_drops_its_pictures(qtbot: QtBot) -> None:
    dialog = open_preview(qtbot, three_pages())
    dialog.close()
    assert dialog.view.rendered_count() == 0
    dialog.show()
    qtbot.waitUntil(lambda: dialog.view.rendered_count() == 3)


def test_a_band_is_the_same_pixels_as_that_part_of_the_page() -> None:
    data = three_pages()
    size = pixel_size(page_sizes(data)[0], 72)
    assert size == QSize(595, 842)
    whole = render_page(data, 0, size)
    band = render_page(data, 0, size, top=200, rows=100, printing=True)
    assert band.size() == QSize(595, 100)
    assert band == whole.copy(0, 200, 595, 100)
    with pytest.raises(ValueError, match="no pixels"):
        render_page(data, 0, size, top=800, rows=100)


def test_printing_draws_each_page_at_the_printers_resolution(tmp_path: Path) -> None:
    data = three_pages()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(300)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    render_to_printer(data, printer)
    area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect().size()
    target = QSizeF(595, 842).toSize().scaled(area, Qt.AspectRatioMode.KeepAspectRatio)
    assert target.width() > 2000  # 300 dpi, not a screen's 96
    reader = PdfReader(printed)
    assert len(reader.pages) == 3
    for page in reader.pages:
        bands = [image.image for image in page.images]
        assert len(bands) == -(-target.height() // BAND_ROWS)
        assert {band.width for band in bands} == {target.width()}
        assert sum(band.height for band in bands) == target.height()


# The modules of the PySide6-Addons 6.11 wheel, which the app no longer installs.
ADDONS = [
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtBluetooth",
    "QtCanvasPainter",
    "QtCharts",
    "QtDataVisualization",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetworkAuth",
    "QtNfc",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtQuick3D",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtStateMachine",
    "QtTextToSpeech",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
]


def test_nothing_imports_a_pyside6_addons_module() -> None:
    found = []
    for folder in ("larsam_desktop", "tests", "benchmarks", "packaging", "docs"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
                elif isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                found += [
                    f"{path.relative_to(ROOT)}: {name}"
                    for name in names
                    if name.startswith("PySide6.") and name.split(".")[1] in ADDONS
                ]
    assert not found, found
    dependencies = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    locks = [(ROOT / "requirements" / n).read_text() for n in ("runtime.lock", "dev.lock")]
    for text in (dependencies, *locks):
        assert not re.search(r"(?im)^\s*\"?pyside6[-_]addons", text)
        assert not re.search(r"(?im)^\s*\"?pyside6[=<>\"]", text)  # the meta-package pulls it
    assert re.search(r"(?m)^pypdfium2==", locks[0])
