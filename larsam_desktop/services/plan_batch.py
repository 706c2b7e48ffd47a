"""Rendering a batch of study plans on every core: a small pool of worker processes.

The parent (the window's background task, or ``plan pdf --all``) reads the plans in bulk
(services/plan_bulk.py), builds each ``PlanDocument`` — plain, picklable data — and hands it
to a worker process,
which turns it into PDF bytes with ReportLab and pikepdf (``render_plans``) and sends them
back. The parent writes every file itself, through ``write_atomically`` (temporary file in
the target folder, journalled in the data folder, fsync, rename), so a worker that dies or a
batch that is cancelled never leaves a partial file, and the crash points stay the same.

ReportLab holds the GIL while it lays out a page, so threads would not help: processes do,
one per core (at most ``MAX_WORKERS``). Workers are started with ``spawn`` (never ``fork``:
the window's process has Qt and database threads) and import only the PDF code. A batch
too small to pay for starting them (``MIN_PLANS_FOR_POOL``) renders in the parent.

``spawn`` imports the parent's main script again in each worker: every entry point keeps
its work under ``if __name__ == "__main__"`` (the console script, ``packaging/launcher.py``
with ``freeze_support()``, the benchmarks; ``python -m larsam_desktop`` is skipped by
multiprocessing itself). A script without that guard would start its work in each worker.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from larsam_desktop.services.pdf.plan_document import PlanDocument
    from larsam_desktop.services.print_settings import PrintSettings

MAX_WORKERS = 2
MIN_PLANS_FOR_POOL = 12  # below this, starting two interpreters costs more than it saves
IN_FLIGHT_PER_WORKER = 3  # documents queued per worker: enough to keep it busy, little memory
WRITES_QUEUED = 8  # finished PDFs waiting for the writer thread at most


def worker_count(plans: int) -> int:
    """How many worker processes a batch of ``plans`` files uses (0: render in the parent)."""
    if plans < MIN_PLANS_FOR_POOL:
        return 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(0, min(MAX_WORKERS, cores or 1)) if (cores or 1) > 1 else 0


def render_one(
    document: PlanDocument, settings: PrintSettings, language: str, created: datetime
) -> bytes:
    """One plan as PDF bytes (run in a worker process, or in the parent)."""
    from larsam_desktop.services.pdf.plan_pdf import render_plans

    return render_plans([document], settings, language=language, created=created)


def _warm_up() -> None:
    """In each worker as it starts: import ReportLab and pikepdf and load the fonts."""
    import pikepdf  # noqa: F401

    from larsam_desktop.services.pdf.fonts import register_fonts

    register_fonts()


class Renderer:
    """Renders documents in submission order, in workers or in the calling thread.

    ``submit`` queues a document; ``ready`` yields the finished ones (oldest first) while
    too many are queued, ``finish`` all that remain. Results come back with the ``key``
    they were submitted with.
    """

    def __init__(self, executor: ProcessPoolExecutor | None, workers: int) -> None:
        self._executor = executor
        self._limit = max(1, workers) * IN_FLIGHT_PER_WORKER
        self._queued: deque[tuple[object, Future[bytes] | bytes]] = deque()

    def submit(
        self,
        key: object,
        document: PlanDocument,
        settings: PrintSettings,
        language: str,
        created: datetime,
    ) -> None:
        if self._executor is None:
            self._queued.append((key, render_one(document, settings, language, created)))
        else:
            future = self._executor.submit(render_one, document, settings, language, created)
            self._queued.append((key, future))

    def ready(self) -> Iterator[tuple[object, bytes]]:
        """The oldest results, waiting for them only while the queue is full."""
        while len(self._queued) >= self._limit or (self._queued and _done(self._queued[0][1])):
            yield self._take()

    def finish(self, cancelled: Callable[[], bool]) -> Iterator[tuple[object, bytes]]:
        while self._queued:
            if cancelled():
                return
            yield self._take()

    def _take(self) -> tuple[object, bytes]:
        key, pending = self._queued.popleft()
        return key, pending if isinstance(pending, bytes) else pending.result()


def _done(pending: Future[bytes] | bytes) -> bool:
    return isinstance(pending, bytes) or pending.done()


@contextmanager
def renderer(plans: int) -> Iterator[Renderer]:
    """A ``Renderer`` for a batch of ``plans``; its worker processes (if any) are stopped
    when the block ends — at once, dropping queued work, when it ends by an exception."""
    workers = worker_count(plans)
    if workers == 0:
        yield Renderer(None, 1)
        return
    executor = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_warm_up,
    )
    try:
        yield Renderer(executor, workers)
    except BaseException:
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    executor.shutdown(wait=True)


class OrderedWriter:
    """Writes the finished files on one thread, in the order given, while the caller reads
    the next plans: each file's fsync waits for the disk (33 ms a file under load here),
    not for the processor. ``check`` raises the first failure; ``close`` waits for every
    write (or, after a failure, only for the one in progress) — ``with`` does either."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="plan-files")
        self._futures: deque[Future[None]] = deque()

    def submit(self, write: Callable[[], None]) -> None:
        self.check()
        while len(self._futures) >= WRITES_QUEUED:
            self._futures.popleft().result()
        self._futures.append(self._executor.submit(write))

    def check(self) -> None:
        while self._futures and self._futures[0].done():
            self._futures.popleft().result()

    def __enter__(self) -> OrderedWriter:
        return self

    def __exit__(self, kind: object, *_rest: object) -> None:
        failed = kind is not None
        self._executor.shutdown(wait=True, cancel_futures=failed)
        if not failed:
            while self._futures:
                self._futures.popleft().result()
