"""Small charts drawn with QPainter: horizontal bars, and grouped columns over terms.

A value that an export would hide is drawn hatched and labelled with "..", so the coach
sees the exact figure and knows it stays inside the municipality; when every value of a
chart is hidden, the chart says so under its title. Labels are in the interface language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from larsam_desktop.domain.pathway import Stage, stage_name
from larsam_desktop.domain.statistics.facts import MAIN_LINE
from larsam_desktop.domain.statistics.labels import label
from larsam_desktop.domain.statistics.protection import ProtectedTable
from larsam_desktop.ui.stage_text import interface_language

SERIES_COLOURS = ("#2a6199", "#d9822b", "#3c8d5a")
HIDDEN_PATTERN = Qt.BrushStyle.BDiagPattern


@dataclass(frozen=True, slots=True)
class ChartValue:
    label: str
    value: int
    hidden_in_export: bool = False


class BarChart(QWidget):
    """Horizontal bars, one per label, with the exact value at the end of each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._values: list[ChartValue] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(160)

    def set_values(self, title: str, values: Sequence[ChartValue]) -> None:
        self._title = title
        self._values = list(values)
        hidden = self.tr("hidden in exports")
        described = "; ".join(
            f"{v.label}: {v.value}" + (f" ({hidden})" if v.hidden_in_export else "")
            for v in self._values
        )
        note = self.all_hidden_note()
        self.setAccessibleDescription(f"{note} {described}" if note else described)
        self.updateGeometry()
        self.update()

    def values(self) -> list[ChartValue]:
        return list(self._values)

    def all_hidden_note(self) -> str:
        """What the chart says when an export would show none of its figures ("" else)."""
        above_zero = [v for v in self._values if v.value]
        if not above_zero or not all(v.hidden_in_export for v in above_zero):
            return ""
        return self.tr(
            'Every figure of this chart is hidden in exports ("..", below the threshold k); '
            "the exact figures are for your own use."
        )

    def sizeHint(self) -> QSize:
        return QSize(420, 40 + 22 * max(4, len(self._values)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.windowText().color())
        painter.drawText(QRectF(0, 0, self.width(), 20), Qt.AlignmentFlag.AlignLeft, self._title)
        painter.setFont(self.font())
        if not self._values:
            return
        note = self.all_hidden_note()
        offset = 24.0
        if note:
            height = metrics.boundingRect(
                0, 0, self.width(), 200, int(Qt.TextFlag.TextWordWrap), note
            ).height()
            painter.drawText(
                QRectF(0, 22, self.width(), height + 2),
                int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
                note,
            )
            offset += height + 4
        label_width = min(
            self.width() * 0.45, max(metrics.horizontalAdvance(v.label) for v in self._values) + 8
        )
        value_width = metrics.horizontalAdvance("000,000 ..") + 6
        area = self.width() - label_width - value_width
        step = (self.height() - offset - 2) / len(self._values)
        biggest = max(v.value for v in self._values) or 1
        locale = QLocale()
        colour = QColor(SERIES_COLOURS[0])
        for index, item in enumerate(self._values):
            top = offset + index * step
            bar_height = max(4.0, step * 0.7)
            painter.setPen(palette.windowText().color())
            painter.drawText(
                QRectF(0, top, label_width - 6, step),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(item.label, Qt.TextElideMode.ElideRight, int(label_width - 6)),
            )
            width = area * item.value / biggest
            rect = QRectF(label_width, top + (step - bar_height) / 2, width, bar_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(
                QBrush(
                    colour, HIDDEN_PATTERN if item.hidden_in_export else Qt.BrushStyle.SolidPattern
                )
            )
            painter.drawRect(rect)
            if item.hidden_in_export:
                painter.setPen(QPen(colour, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
            painter.setPen(palette.windowText().color())
            text = locale.toString(item.value) + (" .." if item.hidden_in_export else "")
            painter.drawText(
                QRectF(label_width + width + 4, top, value_width, step),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )


class TermChart(QWidget):
    """Grouped columns: for each term, one column per series."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        self._terms: list[str] = []
        self._series: list[tuple[str, list[ChartValue]]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(180)

    def set_series(
        self, title: str, terms: Sequence[str], series: Sequence[tuple[str, Sequence[ChartValue]]]
    ) -> None:
        self._title = title
        self._terms = list(terms)
        self._series = [(name, list(values)) for name, values in series]
        self.setAccessibleDescription(
            "; ".join(
                f"{name}: " + ", ".join(f"{v.label} {v.value}" for v in values)
                for name, values in self._series
            )
        )
        self.update()

    def series(self) -> list[tuple[str, list[ChartValue]]]:
        return list(self._series)

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        metrics = QFontMetrics(self.font())
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(palette.windowText().color())
        painter.drawText(QRectF(0, 0, self.width(), 20), Qt.AlignmentFlag.AlignLeft, self._title)
        painter.setFont(self.font())
        if not self._terms or not self._series:
            return
        legend_x = 0.0
        for number, (name, _) in enumerate(self._series):
            colour = QColor(SERIES_COLOURS[number % len(SERIES_COLOURS)])
            painter.fillRect(QRectF(legend_x, 26, 10, 10), colour)
            painter.setPen(palette.windowText().color())
            painter.drawText(QRectF(legend_x + 14, 22, 400, 18), Qt.AlignmentFlag.AlignLeft, name)
            legend_x += 14 + metrics.horizontalAdvance(name) + 16
        top, bottom = 46.0, self.height() - metrics.height() - 6
        biggest = max((v.value for _, values in self._series for v in values), default=0) or 1
        slot = self.width() / len(self._terms)
        column = slot * 0.8 / len(self._series)
        for t, term in enumerate(self._terms):
            x0 = t * slot + slot * 0.1
            for number, (_, values) in enumerate(self._series):
                item = values[t]
                height = (bottom - top) * item.value / biggest
                colour = QColor(SERIES_COLOURS[number % len(SERIES_COLOURS)])
                rect = QRectF(x0 + number * column, bottom - height, column * 0.9, height)
                style = HIDDEN_PATTERN if item.hidden_in_export else Qt.BrushStyle.SolidPattern
                painter.setPen(QPen(colour, 1) if item.hidden_in_export else Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(colour, style))
                painter.drawRect(rect)
            painter.setPen(palette.windowText().color())
            painter.drawText(
                QRectF(t * slot, bottom + 2, slot, metrics.height() + 4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                metrics.elidedText(term, Qt.TextElideMode.ElideRight, int(slot)),
            )


def funnel_values(cohort: ProtectedTable) -> list[ChartValue]:
    """Learners who reached at least each stage; marked when an export cannot show it."""
    t = cohort.table
    total = t.shape[0] - 1
    values = []
    running, hidden = 0, False
    for c in range(len(t.columns) - 1, -1, -1):
        running += t.values[total][c] or 0
        hidden = hidden or cohort.hidden(total, c)
        values.append(ChartValue(label(t.columns[c], interface_language()), running, hidden))
    return values[::-1]


def term_series(
    by_term: ProtectedTable, stages: Sequence[Stage]
) -> tuple[tuple[str, ...], list[tuple[str, list[ChartValue]]]]:
    """Per stage, the learners reaching it in each term (exact, marked where hidden)."""
    t = by_term.table
    series = []
    for stage in stages:
        c = MAIN_LINE.index(stage)
        values = [
            ChartValue(t.rows[r], t.values[r][c] or 0, by_term.hidden(r, c))
            for r in range(len(t.rows))
        ]
        series.append((stage_name(stage, interface_language()), values))
    return t.rows, series
