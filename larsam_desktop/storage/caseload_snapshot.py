"""The caseload's search index as a file beside the database, so a start need not rebuild it.

Building the index at 100,000 learners reads 1.8 million values through SQLAlchemy and
sorts 20 orders (~5–7 s on two busy cores); reading this file back is tens of ms.
The file holds the prepared index — its columns in name order and every sort order — in
the layout of ``storage.caseload_index_file`` (format 2: native arrays read straight in,
the search texts as one UTF-8 block, other columns as distinct values and codes decoded
only when first needed; a CRC-32 per section, so a damaged file raises instead of
answering; plain data, nothing in it can run code). Reading it at 100,000 learners costs
~40–70 ms of CPU (format 1, a numpy ``.npz``, cost ~450 ms with numpy's import).

When it is used: only when the header's generation equals the database's current one
(``storage.caseload_generation``: a random value every relevant write changes, joined with
the schema revision), and its format and the code's own ranks are the same. Anything else —
stale, damaged, another format, a missing trigger — and the file is ignored and the index is
read from the database (then written again). Never shown when not current.

Personal data: names and personnummer, like the database. The file is private (0600) in
the data folder, written atomically (``atomic_file``: temporary beside it, fsync, rename;
a kill mid-write leaves the old file or none). An encrypted data folder gets no snapshot —
it would be a plaintext copy — and one found there is deleted (``encrypt`` removes it as a
plaintext copy too). An erasure deletes it (it may hold the erased learner), and the next
full load writes a new one. Team mode (PostgreSQL) has no local snapshot.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import IO, TYPE_CHECKING

from larsam_desktop.domain.caseload import STAGE_RANK, TARGET_STANDING_RANK, SortColumn
from larsam_desktop.domain.caseload_index import CaseloadIndex, IndexEntry
from larsam_desktop.storage import caseload_generation
from larsam_desktop.storage import caseload_index_file as index_file
from larsam_desktop.storage.atomic_file import write_atomically
from larsam_desktop.storage.encryption import CASELOAD_SNAPSHOT_SUFFIX, is_encrypted_folder

if TYPE_CHECKING:
    from larsam_desktop.storage.database import Database

log = logging.getLogger(__name__)

SUFFIX = CASELOAD_SNAPSHOT_SUFFIX  # beside the database: larsam.sqlite3.caseload-index
FORMAT = index_file.FORMAT
WRITTEN_STEP = "caseload-snapshot.written"


def _semantics() -> str:
    """What the stored values mean to this program: a new field, rank or order, another
    version, or any change to the code that derives the index (the query in the learner
    repository, the index itself) → another value, and older snapshots are not used."""
    from larsam_desktop import __version__

    ranks = (sorted(STAGE_RANK.items()), sorted(TARGET_STANDING_RANK.items()))
    described = repr(
        (FORMAT, __version__, IndexEntry._fields, *ranks, *(c.value for c in SortColumn))
    )
    digest = hashlib.sha256(described.encode())
    package = Path(__file__).resolve().parent.parent
    for source in (
        package / "storage/repositories/learners.py",
        package / "domain/caseload_index.py",
        package / "domain/caseload_index_view.py",
        package / "storage/caseload_index_file.py",
    ):
        try:  # a frozen build has no sources: its version stands for them
            digest.update(source.read_bytes())
        except OSError:
            digest.update(b"-")
    return digest.hexdigest()[:16]


SEMANTICS = _semantics()


def path_for(database: Database) -> Path | None:
    """Where the snapshot of ``database`` lives; None where it may not exist (a server,
    an in-memory database, SQLCipher)."""
    file = database.file_path
    if file is None or database.url.get_driver_name() == "pysqlcipher":
        return None
    return file.with_name(file.name + SUFFIX)


def allowed(database: Database) -> bool:
    """A plain local file in a folder that is not encrypted."""
    path = path_for(database)
    return path is not None and not is_encrypted_folder(path.parent)


def discard(database: Database) -> None:
    """Delete the snapshot (after an erasure; in an encrypted folder). Never raises."""
    file = database.file_path
    if file is None:
        return
    try:
        file.with_name(file.name + SUFFIX).unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not delete the caseload index snapshot: %r", exc)


# ---- writing ----------------------------------------------------------------------------------
def write(database: Database, index: CaseloadIndex, generation: str) -> bool:
    """Save ``index`` (read at ``generation``) beside the database; False when not allowed
    or the write failed (logged: the next start reads the database instead)."""
    path = path_for(database)
    if path is None or not allowed(database):
        discard(database)
        return False
    columns, orders = index.prepared_state()

    def save(out: IO[bytes]) -> None:
        index_file.write(out, columns, orders, semantics=SEMANTICS, generation=generation)

    try:
        write_atomically(path, save, step=WRITTEN_STEP, data_dir=path.parent)
    except OSError as exc:
        log.warning("could not write the caseload index snapshot: %r", exc)
        return False
    return True


# ---- reading ----------------------------------------------------------------------------------
def read(database: Database, generation: str | None) -> CaseloadIndex | None:
    """The index saved at ``generation``, or None: no file, stale, damaged, another format,
    or not allowed here (an encrypted folder's file is deleted). Never raises."""
    path = path_for(database)
    if generation is None or path is None:
        return None
    if not allowed(database):
        discard(database)
        return None
    if not path.is_file():
        return None
    try:
        return _read(path, generation)
    except Exception as exc:  # damaged in any way: read the database instead
        log.warning("caseload index snapshot ignored (damaged): %r", exc)
        return None


def read_early(database_file: Path) -> tuple[CaseloadIndex, str] | None:
    """Before the store is open (the window has painted its first screen): the generation
    read with the standard library, read-only, and the snapshot at it — (index, generation),
    or None. Whoever uses it checks the generation again once the store is open (a
    migration or a recovery may run in between). Never raises, never writes."""
    snapshot = database_file.with_name(database_file.name + SUFFIX)
    if is_encrypted_folder(database_file.parent) or not snapshot.is_file():
        return None
    try:
        uri = f"{database_file.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=1.0)) as connection:
            row = connection.execute(caseload_generation.GENERATION_QUERY).fetchone()
        generation = caseload_generation.generation_of(*row)
        if generation is None:
            return None
        index = _read(snapshot, generation)
    except Exception as exc:  # damaged, locked, anything: the normal path runs
        log.warning("caseload index snapshot not read early: %r", exc)
        return None
    return None if index is None else (index, generation)


def _read(path: Path, generation: str) -> CaseloadIndex | None:
    with path.open("rb") as stream:
        try:
            return index_file.read(stream, semantics=SEMANTICS, generation=generation)
        except index_file.NotCurrent:
            log.info("caseload index snapshot is not current; reading the database")
            return None
