"""A filter line over a list: rows where every word typed appears in some column, case
folded, and found with or without diacritics ("ostersund" finds "Östersund").

``RowFilter`` sits between a ``ListTableModel`` and its view; code that reads the view's
selection maps the row back with ``source_row``.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QLineEdit, QWidget

from larsam_desktop.domain.caseload_index import plain_letters
from larsam_desktop.domain.text import fold

DISPLAY = Qt.ItemDataRole.DisplayRole


class RowFilter(QSortFilterProxyModel):
    def __init__(self, source: QAbstractItemModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self._terms: tuple[str, ...] = ()

    @property
    def terms(self) -> tuple[str, ...]:
        return self._terms

    def set_text(self, text: str) -> None:
        terms = tuple(plain_letters(word) for word in fold(text).split())
        if terms != self._terms:
            self.beginFilterChange()
            self._terms = terms
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._terms:
            return True
        source = self.sourceModel()
        texts = (
            str(source.data(source.index(source_row, column, source_parent), DISPLAY) or "")
            for column in range(source.columnCount(source_parent))
        )
        row = plain_letters(fold(" ".join(texts)))
        return all(term in row for term in self._terms)

    def source_row(self, row: int) -> int:
        """The source model's row for the view's ``row``."""
        return self.mapToSource(self.index(row, 0)).row()

    def view_row(self, source_row: int) -> int:
        """The view's row for the source model's row (-1 while filtered out)."""
        return self.mapFromSource(self.sourceModel().index(source_row, 0)).row()


def filter_line(parent: QWidget, rows: RowFilter, name: str, accessible: str) -> QLineEdit:
    """The line edit that filters ``rows`` as the coach types."""
    line = QLineEdit(parent)
    line.setObjectName(name)
    line.setAccessibleName(accessible)
    line.setClearButtonEnabled(True)
    line.setPlaceholderText(accessible)
    line.textChanged.connect(rows.set_text)
    return line
