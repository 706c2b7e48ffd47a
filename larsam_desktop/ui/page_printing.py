"""File → Print… (Ctrl+P): the Today page or the caseload list on paper.

The page is printed as it is shown: each visible table (the caseload as filtered and
sorted, Today's sections with their titles) as a paper table with its header, in a
``QTextDocument`` laid out for the printer. Only the Today and caseload pages print here;
study plans print from their own PDF (ui/widgets/pdf_printing.py). A printout names
learners, so each one is logged first (action ``print``, the page and its rows, the current
coach); if the entry cannot be written, nothing is printed.
"""

from __future__ import annotations

from contextlib import nullcontext
from html import escape

from PySide6.QtCore import QAbstractItemModel, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHeaderView, QMessageBox, QWidget

from larsam_desktop.ui.navigation import Menus, Navigator
from larsam_desktop.ui.operations import run_op
from larsam_desktop.ui.services_provider import ServicesProvider
from larsam_desktop.ui.text import fill

PRINTABLE = ("today", "caseload")  # navigator keys
DISPLAY = Qt.ItemDataRole.DisplayRole
HORIZONTAL = Qt.Orientation.Horizontal


def table_html(model: QAbstractItemModel, hidden: set[int] | None = None) -> str:
    """One model as an HTML table (header row, then every row), text escaped."""
    columns = [c for c in range(model.columnCount()) if c not in (hidden or set())]
    head = "".join(
        f"<th>{escape(str(model.headerData(c, HORIZONTAL, DISPLAY) or ''))}</th>" for c in columns
    )
    body = []
    # The caseload fetches rows in the background; a printout needs every one of them now.
    every_row = getattr(model, "reading_every_row", None)
    with every_row() if every_row is not None else nullcontext():
        for row in range(model.rowCount()):
            cells = "".join(
                f"<td>{escape(str(model.data(model.index(row, c), DISPLAY) or ''))}</td>"
                for c in columns
            )
            body.append(f"<tr>{cells}</tr>")
    return (
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def _printed_views(page: QWidget) -> list[QAbstractItemView]:
    return [
        view
        for view in page.findChildren(QAbstractItemView)
        if not isinstance(view, QHeaderView) and view.model() is not None and view.isVisibleTo(page)
    ]


def printed_rows(page: QWidget) -> int:
    """How many rows the printout of ``page`` holds (every visible table's)."""
    return sum(view.model().rowCount() for view in _printed_views(page))


def page_html(page: QWidget, title: str) -> str:
    """The page's visible tables, each under its group's title."""
    parts = [f"<h1>{escape(title)}</h1>"]
    for view in _printed_views(page):
        model = view.model()
        box = view.parentWidget()
        while box is not None and box is not page and not isinstance(box, QGroupBox):
            box = box.parentWidget()
        if isinstance(box, QGroupBox) and box.title():
            parts.append(f"<h2>{escape(box.title())}</h2>")
        header = getattr(view, "horizontalHeader", None)
        hidden = (
            {c for c in range(model.columnCount()) if header().isSectionHidden(c)}
            if header is not None
            else set()
        )
        parts.append(table_html(model, hidden))
    return "".join(parts)


def page_document(page: QWidget, title: str) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(page_html(page, title))
    return document


class PagePrinting(QObject):
    """The Print… action; enabled while a printable page is shown."""

    def __init__(
        self, navigator: Navigator, menus: Menus, services: ServicesProvider | None = None
    ) -> None:
        super().__init__(navigator)
        self._navigator = navigator
        self._services = services
        self.print_action = QAction(self.tr("&Print…"), navigator.window)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.print_action.triggered.connect(self.print_current)
        menus.file.addAction(self.print_action)
        navigator.window.addAction(self.print_action)

    def printable(self) -> tuple[QWidget, str] | None:
        key = self._navigator.current_key
        page = self._navigator.current_page()
        if key not in PRINTABLE or page is None:
            return None
        item = self._navigator.item(key)
        return page, item.text() if item is not None else key

    def print_current(self) -> bool:
        found = self.printable()
        if found is None:
            QMessageBox.information(
                self._navigator.window,
                self.tr("Print"),
                self.tr(
                    "The Today page and the caseload list print from here; a study plan "
                    "prints from its own page (Print…)."
                ),
            )
            return False
        page, title = found
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        dialog = QPrintDialog(printer, self._navigator.window)
        dialog.setWindowTitle(fill(self.tr("Print %1"), title))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        document = page_document(page, title)
        if not self._logged(self._navigator.current_key or "", printed_rows(page)):
            return False
        document.print_(printer)
        return True

    def _logged(self, key: str, rows: int) -> bool:
        """The audit entry for a printout of ``rows`` rows of the page ``key``."""
        from larsam_desktop.domain.audit import AuditAction

        if self._services is None or not self._services.available:
            return True  # no store open: no learners on the page to print
        audit = self._services.current.audit
        op = run_op(
            self._navigator.window,
            lambda: audit.record(AuditAction.PRINT, details={"kind": key, "rows": rows}),
            title=self.tr("The page was not printed"),
        )
        return op.ok
