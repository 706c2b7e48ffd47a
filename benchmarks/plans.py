"""Study plan benchmark: one JSON line a figure, {"name", "value", "unit", "target"}.

    python benchmarks/plans.py [--repeat 50] [--learners 1000] [--serial]

* ``plans.render_one``: one typical plan (2 A4 pages: 8 courses, 9 requirements) rendered by
  ReportLab from its prepared document, median of ``--repeat``. Target (issue 19): at most
  15 ms.
* ``plans.pdf_one``: the same from the database (plan, learner, transcript, eligibility check,
  PDF), as the window's Preview does. Target: at most 50 ms.
* ``plans.render_forty_courses``: a 40-course plan (4 pages), for information.
* ``plans.batch_files``: ``--learners`` plans (default 1,000) saved one file each, as
  ``plan pdf --all`` and the window's batch do (plans read in bulk and documents built in
  this process, services/plan_bulk.py; rendered by two worker processes,
  services/plan_batch.py), on a fresh SQLite data folder. Target
  (issue 19): at most 15 s for 1,000. The batch runs on a thread while the main thread
  ticks every 10 ms, as the window's event loop would: ``tick_p99_ms``/``tick_max_ms`` are
  how late those ticks came (how long the GUI thread would wait for the GIL).
  ``cpu_s`` is this process's CPU time, ``workers_cpu_s`` the worker processes'.
* ``plans.batch_files_serial`` (with ``--serial``): the same batch rendered in this process
  only (the code before issue 19), for a before/after in one run.
* ``plans.batch_one_pdf``: the same plans in one PDF, for information.

``cpu_ms``/``cpu_s``: the process's CPU time, less disturbed than wall time when other work
shares the machine.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# A worker process of the batch (``spawn``) imports this script again as ``__mp_main__``;
# the window's and ``plan pdf``'s main modules import next to nothing at the top
# (larsam_desktop.app), so neither does this one there: the workers start as the app's do
# (importing the benchmark's services took ~0.7 s of CPU in each worker).
if __name__ != "__mp_main__":
    from larsam_desktop.domain.courses.grades import Grade
    from larsam_desktop.domain.courses.qualifications import Qualifications, TargetChoice
    from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus
    from larsam_desktop.domain.courses.transcript import Examen
    from larsam_desktop.domain.learner import LearnerDraft
    from larsam_desktop.domain.plans.plan import Activities, CourseDraft, PlanDraft
    from larsam_desktop.paths import AppPaths
    from larsam_desktop.services.eligibility_data import load_eligibility_data
    from larsam_desktop.services.learners import LearnerService
    from larsam_desktop.services.pdf.plan_pdf import render_plans
    from larsam_desktop.services.plan_printing import PlanPrinter, PrintOptions
    from larsam_desktop.services.plans import PlanService
    from larsam_desktop.services.print_settings import PrintSettings
    from larsam_desktop.services.store import open_store
    from larsam_desktop.storage.database import Database

    ON = date(2026, 11, 28)
    NOW = datetime(2026, 11, 28, 9, tzinfo=UTC)
    SETTINGS = PrintSettings("Lärcentrum Östersund", "Rådhusgatan 44\n831 82 Östersund", "")
    OPTIONS = PrintOptions(on=ON)
    TYPICAL = PlanDraft(
        target_id="sjukskoterska",
        target_term="HT2028",
        pace=20,
        courses=tuple(
            CourseDraft(code, term)
            for code, term in (
                ("SVESVE03", "VT2027"), ("ENGENG06", "VT2027"), ("MATMAT02a", "VT2027"),
                ("SAMSAM01b", "VT2027"), ("NAKNAK01b", "HT2027"), ("NAKNAK02", "HT2027"),
                ("HISHIS01a1", "HT2027"), ("RELREL01", "HT2027"),
            )
        ),
        activities=Activities(True, True, date(2027, 4, 10), "Ali Hassan"),
        guidance_offered_on=date(2026, 11, 20),
        coach="Karin Lindqvist",
    )  # fmt: skip


def clock() -> datetime:
    return NOW


def add_learner(database: Database, number: int) -> int:
    learner_id = (
        LearnerService(database, clock=clock)
        .create(
            LearnerDraft(
                given_name=f"Åsa{number}",
                family_name="Öberg-Nguyễn",
                birth_date=date(1990, 1, 1),
                street_address="Storgatan 12",
                postal_code="831 30",
                city="Östersund",
            )
        )
        .learner.id
    )
    with database.unit_of_work() as uow:
        for code in ("SVESVE01", "SVESVE02"):
            uow.courses.add(
                learner_id, CourseRecord(code, CourseStatus.COMPLETED, Grade.C, 100), now=NOW
            )
        uow.profiles.set_qualifications(
            learner_id, Qualifications(examen=Examen.YRKESEXAMEN), now=NOW
        )
        uow.profiles.set_target(learner_id, TargetChoice("sjukskoterska", "HT2028"), now=NOW)
    return learner_id


def timings(work: Callable[[], object], repeat: int) -> list[float]:
    work()  # warm-up (the first plan also loads the fonts: ~50 ms)
    found = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        found.append((time.perf_counter() - start) * 1000)
    return found


def timed_batch(work: Callable[[], object], serial: bool) -> dict[str, float]:
    """Run ``work`` on a thread while this thread ticks every 10 ms; wall and CPU times and
    how late the ticks were."""
    from larsam_desktop.services import plan_batch

    saved = plan_batch.MIN_PLANS_FOR_POOL
    if serial:
        plan_batch.MIN_PLANS_FOR_POOL = 10**9
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start, cpu = time.perf_counter(), time.process_time()
    worker = threading.Thread(target=work)
    worker.start()
    late: list[float] = []
    while worker.is_alive():
        asked = time.perf_counter()
        time.sleep(0.010)
        late.append((time.perf_counter() - asked - 0.010) * 1000)
    worker.join()
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    plan_batch.MIN_PLANS_FOR_POOL = saved
    late.sort()
    return {
        "seconds": seconds,
        "cpu_s": round(time.process_time() - cpu, 1),
        "workers_cpu_s": round(
            after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 1
        ),
        "tick_p99_ms": round(late[int(len(late) * 0.99)], 1) if late else 0.0,
        "tick_max_ms": round(late[-1], 1) if late else 0.0,
    }


def emit(name: str, value: float, unit: str, target: float | None, **extra: object) -> None:
    line = {"name": name, "value": round(value, 3), "unit": unit, "target": target, **extra}
    print(json.dumps(line), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--learners", type=int, default=1000)
    parser.add_argument("--serial", action="store_true", help="also the batch in one process")
    args = parser.parse_args(argv)
    data = load_eligibility_data()
    with tempfile.TemporaryDirectory(prefix="larsam-bench-plans-") as folder:
        paths = AppPaths(Path(folder) / "data")
        store = open_store(paths)
        database = store.database
        plans = PlanService(database, data, clock)
        printer = PlanPrinter(database, plans, clock)
        first = add_learner(database, 0)
        plans.save(first, TYPICAL, author="bench", expected_revision=None)
        document = printer.document(first, OPTIONS)
        one = render_plans([document], SETTINGS)
        pages = len(re.findall(rb"/Type /Page(?!s)", one))  # not the /Pages tree
        cpu = time.process_time()
        runs = timings(lambda: render_plans([document], SETTINGS), args.repeat)
        cpu_ms = (time.process_time() - cpu) * 1000 / (args.repeat + 1)
        emit("plans.render_one", statistics.median(runs), "ms", 15.0, pages=pages,
             p95=round(sorted(runs)[int(len(runs) * 0.95) - 1], 3),
             cpu_ms=round(cpu_ms, 1))  # fmt: skip
        runs = timings(lambda: printer.pdf(first, SETTINGS, OPTIONS), args.repeat)
        emit("plans.pdf_one", statistics.median(runs), "ms", 50.0)

        codes = [c.code for c in data.catalogue.courses.values() if c.system.value == "gy11"][:40]
        terms = ["VT2027", "HT2027", "VT2028", "HT2028", "VT2029"]
        forty = PlanDraft(
            target_id="sjukskoterska", target_term="HT2030", coach="Karin",
            courses=tuple(CourseDraft(code, terms[i % 5]) for i, code in enumerate(codes)),
        )  # fmt: skip
        second = add_learner(database, 1)
        plans.save(second, forty, author="bench", expected_revision=None)
        big = printer.document(second, OPTIONS)
        runs = timings(lambda: render_plans([big], SETTINGS), max(args.repeat // 5, 3))
        emit("plans.render_forty_courses", statistics.median(runs), "ms", None)

        if args.learners:
            ids = [first, second]
            for number in range(2, args.learners):
                learner = add_learner(database, number)
                plans.save(learner, TYPICAL, author="bench", expected_revision=None)
                ids.append(learner)
            target = 15.0 * args.learners / 1000
            variants = [("plans.batch_files", target)]
            if args.serial:
                variants.append(("plans.batch_files_serial", None))
            for name, goal in variants:
                out = Path(folder) / name
                out.mkdir()
                serial = name.endswith("_serial")
                figures = timed_batch(lambda out=out: printer.save_batch(  # type: ignore[misc]
                    ids, SETTINGS, OPTIONS, out_dir=out), serial)  # fmt: skip
                emit(name, figures.pop("seconds"), "s", goal, **figures)
            start = time.perf_counter()
            combined = Path(folder) / "all.pdf"
            result = printer.save_batch(ids, SETTINGS, OPTIONS, out_file=combined)
            seconds = time.perf_counter() - start
            megabytes = round(combined.stat().st_size / 1e6, 1)
            emit("plans.batch_one_pdf", seconds, "s", None, plans=result.plans, mb=megabytes)
        database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
