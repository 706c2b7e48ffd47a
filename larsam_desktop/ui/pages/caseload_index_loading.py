"""The caseload's search index over the page's life: read early, loaded, kept current.

Before the store is open, the index's snapshot is read on its own lane right after the
table's first paint (``read_early``): every learner is listed and searchable at once, rows
coming from the file itself. Once the store is open the index is loaded (or the early one
checked against the database's generation and kept), SQL answering the search box
meanwhile; after edits the index is brought up to date on the same lane and the GUI thread
never touches an index a worker is preparing. ``CaseloadIndexLoading`` is the page's part
that does this (a mixin of ``CaseloadPage``, which owns the widgets and the search).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from larsam_desktop.domain.caseload_index import CaseloadIndex, IndexEntry
from larsam_desktop.services.cancellation import Cancelled
from larsam_desktop.ui.widgets.after_paint import after_paint
from larsam_desktop.ui.workers import BackgroundTask, TaskControl, single_lane

if TYPE_CHECKING:  # the session (and SQLAlchemy behind it) is loaded after the first paint
    from larsam_desktop.domain.caseload import CaseloadQuery
    from larsam_desktop.services.caseload_snapshot import EarlyIndex
    from larsam_desktop.ui.models.caseload_model import CaseloadTableModel
    from larsam_desktop.ui.pages.caseload_search import PlainRetry
    from larsam_desktop.ui.pages.caseload_table import CaseloadTable
    from larsam_desktop.ui.session import Services

log = logging.getLogger("larsam_desktop.ui.pages.caseload_page")  # the page's log, as before
INDEX_LANE = "caseload-index"  # the index's own worker thread (snapshot read, load, prepare)


class _Early:
    """The snapshot read before the store opened: ``result`` is set on the index lane, so a
    load queued behind it on that lane sees it; ``done`` on the GUI thread."""

    def __init__(self) -> None:
        self.result: EarlyIndex | None = None
        self.done = False
        self.task: BackgroundTask | None = None


class CaseloadIndexLoading:
    """The index part of ``CaseloadPage``: the attributes below are the page's."""

    _session: Services | None
    _index: CaseloadIndex | None
    _index_task: BackgroundTask | None
    _early: _Early | None
    _search_waits_for_index: bool
    _shown: int
    model: CaseloadTableModel
    table: CaseloadTable
    plain_retry: PlainRetry

    if TYPE_CHECKING:  # the page's own

        def current_query(self) -> CaseloadQuery: ...

        def _run_search(self) -> None: ...

    @property
    def index_ready(self) -> bool:
        return self._index is not None

    def _show_first_screen_index(self, database: Path) -> None:
        """After the first paint: a worker reading it meanwhile would hold the GIL."""
        read = lambda: self._read_index_early(database)  # noqa: E731
        after_paint(self.table.viewport(), read, fallback_ms=1000, request_paint=False)

    def _read_index_early(self, database: Path) -> None:
        """The index snapshot on the index's lane while the store opens (~0.3 s at 100,000
        instead of a load of several seconds once it is open); checked when it is."""
        if self._session is not None:
            return  # the store opened first: its load reads the snapshot itself
        early = self._early = _Early()

        def read(_control: TaskControl) -> bool:
            from larsam_desktop.services.caseload_snapshot import read_early

            early.result = read_early(database)
            return early.result is not None

        def done(found: bool) -> None:
            early.done = True
            if found and self._session is None and early.result is not None:
                self._use_early_index(database, early.result.index)
            elif not found and self._search_waits_for_index:
                self._search_now()

        def failed(_error: BaseException) -> None:
            done(False)

        early.task = BackgroundTask(
            read, on_success=done, on_failure=failed, pool=single_lane(INDEX_LANE)
        )

    def _use_early_index(self, database: Path, index: CaseloadIndex) -> None:
        """Every learner listed and searchable before the store is open: the snapshot was
        current for the file when read; once the store is open the load checks it again
        and anything newer replaces it."""
        from larsam_desktop.services.caseload_snapshot import read_rows_early

        self._index = index
        self.model.set_searcher(self.plain_retry.searcher(index))
        self.model.set_fetcher(
            lambda ids: read_rows_early(database, ids), single_lane("caseload-rows")
        )
        self.model.set_query(self.current_query())

    def _start_index_load(
        self,
        existing: CaseloadIndex | None = None,
        early: _Early | None = None,
        changed: Sequence[int] = (),
        entries: Sequence[IndexEntry] = (),
    ) -> None:
        """Load the index (or bring ``existing`` up to date after edits: ``entries`` read
        afresh, the rest of ``changed`` removed, then re-prepared) in the background; SQL
        answers the search box meanwhile, and the GUI thread never touches an index that a
        worker is preparing (an edit may decode its deferred columns: ~0.1 s at 100,000)."""
        assert self._session is not None
        caseload = self._session.caseload

        def load(control: TaskControl) -> CaseloadIndex:
            log.info("caseload index: %s", "re-preparing" if existing else "loading")
            if existing is not None:
                fresh = {entry.id for entry in entries}
                for learner_id in changed:
                    if learner_id not in fresh:
                        existing.remove(learner_id)  # erased meanwhile
                existing.extend(entries)
                existing.prepare()
                return existing
            return caseload.load_index(
                cancelled=lambda: control.cancelled,
                early=None if early is None else early.result,  # the lane ran its read first
                reading_database=lambda: control.progress(0, 1),
            )

        task: BackgroundTask | None = None

        def loaded(index: CaseloadIndex) -> None:
            if task is self._index_task:  # a reload may have replaced this task meanwhile
                self._index_loaded(index)

        def failed(error: BaseException) -> None:
            if task is self._index_task:
                self._index_failed(error)

        # Its own lane: on the shared pool (one thread per core) the start's longer tasks —
        # the integrity check, the standings — would make it wait seconds for a thread.
        def reading_database(_done: int, _total: int) -> None:
            if task is not self._index_task or self._session is None:
                return
            if early is not None and early.result is not None and self._index is early.result.index:
                # The file changed after the early read: that index goes, SQL answers.
                self._index = None
                self.model.set_searcher(self._session.caseload.search)
                self.model.clear_cache()
                self._search_now()
            elif self._search_waits_for_index:
                self._search_now()  # no usable snapshot: SQL answers while the load runs

        task = BackgroundTask(
            load,
            on_success=loaded,
            on_failure=failed,
            on_progress=reading_database,
            pool=single_lane(INDEX_LANE),
        )
        self._index_task = task

    def cancel_background_work(self) -> None:
        if self._index_task is not None:
            self._index_task.cancel()
            self._index_task = None

    def _index_loaded(self, index: CaseloadIndex) -> None:
        self._index = index
        self._index_task = None
        self.model.set_searcher(self.plain_retry.searcher(index))
        if self._search_waits_for_index:
            self._search_now()
        elif self._shown == 0 and self.current_query().terms:  # SQL answered without the retry
            self._run_search()

    def _search_now(self) -> None:
        self._search_waits_for_index = False
        self._run_search()

    def _index_failed(self, error: BaseException) -> None:
        self._index_task = None
        if self._search_waits_for_index:
            self._search_now()
        if isinstance(error, Cancelled):
            return
        log.warning("caseload index could not be loaded; searching in SQL: %r", error)
