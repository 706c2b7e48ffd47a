"""Statistics benchmark (issues 6, 12): one JSON line a figure, {"name", "value", "unit", "target"}.

    python benchmarks/anonymised_stats.py [--learners 100000] [--repeat 3] [--keep-data DIR]

* ``stats.export.{csv,xlsx,pdf}``: ``larsam-desktop stats export`` over every demo learner
  (every ended term), timed from spawning the process to its exit (start-up, opening the
  store, reading, perturbing, protecting, writing, recording). The publication register is
  emptied before each run, so every run computes the figures (a repeated export of a
  published period only copies them). Target: at most 2 s (median of ``--repeat`` runs).
* ``stats.startup``: ``larsam-desktop stats threshold`` (start-up and opening the store,
  with its quick check, and one query): the part of the above that is not statistics.
* ``stats.export_in_process.*``: the same export as a service call in a warm process (what
  the dashboard's Export button costs). Target: at most 1 s.
* ``stats.dashboard.shown``: in the window (offscreen Qt, background work settled), from
  choosing *Statistics* in the navigation to the dashboard's first paint. Target: 500 ms.
* ``stats.dashboard.figures_all`` / ``figures_coach``: from the click (or *Update* with one
  coach chosen) to the charts painted with every learner's / one coach's figures; the
  figures are computed in a background task, with progress, while the page is already
  shown. Target for every learner: 1 s.

    python benchmarks/anonymised_stats.py --keep-data benchmarks/results/data
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

EXPORT_TARGET_S = 2.0
EXPORT_IN_PROCESS_TARGET_S = 1.0
DASHBOARD_TARGET_MS = 500.0
FIGURES_TARGET_MS = 1000.0


def emit(name: str, value: float, unit: str, target: float | None, **extra: object) -> None:
    ok = None if target is None else value <= target
    line = {"name": name, "value": round(value, 3), "unit": unit, "target": target, "ok": ok}
    print(json.dumps({**line, **extra}, ensure_ascii=False), flush=True)


def _forget_publications(folder: Path) -> None:
    """Empty the register, so the next export computes its figures instead of copying them."""
    import sqlite3

    with sqlite3.connect(folder / "larsam.sqlite3") as connection:
        connection.execute("DELETE FROM statistics_publication")


def _children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes so far: what a run
    costs whatever the load (wall-clock figures on a loaded machine are several-fold)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def export_figures(folder: Path, learners: int, repeat: int) -> None:
    # Spawned in the checkout's root: ``-m larsam_desktop`` is this tree's code, not an
    # editable install's (which matters when a copy of the tree is measured beside it).
    base = [sys.executable, "-m", "larsam_desktop", "--data-dir", str(folder)]
    runs = []
    for _ in range(repeat + 1):
        started = time.perf_counter()
        subprocess.run([*base, "stats", "threshold"], check=True, capture_output=True, cwd=ROOT)
        runs.append(time.perf_counter() - started)
    emit("stats.startup", statistics.median(runs[1:]), "s", None, runs=[round(r, 3) for r in runs])
    with tempfile.TemporaryDirectory(prefix="larsam-stats-bench-") as scratch:
        for fmt in ("csv", "xlsx", "pdf"):
            out = Path(scratch) / f"stats.{fmt}"
            command = [*base, "stats", "export", "--format", fmt, "--out", str(out)]
            _forget_publications(folder)
            subprocess.run(command, check=True, capture_output=True, cwd=ROOT)  # file cache
            runs, cpu = [], []
            for _ in range(repeat):
                _forget_publications(folder)
                started, cpu_started = time.perf_counter(), _children_cpu()
                subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
                runs.append(time.perf_counter() - started)
                cpu.append(_children_cpu() - cpu_started)
            emit(
                f"stats.export.{fmt}", statistics.median(runs), "s", EXPORT_TARGET_S,
                learners=learners, runs=[round(r, 3) for r in runs], bytes=out.stat().st_size,
                cpu_s=round(statistics.median(cpu), 3), load=round(os.getloadavg()[0], 1),
            )  # fmt: skip
        from larsam_desktop.paths import AppPaths
        from larsam_desktop.services.statistics import StatisticsFilter
        from larsam_desktop.services.stats_export.export import StatisticsExporter
        from larsam_desktop.services.store import open_store

        store = open_store(AppPaths(folder))
        exporter = StatisticsExporter(store.database)
        for fmt in ("csv", "xlsx", "pdf"):
            runs, cpu = [], []
            for _ in range(repeat):
                _forget_publications(folder)
                started, cpu_started = time.perf_counter(), time.process_time()
                exporter.export(Path(scratch) / f"warm.{fmt}", StatisticsFilter())
                runs.append(time.perf_counter() - started)
                cpu.append(time.process_time() - cpu_started)
            emit(
                f"stats.export_in_process.{fmt}", statistics.median(runs), "s",
                EXPORT_IN_PROCESS_TARGET_S, learners=learners, runs=[round(r, 3) for r in runs],
                cpu_s=round(statistics.median(cpu), 3), load=round(os.getloadavg()[0], 1),
            )  # fmt: skip
        store.database.dispose()
        _forget_publications(folder)


def dashboard_probe(folder: Path) -> None:
    """Runs in its own process: open the window, settle, click Statistics, time paints."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from larsam_desktop.paths import AppPaths
    from larsam_desktop.services.store import open_store
    from larsam_desktop.ui.application import ensure_application
    from larsam_desktop.ui.main_window import MainWindow
    from larsam_desktop.ui.session import AppSession
    from larsam_desktop.ui.workers import BackgroundTask

    app = ensure_application()
    paths = AppPaths(folder)
    window = MainWindow.for_session(AppSession.create(paths, open_store(paths)))
    window.resize(1280, 800)
    window.show()
    deadline = time.perf_counter() + 120
    quiet_since = time.perf_counter()
    while time.perf_counter() < deadline:  # index load, standings: let them finish first
        app.processEvents()
        if BackgroundTask.running_count():
            quiet_since = time.perf_counter()
        elif time.perf_counter() - quiet_since > 1.0:
            break
        time.sleep(0.01)

    marks: dict[str, float] = {}

    class Painted(QObject):
        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.key not in marks:
                page = window.statistics.page
                if self.key == "shown" or (page is not None and page.report is not None):
                    marks[self.key] = time.perf_counter()
            return False

    rect = window.navigation.visualItemRect(window.statistics.item)
    started = time.perf_counter()
    QTest.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.statistics.page
    assert page is not None
    shown, figures = Painted("shown"), Painted("figures")
    page.installEventFilter(shown)
    page.funnel.installEventFilter(figures)
    while "figures" not in marks and time.perf_counter() - started < 60:
        app.processEvents()
        time.sleep(0.002)  # a spinning GUI thread would hold the GIL from the worker
    learners = page.funnel.values()[0].value if page.funnel.values() else 0
    result = {
        "shown_ms": (marks.get("shown", started) - started) * 1000,
        "figures_all_ms": (marks.get("figures", started) - started) * 1000,
        "learners_all": learners,
    }
    # One coach's caseload, as a coach looks at it.
    marks.pop("figures")
    page.coach.setCurrentIndex(1)
    page.report = None
    started = time.perf_counter()
    page.update_button.click()
    while "figures" not in marks and time.perf_counter() - started < 60:
        app.processEvents()
        time.sleep(0.002)
    result["figures_coach_ms"] = (marks.get("figures", started) - started) * 1000
    result["learners_coach"] = page.funnel.values()[0].value if page.funnel.values() else 0
    print(json.dumps(result), flush=True)
    window.close()
    QApplication.processEvents()


