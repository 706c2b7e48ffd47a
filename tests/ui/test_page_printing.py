"""Ctrl+P prints the Today page and the caseload list: the tables as shown, on paper (a PDF
printer here, read back)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QGroupBox, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from larsam_desktop.ui.page_printing import page_document, page_html


def _page() -> QWidget:
    page = QWidget()
    layout = QVBoxLayout(page)
    for title, rows in (
        ("Follow-ups due", [["Åsa Öberg", "Ring CSN"]]),
        ("Quiet", [["Bo Ek", "<b>"]]),
    ):
        box = QGroupBox(title, page)
        view = QTableView(box)
        model = QStandardItemModel(0, 2, view)
        model.setHorizontalHeaderLabels(["Learner", "What"])
        for values in rows:
            model.appendRow([QStandardItem(v) for v in values])
        view.setModel(model)
        QVBoxLayout(box).addWidget(view)
        layout.addWidget(box)
    return page


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_a_page_prints_its_tables_under_their_titles(qtbot: QtBot, tmp_path: Path) -> None:
    page = _page()
    qtbot.addWidget(page)
    page.show()
    html = page_html(page, "Today")
    assert html.index("Follow-ups due") < html.index("Åsa Öberg") < html.index("Quiet")
    assert "&lt;b&gt;" in html  # text, never markup
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "today.pdf"))
    page_document(page, "Today").print_(printer)
    raw = "".join(p.extract_text() for p in PdfReader(tmp_path / "today.pdf").pages)
    text = " ".join(raw.split())
    assert text.startswith("Today Follow-ups due Learner What Åsa Öberg Ring CSN Quiet")
    assert text.count("Åsa Öberg") == 1


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_ctrl_p_prints_the_shown_page_of_the_window(
    qtbot: QtBot, tmp_path: Path, make_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtPrintSupport import QPrintDialog

    from larsam_desktop.paths import AppPaths
    from larsam_desktop.ui import page_printing

    class Accept:
        DialogCode = QPrintDialog.DialogCode

        def __init__(self, *args: object) -> None:
            pass

        def setWindowTitle(self, title: str) -> None:
            self.title = title

        def exec(self) -> QPrintDialog.DialogCode:
            return QPrintDialog.DialogCode.Accepted

    printed: list[str] = []
    monkeypatch.setattr(page_printing, "QPrintDialog", Accept)
    monkeypatch.setattr(
        page_printing,
        "page_document",
        lambda page, title: printed.append(page_html(page, title)) or page_document(page, title),
    )
    monkeypatch.setattr(
        page_printing.QTextDocument, "print_", lambda self, printer: None, raising=False
    )
    window = make_window(AppPaths(tmp_path / "data"))
    (action,) = [
        a
        for a in window.findChildren(QAction)
        if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    ]
    window.navigator.show("today")
    action.trigger()
    assert printed and printed[0].startswith("<h1>Today")
