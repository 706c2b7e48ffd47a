"""The hash-chained audit log: entries commit with their action, tampering is found."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.services.audit import (
    AuditAction,
    AuditFilter,
    AuditLog,
    AuditService,
    BreakKind,
    current_actor,
)
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage.database import Database


def _fill(service: AuditService, count: int) -> None:
    for number in range(count):
        service.record(
            AuditAction.PRINT if number % 2 else AuditAction.EXPORT,
            actor="coach-a" if number % 3 else "coach-b",
            learner_id=number % 4 or None,
            details={"format": "pdf", "pages": number},
        )


def test_entries_chain_and_verify(store: OpenedStore) -> None:
    service = AuditService(store.database)
    assert service.verify().intact
    _fill(service, 10)
    report = service.verify()
    assert report.intact
    assert report.entries_checked == 10
    assert (report.first_seq, report.last_seq) == (1, 10)
    newest_first = service.entries()
    assert [e.seq for e in newest_first] == list(range(10, 0, -1))
    for older, newer in zip(newest_first[1:], newest_first, strict=False):
        assert newer.prev_hash == older.hash


def test_filters(store: OpenedStore) -> None:
    service = AuditService(store.database)
    _fill(service, 12)
    prints = service.entries(AuditFilter(action=AuditAction.PRINT))
    assert {e.action for e in prints} == {AuditAction.PRINT}
    assert len(prints) == 6
    by_learner = service.entries(AuditFilter(learner_id=2))
    assert {e.learner_id for e in by_learner} == {2}
    by_actor = service.entries(AuditFilter(actor="coach-b"))
    assert {e.actor for e in by_actor} == {"coach-b"}
    assert service.actors() == ["coach-a", "coach-b"]
    future = datetime.now(UTC) + timedelta(days=1)
    assert service.entries(AuditFilter(since=future)) == []
    assert len(service.entries(AuditFilter(until=future))) == 12


@pytest.mark.parametrize(
    ("statement", "broken_at"),
    [
        ("UPDATE audit_entry SET actor = 'someone-else' WHERE seq = 4", 4),
        ('UPDATE audit_entry SET details = \'{"format":"csv","pages":2}\' WHERE seq = 3', 3),
        ("UPDATE audit_entry SET learner_id = 99 WHERE seq = 1", 1),
        ("UPDATE audit_entry SET action = 'backup' WHERE seq = 7", 7),
        ("DELETE FROM audit_entry WHERE seq = 5", 5),
        ("DELETE FROM audit_entry WHERE seq = 8", 8),  # the newest: caught by the head
        ("UPDATE audit_entry SET hash = prev_hash WHERE seq = 2", 2),
    ],
)
def test_tampering_is_found_at_the_right_entry(
    store: OpenedStore, statement: str, broken_at: int
) -> None:
    service = AuditService(store.database)
    _fill(service, 8)
    with store.database.engine.begin() as connection:
        connection.exec_driver_sql(statement)
    report = service.verify()
    assert report.broken is not None
    assert report.broken.seq == broken_at


def test_rewriting_an_entry_and_its_own_hash_is_named(store: OpenedStore) -> None:
    """Recomputing the changed entry's hash without the key is named as such (issue 13)."""
    from larsam_desktop.domain.audit import entry_hash

    service = AuditService(store.database)
    _fill(service, 6)
    victim = next(e for e in service.entries() if e.seq == 3)
    forged = entry_hash(
        seq=3,
        at=victim.at,
        actor="forger",
        action=victim.action,
        learner_id=victim.learner_id,
        details=victim.details,
        prev_hash=victim.prev_hash,
    )
    with store.database.engine.begin() as connection:
        connection.execute(
            text("UPDATE audit_entry SET actor = 'forger', hash = :h WHERE seq = 3"), {"h": forged}
        )
    report = service.verify()
    assert report.broken is not None and report.broken.seq == 3
    assert report.broken.kind is BreakKind.UNKEYED


def test_an_entry_commits_with_its_action_or_not_at_all(store: OpenedStore) -> None:
    service = AuditService(store.database)
    with pytest.raises(RuntimeError), store.database.unit_of_work() as uow:
        AuditLog.record(uow, AuditAction.EXPORT, actor="coach", learner_id=1)
        raise RuntimeError("the export failed")
    assert service.entries() == []
    assert service.verify().intact
    service.record(AuditAction.EXPORT, actor="coach", learner_id=1)
    assert [e.seq for e in service.entries()] == [1]


def test_personal_data_is_refused_in_details(store: OpenedStore) -> None:
    service = AuditService(store.database)
    for details in (
        {"note": "19900101-9802"},
        {"note": "see 900101-9802"},
        {"note": "x" * 300},
        {"Bad Key": 1},
        {"flag": True},
    ):
        with pytest.raises(ValidationError):
            service.record(AuditAction.EXPORT, actor="coach", details=details)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        service.record(AuditAction.EXPORT, actor=" ")
    assert service.entries() == []


def test_current_actor_is_a_name() -> None:
    assert current_actor().strip()


def test_a_prune_outside_a_retention_run_is_reported(store: OpenedStore) -> None:
    """Only a retention run's keyed entry may move the start of the log (issue 13)."""
    from larsam_desktop.storage.repositories.audit import AuditRepository

    times = iter(datetime(2020, 1, day, tzinfo=UTC) for day in range(1, 20))
    service = AuditService(store.database, clock=lambda: next(times))
    _fill(service, 6)
    with store.database.unit_of_work() as uow:
        pruned = AuditRepository(uow.session).prune_before(datetime(2020, 1, 4, tzinfo=UTC))
    assert (pruned.count, pruned.first, pruned.last) == (3, 1, 3)
    report = service.verify()
    assert [(b.kind, b.first, b.last) for b in report.breaks] == [(BreakKind.OLDEST_CUT, 1, 3)]
    assert (report.first_seq, report.last_seq, report.entries_checked) == (4, 6, 3)


def test_two_writers_keep_one_chain(store: OpenedStore) -> None:
    """Two connections (two coaches on one server) appending at once never fork the chain."""
    url = store.database.url
    databases = [Database(url), Database(url)]
    failures: list[BaseException] = []

    def write(database: Database, actor: str) -> None:
        try:
            service = AuditService(database)
            for number in range(40):
                service.record(AuditAction.PRINT, actor=actor, details={"n": number})
        except BaseException as exc:  # pragma: no cover - reported below
            failures.append(exc)

    threads = [
        threading.Thread(target=write, args=(db, f"coach-{i}")) for i, db in enumerate(databases)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for database in databases:
        database.dispose()
    assert failures == []
    report = AuditService(store.database).verify()
    assert report.intact, report.broken
    assert report.entries_checked == 80