def dashboard_figures(folder: Path, learners: int, repeat: int) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, __file__, "--probe-dashboard", str(folder)]
    runs = []
    for _ in range(repeat):
        done = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    for key, target in (
        ("shown_ms", DASHBOARD_TARGET_MS),
        ("figures_all_ms", FIGURES_TARGET_MS),
        ("figures_coach_ms", DASHBOARD_TARGET_MS),
    ):
        values = [run[key] for run in runs]
        emit(
            f"stats.dashboard.{key.removesuffix('_ms')}", statistics.median(values), "ms", target,
            learners=learners, runs=[round(v) for v in values],
            coach_learners=runs[0]["learners_coach"],
        )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep-data", type=Path, metavar="DIR")
    parser.add_argument("--skip-export", action="store_true", help="only the dashboard figures")
    parser.add_argument("--probe-dashboard", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.probe_dashboard:
        dashboard_probe(args.probe_dashboard)
        return 0
    from bench import datasets

    with tempfile.TemporaryDirectory(prefix="larsam-bench-") as temporary:
        root = args.keep_data or Path(temporary)
        folder, _ = datasets.prepare(root, args.learners, args.seed)
        if not args.skip_export:
            export_figures(folder, args.learners, args.repeat)
        dashboard_figures(folder, args.learners, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
