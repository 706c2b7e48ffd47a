"""The caseload index read before the store is open, from the snapshot beside the database.

The window paints its first screen with the standard library alone; right after, this
reads the index snapshot (``storage.caseload_snapshot``) on the index's own lane while the
store opens on another. ``CaseloadService.load_index(early=…)`` then uses it only if the
database's generation, asked again through the open store, is still the one it was read
at — a migration, a recovery or any write in between means the normal load.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from larsam_desktop.domain.caseload import CaseloadRow
from larsam_desktop.domain.caseload_index import CaseloadIndex


@dataclass(frozen=True, slots=True)
class EarlyIndex:
    index: CaseloadIndex
    generation: str


def read_early(database_file: Path) -> EarlyIndex | None:
    """The snapshot's index and the generation it is true for, or None. Never raises."""
    from larsam_desktop.storage import caseload_snapshot

    found = caseload_snapshot.read_early(database_file)
    return None if found is None else EarlyIndex(*found)


def read_rows_early(database_file: Path, ids: Iterable[int]) -> dict[int, CaseloadRow]:
    """Rows for the early index until the store is open (read-only, standard library)."""
    from larsam_desktop.storage.caseload_rows_early import read_rows

    return read_rows(database_file, ids)
