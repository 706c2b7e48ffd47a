"""Issue 13 item 5: every way of rewriting the audit log is named by ``audit verify``.

Each attack is done as an attacker with write access to the database would (plain SQL on
the real SQLite file or PostgreSQL database); the service and the command line (in
process) must both report it, the command line with one line per break and exit 1.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_runner import run_cli
from sqlalchemy import text

from larsam_desktop.domain.audit import GENESIS_HASH, AuditAction, entry_hash
from larsam_desktop.domain.audit_verify import BreakKind
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.audit import AuditService, ChainReport
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage import audit_anchor, audit_key
from larsam_desktop.storage.database import Database

ENTRIES = 10


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


def test_a_missing_key_is_reported_and_stops_writes(store: OpenedStore) -> None:
    from larsam_desktop.storage.repositories.audit import AuditRepository

    _fill(store.database, 3)
    with store.database.unit_of_work() as uow:
        chain = AuditRepository(uow.session).head().chain
    assert chain is not None
    audit_key.key_file(chain).unlink()
    audit_key.forget_cached()
    report = AuditService(store.database).verify()
    assert BreakKind.KEY_MISSING in {b.kind for b in report.breaks}
    with pytest.raises(audit_key.AuditKeyMissing):
        AuditService(store.database).record(AuditAction.PRINT, actor="coach")
    assert AuditService(store.database).entries()[0].seq == 3  # nothing was added


def test_the_key_is_never_in_the_database_nor_printed(
    store: OpenedStore, paths: AppPaths, database_url: str | None
) -> None:
    from larsam_desktop.storage.repositories.audit import AuditRepository

    _fill(store.database, 3)
    with store.database.unit_of_work() as uow:
        chain = AuditRepository(uow.session).head().chain
    assert chain is not None
    stored = audit_key.load(chain)
    assert stored is not None and stored.where == "file"
    key_path = audit_key.key_file(chain)
    assert oct(key_path.stat().st_mode & 0o777) == "0o600"
    assert paths.data_dir not in key_path.parents
    forms = {stored.secret.hex(), json.loads(key_path.read_text())["key"]}
    with store.database.engine.connect() as connection:
        tables = [
            name
            for (name,) in connection.execute(
                text(
                    "SELECT name FROM sqlite_master WHERE type = 'table'"
                    if store.database.is_sqlite
                    else "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                )
            )
        ]
        dump = " ".join(
            str(row)
            for table in tables
            for row in connection.execute(text(f'SELECT * FROM "{table}"'))
        )
    assert not any(form in dump for form in forms)
    listing = run_cli(
        "audit", "list", "--format", "json", data_dir=paths.data_dir, database_url=database_url
    )
    verify = run_cli("audit", "verify", data_dir=paths.data_dir, database_url=database_url)
    printed = listing.stdout + listing.stderr + verify.stdout + verify.stderr
    assert not any(form in printed for form in forms)
    if store.database.file_path is not None:
        for path in paths.data_dir.rglob("*"):
            if path.is_file() and path.suffix != ".sqlite3":
                assert not any(form in path.read_text(errors="replace") for form in forms)


def test_the_keyring_is_used_when_it_answers(store: OpenedStore) -> None:
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.backends import fail

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.items.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.items[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.items.pop((service, username), None)

    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        _fill(store.database, 2)
        chains = [user for (service, user) in memory.items if service == audit_key.SERVICE]
        assert len(chains) == 1
        assert not audit_key.key_file(chains[0]).exists()
        audit_key.forget_cached()
        assert AuditService(store.database).verify().intact  # read back from the keyring
    finally:
        keyring.set_keyring(fail.Keyring())
        audit_key.forget_cached()


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


def test_sha256_of_the_payload_is_not_the_keyed_hash() -> None:
    """The keyed hash is HMAC-SHA256, not SHA-256 of key and payload glued together."""
    from datetime import UTC, datetime

    fields: dict[str, object] = {
        "seq": 1,
        "at": datetime(2026, 1, 1, tzinfo=UTC),
        "actor": "a",
        "action": "print",
        "learner_id": None,
        "details": {},
        "prev_hash": GENESIS_HASH,
    }
    key = b"k" * 32
    keyed = entry_hash(key=key, **fields)  # type: ignore[arg-type]
    plain = entry_hash(**fields)  # type: ignore[arg-type]
    assert keyed != plain and len(keyed) == 64
    assert keyed != hashlib.sha256(key + plain.encode()).hexdigest()


def test_key_file_folder_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(audit_key.KEY_DIR_ENV, str(tmp_path / "keys"))
    chain = audit_key.new_chain_id()
    stored = audit_key.create(chain, keyed_from=1, base_at_keying=0)
    assert (tmp_path / "keys" / f"{chain}.json").is_file()
    audit_key.forget_cached()
    again = audit_key.load(chain)
    assert again is not None and again.secret == stored.secret and again.keyed_from == 1
