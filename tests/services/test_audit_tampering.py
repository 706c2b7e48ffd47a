"""Issue 13 item 5: every way of rewriting the audit log is named by ``audit verify``.

Each attack is done as an attacker with write access to the database would (plain SQL on
the real SQLite file or PostgreSQL database); the service and the command line (in
process) must both report it, the command line with one line per break and exit 1.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable

import pytest
from cli_runner import run_cli
from sqlalchemy import text

from larsam_desktop.domain.audit import GENESIS_HASH, AuditAction, entry_hash
from larsam_desktop.domain.audit_verify import BreakKind
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.audit import AuditService, ChainReport
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage import audit_anchor
from larsam_desktop.storage.database import Database

ENTRIES = 10


@pytest.fixture
def database_url(fresh_database_url: str | None) -> str | None:
    """The address of the ``store`` these tests open (a fresh store's database,
    tests/conftest.py), not an empty database that the store then migrates from nothing."""
    return fresh_database_url


def _fill(database: Database, count: int = ENTRIES, start: int = 0) -> None:
    service = AuditService(database)
    for number in range(start, start + count):
        service.record(
            AuditAction.PRINT if number % 2 else AuditAction.EXPORT,
            actor="coach-a",
            learner_id=number % 3 or None,
            details={"format": "pdf", "n": number},
        )


def _sql(database: Database, statement: str, **params: object) -> None:
    with database.engine.begin() as connection:
        connection.execute(text(statement), params)


def _hash_of(database: Database, seq: int) -> str:
    with database.engine.connect() as connection:
        return str(
            connection.execute(
                text("SELECT hash FROM audit_entry WHERE seq = :s"), {"s": seq}
            ).scalar_one()
        )


def _recompute(database: Database, key: bytes | None) -> None:
    """Rewrite every link (and the head) as the program would, with ``key`` or unkeyed."""
    entries = sorted(AuditService(database).entries(), key=lambda e: e.seq)
    previous = GENESIS_HASH
    with database.engine.begin() as connection:
        for entry in entries:
            digest = entry_hash(
                seq=entry.seq,
                at=entry.at,
                actor=entry.actor,
                action=entry.action,
                learner_id=entry.learner_id,
                details=entry.details,
                prev_hash=previous,
                key=key,
            )
            connection.execute(
                text("UPDATE audit_entry SET prev_hash = :p, hash = :h WHERE seq = :s"),
                {"p": previous, "h": digest, "s": entry.seq},
            )
            previous = digest
        connection.execute(text("UPDATE audit_head SET hash = :h"), {"h": previous})


def _cut_newest_and_move_head(database: Database) -> None:
    keep = 7
    digest = _hash_of(database, keep)
    _sql(database, "DELETE FROM audit_entry WHERE seq > :k", k=keep)
    _sql(database, "UPDATE audit_head SET seq = :k, hash = :h", k=keep, h=digest)


def _delete_all_and_reset(database: Database) -> None:
    _sql(database, "DELETE FROM audit_entry")
    _sql(
        database,
        "UPDATE audit_head SET seq = 0, hash = :g, base_seq = 0, base_hash = :g, "
        "chain_id = NULL, keyed_from = NULL",
        g=GENESIS_HASH,
    )


def _cut_oldest_and_move_base(database: Database) -> None:
    digest = _hash_of(database, 3)
    _sql(database, "DELETE FROM audit_entry WHERE seq <= 3")
    _sql(database, "UPDATE audit_head SET base_seq = 3, base_hash = :h", h=digest)


def _unkeyed_and_no_chain(database: Database) -> None:
    _recompute(database, None)
    _sql(database, "UPDATE audit_head SET chain_id = NULL, keyed_from = NULL")


ATTACKS: dict[str, tuple[Callable[[Database], None], BreakKind, int]] = {
    "changed entry": (
        lambda db: _sql(db, "UPDATE audit_entry SET actor = 'mallory' WHERE seq = 4"),
        BreakKind.CHANGED,
        4,
    ),
    "rewritten hash": (
        lambda db: _sql(db, "UPDATE audit_entry SET hash = :h WHERE seq = 3", h="f" * 64),
        BreakKind.HASH_REWRITTEN,
        3,
    ),
    "removed entry": (
        lambda db: _sql(db, "DELETE FROM audit_entry WHERE seq = 5"),
        BreakKind.REMOVED,
        5,
    ),
    "newest cut, head left": (
        lambda db: _sql(db, "DELETE FROM audit_entry WHERE seq > 8"),
        BreakKind.NEWEST_CUT,
        9,
    ),
    "newest cut, head moved to match": (
        _cut_newest_and_move_head,
        BreakKind.HEAD_BEHIND_ANCHOR,
        7,
    ),
    "everything deleted, head reset": (_delete_all_and_reset, BreakKind.ALL_DELETED, 0),
    "oldest cut, base moved": (_cut_oldest_and_move_base, BreakKind.OLDEST_CUT, 1),
    "recomputed with the unkeyed SHA-256": (
        lambda db: _recompute(db, None),
        BreakKind.UNKEYED,
        1,
    ),
    "recomputed unkeyed, chain id removed": (_unkeyed_and_no_chain, BreakKind.UNKEYED, 1),
    "recomputed with a wrong key": (
        lambda db: _recompute(db, secrets.token_bytes(32)),
        BreakKind.WRONG_KEY,
        1,
    ),
}


def _check_reported(
    report: ChainReport, kind: BreakKind, first: int, paths: AppPaths, url: str | None
) -> None:
    assert not report.intact
    assert (kind, first) in {(b.kind, b.first) for b in report.breaks}, report.breaks
    result = run_cli("audit", "verify", data_dir=paths.data_dir, database_url=url)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(report.breaks)
    assert any(f"at entry {first}: " in line for line in lines), lines
    wanted = next(b for b in report.breaks if b.kind is kind and b.first == first)
    assert any(wanted.message in line for line in lines)


@pytest.mark.parametrize("attack", list(ATTACKS))
def test_every_attack_is_named(
    store: OpenedStore, paths: AppPaths, database_url: str | None, attack: str
) -> None:
    _fill(store.database)
    assert AuditService(store.database).verify().intact
    change, kind, first = ATTACKS[attack]
    change(store.database)
    report = AuditService(store.database).verify()
    _check_reported(report, kind, first, paths, database_url)


def test_an_intact_log_verifies_on_the_command_line(
    store: OpenedStore, paths: AppPaths, database_url: str | None
) -> None:
    _fill(store.database)
    result = run_cli("audit", "verify", data_dir=paths.data_dir, database_url=database_url)
    assert result.returncode == 0, result.stderr
    assert "audit log intact: 10 entries checked (entries 1–10)" in result.stdout


def test_appending_after_a_cut_keeps_the_cut_visible(
    store: OpenedStore, paths: AppPaths, database_url: str | None
) -> None:
    """The program writing new entries over a cut does not move the anchor silently."""
    _fill(store.database)
    _cut_newest_and_move_head(store.database)
    _fill(store.database, 6, start=100)  # entries 8–13, past the anchored 10
    report = AuditService(store.database).verify()
    assert BreakKind.ANCHOR_MISMATCH in {b.kind for b in report.breaks}, report.breaks
    result = run_cli("audit", "verify", data_dir=paths.data_dir, database_url=database_url)
    assert result.returncode == 1


def test_the_anchor_cannot_be_edited_to_match(store: OpenedStore, database_url: str | None) -> None:
    _fill(store.database)
    _cut_newest_and_move_head(store.database)
    path = audit_anchor.sidecar_path(store.database.engine.url)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["anchors"][0]["seq"] = 7
    data["anchors"][0]["hash"] = _hash_of(store.database, 7)
    path.write_text(json.dumps(data), encoding="utf-8")
    kinds = {b.kind for b in AuditService(store.database).verify().breaks}
    assert BreakKind.ANCHOR_FORGED in kinds


def test_an_older_copy_put_in_place_is_behind_the_anchor(sqlite_store: OpenedStore) -> None:
    database = sqlite_store.database
    live = database.file_path
    assert live is not None
    _fill(database, 6)
    database.dispose()
    old = live.read_bytes()
    _fill(database, 4, start=6)
    database.dispose()
    live.write_bytes(old)
    report = AuditService(database).verify()
    assert [(b.kind, b.first, b.last) for b in report.breaks] == [
        (BreakKind.HEAD_BEHIND_ANCHOR, 6, 10)
    ]


def test_a_log_from_before_the_key_keeps_verifying(store: OpenedStore) -> None:
    """Migration 0007's unkeyed SHA-256 entries stay as they are; keying starts after them."""
    database = store.database
    previous = GENESIS_HASH
    from datetime import UTC, datetime, timedelta

    start = datetime(2026, 1, 5, 9, tzinfo=UTC)
    with database.engine.begin() as connection:
        for seq in range(1, 5):
            at = start + timedelta(minutes=seq)
            details = {"n": seq}
            digest = entry_hash(
                seq=seq,
                at=at,
                actor="old",
                action=AuditAction.PRINT,
                learner_id=None,
                details=details,
                prev_hash=previous,
            )
            connection.execute(
                text(
                    "INSERT INTO audit_entry (seq, at, actor, action, learner_id, details,"
                    " prev_hash, hash) VALUES (:s, :at, 'old', 'print', NULL, :d, :p, :h)"
                ),
                {"s": seq, "at": at, "d": json.dumps(details), "p": previous, "h": digest},
            )
            previous = digest
        connection.execute(
            text("UPDATE audit_head SET seq = 4, hash = :h, chain_id = NULL, keyed_from = NULL"),
            {"h": previous},
        )
    assert AuditService(database).verify().intact
    _fill(database, 3)
    from larsam_desktop.storage.repositories.audit import AuditRepository

    with database.unit_of_work() as uow:
        head = AuditRepository(uow.session).head()
    assert head.keyed_from == 5 and head.chain is not None
    assert AuditService(database).verify().intact
    _recompute(database, None)  # the keyed part recomputed unkeyed: caught from entry 5
    kinds = {(b.kind, b.first, b.last) for b in AuditService(database).verify().breaks}
    assert (BreakKind.UNKEYED, 5, 7) in kinds


def test_forged_entry_with_the_unkeyed_hash_is_named(store: OpenedStore) -> None:
    _fill(store.database, 6)
    victim = next(e for e in AuditService(store.database).entries() if e.seq == 3)
    forged = entry_hash(
        seq=3,
        at=victim.at,
        actor="forger",
        action=victim.action,
        learner_id=victim.learner_id,
        details=victim.details,
        prev_hash=victim.prev_hash,
    )
    _sql(
        store.database, "UPDATE audit_entry SET actor = 'forger', hash = :h WHERE seq = 3", h=forged
    )
    breaks = AuditService(store.database).verify().breaks
    assert [(b.kind, b.first) for b in breaks] == [(BreakKind.UNKEYED, 3)]
