"""Hostile-input benchmark (issue 13): one JSON line a figure, {"name", "value", "unit", "target"}.

    python benchmarks/hostile_input.py [--repeat 3]

Each hostile file is made on the spot (``tests/hostile_files.py``) and handed to the import's
``read_table`` in a fresh process, as ``larsam-desktop import learners FILE`` or the import
dialog would; the figures are the median time from the call to the refusal, and the whole
process's peak memory (interpreter and libraries included):

* ``hostile.zip_bomb``: a 3.5 MB archive whose sheet declares 2 GB unpacked;
* ``hostile.many_parts``: an archive of 60,000 parts;
* ``hostile.many_rows``: a sheet of 101,000 rows (over the 100,030-row limit);
* ``hostile.gap_rows``: one cell at row 1,048,576 (openpyxl would fill in the rows before);
* ``hostile.long_field``: a CSV with a 10 MB field.

Target: refused within 2 s and 200 MB (docs/architecture.md, "Hostile input limits").
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests"))

from hostile_files import gap_rows, many_parts, sheet_of_rows, zip_bomb  # noqa: E402

TARGET_MS = 2000.0
TARGET_MB = 200.0
CHILD = """
import json, sys, time
from pathlib import Path
from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.services.importing import read_table
start = time.perf_counter()
try:
    read_table(Path(sys.argv[1]))
    refused = False
except ValidationError:
    refused = True
elapsed = (time.perf_counter() - start) * 1000
# VmHWM: this process's own peak (ru_maxrss may carry the parent's over exec).
status = Path("/proc/self/status").read_text()
peak = int(next(l for l in status.splitlines() if l.startswith("VmHWM:")).split()[1]) / 1024
print(json.dumps({"ms": elapsed, "peak_mb": peak, "refused": refused}))
"""


def _long_field(path: Path) -> Path:
    path.write_text("Personnummer;Förnamn;Efternamn\n1;" + "x" * 10_000_000 + ";2\n")
    return path


CASES: dict[str, tuple[str, Callable[[Path], Path]]] = {
    "zip_bomb": ("bomb.xlsx", lambda p: zip_bomb(p, unpacked_mb=2000)),
    "many_parts": ("parts.xlsx", lambda p: many_parts(p, 60_000)),
    "many_rows": ("rows.xlsx", lambda p: sheet_of_rows(p, 101_000)),
    "gap_rows": ("gap.xlsx", lambda p: gap_rows(p, 1_048_576)),
    "long_field": ("long.csv", _long_field),
}


def emit(name: str, value: float, unit: str, target: float | None, **extra: object) -> None:
    ok = None if target is None else value <= target
    line = {"name": name, "value": round(value, 3), "unit": unit, "target": target, "ok": ok}
    print(json.dumps({**line, **extra}, ensure_ascii=False), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="larsam-hostile-bench-") as scratch:
        for name, (file_name, make) in CASES.items():
            path = make(Path(scratch) / file_name)
            runs = [
                json.loads(
                    subprocess.run(
                        [sys.executable, "-c", CHILD, str(path)],
                        capture_output=True,
                        text=True,
                        check=True,
                        cwd=HERE.parent,
                    ).stdout
                )
                for _ in range(args.repeat)
            ]
            refused = all(run["refused"] for run in runs)
            ms = statistics.median(run["ms"] for run in runs)
            peak = max(run["peak_mb"] for run in runs)
            size = path.stat().st_size
            emit(f"hostile.{name}", ms, "ms", TARGET_MS, refused=refused, file_bytes=size)
            emit(f"hostile.{name}.peak_memory", peak, "MB", TARGET_MB, refused=refused)


if __name__ == "__main__":
    main()
