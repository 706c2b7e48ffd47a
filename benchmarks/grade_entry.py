"""One grade typed on the learner page: units of work, SQL statements, GUI-thread time.

    python benchmarks/grade_entry.py [--repeat 20] [--learners 0] [--keep-data DIR]

Opens the real main window (offscreen) on a learner with a target, course records,
qualifications and a study plan, then types a grade in the courses panel and saves it, as the
coach does, ``--repeat`` times (each a new course). Counted while one grade is saved and
everything that follows it has settled (the panels updated, every page told):

* ``grade_entry.units_of_work``: ``Database.unit_of_work()`` entered, on any thread.
  Target (issue 18): at most 3.
* ``grade_entry.statements``: SQL statements sent (SQLAlchemy ``before_cursor_execute``).
  Target: at most 12.
* ``grade_entry.gui_block_max``: the longest stretch the GUI thread was busy, from a 1 ms
  heartbeat timer on the GUI thread (its largest gap, less the 1 ms), over every grade;
  ``p95_ms`` beside it is the 95th percentile of each grade's longest stretch, ``floor_ms``
  the longest gap of the same heartbeat in the same window while nothing happens (what the
  machine's load alone costs). Target: 16 ms.
* ``grade_entry.gui_block_floor``: that idle floor (max and p95 of an idle stretch as long
  as a grade's), measured between the grades.
* ``grade_entry.gui_cpu_max``: the GUI thread's own CPU time in a stretch (the same
  figure without the time spent waiting for a core on a loaded machine), max over grades
  and p95. Target: 16 ms.
* ``grade_entry.settled``: from the save to everything settled, for information.
* ``grade_entry.page.*``: the same three for the learner page alone (no window, so no other
  page is told): the learner page's own share, against the same targets.

With ``--learners N`` the learner sits in a demo caseload of N learners (generated once,
cached with ``--keep-data``), so the caseload page's share is counted at that size.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

UOW_TARGET = 3
STATEMENT_TARGET = 12
GUI_TARGET_MS = 16.0
# One grade a course, a new course every time (``--repeat`` at most this many).
CODES = ("MATMAT01a", "ENGENG05", "SAMSAM01b", "HISHIS01b", "RELREL01", "NAKNAK01b",
         "ENGENG06", "MATMAT02a", "BIOBIO01", "KEMKEM01", "MATMAT01b", "ENGENG07",
         "MATMAT02b", "BIOBIO02", "FYSFYS01a", "KEMKEM02", "IDRIDR01", "MEDMED01",
         "MATMAT03b", "FYSFYS02")  # fmt: skip


@dataclass(slots=True)
class WorkCount:
    """What the database was asked while counting."""

    units_of_work: int = 0
    statements: list[str] = field(default_factory=list)
    threads: set[str] = field(default_factory=set)
    callers: list[str] = field(default_factory=list)  # the ui module that asked, per unit


def _ui_caller() -> str:
    """The ``larsam_desktop/ui`` module nearest to the service call on the stack."""
    import traceback

    for frame in reversed(traceback.extract_stack()):
        if "larsam_desktop/ui/" in frame.filename:
            return frame.filename.split("larsam_desktop/ui/")[-1].removesuffix(".py")
    return "other"


@contextmanager
def counting(database: Any) -> Iterator[WorkCount]:
    """Count units of work and statements of ``database`` (a ``storage.database.Database``)."""
    from sqlalchemy import event

    count = WorkCount()
    lock = threading.Lock()
    original = database.unit_of_work

    @contextmanager
    def counted(*args: Any, **kwargs: Any) -> Iterator[Any]:
        caller = _ui_caller() if threading.current_thread() is threading.main_thread() else ""
        with lock:
            count.units_of_work += 1
            count.threads.add(threading.current_thread().name)
            count.callers.append(caller or "worker thread")
        with original(*args, **kwargs) as uow:
            yield uow

    def statement(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        with lock:
            count.statements.append(" ".join(sql.split())[:120])

    database.unit_of_work = counted
    event.listen(database.engine, "before_cursor_execute", statement)
    try:
        yield count
    finally:
        event.remove(database.engine, "before_cursor_execute", statement)
        del database.unit_of_work


class Heartbeat:
    """The longest gap between ticks of a 1 ms timer on the GUI thread: how long it blocked.

    ``longest_ms`` is wall time (what the coach feels, but on a loaded machine it includes
    waiting for a core); ``longest_cpu_ms`` is the GUI thread's own CPU time in that gap
    (``time.thread_time``), the figure that does not depend on the other processes.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest_ms = 0.0
        self.longest_cpu_ms = 0.0
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._timer = QTimer()
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.longest_ms = max(self.longest_ms, (now - self._last) * 1000 - 1.0)
        self.longest_cpu_ms = max(self.longest_cpu_ms, (cpu - self._last_cpu) * 1000)
        self._last, self._last_cpu = now, cpu

    def start(self) -> None:
        self.longest_ms = self.longest_cpu_ms = 0.0
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self._timer.start()

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return max(self.longest_ms, 0.0)


