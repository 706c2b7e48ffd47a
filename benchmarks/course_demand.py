"""Course demand benchmark (issue 17): one JSON line a figure, {"name", "value", "unit",
"target"}.

    python benchmarks/course_demand.py [--learners 100000] [--keep-data DIR]

* ``course_demand.all_plans``: learners per komvux course, term and lärcentrum over every
  current study plan (``CourseDemandService.demand``: one grouped SQL query that unnests
  each plan's courses, names looked up per distinct code). Target (issue 17): at most 1 s
  over 100,000 plans. The CPU time (against the same target: the wall clock of a quiet
  machine), the load average, the plans read and the groups counted beside it; ``ok``
  on each figure with a target.

The demo database is generated once per size (``--keep-data`` keeps it between runs); a
learner without a plan is given one (four courses over two terms) the first time, so every
learner has a current plan.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET_S = 1.0
COURSES = ("MATMAT02b", "MATMAT02a", "ENGENG06", "SVESVE03", "NAKNAK02", "SAMSAM01b",
           "MATMAT03b", "NAKNAK01a1", "ENGENG05", "BIOBIO01")  # fmt: skip
TERMS = ("VT2027", "HT2027", "VT2028", "HT2028")


def emit(name: str, value: float, unit: str, target: float | None, **extra: object) -> None:
    line: dict[str, object] = {"name": name, "value": round(value, 3), "unit": unit,
                               "target": target}  # fmt: skip
    if target is not None:
        line["ok"] = value <= target
    line.update(extra)
    print(json.dumps(line))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep-data", metavar="DIR", type=Path, help="cache the demo databases")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="larsam-bench-") as scratch:
        run(args.learners, args.repeat, args.keep_data or Path(scratch))
    return 0


def _plan(rng: random.Random) -> object:
    """Four courses: two in the next year's terms, two in the year after."""
    from larsam_desktop.domain.plans.plan import PlanContent, PlannedCourse
    from larsam_desktop.domain.plans.terms import Term

    courses = []
    for n, code in enumerate(rng.sample(COURSES, 4)):
        term = rng.choice(TERMS[:2] if n < 2 else TERMS[2:])
        courses.append(PlannedCourse(code, Term.parse(term), 100))
    return PlanContent(courses=tuple(courses))


def _give_everyone_a_plan(database: object) -> None:
    from sqlalchemy import select

    from larsam_desktop.storage.tables import Learner
    from larsam_desktop.storage.tables.plans import StudyPlanRow

    rng = random.Random(17)
    with database.unit_of_work() as uow:  # type: ignore[attr-defined]
        planned = set(uow.session.scalars(select(StudyPlanRow.learner_id)))
        missing = [i for i in uow.session.scalars(select(Learner.id)) if i not in planned]
        plans = [(learner_id, _plan(rng)) for learner_id in missing]
        uow.plans.bulk_insert(plans, author="benchmark", reason="benchmark", now=datetime.now(UTC))


def run(learners: int, repeat: int, root: Path) -> None:
    from bench import datasets

    from larsam_desktop.paths import AppPaths
    from larsam_desktop.services.course_demand import CourseDemandService
    from larsam_desktop.services.eligibility_data import load_eligibility_data
    from larsam_desktop.services.store import open_store

    folder, _generated = datasets.prepare(root, learners, seed=1)
    store = open_store(AppPaths(folder))
    try:
        _give_everyone_a_plan(store.database)
        catalogue = load_eligibility_data().catalogue

        def name(code: str) -> str | None:
            return catalogue.get(code).name if code in catalogue else None

        service = CourseDemandService(store.database, name)
        service.demand()  # warm: the page cache, as the window's second look
        runs, cpus = [], []
        demand = None
        for _ in range(repeat):
            start, cpu = time.perf_counter(), time.process_time()
            demand = service.demand()
            runs.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        assert demand is not None
        load = round(os.getloadavg()[0], 1)
        wall, cpu = statistics.median(runs), statistics.median(cpus)
        emit("course_demand.all_plans", wall, "s", TARGET_S, load_average=load,
             wall_per_cpu=round(wall / cpu, 2) if cpu else None)  # fmt: skip
        # On a busy machine the wall clock waits for the other processes; the CPU time is
        # what the query costs, and what the wall clock is on a quiet machine.
        emit("course_demand.all_plans.cpu", cpu, "s", TARGET_S, load_average=load)
        emit("course_demand.all_plans.plans", demand.plans, "plans", None)
        emit("course_demand.all_plans.groups", len(demand.rows), "groups", None)
    finally:
        store.database.dispose()


if __name__ == "__main__":
    raise SystemExit(main())
