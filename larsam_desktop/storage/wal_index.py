"""Whether a SQLite database lost committed changes with its write-ahead log (-wal).

Standard library only: the first screen reads this before SQLAlchemy is imported.

After a crash SQLite leaves ``-wal`` and ``-shm``; the shared-memory index (``-shm``)
records how many frames the log holds (``mxFrame``) and how many were already copied into
the database (``nBackfill``). Frames not yet copied while the log is missing or shorter
than they need mean the file opens as of an older state, silently.

The index and the log are two files that a live SQLite connection in another process
changes while they are read here: a program closing its last connection copies the frames
in (``nBackfill`` grows), deletes the log, then the index. Read in between, the old index
and the deleted log look exactly like the loss above, and a healthy database would be
moved aside (seen in CI: an import closing while ``encrypt`` opened the file). So a verdict
of loss is only given for a *stable* reading: the index is read again after the log, and
any change means the files are live, not lost; SQLite's two copies of the index header
must also agree (they differ while a writer is updating them).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

WAL_INDEX_VERSION = 3007000
WAL_HEADER_SIZE = 32
WAL_FRAME_HEADER_SIZE = 24
INDEX_HEADER_SIZE = 48  # one copy of the wal-index header; two copies, then checkpoint info
INDEX_READ = 100  # both header copies and nBackfill
READINGS = 5  # unstable readings in a row before the files are taken to be live


def wal_lost(path: Path) -> bool:
    """Whether committed changes that were only in ``path``'s -wal file are gone."""
    shm = path.with_name(path.name + "-shm")
    wal = path.with_name(path.name + "-wal")
    for _ in range(READINGS):
        before = read_index(shm)
        if before is None or not _unbackfilled_frames(before):
            return False
        size = wal_size(wal)
        if read_index(shm) != before:
            continue  # another process changed the index meanwhile: read again
        return size < _needed_bytes(before)
    return False  # changing under every reading: a live program is using it, not a crash


def read_index(shm: Path) -> bytes | None:
    """The first bytes of the wal-index, or None when there is none to trust."""
    try:
        with shm.open("rb") as stream:
            index = stream.read(INDEX_READ)
    except OSError:
        return None
    if len(index) < INDEX_READ or _byte_order(index) is None:
        return None
    if index[:INDEX_HEADER_SIZE] != index[INDEX_HEADER_SIZE : 2 * INDEX_HEADER_SIZE]:
        return None  # a writer is between the two copies; SQLite itself would retry
    return index


def wal_size(wal: Path) -> int:
    """The log's size in bytes; 0 when it is missing."""
    try:
        return wal.stat().st_size
    except OSError:
        return 0


def _byte_order(index: bytes) -> Literal["little", "big"] | None:
    """The wal-index is in native byte order: try both against the version number."""
    for order in ("little", "big"):
        if int.from_bytes(index[0:4], order) == WAL_INDEX_VERSION:
            return order
    return None


def _unbackfilled_frames(index: bytes) -> int:
    order = _byte_order(index) or "little"
    initialised = index[12] == 1
    frames = int.from_bytes(index[16:20], order)
    backfilled = int.from_bytes(index[96:100], order)
    return frames - backfilled if initialised and frames > backfilled else 0


def _needed_bytes(index: bytes) -> int:
    order = _byte_order(index) or "little"
    page_size = int.from_bytes(index[14:16], order) or 65536
    page_size = 65536 if page_size == 1 else page_size
    frames = int.from_bytes(index[16:20], order)
    return WAL_HEADER_SIZE + frames * (WAL_FRAME_HEADER_SIZE + page_size)