def idle_floor(duration_ms: float) -> tuple[float, float]:
    """The heartbeat's longest gap and its CPU time while the event loop waits for nothing
    for ``duration_ms``: what the machine (its load, the timer's own jitter) costs alone."""
    from PySide6.QtCore import QEventLoop, QTimer

    heartbeat = Heartbeat()
    loop = QEventLoop()
    heartbeat.start()
    QTimer.singleShot(max(int(duration_ms), 20), loop.quit)
    loop.exec()
    return heartbeat.stop(), heartbeat.longest_cpu_ms


def settle(idle: Callable[[], bool], timeout_s: float = 30.0) -> None:
    """Run the event loop until ``idle()`` and no background task runs, five polls in a row.

    A real event loop (no sleeping), so the heartbeat measures the GUI thread's own work.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    from larsam_desktop.ui.workers import BackgroundTask

    loop = QEventLoop()
    quiet = [0]
    deadline = time.perf_counter() + timeout_s

    def poll() -> None:
        busy = BackgroundTask.running_count() > 0 or not idle()
        quiet[0] = 0 if busy else quiet[0] + 1
        if quiet[0] >= 5 or time.perf_counter() > deadline:
            loop.quit()

    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(poll)
    timer.start()
    loop.exec()
    timer.stop()
    if quiet[0] < 5:
        raise TimeoutError(f"not settled within {timeout_s:.0f} s")


def setup_learner(database: Any) -> int:
    """A learner with a yrkesexamen, two Swedish courses, aiming at sjuksköterska, a plan."""
    from larsam_desktop.domain.courses.grades import Grade
    from larsam_desktop.domain.courses.qualifications import Qualifications, TargetChoice
    from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus
    from larsam_desktop.domain.courses.transcript import Examen
    from larsam_desktop.domain.learner import LearnerDraft
    from larsam_desktop.domain.plans.plan import PlanContent
    from larsam_desktop.domain.plans.terms import Term
    from larsam_desktop.services.learners import LearnerService

    now = datetime.now(UTC)
    learner_id = (
        LearnerService(database)
        .create(LearnerDraft(given_name="Åsa", family_name="Öberg", personnummer="19900101-9802"))
        .learner.id
    )
    with database.unit_of_work() as uow:
        for code, grade in (("SVESVE01", Grade.C), ("SVESVE02", Grade.D)):
            uow.courses.add(
                learner_id, CourseRecord(code, CourseStatus.COMPLETED, grade, 100), now=now
            )
        uow.profiles.set_qualifications(
            learner_id, Qualifications(examen=Examen.YRKESEXAMEN), now=now
        )
        uow.profiles.set_target(learner_id, TargetChoice("sjukskoterska", "HT2027"), now=now)
        content = PlanContent(target_id="sjukskoterska", target_term=Term.parse("HT2027"),
                              coach="Karin")  # fmt: skip
        uow.plans.add_revision(learner_id, content, author="Karin", reason="first", now=now)
    return learner_id


@dataclass(frozen=True, slots=True)
class GradeTyped:
    units_of_work: int
    statements: int
    gui_block_ms: float
    gui_cpu_ms: float
    settled_ms: float
    threads: frozenset[str]
    sql: tuple[str, ...]
    callers: tuple[str, ...] = ()
    floor_ms: float = 0.0  # the idle heartbeat's longest gap over as long, right after
    floor_cpu_ms: float = 0.0


def type_grade(page: Any, database: Any, code: str, grade: str = "C") -> GradeTyped:
    """Type ``code`` and ``grade`` in the learner page's courses panel and save (Return)."""
    panel = page.courses
    rows_before = panel.model.rowCount()
    panel.code.setText(code)
    panel.grade.setText(grade)
    heartbeat = Heartbeat()
    with counting(database) as count:
        heartbeat.start()
        started = time.perf_counter()
        panel.grade.returnPressed.emit()  # as Return in the grade field does
        settle(lambda: panel.model.rowCount() > rows_before and not panel.busy)  # published
        settled_ms = (time.perf_counter() - started) * 1000
        block = heartbeat.stop()
        cpu = heartbeat.longest_cpu_ms
    floor, floor_cpu = idle_floor(settled_ms)
    return GradeTyped(
        count.units_of_work, len(count.statements), block, cpu, settled_ms,
        frozenset(count.threads), tuple(count.statements), tuple(count.callers),
        floor, floor_cpu,
    )  # fmt: skip


def open_window(data_dir: Path, learner_id: int | None) -> Any:
    from larsam_desktop.paths import AppPaths
    from larsam_desktop.services.store import open_store
    from larsam_desktop.ui.application import ensure_application
    from larsam_desktop.ui.main_window import MainWindow
    from larsam_desktop.ui.session import AppSession

    ensure_application()
    paths = AppPaths(data_dir)
    store = open_store(paths)
    if learner_id is None:
        learner_id = setup_learner(store.database)
    window = MainWindow.for_session(AppSession.create(paths, store))
    window.show()
    settle(lambda: True, timeout_s=600)  # the caseload index loads first
    window.open_learner(learner_id)
    settle(lambda: True, timeout_s=120)
    return window


