"""Two imports of one file at the same moment: the loser gets a calm message, never a
database error carrying a personnummer or a name; nothing is registered twice."""

from __future__ import annotations

import contextlib
import threading
import traceback
from datetime import UTC, datetime

import pytest

from larsam_desktop.domain.errors import UserError
from larsam_desktop.domain.importing import ImportKind, read_csv
from larsam_desktop.services import importing
from larsam_desktop.services.importing import ImportConflict, ImportResult, ImportService
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import OpenedStore

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
PNR = ("199009012387", "199305202393", "199803302380", "200309242386")
NAMES = ("Åsa Öberg", "Ali Hassan", "Fatima Ahmed", "Maryam Ali")
FILE = "Personnummer;Förnamn;Efternamn\n" + "".join(
    f"{number};{name.split()[0]};{name.split()[1]}\n"
    for number, name in zip(PNR, NAMES, strict=True)
)


def race(
    store: OpenedStore, monkeypatch: pytest.MonkeyPatch, files: tuple[str, str]
) -> tuple[list[ImportResult], list[BaseException]]:
    """Import the two files at once; both check against the database before either writes."""
    both_checked = threading.Barrier(2, timeout=3)
    original = importing._Writer.write

    def write_after_both_checked(self: importing._Writer) -> None:
        # Broken: the database let only one import in at a time (SQLite's write lock).
        with contextlib.suppress(threading.BrokenBarrierError):
            both_checked.wait()
        original(self)

    monkeypatch.setattr(importing._Writer, "write", write_after_both_checked)
    results: list[ImportResult] = []
    errors: list[BaseException] = []

    def run(text: str) -> None:
        table = read_csv(text.encode())
        try:
            results.append(
                ImportService(store.database, clock=lambda: NOW).run(ImportKind.LEARNERS, table)
            )
        except BaseException as exc:  # collected and checked below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(text,)) for text in files]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results, errors


def check(store: OpenedStore, results: list[ImportResult], errors: list[BaseException]) -> None:
    assert LearnerService(store.database).count() == len(PNR)
    assert sum(r.created for r in results) == len(PNR)  # each learner registered once
    for error in errors:
        assert isinstance(error, UserError), "".join(traceback.format_exception(error))
        shown = error.message + "".join(
            traceback.format_exception(error)
        )  # what a log or the screen could show
        for secret in (*PNR, *(part for name in NAMES for part in name.split())):
            assert secret not in shown
    if store.database.url.get_backend_name() == "postgresql":
        assert len(errors) == 1 and isinstance(errors[0], ImportConflict)


def test_two_imports_of_one_file_at_once(
    store: OpenedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    check(store, *race(store, monkeypatch, (FILE, FILE)))


def test_two_imports_of_the_same_learners_in_opposite_orders(
    store: OpenedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Inserting in opposite orders, the two may wait for each other (a deadlock on
    # PostgreSQL, which aborts one) or one may meet the other's row: either is a conflict.
    header, *lines = FILE.splitlines(keepends=True)
    reversed_file = header + "".join(reversed(lines))
    check(store, *race(store, monkeypatch, (FILE, reversed_file)))
