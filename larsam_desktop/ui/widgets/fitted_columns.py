"""Table columns sized to their contents, yet never wider together than the table.

A laptop leaves a learner's tables about 500 px: sized to their contents, eight columns of
course records need more and the table would scroll sideways. ``fit_columns`` sizes every
column to its contents and then takes what is too much from one flexible column (a name,
elided, with the whole text in its tooltip), down to a floor; when that is not enough, the
optional columns (shown elsewhere too, e.g. in the edit form) are hidden, the last first.
It follows the table when it is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QStyle, QTableView


class _Refit(QObject):
    def __init__(
        self, table: QTableView, flexible: int, floor: int, optional: tuple[int, ...]
    ) -> None:
        super().__init__(table)
        self._table, self._flexible, self._floor = table, flexible, floor
        self._optional = optional
        self._natural: dict[int, int] = {}  # each column's width for its contents

    def fit(self, *, measure: bool) -> None:
        table, header = self._table, self._table.horizontalHeader()
        if measure:
            for column in self._optional:
                header.setSectionHidden(column, False)
            table.resizeColumnsToContents()
            self._natural = {c: header.sectionSize(c) for c in range(header.count())}
        width = table.viewport().width()
        shown = [c for c in range(header.count()) if c not in self._optional]
        for column in self._optional:  # in order, while they fit beside the flexible floor
            if (
                sum(self._natural[c] for c in [*shown, column] if c != self._flexible)
                + (self._floor)
                <= width
            ):
                shown.append(column)
        for column in range(header.count()):
            header.setSectionHidden(column, column not in shown)
            if column in shown and column != self._flexible:
                header.resizeSection(column, self._natural[column])
        others = sum(self._natural[c] for c in shown if c != self._flexible)
        natural = self._natural[self._flexible]
        header.resizeSection(self._flexible, max(self._floor, min(natural, width - others)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._natural:
            self.fit(measure=False)
        return False


def fit_columns(
    table: QTableView, flexible: int, floor: int = 110, optional: tuple[int, ...] = ()
) -> None:
    """Size ``table``'s columns to their contents within its width (see the module)."""
    refit = table.findChild(_Refit)
    if refit is None:
        refit = _Refit(table, flexible, floor, optional)
        table.viewport().installEventFilter(refit)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
    refit.fit(measure=True)


class _Share(QObject):
    """Keeps one column a share of the table: the elastic columns give up width first."""

    def __init__(
        self,
        table: QTableView,
        stretch: int,
        fixed: dict[int, int],
        elastic: dict[int, int],
        share: float,
    ) -> None:
        super().__init__(table)
        self._table, self._stretch, self._share = table, stretch, share
        self._fixed, self._elastic = fixed, elastic

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        width = self._table.viewport().width()
        if width <= 1:
            return
        fixed = sum(self._fixed.values())
        wanted = sum(self._elastic.values())
        stretch_floor = int(width * self._share)
        room = max(0, width - fixed - stretch_floor)  # what the elastic columns may have
        scale = 1.0 if wanted <= room or wanted == 0 else room / wanted
        for column, natural in self._fixed.items():
            header.resizeSection(column, natural)
        given = 0
        for column, natural in self._elastic.items():
            size = max(self._title_width(column), int(natural * scale))
            header.resizeSection(column, size)
            given += size
        header.resizeSection(self._stretch, max(header.minimumSectionSize(), width - fixed - given))

    def _title_width(self, column: int) -> int:
        """The narrowest a column may be: its header's title, between the style's margins."""
        header = self._table.horizontalHeader()
        model = self._table.model()
        title = "" if model is None else model.headerData(column, Qt.Orientation.Horizontal)
        title = title if isinstance(title, str) else ""
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        return max(
            header.minimumSectionSize(),
            header.fontMetrics().horizontalAdvance(title) + 2 * margin + 2,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def share_columns(
    table: QTableView,
    stretch: int,
    fixed: dict[int, int],
    elastic: dict[int, int] | None = None,
    share: float = 0.3,
) -> None:
    """Columns of known widths (``fixed``: never narrower; ``elastic``: narrower, elided,
    when the table is narrow) beside a ``stretch`` column that always keeps at least
    ``share`` of the width and takes what is left: no sideways scrolling on a laptop, and
    the column that says what a row is about is never cut to "…"."""
    share_fit = _Share(table, stretch, fixed, elastic or {}, share)
    table.horizontalHeader().setStretchLastSection(False)
    table.viewport().installEventFilter(share_fit)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    share_fit.fit()
