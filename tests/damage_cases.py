"""Ways to damage a local database, shared by the command-line and window damage tests."""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from larsam_desktop.paths import AppPaths

PAGE = 4096


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
