"""The caseload table's cells painted in one Python call per repaint.

A ``QTableView`` paints each cell through its delegate, which asks the model for ~7 roles a
cell: at 1366×768 that is ~28 rows × 8 columns × 7 = ~1,600 calls from C++ into Python per
keystroke, each taking the GIL again (any other Python thread — a page of rows read on the
rows lane, the services loading — then gets it in between, up to 5 ms a time). Here the
visible cells are painted in one ``paintEvent``: the texts come from the model's row-text
cache (``CaseloadTableModel.row_texts``), and the look is the view's own (its palette, font,
grid, alternating rows, selected rows, the current cell's focus frame, text elided at the
right as the delegate does). ``data()`` still answers every role for accessibility, tool
tips and printing. Anything unusual (right to left, a delegate set for a column, a row
height that is not fixed) is left to ``QTableView.paintEvent``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionFocusRect, QStyleOptionViewItem

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

    from larsam_desktop.ui.models.caseload_model import CaseloadTableModel

STATICS_KEPT = 4000  # laid-out texts remembered (names change with every search)


def _static(text: str, font: QFont) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(QTransform(), font)
    return static


class CellPainter:
    """Paints the table's visible cells; remembers each text laid out (``QStaticText``: the
    same municipality, lärcentrum, coach or stage on many rows is shaped once)."""

    def __init__(self) -> None:
        self._statics: dict[str, QStaticText] = {}
        self._font_key = ""
        self.enabled = True  # False: Qt's own paint (the tests compare the two)

    def can_paint(self, view: QTableView) -> bool:
        return (
            self.enabled
            and not view.isRightToLeft()
            and view.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
        )

    def paint(self, view: QTableView, model: CaseloadTableModel, event: QPaintEvent) -> None:
        rows = model.rowCount()
        area = event.rect()
        vertical = view.verticalHeader()
        first = vertical.visualIndexAt(area.top()) if rows else -1
        if first < 0:
            return
        last = vertical.visualIndexAt(area.bottom())
        if last < 0:
            last = rows - 1
        header = view.horizontalHeader()
        columns: list[tuple[int, int, int]] = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if header.isSectionHidden(logical):
                continue
            x, width = header.sectionViewportPosition(logical), header.sectionSize(logical)
            if x + width > area.left() and x <= area.right() and width > 0:
                columns.append((logical, x, width))
        if not columns:
            return
        font = view.font()
        key = font.key()
        if key != self._font_key:
            self._statics.clear()
            self._font_key = key
        metrics = QFontMetrics(font)
        palette = view.palette()
        if not view.isEnabled():
            group = QPalette.ColorGroup.Disabled
        elif view.isActiveWindow():
            group = QPalette.ColorGroup.Active
        else:
            group = QPalette.ColorGroup.Inactive
        text_color = palette.color(group, QPalette.ColorRole.Text)
        selected_color = palette.color(group, QPalette.ColorRole.HighlightedText)
        highlight = palette.brush(group, QPalette.ColorRole.Highlight)
        alternate = palette.brush(group, QPalette.ColorRole.AlternateBase)
        style = view.style()
        grid = 1 if view.showGrid() else 0
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        alternating = view.alternatingRowColors()
        selection = view.selectionModel()
        current = view.currentIndex() if view.hasFocus() else QModelIndex()
        root = view.rootIndex()
        height = vertical.sectionSize(first)
        statics = self._statics
        line = metrics.height()
        painter = QPainter(view.viewport())
        painter.setFont(font)
        left = columns[0][1]
        right = columns[-1][1] + columns[-1][2]
        y = vertical.sectionViewportPosition(first)
        for row in range(first, last + 1):
            selected = selection is not None and selection.isRowSelected(row, root)
            if selected:
                painter.fillRect(QRect(left, y, right - left, height), highlight)
            elif alternating and row & 1:
                painter.fillRect(QRect(left, y, right - left, height), alternate)
            painter.setPen(selected_color if selected else text_color)
            texts = model.row_texts(row)
            for logical, x, width in columns:
                text = texts[logical]
                if not text:
                    continue
                room = width - grid - 2 * margin
                static = statics.get(text)
                if static is None:
                    if len(statics) > STATICS_KEPT:
                        statics.clear()
                    static = statics[text] = _static(text, font)
                if static.size().width() > room:
                    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
                    static = statics.get(elided)
                    if static is None:
                        static = statics[elided] = _static(elided, font)
                painter.drawStaticText(x + margin, y + (height - grid - line) // 2, static)
            y += height
        if grid:
            self._grid(view, painter, columns, first, last, height)
        if current.isValid() and first <= current.row() <= last:
            self._focus(view, painter, current, group)
        painter.end()

    @staticmethod
    def _grid(
        view: QTableView,
        painter: QPainter,
        columns: list[tuple[int, int, int]],
        first: int,
        last: int,
        height: int,
    ) -> None:
        option = QStyleOptionViewItem()
        option.initFrom(view)
        hint = view.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, view)
        painter.setPen(QColor.fromRgba(hint & 0xFFFFFFFF))
        top = view.verticalHeader().sectionViewportPosition(first)
        bottom = top + (last - first + 1) * height
        left, right = columns[0][1], columns[-1][1] + columns[-1][2]
        for y in range(top + height - 1, bottom, height):
            painter.drawLine(left, y, right - 1, y)
        for _logical, x, width in columns:
            painter.drawLine(x + width - 1, top, x + width - 1, bottom - 1)

    @staticmethod
    def _focus(view: QTableView, painter: QPainter, current: QModelIndex, group: Any) -> None:
        """The current cell's focus frame, as the delegate draws it (``visualRect`` is the
        cell without its grid line)."""
        cell = view.visualRect(current)
        if cell.isEmpty():
            return
        selection = view.selectionModel()
        selected = selection is not None and selection.isSelected(current)
        option = QStyleOptionFocusRect()
        option.initFrom(view)
        option.rect = cell
        option.state |= (
            QStyle.StateFlag.State_KeyboardFocusChange
            | QStyle.StateFlag.State_Item
            | QStyle.StateFlag.State_HasFocus
        )
        if selected:
            option.state |= QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Window
        option.backgroundColor = view.palette().color(group, role)
        view.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, view)
