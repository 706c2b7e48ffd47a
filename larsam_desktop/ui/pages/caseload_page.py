"""The caseload: search as you type, filters, a lazily filled table, open a learner.

A search that finds nothing is retried without diacritics once the index is loaded
("aslund" finds "Åslund"), and a line above the table says so."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.caseload import CaseloadQuery, CaseloadRow, SortColumn
from larsam_desktop.domain.caseload_index import CaseloadIndex, IndexEntry
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.errors import UserError
from larsam_desktop.services.startup import FirstScreen
from larsam_desktop.ui.messages import user_error_text
from larsam_desktop.ui.models.caseload_model import (
    COLUMNS,
    CaseloadTableModel,
    Column,
)
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.pages.caseload_filters import fill_filters
from larsam_desktop.ui.pages.caseload_index_loading import (
    CaseloadIndexLoading,
    _Early,
)
from larsam_desktop.ui.pages.caseload_search import PlainRetry
from larsam_desktop.ui.pages.caseload_table import CaseloadTable
from larsam_desktop.ui.settings import UiSettings
from larsam_desktop.ui.stage_text import interface_language
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.workers import BackgroundTask, single_lane

if TYPE_CHECKING:  # the session (and SQLAlchemy behind it) is loaded after the first paint
    from larsam_desktop.services.reference_data import ReferenceChoices
    from larsam_desktop.ui.session import Services

log = logging.getLogger(__name__)
SQL_SEARCH_DELAY_MS = 200  # while the index loads, each SQL search costs ~0.1–0.4 s at 100k


class CaseloadPage(CaseloadIndexLoading, QWidget):
    learner_open_requested = Signal(int)  # learner id
    count_changed = Signal(int, int)  # shown, total

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseloadPage")
        self._session: Services | None = None
        self._settings = settings
        self._index: CaseloadIndex | None = None
        self._index_task: BackgroundTask | None = None
        # The index snapshot read while the store opens (show_first_screen), used once.
        self._early: _Early | None = None
        self._search_waits_for_index = False  # the first screen stays until the index is in
        self._total = self._shown = self._count_generation = 0
        self.filters_generation = 0  # a read of the filter choices overtaken is dropped
        self.counting: Op[int] | None = None
        self.model = CaseloadTableModel(lambda query: [], lambda ids: {}, self)
        self.model.result_changed.connect(self._on_result_changed)
        self.model.rows_unavailable.connect(self._rows_unavailable)
        self._build()
        self._restore_view_state()
        self.filters_read: Op[ReferenceChoices] | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self._run_search)

    def show_first_screen(self, first: FirstScreen) -> None:
        """Show the snapshot's rows until the store is open (they are already in order)."""
        rows: dict[int, CaseloadRow] = {row.id: row for row in first.rows}
        ids = list(rows)
        self._total = first.total
        self.model.set_fetcher(lambda wanted: {i: rows[i] for i in wanted if i in rows})
        self.model.set_searcher(lambda query: ids)
        self.model.set_query(self.current_query())
        if first.database is not None and first.total:
            database = first.database
            self._show_first_screen_index(database)

    def attach(self, session: Services) -> None:
        """Work on this store from now on: filters, the real search, the index."""
        self._session = session
        self.model.set_target_names(session.eligibility_data.target_names(interface_language()))
        self.model.set_fetcher(session.caseload.rows, single_lane("caseload-rows"))
        self._fill_filters()
        self.reload()

    @property
    def sort_state(self) -> tuple[SortColumn, bool]:
        return self._sort, self._descending

    # ---- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        tr = self.tr
        self.search = QLineEdit(self)
        self.search.setObjectName("caseloadSearch")
        self.search.setPlaceholderText(
            tr("Search name, personnummer, municipality or lärcentrum (Ctrl+F)")
        )
        self.search.setAccessibleName(tr("Search the caseload"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._schedule_search)
        self.search.returnPressed.connect(self._open_first_if_single)

        self.coach_filter = self._filter("coachFilter", tr("Filter by coach"))
        self.centre_filter = self._filter("learningCentreFilter", tr("Filter by lärcentrum"))
        self.stage_filter = self._filter("stageFilter", tr("Filter by stage"))
        self.target_filter = self._filter("targetFilter", tr("Filter by eligibility for target"))
        self.municipality_filter = self._filter("municipalityFilter", tr("Filter by municipality"))

        self.table = CaseloadTable(self.model, self._header_clicked, self)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.open_requested.connect(self._open_row)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (
            self.coach_filter,
            self.centre_filter,
            self.municipality_filter,
            self.stage_filter,
            self.target_filter,
        ):
            filters.addWidget(combo, 1)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("emptyResult")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        self.plain_retry = PlainRetry(self)
        self.plain_label = self.plain_retry.label
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(filters)
        layout.addWidget(self.plain_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self.setFocusProxy(self.search)

    def _filter(self, name: str, label: str) -> ChoiceCombo:
        combo = ChoiceCombo(self)
        combo.setObjectName(name)
        combo.setAccessibleName(label)
        combo.setToolTip(label)
        combo.currentIndexChanged.connect(self._schedule_search)
        return combo

    def _fill_filters(self) -> None:
        if self._session is not None:
            self.filters_read = fill_filters(self, self._session, lambda: self._session)

    # ---- state ------------------------------------------------------------------------------
    def _restore_view_state(self) -> None:
        header = self.table.horizontalHeader()
        saved = self._settings.get("caseload/header")
        if not saved or not header.restoreState(saved):
            for column, spec in COLUMNS.items():
                self.table.setColumnHidden(column, not spec.visible_by_default)
        try:
            sort = SortColumn(self._settings.get("caseload/sort_column"))
        except ValueError:
            sort = SortColumn.NAME
        descending = bool(self._settings.get("caseload/sort_descending"))
        self._sort, self._descending = sort, descending
        # Set the indicator without letting the view sort: the searcher does the sorting.
        header.setSortIndicator(
            CaseloadTableModel.column_for_sort(sort),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
        )

    def save_view_state(self) -> None:
        self._settings.set("caseload/header", self.table.horizontalHeader().saveState())
        self._settings.set("caseload/sort_column", self.model.query.sort.value)
        self._settings.set("caseload/sort_descending", self.model.query.descending)

    def current_query(self) -> CaseloadQuery:
        return CaseloadQuery(
            sort=self._sort,
            descending=self._descending,
            text=self.search.text(),
            coach_id=self.coach_filter.value(),
            learning_centre_id=self.centre_filter.value(),
            municipality_code=self.municipality_filter.value(),
            stage=self.stage_filter.value(),
            target_standing=self.target_filter.value(),
        )

    # ---- searching --------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read everything: after a bulk change or when the data store was replaced."""
        if self._session is None:
            return
        self.cancel_background_work()
        early, self._early = self._early, None
        if early is not None and early.result is not None and self._index is early.result.index:
            # Listed from the early snapshot already: it answers while the load checks it.
            self._count_learners()
            self._start_index_load(early=early)
            return
        self._index = None
        self.model.set_searcher(self._session.caseload.search)
        self.model.clear_cache()
        self._count_learners()
        plain = not self.current_query().terms and not self._filtered()
        if early is not None and plain and not (early.done and early.result is None):
            # The first screen's rows are right for this query: they stay until the index
            # (from the snapshot, in well under a second) answers, instead of an SQL search
            # of every id on the GUI thread.
            self._search_waits_for_index = True
        else:
            self._run_search()
        self._start_index_load(early=early)

    def cancel(self) -> None:
        """The ``Page`` protocol: the window closes or the store is replaced."""
        self.cancel_background_work()
        self.filters_generation += 1
        self._count_generation += 1

    def _schedule_search(self) -> None:
        self._search_timer.start(0 if self._index is not None else SQL_SEARCH_DELAY_MS)

    def _run_search(self) -> None:
        if self._session is None and self._index is None:
            return  # still showing the first screen: the search runs once the store is open
        self.plain_retry.match = None  # the SQL search (while the index loads) does not retry
        self.model.set_query(self.current_query())

    def _header_clicked(self, section: int) -> None:
        if COLUMNS[Column(section)].sort is None:
            # Not sortable: put the indicator back where the order really is.
            self.table.horizontalHeader().setSortIndicator(
                CaseloadTableModel.column_for_sort(self.model.query.sort),
                Qt.SortOrder.DescendingOrder
                if self.model.query.descending
                else Qt.SortOrder.AscendingOrder,
            )
            return
        spec_sort = COLUMNS[Column(section)].sort
        assert spec_sort is not None
        self._sort = spec_sort
        self._descending = (
            self.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        )
        self._run_search()

    def _filtered(self) -> bool:
        return any(
            v is not None
            for v in (
                self.coach_filter.value(),
                self.centre_filter.value(),
                self.municipality_filter.value(),
                self.stage_filter.value(),
                self.target_filter.value(),
            )
        )

    def _on_result_changed(self, shown: int) -> None:
        filtered = bool(self.current_query().terms) or self._filtered()
        if shown == 0 and filtered:
            self.empty_label.setText(self.tr("No learner matches the search and filters."))
            self.empty_label.show()
        else:
            self.empty_label.hide()
        self.plain_retry.show(shown)
        self._shown = shown
        self.count_changed.emit(shown, max(shown, self._total))  # the count may be on its way

    def _count_learners(self) -> None:
        """All learners in the store, counted off the GUI thread; the newest count wins."""
        assert self._session is not None
        session, learners = self._session, self._session.learners
        self._count_generation += 1
        generation = self._count_generation

        def counted(total: int) -> None:
            if generation == self._count_generation and session is self._session:
                self._total = total
                self.count_changed.emit(self._shown, max(self._shown, total))

        self.counting = run_op(
            self, lambda _c: learners.count(), background=True, on_success=counted
        )

    def _rows_unavailable(self, error: UserError) -> None:
        """A page of rows could not be read (a stalled server): say so calmly below."""
        self.empty_label.setText(user_error_text(error))
        self.empty_label.show()

    # ---- changes from elsewhere -------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        """Told when shown (``Navigator``): one learner edited costs its index entry and its
        row; learners added or erased, the count and a new search; bulk changes, a reload."""
        if self._session is None:
            return
        if changes.reference:
            self._fill_filters()
        if changes.learners_bulk or changes.database_replaced:
            self.reload()
            return
        if changes.learners and not self._update_in_place(changes.learners):
            self._count_learners()
            index, self._index = self._index, None
            self.model.set_searcher(self._session.caseload.search)
            changed = sorted(changes.learners)
            entries: list[IndexEntry] = []
            if index is not None:
                entries = self._session.caseload.index_entries(changed)
            elif self._index_task is not None:
                # A load is running: its snapshot may miss these changes, so start over.
                self._index_task.cancel()
                self._index_task = None
            self.model.refresh(changes.learners)
            if self._index_task is None:
                self._start_index_load(existing=index, changed=changed, entries=entries)

    def _update_in_place(self, learner_ids: frozenset[int]) -> bool:
        """One learner in the result changed: its index entry and its row, nothing else.

        The row keeps its place (and stays even if it no longer matches a filter) until the
        next search; the index is re-prepared in the background, as after any edit.
        """
        index = self._index
        if self._session is None or len(learner_ids) != 1 or index is None:
            return False
        (learner_id,) = learner_ids
        if self.model.row_of(learner_id) is None:
            return False  # new, or outside the result: the count and the search decide
        entries = self._session.caseload.index_entries([learner_id])
        if len(entries) != 1:
            return False  # erased meanwhile
        self._index = None  # SQL answers the search box while the index re-prepares
        self.model.set_searcher(self._session.caseload.search)
        self.model.update_rows(learner_ids)
        self._start_index_load(existing=index, changed=[learner_id], entries=entries)
        return True

    def select_learner(self, learner_id: int) -> None:
        row = self.model.row_of(learner_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # ---- opening ----------------------------------------------------------------------------
    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.learner_open_requested.emit(self.model.learner_id(row))

    def _open_first_if_single(self) -> None:
        self._search_timer.stop()
        self._run_search()
        if self.model.rowCount() == 1:
            self._open_row(0)
        elif self.model.rowCount() > 1:
            self.table.setFocus()
            self.table.selectRow(0)

    def visible_columns(self) -> list[Column]:
        return self.table.visible_columns()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def index_at(self, row: int) -> QModelIndex:
        return self.model.index(row, 0)
