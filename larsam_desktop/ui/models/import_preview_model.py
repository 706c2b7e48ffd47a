"""The import preview: the file's first rows as the mapping reads them, the bad ones marked.

A row that cannot be imported gets a warm background, a "✗" before its line number (a
marker that does not rely on colour) and its reasons as the tooltip and accessible text; a
row that matches a registered learner says which one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QBrush, QColor

from larsam_desktop.domain.errors import FieldError, fill
from larsam_desktop.domain.field_names import field_name
from larsam_desktop.domain.importing import BadRow, Column, Table, reason_label, reason_params
from larsam_desktop.ui.models.list_table_model import (
    ACCESSIBLE,
    DISPLAY,
    FOREGROUND,
    TOOLTIP,
    ListTableModel,
)
from larsam_desktop.ui.stage_text import interface_language
from larsam_desktop.ui.text import fill as fill_numbered

PREVIEW_ROWS = 200
BAD_MARK = "✗"
BAD_BACKGROUND = QColor("#fde2e1")  # light red: readable with the default text colour
BACKGROUND = 8  # Qt.ItemDataRole.BackgroundRole

Row = tuple[int, tuple[str, ...]]


def reason_text(reason: FieldError) -> str:
    """One problem in the window's language: ``Personnummer: Kontrollsiffran stämmer inte…``."""
    language = interface_language()
    template = QCoreApplication.translate("FieldError", reason.template)
    message = fill(template, reason_params(reason, language))
    label = reason_label(reason, language)
    return f"{label}: {message}" if label else message


def bad_row_text(bad: BadRow) -> str:
    """``Rad 3: Personnummer: …; E-post: …`` for the list of rows that cannot be imported."""
    reasons = "; ".join(reason_text(r) for r in bad.reasons)
    return fill_numbered(
        QCoreApplication.translate("ImportPreviewModel", "Line %1: %2"), bad.line, reasons
    )


class ImportPreviewModel(ListTableModel[Row]):
    """Line number, then the mapped columns; bad rows marked once the file was checked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._columns: list[tuple[Column, int]] = []
        self._bad: dict[int, BadRow] = {}
        self._matches: dict[int, int] = {}

    def set_preview(self, table: Table, mapping: Mapping[Column, int]) -> None:
        self._columns = sorted(mapping.items(), key=lambda item: item[1])
        self._bad, self._matches = {}, {}
        self.set_rows(list(table.rows[:PREVIEW_ROWS]))

    def mark(self, bad_rows: Sequence[BadRow], matches: Mapping[int, int]) -> None:
        """Show which rows cannot be imported (and why) and which match a learner."""
        self._bad = {bad.line: bad for bad in bad_rows}
        self._matches = dict(matches)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def is_bad(self, row: int) -> bool:
        return self.row_at(row)[0] in self._bad

    def headers(self) -> Sequence[str]:
        language = interface_language()
        return [self.tr("Line"), *(field_name(c.value, language) for c, _ in self._columns)]

    def text(self, row: Row, column: int) -> str:
        line, cells = row
        if column == 0:
            return f"{BAD_MARK} {line}" if line in self._bad else str(line)
        kind, index = self._columns[column - 1]
        value = cells[index] if index < len(cells) else ""
        if kind is Column.PERSONNUMMER and len(value) > 4:
            return value[:-4] + "••••"  # masked by default, as everywhere in the window
        return value

    def note(self, line: int) -> str:
        """Why a row cannot be imported, or which learner it matches; "" for a plain row."""
        bad = self._bad.get(line)
        if bad is not None:
            text = bad_row_text(bad)
            if bad.duplicate_of is not None:
                text += "\n" + fill_numbered(
                    self.tr("A duplicate of line %1 in this file."), bad.duplicate_of
                )
            return text
        learner = self._matches.get(line)
        if learner is not None:
            return fill_numbered(
                self.tr("Already registered as learner %1: matched, not registered twice."),
                learner,
            )
        return ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if index.isValid() and role in (TOOLTIP, ACCESSIBLE):
            line = self.row_at(index.row())[0]
            note = self.note(line)
            shown = super().data(index, DISPLAY)
            if role == TOOLTIP:
                return note or shown
            return f"{shown}. {note}" if note else shown
        return super().data(index, role)

    def role_data(self, row: Row, column: int, role: int) -> Any:
        if row[0] not in self._bad:
            return None
        if role == BACKGROUND:
            return QBrush(BAD_BACKGROUND)
        if role == FOREGROUND:  # dark text on the light background, in a dark theme too
            return QBrush(QColor("#1a1a1a"))
        return None
