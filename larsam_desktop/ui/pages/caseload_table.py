"""The caseload's table view: its look, Enter to open, and the menu to choose columns."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from larsam_desktop.ui.models.caseload_model import COLUMNS, CaseloadTableModel, Column
from larsam_desktop.ui.pages.caseload_painting import CellPainter

WIDTHS = {
    Column.NAME: 200,
    Column.PERSONNUMMER: 120,
    Column.MUNICIPALITY: 110,
    Column.LEARNING_CENTRE: 170,
    Column.COACH: 140,
    Column.STAGE: 150,
    Column.IN_STAGE: 80,
}


class CaseloadTable(QTableView):
    """Enter opens the current learner (double-click does too); a right click on the header
    chooses the columns shown; a click on it sorts (``header_clicked`` decides how)."""

    open_requested = Signal(int)

    def __init__(
        self,
        model: CaseloadTableModel,
        header_clicked: Callable[[int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseloadTable")
        self.setAccessibleName(self.tr("Caseload"))
        self.setModel(model)
        self._model = model
        self._cells = CellPainter()  # the visible cells in one call (caseload_painting)
        # Lay the rows out right after a reset instead of on a later timer: one paint per
        # keystroke instead of two (~10 ms each at 100,000 learners).
        model.modelReset.connect(self.executeDelayedItemsLayout)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(header_clicked)
        for column, width in WIDTHS.items():
            self.setColumnWidth(column, width)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._cells.can_paint(self):
            self._cells.paint(self, self._model, event)
        else:
            super().paintEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def _column_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for column in COLUMNS:
            if column == Column.NAME:
                continue  # the name always stays
            action = QAction(self._model.headerData(column, Qt.Orientation.Horizontal), menu)
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(column))
            action.toggled.connect(lambda checked, c=column: self.setColumnHidden(c, not checked))
            menu.addAction(action)
        menu.exec(self.horizontalHeader().mapToGlobal(position))

    def visible_columns(self) -> list[Column]:
        return [c for c in Column if not self.isColumnHidden(c)]
