"""The caseload list: ordered ids for a query, and the visible columns for a page of them."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence

from larsam_desktop.domain.caseload import CaseloadQuery, CaseloadRow
from larsam_desktop.domain.caseload_index import CaseloadIndex, IndexEntry
from larsam_desktop.services.cancellation import CancelCheck, Cancelled, never
from larsam_desktop.services.caseload_snapshot import EarlyIndex
from larsam_desktop.storage import caseload_generation, caseload_index_read, caseload_snapshot
from larsam_desktop.storage.database import Database

INDEX_BATCH = 10_000
log = logging.getLogger(__name__)


def _ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


class CaseloadService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def search(self, query: CaseloadQuery) -> list[int]:
        """Every matching learner id, in the requested order (filtering and sorting in SQL)."""
        with self._database.unit_of_work(writes=False) as uow:
            return uow.learners.search_ids(query)

    def load_index(
        self,
        cancelled: CancelCheck = never,
        *,
        early: EarlyIndex | None = None,
        reading_database: Callable[[], None] = lambda: None,
    ) -> CaseloadIndex:
        """Everything search-as-you-type needs, in memory: ``early`` (read before the store
        opened) or the snapshot beside the database when it is at the current generation
        (~0.3 s per 100,000 learners), else read from the database (~1 s per 100,000 on a
        quiet machine, several under load; ``reading_database`` is called first) and saved
        as the new snapshot.

        Raises ``Cancelled`` between batches when ``cancelled()`` turns true.
        """
        started = time.perf_counter()
        generation = self.generation()
        if early is not None and generation is not None and early.generation == generation:
            log.info("caseload index: read early from the snapshot, still current")
            return early.index
        snapshot = caseload_snapshot.read(self._database, generation)
        if snapshot is not None:
            log.info("caseload index: snapshot read in %.0f ms", _ms_since(started))
            return snapshot
        reading_database()
        index = CaseloadIndex()
        with self._database.unit_of_work(writes=False) as uow:
            # One read transaction: the generation belongs to exactly the rows read after it.
            connection = uow.session.connection()
            generation = caseload_generation.read(connection)
            batches = (
                caseload_index_read.entry_batches(connection, INDEX_BATCH)
                if self._database.is_sqlite  # plain values: about a third of the CPU
                else uow.learners.index_batches(INDEX_BATCH)
            )
            for batch in batches:
                if cancelled():
                    raise Cancelled()
                index.extend(batch)
        index.prepare()  # columns and sort orders now, off the GUI thread
        log.info("caseload index: read from the database in %.0f ms", _ms_since(started))
        if generation is not None and not cancelled():
            caseload_snapshot.write(self._database, index, generation)
        return index

    def generation(self) -> str | None:
        """The database's caseload generation (None: a server, or no triggers to trust)."""
        if not self._database.is_sqlite:
            return None
        with self._database.unit_of_work(writes=False) as uow:
            return caseload_generation.read(uow.session.connection())

    def index_entries(self, learner_ids: Sequence[int]) -> list[IndexEntry]:
        """Fresh index entries for learners that changed."""
        with self._database.unit_of_work(writes=False) as uow:
            return uow.learners.index_entries(learner_ids)

    def rows(self, ids: Iterable[int]) -> dict[int, CaseloadRow]:
        with self._database.unit_of_work(writes=False) as uow:
            return uow.learners.rows(ids)

    def list(self, query: CaseloadQuery) -> list[CaseloadRow]:
        """The whole result with its columns (the CLI uses this; the GUI pages lazily)."""
        ids = self.search(query)
        found: dict[int, CaseloadRow] = {}
        for start in range(0, len(ids), 5000):
            found.update(self.rows(ids[start : start + 5000]))
        return [found[i] for i in ids if i in found]
