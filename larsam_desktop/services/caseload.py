"""The caseload list: ordered ids for a query, and the visible columns for a page of them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from larsam_desktop.domain.caseload import CaseloadQuery, CaseloadRow
from larsam_desktop.domain.caseload_index import CaseloadIndex, IndexEntry
from larsam_desktop.services.cancellation import CancelCheck, Cancelled, never
from larsam_desktop.storage import caseload_generation, caseload_snapshot
from larsam_desktop.storage.database import Database

INDEX_BATCH = 10_000


class CaseloadService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def search(self, query: CaseloadQuery) -> list[int]:
        """Every matching learner id, in the requested order (filtering and sorting in SQL)."""
        with self._database.unit_of_work(writes=False) as uow:
            return uow.learners.search_ids(query)

    def load_index(self, cancelled: CancelCheck = never) -> CaseloadIndex:
        """Everything search-as-you-type needs, in memory: the snapshot beside the database
        when it is current (~0.3 s per 100,000 learners), else read from the database
        (~1 s per 100,000 on a quiet machine) and saved as the new snapshot.

        Raises ``Cancelled`` between batches when ``cancelled()`` turns true.
        """
        snapshot = caseload_snapshot.read(self._database, self.generation())
        if snapshot is not None:
            return snapshot
        index = CaseloadIndex()
        with self._database.unit_of_work(writes=False) as uow:
            # One read transaction: the generation belongs to exactly the rows read after it.
            generation = caseload_generation.read(uow.session.connection())
            for batch in uow.learners.index_batches(INDEX_BATCH):
                if cancelled():
                    raise Cancelled()
                index.extend(batch)
        index.prepare()  # columns and sort orders now, off the GUI thread
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
