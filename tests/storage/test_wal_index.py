"""A lost -wal is found after a crash, and never read into a program closing meanwhile.

Real SQLite files throughout. The race from CI (an import closing its last connection
while ``encrypt`` probed the file, which was then moved aside as damaged) is replayed
deterministically: the other program's close is run exactly between the reading of the
index and the reading of the log.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from larsam_desktop.storage import wal_index
from larsam_desktop.storage.wal_index import wal_lost


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[Path, sqlite3.Connection]]:
    """A database with a committed change that lives only in its -wal, still open."""
    path = tmp_path / "larsam.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("CREATE TABLE learner (name TEXT)")
    connection.commit()
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("INSERT INTO learner VALUES ('Aino')")
    connection.commit()
    yield path, connection
    connection.close()


def _names(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT name FROM learner")]


def test_a_live_wal_is_not_lost(live: tuple[Path, sqlite3.Connection]) -> None:
    path, _ = live
    assert Path(f"{path}-wal").stat().st_size > 0
    assert not wal_lost(path)


def test_a_crash_that_lost_the_wal_is_found(live: tuple[Path, sqlite3.Connection]) -> None:
    path, _ = live
    crashed = path.with_name("crashed.sqlite3")
    for suffix in ("", "-shm"):  # what a kill leaves, minus the -wal
        shutil.copyfile(f"{path}{suffix}", f"{crashed}{suffix}")
    assert wal_lost(crashed)


def test_a_wal_cut_short_is_found(live: tuple[Path, sqlite3.Connection]) -> None:
    path, _ = live
    crashed = path.with_name("crashed.sqlite3")
    for suffix in ("", "-shm", "-wal"):
        shutil.copyfile(f"{path}{suffix}", f"{crashed}{suffix}")
    with Path(f"{crashed}-wal").open("r+b") as stream:
        stream.truncate(wal_index.WAL_HEADER_SIZE + 10)
    assert wal_lost(crashed)


def test_a_program_closing_between_the_two_reads_is_not_damage(
    live: tuple[Path, sqlite3.Connection], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, connection = live
    index_before = wal_index.read_index(Path(f"{path}-shm"))
    assert index_before is not None and wal_index._unbackfilled_frames(index_before) > 0
    real_size = wal_index.wal_size
    closed: list[int] = []

    def other_program_closes_first(wal: Path) -> int:
        if not closed:
            connection.close()  # copies the frames in, deletes the -wal, then the -shm
            closed.append(real_size(wal))
        return real_size(wal)

    monkeypatch.setattr(wal_index, "wal_size", other_program_closes_first)
    assert not wal_lost(path)
    # The old index and the log read after the close looked like a loss:
    assert closed == [0] and closed[0] < wal_index._needed_bytes(index_before)
    assert _names(path) == ["Aino"]  # and nothing was lost


def test_an_index_changing_under_every_reading_is_live(
    live: tuple[Path, sqlite3.Connection], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = live
    crashed = path.with_name("crashed.sqlite3")
    for suffix in ("", "-shm"):
        shutil.copyfile(f"{path}{suffix}", f"{crashed}{suffix}")
    real_size = wal_index.wal_size
    shm = Path(f"{crashed}-shm")
    snapshot = shm.read_bytes()

    def index_moves(wal: Path) -> int:
        data = bytearray(shm.read_bytes())
        data[40] = (data[40] + 1) % 256  # the header's checksum moves (in both copies)
        data[88] = data[40]
        shm.write_bytes(bytes(data))
        return real_size(wal)

    monkeypatch.setattr(wal_index, "wal_size", index_moves)
    assert not wal_lost(crashed)
    monkeypatch.setattr(wal_index, "wal_size", real_size)
    shm.write_bytes(snapshot)
    assert wal_lost(crashed)  # the same files, read at rest, are a loss
