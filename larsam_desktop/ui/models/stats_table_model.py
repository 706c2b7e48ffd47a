"""One statistics table with its exact counts; cells an export would hide are marked.

Titles, headers and row labels are shown in the interface language (the table's labels are
language-neutral; ``domain/statistics/labels.py`` holds both languages)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from larsam_desktop.domain.statistics.labels import label
from larsam_desktop.domain.statistics.protection import CellStatus, ProtectedTable
from larsam_desktop.ui.stage_text import interface_language

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
SORT = Qt.ItemDataRole.UserRole
HORIZONTAL = Qt.Orientation.Horizontal
HIDDEN_BRUSH = QBrush(QColor(255, 214, 153), Qt.BrushStyle.Dense4Pattern)
Index = QModelIndex | QPersistentModelIndex


class StatsTableModel(QAbstractTableModel):
    """Rows and the total row of a ``ProtectedTable``; the last column is the row total."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._table: ProtectedTable | None = None
        self._locale = QLocale()

    def set_table(self, table: ProtectedTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def table(self) -> ProtectedTable | None:
        return self._table

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._table is None else self._table.table.shape[0]

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._table is None else self._table.table.shape[1] + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        table = self._table
        if role == DISPLAY and orientation == HORIZONTAL and table is not None:
            if section == 0:
                return label(table.table.row_dimension, interface_language())
            if 1 <= section <= table.table.shape[1]:
                return label(table.table.column_label(section - 1), interface_language())
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        table = self._table
        if table is None or not index.isValid():
            return None
        r, column = index.row(), index.column()
        if not 0 <= r < table.table.shape[0] or not 0 <= column <= table.table.shape[1]:
            return None
        if column == 0:
            text = label(table.table.row_label(r), interface_language())
            return text if role in (DISPLAY, TOOLTIP, ACCESSIBLE, SORT) else None
        c = column - 1
        value = table.table.values[r][c]
        status = table.status[r][c]
        if role == DISPLAY:
            return "?" if value is None else self._locale.toString(value)
        if role == SORT:
            return -1 if value is None else value
        if role == ALIGNMENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == BACKGROUND:
            return HIDDEN_BRUSH if status is not CellStatus.PUBLISHED else None
        if role in (TOOLTIP, ACCESSIBLE):
            shown = "?" if value is None else self._locale.toString(value)
            if status is CellStatus.PRIMARY:
                why = QCoreApplication.translate(
                    "StatsTableModel", "hidden in exports: fewer than k learners"
                )
            elif status is CellStatus.HOMOGENEOUS:
                why = QCoreApplication.translate(
                    "StatsTableModel", "hidden in exports: a small group that is all at one stage"
                )
            elif status is CellStatus.SECONDARY:
                why = QCoreApplication.translate(
                    "StatsTableModel",
                    "hidden in exports so that a small figure cannot be worked out from totals",
                )
            else:
                return shown
            return f"{shown} — {why}"
        return None
