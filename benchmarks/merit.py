"""Meritvärde benchmark: one JSON line a figure, {"name", "value", "unit", "target"}.

    python benchmarks/merit.py [--repeat 500]

A learner with a gymnasieexamen of 18 courses and four komvux completions (two of them
needed for Sjuksköterskeprogrammet), in process, after a warm-up:

* ``merit.one_learner``: the jämförelsetal, meritpoäng and meritvärde per urvalsgrupp
  (``domain.merit.compute_merit``) — target 1 ms (issue 15);
* ``merit.one_learner_for_target``: the same through ``MeritCalculator.merit`` with the
  target, which also decides BI or BII by evaluating the grade document alone — target 1 ms;
* ``merit.standing_with_what_if``: the panel's whole standing against last round's cut-offs
  with the what-if search (for information).

Medians of ``--repeat`` runs; no database is touched.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench.figures import Figure

from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus, Provider
from larsam_desktop.domain.courses.transcript import Examen, Transcript
from larsam_desktop.domain.cutoffs import CutoffMark, CutoffRow
from larsam_desktop.domain.merit.compute import compute_merit
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.merit import MeritCalculator

DOCUMENT = [
    "SVESVE01",
    "SVESVE02",
    "SVESVE03",
    "ENGENG05",
    "ENGENG06",
    "MATMAT01b",
    "HISHIS01b",
    "SAMSAM01b",
    "RELREL01",
    "NAKNAK01b",
    "IDRIDR01",
    "MODSPA01",
    "MODSPA02",
    "MODSPA03",
    "BIOBIO01",
    "KEMKEM01",
    "FYSFYS01a",
    "ENGENG07",
]
COMPLETIONS = ("MATMAT02b", "NAKNAK02", "MATMAT03b", "MODSPA04")
GRADES = (Grade.C, Grade.B, Grade.D, Grade.A, Grade.E)


def transcript(catalogue_points: Callable[[str], int], known: set[str]) -> Transcript:
    records = [
        CourseRecord(code, CourseStatus.COMPLETED, GRADES[i % 5], catalogue_points(code),
                     provider=Provider.UPPER_SECONDARY)
        for i, code in enumerate(c for c in DOCUMENT if c in known)
    ] + [
        CourseRecord(code, CourseStatus.COMPLETED, Grade.C, catalogue_points(code),
                     provider=Provider.KOMVUX)
        for code in COMPLETIONS if code in known
    ]  # fmt: skip
    return Transcript(records=tuple(records), examen=Examen.HOGSKOLEFORBEREDANDE)


def timed(call: Callable[[], object], repeat: int) -> float:
    for _ in range(min(20, repeat)):
        call()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=500)
    args = parser.parse_args(argv)
    data = load_eligibility_data()
    catalogue = data.catalogue
    learner = transcript(catalogue.points, set(catalogue.courses))
    calculator = MeritCalculator(data)
    cutoffs = [
        CutoffRow("HT2025", 2, "Mittuniversitetet", "MIU-1", "Sjuksköterskeprogrammet", group,
                  CutoffMark.VALUE, Decimal(value))
        for group, value in (("BI", "19.80"), ("BII", "19.90"), ("HP", "1.05"))
    ]  # fmt: skip
    courses = {"courses": len(learner.records)}
    figures = [
        Figure("merit.one_learner", timed(lambda: compute_merit(learner, catalogue), args.repeat),
               "ms", 1, 1.0, extra=courses),
        Figure("merit.one_learner_for_target",
               timed(lambda: calculator.merit(learner, "sjukskoterska"), args.repeat),
               "ms", 1, 1.0, extra=courses),
        Figure("merit.standing_with_what_if",
               timed(lambda: calculator.standing(learner, "sjukskoterska", [], cutoffs),
                     max(5, args.repeat // 50)),
               "ms", 1, None, extra=courses),
    ]  # fmt: skip
    for figure in figures:
        print(figure.as_json(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
