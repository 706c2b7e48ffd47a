"""Ways to damage a local database, shared by the command-line, service and window damage
tests: a demo folder to damage (``demo_folder``), damage every opening sees (``DAMAGE``) and
damage only SQLite's quick check sees (``damage_an_index_nothing_else_reads``)."""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from larsam_desktop.paths import AppPaths

PAGE = 4096


def demo_folder(parent: Path, learners: int, *, seed: int, backup: bool = False) -> AppPaths:
    """A data folder ``parent/data`` holding ``learners`` demo learners (and a backup)."""
    from larsam_desktop.services.backups import BackupService
    from larsam_desktop.services.demo import DemoGenerator
    from larsam_desktop.services.store import open_store

    paths = AppPaths(parent / "data")
    store = open_store(paths)
    try:
        DemoGenerator(store.database).generate(learners, seed=seed)
        if backup:
            BackupService(paths, store.database).create()
    finally:
        store.database.dispose()
    return paths


def damage_an_index_nothing_else_reads(paths: AppPaths) -> None:
    """Garbage over the root page of an index on a table of its own: the opening's probes,
    the program's reads and writes never read it; only SQLite's quick check does."""
    with sqlite3.connect(paths.database) as connection:
        connection.execute("CREATE TABLE f_spare (value TEXT)")
        connection.execute("CREATE INDEX f_spare_value ON f_spare (value)")
        connection.executemany(
            "INSERT INTO f_spare VALUES (?)", [(f"value {i:06d}" * 4,) for i in range(3000)]
        )
    with sqlite3.connect(paths.database) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'f_spare_value'"
        ).fetchone()
        (page_size,) = connection.execute("PRAGMA page_size").fetchone()
    with paths.database.open("r+b") as stream:
        stream.seek((root - 1) * page_size)
        stream.write(random.Random(11).randbytes(page_size))
    with sqlite3.connect(paths.database) as connection:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] != "ok"


def header(paths: AppPaths) -> None:
    with paths.database.open("r+b") as stream:
        stream.write(b"this is no longer SQLite")


def random_pages(paths: AppPaths) -> None:
    """200 random bytes into the schema page and two other pages."""
    rng = random.Random(13)
    size = paths.database.stat().st_size
    with paths.database.open("r+b") as stream:
        for offset in (100, PAGE * 3 + 50, size // 2):
            stream.seek(offset)
            stream.write(rng.randbytes(200))


def truncated_to_zero(paths: AppPaths) -> None:
    paths.database.write_bytes(b"")


def truncated_to_half(paths: AppPaths) -> None:
    with paths.database.open("r+b") as stream:
        stream.truncate(paths.database.stat().st_size // 2)


def wal_removed(paths: AppPaths) -> None:
    """Commits that live only in the -wal (as after a crash), then the -wal is deleted."""
    live = sqlite3.connect(paths.database)
    live.execute("PRAGMA wal_autocheckpoint = 0")
    live.execute("UPDATE learner SET given_name = given_name || 'x'")
    live.commit()
    keep = paths.data_dir.parent / "after-crash"
    keep.mkdir()
    for suffix in ("", "-shm"):  # the state a kill leaves, minus the -wal
        shutil.copyfile(f"{paths.database}{suffix}", keep / f"larsam.sqlite3{suffix}")
    live.close()
    for suffix in ("", "-shm", "-wal"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    for suffix in ("", "-shm"):
        shutil.copyfile(keep / f"larsam.sqlite3{suffix}", f"{paths.database}{suffix}")


def folder_in_its_place(paths: AppPaths) -> None:
    """An unreadable file (chmod 000 does not stop root, so a folder stands in for it)."""
    paths.database.unlink()
    paths.database.mkdir()


def undecodable_schema(paths: AppPaths) -> None:
    """Bytes that are not UTF-8 in a table's name in the schema page: SQLite's error names the
    table, and Python's sqlite3 fails to decode it (``UnicodeDecodeError`` in ``PRAGMA
    journal_mode`` — issue 13's traceback)."""
    data = bytearray(paths.database.read_bytes())
    at = data.find(b"tablelearning_centre")
    assert at > 0
    data[at + 5 : at + 8] = b"\xff\xfe\xa5"
    paths.database.write_bytes(bytes(data))


DAMAGE: list[Callable[[AppPaths], None]] = [
    header,
    random_pages,
    truncated_to_zero,
    truncated_to_half,
    wal_removed,
]
DAMAGE += [folder_in_its_place, undecodable_schema]
