"""Issue 13 item 5: the audit key lives outside the database (keyring, else a 0600 file),
is never stored in the database nor printed; a missing key is reported and stops writes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from cli_runner import run_cli
from sqlalchemy import text

from larsam_desktop.domain.audit import GENESIS_HASH, AuditAction, entry_hash
from larsam_desktop.domain.audit_verify import BreakKind
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.audit import AuditService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.storage import audit_key
from larsam_desktop.storage.database import Database


@pytest.fixture
def database_url(fresh_database_url: str | None) -> str | None:
    """The address of the ``store`` these tests open (a fresh store's database,
    tests/conftest.py), not an empty database that the store then migrates from nothing."""
    return fresh_database_url


def _fill(database: Database, count: int) -> None:
    service = AuditService(database)
    for number in range(count):
        service.record(AuditAction.PRINT, actor="coach-a", details={"n": number})


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
        priority = 1

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]
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
        keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
        audit_key.forget_cached()


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


def test_an_existing_key_file_is_read_without_asking_the_keyring(
    store: OpenedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from larsam_desktop.storage.repositories.audit import AuditRepository

    _fill(store.database, 1)
    with store.database.unit_of_work() as uow:
        chain = AuditRepository(uow.session).head().chain
    assert chain is not None
    audit_key.forget_cached()

    def no_keyring(_chain: str) -> str | None:
        raise AssertionError("the keyring was asked although the key file exists")

    monkeypatch.setattr(audit_key, "_keyring_get", no_keyring)
    stored = audit_key.load(chain)
    assert stored is not None and stored.where == "file"
    assert AuditService(store.database).verify().intact
