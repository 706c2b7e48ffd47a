"""A batch's audit entries appended in one go (``AuditRepository.append_many``, issue 19):
the same keyed chain as appending them one by one, verifiable entry by entry, anchored,
and written with the transaction or not at all (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest

from larsam_desktop.domain.audit import entry_hash
from larsam_desktop.services.audit import AuditAction, AuditLog, AuditService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage import audit_anchor, audit_key
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.repositories.audit import AuditRepository, NewEntry

AT = datetime(2026, 12, 8, 9, 30, tzinfo=UTC)


def _batch(count: int, start: int = 0) -> list[NewEntry]:
    return [
        NewEntry(
            AT + timedelta(seconds=start + number),
            "coach-a" if number % 3 else "coach-b",
            AuditAction.PRINT if number % 2 else AuditAction.EXPORT,
            (start + number) % 5 or None,
            {"document": "study_plan", "revision": number % 3 + 1, "destination": "file"},
        )
        for number in range(count)
    ]


def _stored(service: AuditService) -> list[tuple[object, ...]]:
    return [
        (e.seq, e.at, e.actor, e.action, e.learner_id, dict(e.details), e.prev_hash, e.hash)
        for e in reversed(service.entries())
    ]


def test_a_batch_is_the_chain_one_by_one_would_make(store: OpenedStore) -> None:
    """Each link hashed onto the one before under the chain's key, as ``append`` hashes it:
    recomputed here from the stored fields, and ``audit verify`` agrees."""
    service = AuditService(store.database)
    service.record(AuditAction.BACKUP, actor="coach-a")  # the chain is keyed by this one
    with store.database.unit_of_work() as uow:
        made = AuditRepository(uow.session).append_many(_batch(7))
    stored = _stored(service)
    assert [row[0] for row in stored] == list(range(1, 9))
    assert stored[1:] == [
        (e.seq, e.at, e.actor, e.action, e.learner_id, dict(e.details), e.prev_hash, e.hash)
        for e in made
    ]
    asked = _batch(7)
    assert [(row[1], row[2], row[3], row[4], row[5]) for row in stored[1:]] == [
        (e.at, e.actor, e.action, e.learner_id, dict(e.details)) for e in asked
    ]
    with store.database.unit_of_work(writes=False) as uow:
        head = AuditRepository(uow.session).head()
    assert head.chain is not None
    key = audit_key.load(head.chain)
    assert key is not None
    previous = stored[0][7]
    for seq, at, actor, action, learner_id, details, prev_hash, digest in stored[1:]:
        assert prev_hash == previous
        assert digest == entry_hash(
            seq=seq,  # type: ignore[arg-type]
            at=at,  # type: ignore[arg-type]
            actor=actor,  # type: ignore[arg-type]
            action=action,  # type: ignore[arg-type]
            learner_id=learner_id,  # type: ignore[arg-type]
            details=details,  # type: ignore[arg-type]
            prev_hash=previous,  # type: ignore[arg-type]
            key=key.secret,
        )
        previous = digest
    assert (head.seq, head.hash) == (8, previous)
    report = service.verify()
    assert report.intact and report.entries_checked == 8 and report.anchors >= 1


def test_a_batch_between_single_entries_and_on_a_new_chain(store: OpenedStore) -> None:
    """A batch may key a new chain, and mix with ``append`` in one transaction."""
    service = AuditService(store.database)
    with store.database.unit_of_work() as uow:
        AuditRepository(uow.session).append_many(_batch(3))  # keys the chain
    with store.database.unit_of_work(writes=False) as uow:
        head = AuditRepository(uow.session).head()
    assert head.keyed_from == 1 and head.seq == 3
    with store.database.unit_of_work() as uow:
        AuditLog.record(uow, AuditAction.EXPORT, actor="coach-a", learner_id=2)
        AuditRepository(uow.session).append_many(_batch(4, start=10))
        AuditLog.record(uow, AuditAction.PRINT, actor="coach-b")
        assert AuditRepository(uow.session).append_many([]) == []
    stored = _stored(service)
    assert [row[0] for row in stored] == list(range(1, 10))
    assert all(newer[6] == older[7] for older, newer in pairwise(stored))
    report = service.verify()
    assert report.intact and report.entries_checked == 9
    anchored = audit_anchor.read(audit_anchor.sidecar_path(store.database.engine.url))
    assert (anchored[0].seq, anchored[0].hash) == (9, stored[-1][7])


def test_tampering_inside_a_batch_is_found_at_that_entry(store: OpenedStore) -> None:
    service = AuditService(store.database)
    with store.database.unit_of_work() as uow:
        AuditRepository(uow.session).append_many(_batch(6))
    with store.database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE audit_entry SET actor = 'someone' WHERE seq = 4")
    report = service.verify()
    assert report.broken is not None and report.broken.seq == 4


def test_a_batch_commits_with_its_transaction_or_not_at_all(store: OpenedStore) -> None:
    service = AuditService(store.database)
    service.record(AuditAction.BACKUP, actor="coach-a")
    with pytest.raises(RuntimeError), store.database.unit_of_work() as uow:
        AuditRepository(uow.session).append_many(_batch(5))
        raise RuntimeError("the batch failed")
    assert [row[0] for row in _stored(service)] == [1]
    with store.database.unit_of_work() as uow:
        AuditRepository(uow.session).append_many(_batch(2))
    assert [row[0] for row in _stored(service)] == [1, 2, 3]
    assert service.verify().intact


def test_a_batch_and_a_second_writer_keep_one_chain(store: OpenedStore) -> None:
    """Batches on one connection and single entries on another, at once, never fork."""
    url = store.database.url
    databases = [Database(url), Database(url)]
    failures: list[BaseException] = []

    def batches(database: Database) -> None:
        try:
            for round_ in range(10):
                with database.unit_of_work() as uow:
                    AuditRepository(uow.session).append_many(_batch(6, start=round_ * 6))
        except BaseException as exc:  # pragma: no cover - reported below
            failures.append(exc)

    def singles(database: Database) -> None:
        try:
            single = AuditService(database)
            for number in range(30):
                single.record(AuditAction.PRINT, actor="coach-c", details={"n": number})
        except BaseException as exc:  # pragma: no cover - reported below
            failures.append(exc)

    threads = [
        threading.Thread(target=batches, args=(databases[0],)),
        threading.Thread(target=singles, args=(databases[1],)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for database in databases:
        database.dispose()
    assert failures == []
    service = AuditService(store.database)
    stored = _stored(service)
    assert [row[0] for row in stored] == list(range(1, 91))
    report = service.verify()
    assert report.intact and report.entries_checked == 90
