"""The caseload's search index as a file beside the database, so a start need not rebuild it.

Building the index at 100,000 learners reads 1.8 million values through SQLAlchemy and
sorts 20 orders (~5–7 s on two busy cores); reading this file back is a few hundred ms.
The file holds the prepared index — its columns in name order and every sort order — as
numpy arrays in an uncompressed ``.npz`` (a zip: every member has a CRC-32 that reading
checks, so a damaged file raises instead of answering), loaded with ``allow_pickle=False``
(nothing in it can run code). Each column is its distinct values (JSON: text, numbers,
ISO dates) and, where values repeat, an ``int32`` code per row.

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
import json
import logging
import sqlite3
from array import array
from contextlib import closing
from datetime import date, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from larsam_desktop.domain.caseload import STAGE_RANK, TARGET_STANDING_RANK, SortColumn
from larsam_desktop.domain.caseload_index import CaseloadIndex, IndexEntry
from larsam_desktop.storage import caseload_generation
from larsam_desktop.storage.atomic_file import write_atomically
from larsam_desktop.storage.encryption import CASELOAD_SNAPSHOT_SUFFIX, is_encrypted_folder

if TYPE_CHECKING:
    from larsam_desktop.storage.database import Database

log = logging.getLogger(__name__)

SUFFIX = CASELOAD_SNAPSHOT_SUFFIX  # beside the database: larsam.sqlite3.caseload-index
FORMAT = 1
WRITTEN_STEP = "caseload-snapshot.written"

# How each IndexEntry field is stored: its values' kind.
_KINDS: dict[str, str] = {
    "id": "int",
    "search_text": "str",
    "name_sort": "str",
    "coach_id": "int",
    "learning_centre_id": "int",
    "municipality_code": "str",
    "personnummer": "str",
    "birth_date": "date",
    "municipality_sort": "str",
    "learning_centre_sort": "str",
    "coach_sort": "str",
    "visible_city": "str",
    "updated_at": "datetime",
    "stage": "str",
    "stage_rank": "int",
    "stage_since": "date",
    "target_standing": "str",
    "target_rank": "int",
}
assert tuple(_KINDS) == IndexEntry._fields, "a new index field needs a kind here"


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
    members = _encode(columns, orders)
    header = {
        "format": FORMAT,
        "semantics": SEMANTICS,
        "generation": generation,
        "count": len(columns[0]),
    }
    members["header"] = _json_bytes(header)

    def save(out: IO[bytes]) -> None:
        import numpy as np

        np.savez(out, **members)

    try:
        write_atomically(path, save, step=WRITTEN_STEP, data_dir=path.parent)
    except OSError as exc:
        log.warning("could not write the caseload index snapshot: %r", exc)
        return False
    return True


def _encode(
    columns: list[Any], orders: dict[tuple[SortColumn, bool], array[int]]
) -> dict[str, Any]:
    import numpy as np

    members: dict[str, Any] = {}
    for position, (name, column) in enumerate(zip(_KINDS, columns, strict=True)):
        if name == "id":
            members["id"] = np.asarray(column, dtype=np.int64)
            continue
        distinct = list(dict.fromkeys(column))
        members[f"v{position}"] = _json_bytes([_plain(value) for value in distinct])
        if len(distinct) != len(column):
            code = {value: i for i, value in enumerate(distinct)}
            members[f"c{position}"] = np.fromiter(
                (code[value] for value in column), dtype=np.int32, count=len(column)
            )
    for (column_name, descending), order in orders.items():
        members[f"o_{column_name.value}_{int(descending)}"] = np.frombuffer(order, dtype=np.int32)
    return members


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value  # datetime is a date


def _json_bytes(value: Any) -> Any:
    import numpy as np

    return np.frombuffer(json.dumps(value, ensure_ascii=False).encode(), dtype=np.uint8)


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
    import numpy as np

    with path.open("rb") as stream, np.load(stream, allow_pickle=False) as members:
        header = json.loads(members["header"].tobytes())
        if (
            header.get("format") != FORMAT
            or header.get("semantics") != SEMANTICS
            or header.get("generation") != generation
        ):
            log.info("caseload index snapshot is not current; reading the database")
            return None
        count = header["count"]
        if not isinstance(count, int) or count < 0:
            raise ValueError("bad count")
        ids = members["id"]
        if ids.dtype != np.int64 or ids.shape != (count,) or len(np.unique(ids)) != count:
            raise ValueError("bad ids")
        columns: list[list[Any]] = [ids.tolist()]
        for position, kind in enumerate(list(_KINDS.values())[1:], start=1):
            values = [
                _typed(kind, value) for value in json.loads(members[f"v{position}"].tobytes())
            ]
            codes_name = f"c{position}"
            if codes_name in members.files:
                codes = members[codes_name]
                if codes.dtype != np.int32 or codes.shape != (count,):
                    raise ValueError(f"bad codes {position}")
                if count and (int(codes.min()) < 0 or int(codes.max()) >= len(values)):
                    raise ValueError(f"codes out of range {position}")
                columns.append(list(map(values.__getitem__, codes.tolist())))
            elif len(values) == count:
                columns.append(values)
            else:
                raise ValueError(f"bad column {position}")
        orders: dict[tuple[SortColumn, bool], array[int]] = {}
        for column in SortColumn:
            for descending in (False, True):
                order = members[f"o_{column.value}_{int(descending)}"]
                if order.dtype != np.int32 or order.shape != (count,):
                    raise ValueError(f"bad order {column}")
                if count and not np.array_equal(
                    np.bincount(order, minlength=count), np.ones(count, dtype=np.int64)
                ):
                    raise ValueError(f"order {column} is not a permutation")
                positions: array[int] = array("i")
                positions.frombytes(order.astype(np.int32, copy=False).tobytes())
                orders[(column, descending)] = positions
    return CaseloadIndex.from_prepared(columns, orders)


def _typed(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "str" and isinstance(value, str):
        return value
    if kind == "int" and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind == "date" and isinstance(value, str):
        return date.fromisoformat(value)
    if kind == "datetime" and isinstance(value, str):
        stamp = datetime.fromisoformat(value)
        if stamp.tzinfo is None:
            raise ValueError("a time without its zone")
        return stamp
    raise ValueError(f"a {kind} column holds {type(value).__name__}")
