"""The caseload table: an ordered id list from a search, rows fetched lazily in pages.

The model never holds 100,000 rows of data: it holds the ordered ids that the search
returned and fetches the visible columns for a page of them when the view asks.
Searching and sorting happen in the searcher (SQL or the in-memory index), not here.
A store's rows are fetched on a background lane (``row_pages.BackgroundPages``): rows not
yet there show a calm placeholder ("…", read out as "Loading") and are repainted when their
page arrives; a stalled server is reported through ``rows_unavailable``, never a frozen
window. The first screen's snapshot is in memory and is read at once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from shiboken6 import isValid

from larsam_desktop.domain.caseload import CaseloadQuery, CaseloadRow, SortColumn
from larsam_desktop.services.errors import UserError
from larsam_desktop.ui.models.caseload_columns import (
    COLUMNS,
    STAGE_TITLES,
    TARGET_STANDING_TITLES,
    Column,
    ColumnSpec,
    TimeInStage,
    column_texts,
    protected_text,
    target_standing_title,
    time_in_stage,
)
from larsam_desktop.ui.models.row_pages import BackgroundPages, PageKey, placeholder
from larsam_desktop.ui.qt import ACCESSIBLE_TEXT, DISPLAY, HORIZONTAL, TOOLTIP, USER
from larsam_desktop.ui.stage_text import stage_title

__all__ = [  # the columns, re-exported: the page, the table and the tests import them here
    "COLUMNS",
    "STAGE_TITLES",
    "TARGET_STANDING_TITLES",
    "CaseloadTableModel",
    "Column",
    "ColumnSpec",
    "TimeInStage",
    "stage_title",
    "target_standing_title",
    "time_in_stage",
]

Searcher = Callable[[CaseloadQuery], Sequence[int]]  # a list, or the index's lazy view
RowFetcher = Callable[[Iterable[int]], dict[int, CaseloadRow]]
LEARNER_ID_ROLE = USER
PAGE_SIZE = 64  # about two screens: a fetch costs ~1.6 ms, 200 rows ~4.5 ms at 100,000
CACHE_LIMIT = 5000
TEXTS_KEPT = 2000  # rows' texts remembered (~3 KB each): 70 screens
_CONTEXT = "CaseloadTableModel"
_ROLES = frozenset({DISPLAY, TOOLTIP, ACCESSIBLE_TEXT, LEARNER_ID_ROLE})


_LOADING = ("…", *("" for _ in range(len(COLUMNS) - 1)))  # a row not yet read
_SORT_TO_COLUMN = {spec.sort: column for column, spec in COLUMNS.items() if spec.sort}
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


class CaseloadTableModel(QAbstractTableModel):
    """Read-only table over the caseload. ``query`` decides rows and order."""

    result_changed = Signal(int)  # number of rows after a new search or sort
    rows_unavailable = Signal(object)  # a UserError: a page could not be read (server stalled)

    def __init__(self, searcher: Searcher, fetch_rows: RowFetcher, parent: Any = None) -> None:
        super().__init__(parent)
        self._target_names: Mapping[str, str] = {}
        self._searcher = searcher
        self._fetch_rows = fetch_rows
        self._query = CaseloadQuery()
        self._ids: Sequence[int] = []
        self._count = 0  # len(self._ids), asked for every cell painted
        self._rows: OrderedDict[int, CaseloadRow] = OrderedDict()
        # Every column's text of the rows painted lately, by learner id (``row_texts``):
        # a repaint costs no formatting; dropped with the rows, daily and on a new setting.
        self._texts: dict[int, tuple[str, ...]] = {}
        self._texts_day = date.today()
        self._show_full_personnummer = False
        self._pages: BackgroundPages[CaseloadRow] | None = None
        self._generation = 0  # bumped whenever the id list changes: positions are stale

    # ---- queries --------------------------------------------------------------------------
    @property
    def query(self) -> CaseloadQuery:
        return self._query

    def set_target_names(self, names: Mapping[str, str]) -> None:
        """Programme names by target id, for the "eligible for target" column."""
        self._target_names = names
        self._texts.clear()

    def set_searcher(self, searcher: Searcher) -> None:
        """Swap how ids are found (SQL while the index loads, then the index); same results."""
        self._searcher = searcher

    def set_fetcher(self, fetch_rows: RowFetcher, lane: QThreadPool | None = None) -> None:
        """Swap where row data comes from (the first-screen snapshot, then the store).
        ``lane``: fetch pages there (``workers.single_lane``), never on the GUI thread."""
        self._fetch_rows = fetch_rows
        self.clear_cache()
        self._pages = None
        if lane is not None:
            self._pages = BackgroundPages(fetch_rows, lane, self._page_arrived, self._rows_failed)

    def set_query(self, query: CaseloadQuery) -> None:
        ids = self._searcher(query)
        self.beginResetModel()
        self._query = query
        self._ids = ids
        self._count = len(ids)
        self._generation += 1
        self._prefetch_first_page()
        self.endResetModel()
        self.result_changed.emit(len(ids))

    def refresh(self, changed_ids: Iterable[int] = ()) -> None:
        """Run the current query again, forgetting cached rows of learners that changed."""
        changed = list(changed_ids)
        for learner_id in changed:
            self._rows.pop(learner_id, None)
            self._texts.pop(learner_id, None)
        if changed and self._pages is not None:
            self._pages.forget()
        self.set_query(self._query)

    def update_rows(self, changed_ids: Iterable[int]) -> bool:
        """Repaint the rows of learners that changed, read afresh, without a new search
        (each keeps its place until the next one). False if one is not in the result."""
        rows = [self.row_of(learner_id) for learner_id in changed_ids]
        if any(row is None for row in rows):
            return False
        for learner_id in changed_ids:
            self._rows.pop(learner_id, None)
            self._texts.pop(learner_id, None)
        if self._pages is not None:
            self._pages.forget()
        last = len(COLUMNS) - 1
        for row in rows:
            assert row is not None
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        return True

    def clear_cache(self) -> None:
        self._rows.clear()
        self._texts.clear()
        if self._pages is not None:
            self._pages.forget()

    @contextmanager
    def reading_every_row(self) -> Iterator[None]:
        """Rows read at once, here, while inside (a printout of the whole list)."""
        pages, self._pages = self._pages, None
        try:
            yield
        finally:
            self._pages = pages

    def row_loaded(self, row: int) -> bool:
        """The row's data is here (not a placeholder)."""
        return 0 <= row < len(self._ids) and self._ids[row] in self._rows

    @property
    def loading(self) -> bool:
        """A page is being fetched or waits to be (tests and the benchmark wait on it)."""
        return self._pages is not None and self._pages.busy

    def set_show_full_personnummer(self, show: bool) -> None:
        self._show_full_personnummer = show
        self._texts.clear()
        if self._ids:
            column = Column.PERSONNUMMER
            self.dataChanged.emit(self.index(0, column), self.index(len(self._ids) - 1, column))

    def learner_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, learner_id: int) -> int | None:
        try:
            return self._ids.index(learner_id)
        except ValueError:
            return None

    # ---- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == HORIZONTAL and role == DISPLAY and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate(_CONTEXT, COLUMNS[Column(section)].title)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        # Asked for every cell painted: the flags are built once (an enum "|" costs more).
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        # The delegate asks ~7 roles per cell on every paint; answer the unused ones first,
        # before touching the index (each call into Qt costs more than a comparison).
        if role not in _ROLES:
            return None
        row_number = index.row()
        if not 0 <= row_number < self._count or not index.isValid():
            return None
        if role == LEARNER_ID_ROLE:
            return self._ids[row_number]
        row = self._row(row_number)
        if row is None:
            return placeholder(role, index.column() == 0)
        if role == TOOLTIP:
            return protected_text() if row.protected_identity.hides_address else None
        return self._texts_of(self._ids[row_number], row)[index.column()]

    def row_texts(self, position: int) -> Sequence[str]:
        """Every column's text of the row at ``position`` (what the table paints): a row
        still on its way shows "…" in its first column."""
        learner_id = self._ids[position]
        texts = self._texts.get(learner_id)
        if texts is not None and self._texts_day == date.today():
            return texts
        row = self._row(position)
        return _LOADING if row is None else self._texts_of(learner_id, row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        sort = COLUMNS[Column(column)].sort
        if sort is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) != (self._query.sort, self._query.descending) or not self._ids:
            self.layoutAboutToBeChanged.emit()
            self._query = replace(self._query, sort=sort, descending=descending)
            self._ids = self._searcher(self._query)
            self._count = len(self._ids)
            self._generation += 1
            self.layoutChanged.emit()
            self.result_changed.emit(len(self._ids))

    @staticmethod
    def column_for_sort(sort: SortColumn) -> Column:
        return _SORT_TO_COLUMN[sort]

    # ---- internals ------------------------------------------------------------------------
    def _row(self, position: int) -> CaseloadRow | None:
        learner_id = self._ids[position]
        row = self._rows.get(learner_id)
        if row is None:
            start = position - position % PAGE_SIZE
            page = [i for i in self._ids[start : start + PAGE_SIZE] if i not in self._rows]
            if self._pages is None:
                fetched: Mapping[int, CaseloadRow] | None = self._fetch_rows(page)
            else:
                fetched = self._pages.request((self._generation, start), page)
            if fetched is None:
                return None  # on its way: a placeholder until _page_arrived
            self._store(fetched)
            row = self._rows.get(learner_id)
        return row

    def _prefetch_first_page(self) -> None:
        """A new result's first rows read on the lane from now, while the view lays out,
        the labels change and the window repaints, instead of from the table's paint."""
        if self._pages is not None and self._count:
            page = [i for i in self._ids[:PAGE_SIZE] if i not in self._rows]
            if page:
                self._pages.prefetch((self._generation, 0), page)

    def _store(self, rows: Mapping[int, CaseloadRow]) -> None:
        self._rows.update(rows)
        while len(self._rows) > CACHE_LIMIT:
            self._rows.popitem(last=False)

    def _texts_of(self, learner_id: int, row: CaseloadRow) -> tuple[str, ...]:
        today = date.today()
        if today != self._texts_day:  # "today", "12 days": the time in stage moved on
            self._texts.clear()
            self._texts_day = today
        texts = self._texts.get(learner_id)
        if texts is None:
            if len(self._texts) >= TEXTS_KEPT:
                self._texts.clear()
            texts = column_texts(row, self._show_full_personnummer, self._target_names)
            self._texts[learner_id] = texts
        return texts

    def _page_arrived(self, key: PageKey, rows: Mapping[int, CaseloadRow]) -> None:
        """A page came from the lane (rows by id stay true after a new search; positions
        only for the id list they were asked for). Empty: repaint so the rows ask again."""
        if not isValid(self):
            return  # the page was closed while the lane fetched
        self._store(rows)
        generation, start = key
        if generation == self._generation and start < len(self._ids):
            end = min(start + PAGE_SIZE, len(self._ids)) - 1
            self.dataChanged.emit(self.index(start, 0), self.index(end, len(COLUMNS) - 1))

    def _rows_failed(self, error: UserError) -> None:
        if isValid(self):
            self.rows_unavailable.emit(error)
