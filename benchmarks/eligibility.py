"""Eligibility engine benchmark: one JSON line a figure, {"name", "value", "unit", "target"}.

    python benchmarks/eligibility.py [--repeat 200]

* ``eligibility.all_targets.*``: every target for one learner (a fresh ``Evaluator`` each time,
  so nothing is cached between runs), for three learners: an empty transcript (every route
  and both examen audits open), a typical komvux learner (~25 courses, what-if on), and one
  with older and Gy25 grades. Target: at most 2 ms each (median; p95 and the median CPU
  time for information: on a machine shared with other work the wall clock is noisy).
* ``eligibility.one_target``: one programme for the typical learner, for information.
* ``eligibility.load_rules``: reading the catalogue and the rule files, for information.
* ``eligibility.one_target_all_learners.first``: one target (sjuksköterska) for every
  stored demo learner (``--learners``, default 100,000; the database is generated once,
  cached with ``--keep-data``), read from SQLite and evaluated, the first time that day
  (every distinct signature evaluated: ``.signatures``). Target (issue 19): at most 2,000 ms.
* ``eligibility.one_target_all_learners``: the same again that day (median of 3: the
  service keeps the day's calculator, so only the reading and the look-ups are left).
  Target: at most 2,000 ms. Each with its CPU time beside it for information.
* ``eligibility.refresh_standings``: every learner against their own target, written back
  (the caseload's "eligible for target" after a rule change), for information.

    python benchmarks/eligibility.py --learners 100000 --keep-data benchmarks/results/data
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.catalogue_files import load_catalogue
from larsam_desktop.domain.courses.transcript import Transcript, parse_transcript
from larsam_desktop.domain.eligibility.engine import Evaluator
from larsam_desktop.domain.eligibility.rule_files import load_rule_book
from larsam_desktop.domain.eligibility.rules import RuleBook
from larsam_desktop.paths import resources_dir

ON = date(2026, 11, 28)
TARGET_MS = 2.0  # issue 15: every target for one learner
BULK_TARGET_MS = 2000.0  # issue 19: one target for 100,000 learners
TYPICAL = [
    "SVASVA01:C", "SVASVA02:D", "SVASVA03:E", "ENGENG05:C", "ENGENG06:planned", "MATMAT01a:E",
    "MATMAT02a:F", "MATMAT02b:ongoing", "SAMSAM01a1:E", "SAMSAM01a2:D", "HISHIS01a1:E",
    "RELREL01:E", "NAKNAK01a1:E", "NAKNAK01a2:planned", "MEDMED01:C", "VÅRVÅR01:B",
    "VÅRVÅR02:C", "BIOBIO01:D", "KEMKEM01:planned", "IDRIDR01:A", "KVARSH:planned",
    "ENGENG07:planned", "FYSFYS01a:F", "MATMAT03b:planned", "HISHIS01a2:E",
]  # fmt: skip
MIXED = [
    "SV1201:G", "SV1202:VG", "EN1201:G", "EN1202:G", "MA1201:G", "MA1202:IG", "SH1201:VG",
    "BI1201:G", "KE1201:G", "FY1201:G", "SVEN3000X:C", "ENGE2000X:E", "MATE2B00X:D",
    "SAMH1A20X:E", "HIST1B00X:E",
]  # fmt: skip


def transcript(catalogue: Catalogue, entries: list[str], **facts: object) -> Transcript:
    courses = []
    for entry in entries:
        code, value = entry.split(":")
        key = "status" if value in ("planned", "ongoing") else "grade"
        courses.append({"code": code, key: value})
    return parse_transcript({"courses": courses, **facts}, catalogue)


def timings(work: Callable[[], object], repeat: int) -> list[float]:
    work()  # warm-up
    found = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        found.append((time.perf_counter() - start) * 1000)
    return found


def cpu_timings(work: Callable[[], object], repeat: int) -> list[float]:
    """As ``timings``, in CPU time of this process (what other work on the machine does
    not add to)."""
    work()
    found = []
    for _ in range(repeat):
        start = time.process_time()
        work()
        found.append((time.process_time() - start) * 1000)
    return found


def emit(name: str, value: float, unit: str, target: float | None) -> None:
    print(json.dumps({"name": name, "value": round(value, 3), "unit": unit, "target": target}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200, help="runs per figure (default 200)")
    parser.add_argument(
        "--learners",
        type=int,
        default=100_000,
        help="stored demo learners for the bulk figures (default 100000; 0 skips them)",
    )
    parser.add_argument("--keep-data", metavar="DIR", type=Path, help="cache the demo databases")
    args = parser.parse_args(argv)

    def load() -> tuple[Catalogue, RuleBook]:
        catalogue = load_catalogue(resources_dir() / "catalogue")
        return catalogue, load_rule_book(resources_dir() / "rules", catalogue)

    emit("eligibility.load_rules", statistics.median(timings(load, 20)), "ms", None)
    catalogue, book = load()
    learners = {
        "empty": (transcript(catalogue, []), False),
        "typical": (transcript(catalogue, TYPICAL, work_years_after_19=4), True),
        "older_and_gy25": (transcript(catalogue, MIXED, slutbetyg_points_passed=2300), False),
    }
    for name, (learner, what_if) in learners.items():
        work = functools.partial(_all_targets, book, catalogue, learner, what_if)
        runs = timings(work, args.repeat)
        emit(f"eligibility.all_targets.{name}", statistics.median(runs), "ms", TARGET_MS)
        emit(f"eligibility.all_targets.{name}.p95", _p95(runs), "ms", None)
        cpu = cpu_timings(work, args.repeat)
        emit(f"eligibility.all_targets.{name}.cpu", statistics.median(cpu), "ms", None)
    typical, _ = learners["typical"]
    runs = timings(
        lambda: Evaluator(book, catalogue, typical, on=ON).evaluate("sjukskoterska"), args.repeat
    )
    emit("eligibility.one_target", statistics.median(runs), "ms", None)
    if args.learners:
        bulk(args.learners, args.keep_data)
    return 0


def bulk(learners: int, keep: Path | None) -> None:
    """One target for every stored learner, and the standings refresh, on a demo database."""
    import tempfile

    from bench import datasets

    from larsam_desktop.services.eligibility_data import load_eligibility_data
    from larsam_desktop.services.target_standing import TargetStandings
    from larsam_desktop.storage.database import Database

    with tempfile.TemporaryDirectory(prefix="larsam-bench-") as scratch:
        folder, _ = datasets.prepare(keep or Path(scratch), learners, seed=1)
        database = Database.for_file(folder / "larsam.sqlite3")
        try:
            standings = TargetStandings(load_eligibility_data())
            # The first run of the day evaluates every distinct signature; the service keeps
            # the day's calculator, so a run again the same day evaluates nothing it has seen.
            start, cpu = time.perf_counter(), time.process_time()
            list(standings.evaluate_everyone(database, "sjukskoterska", on=ON))
            emit("eligibility.one_target_all_learners.first", _ms(start), "ms", BULK_TARGET_MS)
            emit("eligibility.one_target_all_learners.first.cpu", _cpu_ms(cpu), "ms", None)
            evaluated = standings.calculator(ON).distinct_signatures
            emit("eligibility.one_target_all_learners.signatures", evaluated, "signatures", None)
            runs, cpus = [], []
            found: list[object] = []
            for _ in range(3):
                start, cpu = time.perf_counter(), time.process_time()
                found = list(standings.evaluate_everyone(database, "sjukskoterska", on=ON))
                runs.append(_ms(start))
                cpus.append(_cpu_ms(cpu))
            emit(
                "eligibility.one_target_all_learners", statistics.median(runs), "ms", BULK_TARGET_MS
            )
            emit("eligibility.one_target_all_learners.cpu", statistics.median(cpus), "ms", None)
            emit("eligibility.one_target_all_learners.learners", len(found), "learners", None)
            start = time.perf_counter()
            standings.refresh_all(database)
            emit("eligibility.refresh_standings", time.perf_counter() - start, "s", None)
        finally:
            database.dispose()


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _cpu_ms(start: float) -> float:
    return (time.process_time() - start) * 1000


def _all_targets(
    book: RuleBook, catalogue: Catalogue, learner: Transcript, what_if: bool
) -> object:
    return Evaluator(book, catalogue, learner, on=ON, what_if=what_if).evaluate_all()


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


if __name__ == "__main__":
    sys.exit(main())
