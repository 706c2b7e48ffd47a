"""Caseload benchmarks: start-up, search keystrokes, sorting, memory — one JSON line a figure.

    python benchmarks/run.py [--sizes 1000,10000,100000] [--repeat 7] [--keep-data DIR]

For each size a demo database is generated (``larsam-desktop demo``; cached with
``--keep-data``), then every probe runs in a fresh process with QT_QPA_PLATFORM=offscreen:

* start-up: spawn → first paint of the caseload table with rows on it, beside a bare
  PySide6 window (QMainWindow + QTableView, empty model) spawned in the same run;
* interaction: index load, keystroke latency (p50/p95/max), header sorts, peak RSS;
* sql: keystroke latency while the index is not loaded (SQL search), for information;
* index_cpu: CPU time of the index without Qt, read from the database and from its
  snapshot (load, the search for each sort and the typed words), for information.

Each line is {"name", "value", "unit", "target", "ok", "learners", ...}; ``target`` is in
the figure's unit (the value must not exceed it) or null for figures kept for information.
These are measurements, not tests: a missed target does not change the exit status.
Method and results: docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from bench import datasets, suite
from bench.figures import Figure

PROBES: dict[str, Callable[[Path, int, argparse.Namespace], Iterator[Figure]]] = {
    "startup": lambda folder, n, args: suite.startup(folder, n, args.repeat),
    "interaction": lambda folder, n, args: suite.interaction(folder, n, args.rounds),
    "sql": lambda folder, n, args: suite.sql_search(folder, n, args.rounds),
    "index_cpu": lambda folder, n, args: suite.index_cpu(folder, n),
}


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default="1000,10000,100000",
        type=lambda text: [int(part.replace("_", "")) for part in text.split(",")],
        help="learner counts, comma-separated (default: 1000,10000,100000)",
    )
    parser.add_argument(
        "--repeat", type=int, default=7, help="start-up runs of each window (default 7)"
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="times the search words are typed (default 3)"
    )
    parser.add_argument(
        "--probes",
        default=",".join(PROBES),
        type=lambda text: text.split(","),
        help=f"which to run, comma-separated (default: {','.join(PROBES)})",
    )
    parser.add_argument("--seed", type=int, default=1, help="demo data seed (default 1)")
    parser.add_argument(
        "--keep-data",
        metavar="DIR",
        type=Path,
        help="generate the databases into DIR and reuse them on later runs "
        "(e.g. benchmarks/results/data); default: a temporary folder",
    )
    args = parser.parse_args(argv)
    unknown = set(args.probes) - set(PROBES)
    if unknown:
        parser.error(f"unknown probe(s): {', '.join(sorted(unknown))}")
    if args.repeat < 1 or args.rounds < 1:
        parser.error("--repeat and --rounds must be at least 1")
    return args


def run(args: argparse.Namespace, root: Path) -> list[Figure]:
    figures: list[Figure] = []
    for position, learners in enumerate(args.sizes):
        folder, generated_s = datasets.prepare(root, learners, args.seed)
        if generated_s is not None:
            log(f"generated {learners:,} learners in {generated_s:.1f} s")
        if position == 0 and "startup" in args.probes:
            log("warming up (bytecode, file cache)")
            suite.warm_up(folder)
            datasets.reset_ui_state(folder)
        for name in args.probes:
            load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
            log(f"{learners:,} learners: {name} (load average {load})")
            for figure in PROBES[name](folder, learners, args):
                print(figure.as_json(), flush=True)
                figures.append(figure)
    return figures


def summarise(figures: list[Figure]) -> None:
    for figure in figures:
        if figure.target is None:
            continue
        verdict = "ok  " if figure.ok else "MISS"
        detail = figure.extra.get("column", "")
        log(
            f"{verdict} {figure.name:<20} {detail:<16} {figure.learners:>7,}: "
            f"{figure.value:8.1f} {figure.unit} (target ≤ {figure.target:.1f})"
        )


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    if args.keep_data is not None:
        figures = run(args, args.keep_data.resolve())
    else:
        with tempfile.TemporaryDirectory(prefix="larsam-bench-") as temporary:
            figures = run(args, Path(temporary))
    summarise(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
