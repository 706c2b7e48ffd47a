"""Child process: CPU time of the caseload index without Qt (``run.py --probes index_cpu``).

    python -m bench.index_cpu DATA_DIR db|snapshot

``db`` deletes the snapshot first, so the index is read and prepared from the database
(and the snapshot written again); ``snapshot`` reads it back. Then the index's own search
for every sort column (the slower of the two directions, each new to the index) and for
the words the interaction probe types. One JSON object on stdout. CPU time (``process_time``)
is reported because on a shared machine the wall clock mostly measures the others' load.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from larsam_desktop.domain.caseload import CaseloadQuery, SortColumn
from larsam_desktop.services.caseload import CaseloadService
from larsam_desktop.storage import caseload_snapshot
from larsam_desktop.storage.database import Database

WORDS = ("anna", "öster", "ali hassan", "19900101")  # probes/interaction.py


def main(data_dir: str, mode: str) -> None:
    database = Database.for_file(Path(data_dir) / "larsam.sqlite3")
    service = CaseloadService(database)
    if mode == "db":
        caseload_snapshot.discard(database)
    cpu, wall = time.process_time(), time.perf_counter()
    index = service.load_index()
    out: dict[str, object] = {
        "load_cpu_ms": (time.process_time() - cpu) * 1000,
        "load_wall_ms": (time.perf_counter() - wall) * 1000,
        "rss_after_load_mb": _peak_rss_mb(),
    }
    sorts: dict[str, float] = {}
    for column in SortColumn:
        slowest = 0.0
        for descending in (False, True):
            cpu = time.process_time()
            index.search(CaseloadQuery(sort=column, descending=descending))
            slowest = max(slowest, (time.process_time() - cpu) * 1000)
        sorts[column.value] = slowest
    out["sort_cpu_ms"] = sorts
    searches: list[float] = []
    for word in WORDS:
        for length in [*range(1, len(word) + 1), *range(len(word) - 1, -1, -1)]:
            cpu = time.process_time()
            index.search(CaseloadQuery(text=word[:length]))
            searches.append((time.process_time() - cpu) * 1000)
    out["search_cpu_ms"] = searches
    out["peak_rss_mb"] = _peak_rss_mb()
    database.dispose()
    print(json.dumps(out), flush=True)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
