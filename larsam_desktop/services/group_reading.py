"""A student group's learners read on a thread of their own, batch by batch, while the
caller works out the batches already read (issue 17).

The database does most of the reading's work (joining each learner's graded records into
one string, on SQLite and PostgreSQL alike) without Python's lock, so on two cores the
reading of one batch and the evaluation of the one before run side by side. The ids come
first (one cheap query), then the batches, and the people (names, by name) last, while the
caller evaluates the last batches: a first build starts evaluating without waiting for the
names. Everything is read in one read-only transaction: on SQLite the people and every batch
are one snapshot, as when the caller read them itself; a learner added between the queries
on a server is left to the next build (the caller skips a person it has no batch row for).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from types import TracebackType

from larsam_desktop.domain.offerings import GroupFilter
from larsam_desktop.services.cancellation import CancelCheck, Cancelled
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.repositories import eligibility_rows, group_gap_memo
from larsam_desktop.storage.repositories.eligibility_rows import GroupPersonRow, ProfileRow

BATCH = 12_500  # learners per read: ids in one range, so a sparse filter costs one range


@dataclass(frozen=True, slots=True)
class GroupBatch:
    ids: list[int]  # the learners of the batch, ascending
    records: dict[int, str]  # ``eligibility_rows.graded_strings``
    profiles: dict[int, ProfileRow]  # of every learner read (the same for every batch)
    kinds: dict[int, frozenset[str]]  # likewise


@dataclass(frozen=True, slots=True)
class _Failed:
    error: BaseException


_DONE = object()


class GroupReading:
    """``with GroupReading(...) as reading``: ``batches()``, then ``people()`` (by name).
    Leaving the block early (an error, a cancel) stops the reading after its current query."""

    def __init__(
        self,
        database: Database,
        where: GroupFilter,
        deadlines: tuple[date, ...],
        cancelled: CancelCheck,
    ) -> None:
        self._database = database
        self._where = where
        self._deadlines = deadlines
        self._cancelled = cancelled
        self._items: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read, name="student-group-reading")
        self._people: list[GroupPersonRow] | None = None

    def __enter__(self) -> GroupReading:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join()

    def people(self) -> list[GroupPersonRow]:
        """After ``batches()``: every learner read, by name."""
        if self._people is None:
            for _batch in self.batches():
                pass
        assert self._people is not None
        return self._people

    def batches(self) -> Iterator[GroupBatch]:
        if self._people is not None:
            return
        while isinstance(item := self._next(), GroupBatch):
            yield item
        self._people = item  # type: ignore[assignment]
        if self._next() is not _DONE:  # pragma: no cover - the reader's own order
            raise AssertionError("reading out of order")

    def _next(self) -> object:
        item = self._items.get()
        if isinstance(item, _Failed):
            raise item.error
        return item

    def _read(self) -> None:
        put = self._items.put
        try:
            with self._database.unit_of_work(writes=False) as uow:
                session = uow.session
                ids = group_gap_memo.learner_ids(
                    session,
                    municipality_code=self._where.municipality_code,
                    learning_centre_id=self._where.learning_centre_id,
                )
                # The profiles and decisions of all first (row by row, while the caller
                # waits), then the records batch by batch in one row each (group_gap_memo:
                # SQLite's work, beside the caller's evaluation).
                low, high = (ids[0], ids[-1]) if ids else (0, -1)
                profiles = eligibility_rows.profile_rows(session, low, high)
                kinds = eligibility_rows.decision_kinds(session, low, high)
                for start in range(0, len(ids), BATCH):
                    if self._stop.is_set():
                        return  # the caller has left
                    if self._cancelled():
                        raise Cancelled()
                    part = ids[start : start + BATCH]
                    records = group_gap_memo.graded_strings(
                        session, part[0], part[-1], self._deadlines
                    )
                    put(GroupBatch(part, records, profiles, kinds))
                if self._stop.is_set():
                    return
                put(eligibility_rows.group_people(
                    session,
                    municipality_code=self._where.municipality_code,
                    learning_centre_id=self._where.learning_centre_id,
                ))  # fmt: skip
            put(_DONE)
        except BaseException as error:  # handed to the caller, who raises it
            put(_Failed(error))
