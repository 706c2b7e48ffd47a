"""Data-safety benchmark (issue 7): one JSON line a figure, {"name", "value", "unit", ...}.

    python benchmarks/data_safety.py [--learners 100000] [--repeat 5] [--keep-data DIR]

The demo database of ``benchmarks/run.py`` is generated or reused from ``--keep-data``; it
is copied (SQLite backup API) into a temporary data folder, and everything below runs on the
copy, in this process:

* ``safety.quick_check``: the integrity quick check every start runs. Target ≤ 1,000 ms at
  100,000 learners (it runs off the GUI thread, after the first paint);
* ``safety.backup``: a manual backup — online copy, sha256, full integrity check of the
  copy, manifest — for information (the daily one runs in the background);
* ``safety.verify``: checking a backup before a restore (sha256 + integrity check);
* ``safety.restore``: verify, keep the current database as a backup, restore, reopen;
* ``safety.audit_append``: one audit entry in its own transaction (µs). Target ≤ 20 ms;
* ``safety.audit_verify``: recomputing the chain, per 10,000 entries;
* ``safety.import``: checking and writing a 10,000-row learner CSV (rows/s, higher is
  better; no target);
* ``safety.access_request``: JSON + PDF for the learner with the most rows.

These are measurements, not tests: a missed target does not change the exit status.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench import datasets  # noqa: E402

DEFAULT_KEEP = HERE / "results" / "data"


def emit(name: str, values: list[float], unit: str, learners: int, target: float | None) -> None:
    ordered = sorted(values)
    median = statistics.median(ordered)
    line = {
        "name": name,
        "value": round(median, 1),
        "unit": unit,
        "target": target,
        "ok": None if target is None else median <= target,
        "learners": learners,
        "max": round(ordered[-1], 1),
        "runs": len(values),
    }
    print(json.dumps(line, ensure_ascii=False), flush=True)


def timed(function: Callable[[], object], repeat: int) -> list[float]:
    values = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        values.append((time.perf_counter() - started) * 1000)
    return values


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--keep-data", type=Path, default=DEFAULT_KEEP, metavar="DIR")
    args = parser.parse_args(argv)

    source, _ = datasets.prepare(args.keep_data, args.learners, 1)
    with tempfile.TemporaryDirectory(prefix="larsam-bench-safety-") as temporary:
        run(Path(temporary), source, args.learners, args.repeat)
    return 0


def run(root: Path, source: Path, learners: int, repeat: int) -> None:
    from larsam_desktop.domain.audit import AuditAction
    from larsam_desktop.domain.importing import ImportKind, read_csv
    from larsam_desktop.paths import AppPaths
    from larsam_desktop.services.access_request import AccessRequestService
    from larsam_desktop.services.audit import AuditService
    from larsam_desktop.services.backups import BackupService
    from larsam_desktop.services.importing import ImportService
    from larsam_desktop.services.store import open_store
    from larsam_desktop.storage.backup_set import BackupSet
    from larsam_desktop.storage.integrity import integrity_problems

    paths = AppPaths(root / "data")
    paths.ensure()
    with (
        closing(sqlite3.connect(source / "larsam.sqlite3")) as src,
        closing(sqlite3.connect(paths.database)) as dst,
    ):
        src.backup(dst)
    store = open_store(paths)
    database = store.database

    emit(
        "safety.quick_check",
        timed(lambda: integrity_problems(database, quick=True), repeat),
        "ms",
        learners,
        1000.0,
    )
    backups = BackupService(paths, database)
    made: list[str] = []
    emit(
        "safety.backup",
        timed(lambda: made.append(backups.create().file), repeat),
        "ms",
        learners,
        None,
    )
    newest = paths.backups / made[-1]
    emit(
        "safety.verify",
        timed(lambda: BackupSet(paths.backups).verify(newest), repeat),
        "ms",
        learners,
        None,
    )
    emit(
        "safety.restore",
        timed(lambda: backups.restore(newest), max(1, repeat // 2)),
        "ms",
        learners,
        None,
    )

    audit = AuditService(database)
    appends = timed(lambda: audit.record(AuditAction.PRINT, actor="bench"), 200)
    emit("safety.audit_append", appends, "ms", learners, 20.0)
    for _ in range(10_000 - 200):
        audit.record(AuditAction.EXPORT, actor="bench", details={"format": "pdf"})
    report = audit.verify()
    per_10k = timed(lambda: audit.verify(), repeat)
    emit(
        "safety.audit_verify",
        [v * 10_000 / max(1, report.entries_checked) for v in per_10k],
        "ms",
        learners,
        None,
    )

    rows = ["Förnamn;Efternamn;Födelsedatum;Kommun"]
    rows += [f"Elev{n};Bench;1990-01-{1 + n % 28:02d};Östersund" for n in range(10_000)]
    table = read_csv("\n".join(rows).encode("utf-8"))
    importer = ImportService(database)
    started = time.perf_counter()
    result = importer.run(ImportKind.LEARNERS, table, actor="bench")
    elapsed = time.perf_counter() - started
    assert result.created == 10_000, result.bad_rows[:3]
    line = {
        "name": "safety.import",
        "value": round(10_000 / elapsed),
        "unit": "rows/s",
        "target": None,
        "ok": None,
        "learners": learners,
        "seconds": round(elapsed, 2),
    }
    print(json.dumps(line), flush=True)

    with database.engine.connect() as connection:
        richest = connection.exec_driver_sql(
            "SELECT learner_id FROM pathway_transition GROUP BY learner_id "
            "ORDER BY count(*) DESC LIMIT 1"
        ).scalar_one()
    out = root / "out"
    out.mkdir()
    emit(
        "safety.access_request",
        timed(lambda: AccessRequestService(database).export(richest, out), repeat),
        "ms",
        learners,
        None,
    )
    database.dispose()


if __name__ == "__main__":
    raise SystemExit(main())