def open_page(data_dir: Path) -> tuple[Any, Any]:
    """The learner page alone (no window, no other page told): its own share of the work."""
    from larsam_desktop.paths import AppPaths
    from larsam_desktop.services.store import open_store
    from larsam_desktop.ui.application import ensure_application
    from larsam_desktop.ui.pages.learner_page import LearnerPage
    from larsam_desktop.ui.session import AppSession

    ensure_application()
    paths = AppPaths(data_dir)
    store = open_store(paths)
    learner_id = setup_learner(store.database)
    session = AppSession.create(paths, store)
    page = LearnerPage(session)
    page.show()
    page.show_learner(session.learners.get(learner_id), session.reference.choices())
    settle(lambda: True)
    return page, session


def main(argv: list[str] | None = None) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from bench import datasets
    from bench.figures import Figure

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20, help=f"grades (≤ {len(CODES)})")
    parser.add_argument("--learners", type=int, default=0, help="demo caseload size (0: none)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep-data", metavar="DIR", type=Path, help="cache the demo database")
    parser.add_argument("--show-sql", action="store_true", help="statements to stderr")
    args = parser.parse_args(argv)
    if not 0 < args.repeat <= len(CODES):
        parser.error(f"--repeat takes 1 to {len(CODES)} (one new course a grade)")
    with tempfile.TemporaryDirectory(prefix="larsam-bench-") as scratch:
        folder = Path(scratch) / "data"
        if args.learners:
            root = args.keep_data.resolve() if args.keep_data else Path(scratch)
            cached, _generated = datasets.prepare(root, args.learners, args.seed)
            import shutil

            shutil.copytree(cached, folder)
        window = open_window(folder, None)
        database = window.session.store.database
        runs = [type_grade(window.learner_page, database, CODES[i % len(CODES)])
                for i in range(args.repeat)]  # fmt: skip
        window.close()
        window.session.close()
        page, session = open_page(Path(scratch) / "page")
        alone = [type_grade(page, session.store.database, CODES[i % len(CODES)])
                 for i in range(args.repeat)]  # fmt: skip
        page.close()
        session.close()
    if args.show_sql:
        for line in runs[-1].sql:
            print(line, file=sys.stderr)
    size = args.learners or 1
    from collections import Counter

    common = {"grades": len(runs), "threads": sorted(set().union(*(r.threads for r in runs)))}
    by_caller = dict(Counter(runs[-1].callers))  # one grade: which module asked for each unit
    figures = [
        Figure("grade_entry.units_of_work", max(r.units_of_work for r in runs), "count", size,
               UOW_TARGET, extra={**common, "by_caller": by_caller}),
        Figure("grade_entry.statements", max(r.statements for r in runs), "count", size,
               STATEMENT_TARGET, extra=common),
        Figure("grade_entry.gui_block_max", max(r.gui_block_ms for r in runs), "ms", size,
               GUI_TARGET_MS, extra=_spread(runs, "gui_block_ms", "floor_ms")),
        Figure("grade_entry.gui_block_floor", max(r.floor_ms for r in runs), "ms", size,
               extra=_spread(runs, "floor_ms")),
        Figure("grade_entry.gui_cpu_max", max(r.gui_cpu_ms for r in runs), "ms", size,
               GUI_TARGET_MS, extra=_spread(runs, "gui_cpu_ms", "floor_cpu_ms")),
        Figure("grade_entry.settled", statistics.median(r.settled_ms for r in runs), "ms", size),
        Figure("grade_entry.page.units_of_work", max(r.units_of_work for r in alone), "count",
               1, UOW_TARGET),
        Figure("grade_entry.page.statements", max(r.statements for r in alone), "count", 1,
               STATEMENT_TARGET),
        Figure("grade_entry.page.gui_block_max", max(r.gui_block_ms for r in alone), "ms", 1,
               GUI_TARGET_MS, extra=_spread(alone, "gui_block_ms", "floor_ms")),
        Figure("grade_entry.page.gui_cpu_max", max(r.gui_cpu_ms for r in alone), "ms", 1,
               GUI_TARGET_MS, extra=_spread(alone, "gui_cpu_ms", "floor_cpu_ms")),
    ]  # fmt: skip
    for figure in figures:
        print(figure.as_json(), flush=True)
    return 0


def _spread(runs: list[GradeTyped], name: str, floor: str | None = None) -> dict[str, Any]:
    """Median and p95 over the grades of one figure (each grade's longest stretch), and the
    idle floor's max beside it."""
    from bench.figures import median, percentile

    values = [float(getattr(r, name)) for r in runs]
    out: dict[str, Any] = {"median_ms": median(values), "p95_ms": percentile(values, 95)}
    if floor is not None:
        out["floor_ms"] = max(float(getattr(r, floor)) for r in runs)
        out["floor_p95_ms"] = percentile([float(getattr(r, floor)) for r in runs], 95)
    return out


if __name__ == "__main__":
    sys.exit(main())
