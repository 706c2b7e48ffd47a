"""Every benchmark in one run (`make bench`): one JSON line a figure, beside the floor.

    python benchmarks/all.py [--sizes 1000,10000,100000] [--only run,plans] [--quick]
                             [--keep-data benchmarks/results/data]

First the bare PySide6 window (QMainWindow + QTableView, ``probes/bare_window.py``) is
started ``--floor-runs`` times; the median of its spawn-to-first-paint is the *floor* of this
run. Then each benchmark script in ``benchmarks/`` runs in its own process (each stays
runnable on its own), and every JSON line it prints is passed on with

* ``benchmark``: the script it came from;
* ``ok``: value ≤ target (null without a target);
* ``floor_ms`` and, for timings, ``x_floor`` (the value in ms divided by the floor), so each
  figure can be read against what a bare Qt window costs on this machine at this moment.

At the end the floor is measured again (``floor_after_ms``: drift while the suite ran), a
summary goes to stderr, and the lines are kept in ``benchmarks/results/latest.jsonl``.
Scripts added later are picked up by name (``benchmarks/*.py``); those not in ``KNOWN``
get ``--keep-data`` when their ``--help`` offers it. Targets and method:
docs/performance.md. A missed target does not change the exit status; a crashed benchmark
does (exit 1, after the others have run).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench.spawn import probe_env, run_probe  # noqa: E402

RESULTS = HERE / "results"
TIME_UNITS = {"ms": 1.0, "s": 1000.0}


def _sizes(args: argparse.Namespace) -> str:
    return ",".join(str(n) for n in args.sizes)


# How each known script is asked for the run's sizes; ``quick`` trims repeats.
KNOWN: dict[str, Callable[[argparse.Namespace, Path], list[str]]] = {
    "run.py": lambda a, d: (
        ["--sizes", _sizes(a), "--keep-data", str(d)]
        + (["--repeat", "3", "--rounds", "1"] if a.quick else [])
    ),
    "learner_page.py": lambda a, d: (
        ["--learners", str(max(a.sizes)), "--keep-data", str(d)]
        + (["--open", "7"] if a.quick else [])
    ),
    "eligibility.py": lambda a, d: (
        ["--learners", str(max(a.sizes)), "--keep-data", str(d)]
        + (["--repeat", "20"] if a.quick else [])
    ),
    "plans.py": lambda a, d: ["--repeat", "5", "--learners", "100"] if a.quick else [],
    "anonymised_stats.py": lambda a, d: (
        ["--learners", str(max(a.sizes)), "--keep-data", str(d)]
        + (["--repeat", "1"] if a.quick else [])
    ),
    "today.py": lambda a, d: (
        ["--learners", str(max(a.sizes)), "--keep-data", str(d)]
        + (["--repeat", "5"] if a.quick else [])
    ),
    "grade_entry.py": lambda a, d: (
        ["--learners", str(max(a.sizes)), "--keep-data", str(d)]
        + (["--repeat", "3"] if a.quick else [])
    ),
    "data_safety.py": lambda a, d: (
        ["--learners", str(max(a.sizes)), "--keep-data", str(d)]
        + (["--repeat", "1"] if a.quick else [])
    ),
    "merit.py": lambda a, d: ["--repeat", "50"] if a.quick else [],
    "install_size.py": lambda a, d: ["--starts", "3"] if a.quick else [],
}


def scripts() -> list[Path]:
    """Known scripts in a fixed order, then any others, alphabetically."""
    found = {p.name: p for p in HERE.glob("*.py") if p.name != Path(__file__).name}
    ordered = [found.pop(name) for name in KNOWN if name in found]
    return ordered + [found[name] for name in sorted(found)]


def arguments(script: Path, args: argparse.Namespace, data: Path) -> list[str]:
    if script.name in KNOWN:
        return KNOWN[script.name](args, data)
    help_text = subprocess.run(
        [sys.executable, str(script), "--help"], capture_output=True, text=True, env=probe_env()
    ).stdout
    return ["--keep-data", str(data)] if "--keep-data" in help_text else []


def measure_floor(runs: int) -> list[float]:
    run_probe("bare_window")  # warm-up: bytecode and file cache, not reported
    return [run_probe("bare_window")["painted"].at_ms for _ in range(runs)]


def annotate(line: dict[str, Any], script: str, floor_ms: float) -> dict[str, Any]:
    value, target = line.get("value"), line.get("target")
    out = {"name": line.get("name"), "value": value, "unit": line.get("unit"), "target": target}
    out["ok"] = None if target is None or value is None else value <= target
    out["benchmark"] = script
    out["floor_ms"] = round(floor_ms, 1)
    scale = TIME_UNITS.get(str(line.get("unit")))
    if scale is not None and isinstance(value, int | float):
        out["x_floor"] = round(value * scale / floor_ms, 2)
    out.update({k: v for k, v in line.items() if k not in out})
    return out


def run_script(script: Path, extra: list[str], floor_ms: float, sink: list[dict[str, Any]]) -> bool:
    command = [sys.executable, str(script), *extra]
    log(f"== {script.name} {' '.join(extra)}")
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=HERE, env=probe_env(), stdout=subprocess.PIPE, text=True, encoding="utf-8"
    )
    assert process.stdout is not None
    for raw in process.stdout:
        text = raw.strip()
        try:
            line = json.loads(text) if text.startswith("{") else None
        except json.JSONDecodeError:
            line = None
        if not isinstance(line, dict) or "name" not in line or "value" not in line:
            if text:
                log(f"   {text}")
            continue
        out = annotate(line, script.stem, floor_ms)
        print(json.dumps(out, ensure_ascii=False), flush=True)
        sink.append(out)
    code = process.wait()
    log(f"   {script.name}: exit {code} after {time.perf_counter() - started:.0f} s")
    return code == 0


def summarise(lines: list[dict[str, Any]]) -> None:
    for line in lines:
        if line["target"] is None:
            continue
        verdict = "ok  " if line["ok"] else "MISS"
        detail = line.get("column") or line.get("learners") or ""
        log(
            f"{verdict} {line['name']:<34} {detail!s:<14} {line['value']:>10} {line['unit']:<3}"
            f" (target ≤ {line['target']}; {line.get('x_floor', '–')}× floor)"
        )


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default="1000,10000,100000",
        type=lambda text: [int(part.replace("_", "")) for part in text.split(",")],
        help="caseload sizes for run.py; the largest is used by the others (default "
        "1000,10000,100000)",
    )
    parser.add_argument("--only", type=lambda t: t.split(","), help="script stems, e.g. run,plans")
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a sanity run)")
    parser.add_argument("--floor-runs", type=int, default=7, help="bare-window starts (default 7)")
    parser.add_argument(
        "--keep-data",
        type=Path,
        default=RESULTS / "data",
        help="where the demo databases are generated once and reused "
        "(default benchmarks/results/data)",
    )
    return parser.parse_args(argv)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    data = args.keep_data.resolve()
    data.mkdir(parents=True, exist_ok=True)
    chosen = [s for s in scripts() if args.only is None or s.stem in args.only]
    load = ", ".join(f"{v:.2f}" for v in os.getloadavg())
    log(f"floor: bare PySide6 window × {args.floor_runs} (load average {load})")
    floor_runs = measure_floor(args.floor_runs)
    floor_ms = statistics.median(floor_runs)
    log(f"floor: {floor_ms:.0f} ms (runs {', '.join(f'{v:.0f}' for v in floor_runs)})")
    lines: list[dict[str, Any]] = []
    floor_line = {
        "name": "floor.bare_window_first_paint",
        "value": round(floor_ms, 1),
        "unit": "ms",
        "target": None,
        "runs": [round(v, 1) for v in floor_runs],
    }
    out = annotate(floor_line, "all", floor_ms)
    print(json.dumps(out), flush=True)
    lines.append(out)
    failed = [
        s.name for s in chosen if not run_script(s, arguments(s, args, data), floor_ms, lines)
    ]
    after = measure_floor(3)
    drift = {
        "name": "floor.bare_window_after",
        "value": round(statistics.median(after), 1),
        "unit": "ms",
        "target": None,
        "runs": [round(v, 1) for v in after],
    }
    out = annotate(drift, "all", floor_ms)
    print(json.dumps(out), flush=True)
    lines.append(out)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.jsonl").write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8"
    )
    summarise(lines)
    if failed:
        log(f"crashed: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
