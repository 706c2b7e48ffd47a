"""A read-only table over a Python list: each column is a header and a function of a row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

DISPLAY = Qt.ItemDataRole.DisplayRole  # module constants: the long enum form is slow in data()
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
HORIZONTAL = Qt.Orientation.Horizontal

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses give ``headers()`` and ``text(row, column)``; ``set_rows`` resets the model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._column_count: int | None = None  # len(headers()): Qt asks very often, tr() is slow

    # ---- to override ------------------------------------------------------------------------
    def headers(self) -> Sequence[str]:
        raise NotImplementedError

    def text(self, row: Row, column: int) -> str:
        raise NotImplementedError

    def role_data(self, row: Row, column: int, role: int) -> Any:
        """Other roles (colour, …); None by default."""
        return None

    # ---- the list ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._column_count = None  # headers may depend on what is shown (an import's columns)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    # ---- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        if self._column_count is None:
            self._column_count = len(self.headers())
        return self._column_count

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == HORIZONTAL and 0 <= section < len(self.headers()):
            return self.headers()[section]
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (DISPLAY, TOOLTIP, ACCESSIBLE):
            return self.text(row, index.column())
        return self.role_data(row, index.column(), role)
