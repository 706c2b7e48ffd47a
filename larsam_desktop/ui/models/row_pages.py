"""Pages of table rows fetched on one background lane, so a slow server never freezes paint.

A table model asks for the rows of one page when the view paints a row it does not hold.
``BackgroundPages`` runs the fetch on an ordered single lane and waits for it at most one
frame (a local database answers in ~2 ms, so its rows paint at once, without a flicker of
placeholders); otherwise the model shows a placeholder and is handed the rows when they
arrive. While one fetch runs, newer requests wait and the newest runs next (the rows the
person looks at now); beyond a few waiting requests the oldest are dropped and their rows
are repainted once the lane is idle, so a row still on screen asks again.

A result is thrown away when the model's cache was invalidated meanwhile (``forget``): rows
read before an edit must not be shown after it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QThreadPool

from larsam_desktop.services.errors import UserError
from larsam_desktop.ui.operations import run_op
from larsam_desktop.ui.qt import ACCESSIBLE_TEXT, DISPLAY
from larsam_desktop.ui.workers import TaskControl

R = TypeVar("R")
FRAME_BUDGET_S = 0.006  # the GUI thread waits at most this for a page; with the GIL handed
# back (sys.getswitchinterval(), 5 ms) it stays within one frame (16.7 ms)
MAX_WAITING = 4  # requests waiting behind the running one; older ones are dropped
PageKey = tuple[int, int]  # (generation of the id list, first row of the page)


def placeholder(role: int, first_column: bool) -> str | None:
    """What a row not yet fetched shows: "…" in its first column, read out as "Loading"."""
    if role == DISPLAY:
        return "…" if first_column else ""
    if role == ACCESSIBLE_TEXT:
        return QCoreApplication.translate("RowPages", "Loading")
    return None


@dataclass(eq=False)
class _Request(Generic[R]):
    key: PageKey
    ids: list[int]
    epoch: int
    done: threading.Event = field(default_factory=threading.Event)
    rows: Mapping[int, R] | None = None
    applied: bool = False
    waited: bool = False  # a paint waited for it once: later paints show the placeholder


class BackgroundPages(Generic[R]):
    """Fetches pages of rows on ``lane``; ``deliver(key, rows)`` gets them on the GUI thread
    (``rows`` empty: the page was dropped or invalidated, repaint it so it asks again);
    ``report`` gets a ``UserError`` (a stalled server) to show calmly, once per failure."""

    def __init__(
        self,
        fetch: Callable[[Iterable[int]], Mapping[int, R]],
        lane: QThreadPool,
        deliver: Callable[[PageKey, Mapping[int, R]], None],
        report: Callable[[UserError], None],
        budget_s: float = FRAME_BUDGET_S,
    ) -> None:
        self._fetch = fetch
        self._lane = lane
        self._deliver = deliver
        self._report = report
        self._budget_s = budget_s
        self._epoch = 0
        self._running: _Request[R] | None = None
        self._waiting: OrderedDict[PageKey, list[int]] = OrderedDict()
        self._dropped: set[PageKey] = set()

    @property
    def busy(self) -> bool:
        return self._running is not None or bool(self._waiting)

    def request(self, key: PageKey, ids: list[int]) -> Mapping[int, R] | None:
        """The rows at once if they come within the frame budget, else None (they will be
        delivered). A page already asked for is not asked again."""
        request = self._running
        if request is not None and (request.key != key or request.waited):
            if request.key != key:
                self._wait(key, ids)
            return None
        if request is None:
            request = self._start(key, ids)
        request.waited = True  # started now, or prefetched: waited for once, as one frame
        if (
            request.done.wait(self._budget_s)
            and request.rows is not None
            and request.epoch == self._epoch
        ):
            request.applied = True
            self._running = None  # the lane is free for the next page at once
            return request.rows
        return None

    def prefetch(self, key: PageKey, ids: list[int]) -> None:
        """Start reading a page the view will ask for next (a new result's first screen),
        without waiting: the read overlaps the rest of the keystroke until the paint."""
        if self._running is None:
            self._start(key, ids)
        elif self._running.key != key:
            self._wait(key, ids)

    def forget(self) -> None:
        """The cache was invalidated: results still on the way are stale."""
        self._epoch += 1
        self._dropped.update(self._waiting)
        self._waiting.clear()

    # ---- internals ------------------------------------------------------------------------
    def _wait(self, key: PageKey, ids: list[int]) -> None:
        self._waiting[key] = ids
        self._waiting.move_to_end(key)
        while len(self._waiting) > MAX_WAITING:
            old, _ = self._waiting.popitem(last=False)
            self._dropped.add(old)

    def _start(self, key: PageKey, ids: list[int]) -> _Request[R]:
        request: _Request[R] = _Request(key, ids, self._epoch)
        fetch = self._fetch

        def work(_control: TaskControl) -> Mapping[int, R]:
            rows = fetch(request.ids)
            request.rows = rows
            request.done.set()
            return rows

        self._running = request
        run_op(
            None,
            work,
            background=True,
            quiet=True,
            pool=self._lane,
            on_success=lambda rows: self._finished(request, rows),
            on_failure=lambda error: self._failed(request, error),
        )
        return request

    def _finished(self, request: _Request[R], rows: Mapping[int, R]) -> None:
        if not request.applied:
            request.applied = True
            fresh = request.epoch == self._epoch
            self._deliver(request.key, rows if fresh else {})
        self._next(request)

    def _failed(self, request: _Request[R], error: UserError) -> None:
        # The server is likely down: drop what waits; rows on screen ask again when painted.
        self._dropped.update(self._waiting)
        self._waiting.clear()
        self._next(request)
        self._report(error)

    def _next(self, finished: _Request[R]) -> None:
        if self._running is finished:
            self._running = None
        if self._running is not None:
            return
        if self._waiting:
            key, ids = self._waiting.popitem(last=True)  # the newest: what is on screen now
            self._start(key, ids)
            return
        dropped, self._dropped = self._dropped, set()
        for key in sorted(dropped):
            self._deliver(key, {})
