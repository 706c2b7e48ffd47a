"""Database and file trouble in Swedish, without the driver's English inside the sentence
(issue 14): SQLite's messages ("database disk image is malformed", "Page 121:
btreeInitPage() returns error code 11"), the system's ("Input/output error") and the
server driver's stay in the log; a person reads a sentence of the catalogue and, for what
it cannot name, a code ("SQLite-fel 21", "systemfel EBADF", "SQLSTATE 57P01").

Real damaged files (a cut-short database, an index SQLite's check finds damaged) are opened
by ``cli.main`` in this process; the error line is read with tests/ui/swedish_words.py.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import sys
from pathlib import Path

import pytest

from larsam_desktop.cli import main as cli
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.catalogue import Texts
from larsam_desktop.storage import errors
from larsam_desktop.storage.integrity import integrity_failure, unreadable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))
from damage_cases import damage_an_index_nothing_else_reads, demo_folder
from swedish_words import COMMAND, Seen, swedish_problems

DRIVER_WORDS = ("malformed", "btree", "Page 1", "never used", "DatabaseError", "error code")


def swedish(error: errors.StorageError) -> str:
    text = Texts("sv").error(error)
    problems = swedish_problems([Seen(text, error.template)], frozenset(), {})
    assert not problems, problems
    return text


def error_line(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> str:
    code = cli.main(["--data-dir", str(data), *argv, "--language", "sv"])
    err = capsys.readouterr().err
    assert code != 0 and err.startswith("larsam-desktop: fel: "), err
    line = err.strip().removeprefix("larsam-desktop: fel: ")
    assert not [word for word in DRIVER_WORDS if word in line], line
    names = COMMAND.sub(" ", re.sub(r"\S+\.corrupt-\w+", " ", line))  # commands, files
    problems = swedish_problems([Seen(names, " ".join(argv))], frozenset(), {})
    assert not problems, problems
    return line


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_folder(tmp_path_factory.mktemp("demo"), 20, seed=3).data_dir


def copy_of(demo: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "data"
    shutil.copytree(demo, target)
    with sqlite3.connect(target / "larsam.sqlite3") as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return target


def test_a_cut_short_file_is_named_damaged_in_swedish(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy_of(demo, tmp_path)
    database = data / "larsam.sqlite3"
    os.truncate(database, database.stat().st_size // 3)
    line = error_line(capsys, data, "learners", "list")
    assert "Databasfilen går inte att läsa som en databas: den är skadad." in line


def test_sqlites_integrity_findings_stay_in_the_log(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = copy_of(demo, tmp_path)
    damage_an_index_nothing_else_reads(AppPaths(data))
    line = error_line(capsys, data, "check")
    assert "SQLite hittade skador i filen (antal fynd: " in line
    log = "\n".join(p.read_text(encoding="utf-8") for p in (data / "logs").glob("*.log"))
    assert "btreeInitPage" in log or "never used" in log  # the diagnosis is kept for help


def test_each_sqlite_result_code_is_a_sentence_or_a_code() -> None:
    def failure(code: int, message: str) -> sqlite3.DatabaseError:
        exc = sqlite3.DatabaseError(message)
        exc.sqlite_errorcode = code  # type: ignore[attr-defined]
        return exc

    seen = set()
    for code in (11, 26, 10, 7, 23, 14, 3):
        text = swedish(unreadable(failure(code, "some English words of SQLite")))
        assert "English" not in text
        seen.add(text)
    assert len(seen) == 5  # CANTOPEN, PERM and AUTH share "access refused"
    assert "(SQLite-fel 21)" in swedish(
        unreadable(failure(21, "bad parameter or other API misuse"))
    )
    text = swedish(unreadable(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
    assert text.endswith("en sparad text är skadad.")
    assert swedish(unreadable(ValueError("x"))) == "Databasfilen går inte att läsa som en databas."


def test_integrity_findings_are_counted_not_quoted() -> None:
    found = integrity_failure(["*** in database main ***\nPage 5: btree bad\nPage 6 is never used"])
    assert found.params == {"count": 2}
    assert "Page" not in swedish(found)
    missing = integrity_failure(["row 3 of contact refers to a missing learner"])
    assert "hänvisar till uppgifter som saknas (antal fynd: 1)" in swedish(missing)


def test_system_errors_are_sentences_or_codes() -> None:
    eio = errors.from_os_error(OSError(errno.EIO, "Input/output error"))
    assert "disken gick inte att läsa eller skriva" in swedish(eio)
    other = errors.from_os_error(OSError(errno.EBADF, "Bad file descriptor"))
    assert swedish(other) == "En fil kunde inte skrivas (systemfel EBADF)."


def test_a_server_drivers_words_stay_in_the_log() -> None:
    from sqlalchemy import exc as sa_exc

    class Driver(Exception):
        sqlstate = "57P01"

    with_code = errors.translate(
        sa_exc.OperationalError("SELECT 1", {}, Driver("terminating connection due to admin"))
    )
    assert with_code is not None and "(SQLSTATE 57P01)" in swedish(with_code)
    without = errors.translate(
        sa_exc.OperationalError("SELECT 1", {}, Exception("server closed the connection"))
    )
    assert without is not None and "closed" not in swedish(without)
