"""The audit chain's head, anchored outside the database (issue 13).

After every commit that added audit entries, the head (chain id, sequence number, hash,
time) is written to a small sidecar file, atomically, sealed with an HMAC under the
chain's key: ``audit-anchor.json`` in the data folder for the local database; for a shared
server, ``<config>/audit-anchors/<digest of the server address>.json`` on each computer
that writes to it. Every backup's manifest entry records the head of the copy too
(``storage.backup_set``). ``audit verify`` compares them with the database's chain.

The sidecar never moves backwards: when a commit's first new entry does not continue the
anchored head (the newest entries were cut and new ones written after them), the old
anchor is kept beside the new one, so the cut stays visible. Only a restore (whose own
keyed entry names the head it rolled back) replaces it outright.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import hmac
import json
import logging
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from larsam_desktop.paths import ensure_private_dir, user_config_dir
from larsam_desktop.storage import crash_points
from larsam_desktop.storage.audit_key import write_private_file

if TYPE_CHECKING:  # standard library only at run time: backup_set reads heads through here
    from sqlalchemy.engine import URL

log = logging.getLogger(__name__)
SIDECAR_NAME = "audit-anchor.json"
SIDECAR_FORMAT = 1
MAX_HELD = 8  # older anchors kept beside the current one


@dataclass(frozen=True, slots=True)
class AnchorRecord:
    chain: str
    seq: int
    hash: str
    at: datetime
    mac: str

    def to_json(self) -> dict[str, object]:
        return {
            "chain": self.chain,
            "seq": self.seq,
            "hash": self.hash,
            "at": self.at.isoformat(),
            "mac": self.mac,
        }


@dataclass(frozen=True, slots=True)
class Appended:
    """What one commit added to the chain: its first entry's link and its last entry."""

    chain: str
    first_seq: int
    first_prev: str
    last_seq: int
    last_hash: str
    replaces: bool  # a restore: the anchored head is named by the entry itself


def sidecar_path(url: URL) -> Path:
    """Where the anchor of the database at ``url`` lives."""
    if url.get_backend_name() == "sqlite" and url.database:
        return Path(url.database).parent / SIDECAR_NAME
    address = url.set(password=None).render_as_string(hide_password=True)
    digest = hashlib.sha256(address.encode("utf-8")).hexdigest()[:24]
    return user_config_dir() / "audit-anchors" / f"{digest}.json"


def seal(secret: bytes, chain: str, seq: int, digest: str, at: datetime) -> str:
    return _mac(secret, f"{chain}|{seq}|{digest}|{at.astimezone(UTC).isoformat()}")


def seal_holds(record: AnchorRecord, secret: bytes) -> bool:
    expected = seal(secret, record.chain, record.seq, record.hash, record.at)
    return hmac.compare_digest(expected, record.mac)


@dataclass(frozen=True, slots=True)
class RollbackRecord:
    """A restore's own statement, written before the database is replaced: the log goes
    back from ``rolled_seq`` to the restored copy's ``restored_seq``."""

    chain: str  # the chain whose key seals it
    restored_seq: int
    restored_hash: str
    rolled_seq: int
    rolled_hash: str
    backup: str
    kept: str
    at: datetime
    mac: str

    def text(self) -> str:
        return (
            f"rollback|{self.chain}|{self.restored_seq}|{self.restored_hash}|{self.rolled_seq}|"
            f"{self.rolled_hash}|{self.backup}|{self.kept}|{self.at.astimezone(UTC).isoformat()}"
        )

    def to_json(self) -> dict[str, object]:
        data = dataclasses.asdict(self)
        data["at"] = self.at.isoformat()
        return data


def _mac(secret: bytes, text: str) -> str:
    return hmac.new(secret, text.encode("utf-8"), hashlib.sha256).hexdigest()


def rollback_seal_holds(record: RollbackRecord, secret: bytes) -> bool:
    return hmac.compare_digest(_mac(secret, record.text()), record.mac)


def read(path: Path) -> list[AnchorRecord]:
    """The current anchor first, then any held ones; [] when there is none.

    An unreadable file or record comes back as a record with ``seq == -1`` (reported as
    changed by hand).
    """
    return _load(path)[0]


def read_rollbacks(path: Path) -> list[RollbackRecord]:
    return _load(path)[1]


def _broken() -> AnchorRecord:
    return AnchorRecord("", -1, "", datetime.now(UTC), "")


def _load(path: Path) -> tuple[list[AnchorRecord], list[RollbackRecord]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return [], []
    except (OSError, ValueError):
        log.warning("the audit anchor %s is unreadable", path.name)
        return [_broken()], []
    if not isinstance(data, dict):
        return [_broken()], []
    anchors: list[AnchorRecord] = []
    for item in data.get("anchors", []):
        try:
            anchors.append(
                AnchorRecord(
                    str(item["chain"]),
                    int(item["seq"]),
                    str(item["hash"]),
                    datetime.fromisoformat(str(item["at"])),
                    str(item["mac"]),
                )
            )
        except (KeyError, ValueError, TypeError):
            anchors.append(_broken())
    rollbacks: list[RollbackRecord] = []
    for item in data.get("rollbacks", []):
        try:
            rollbacks.append(
                RollbackRecord(
                    str(item["chain"]),
                    int(item["restored_seq"]),
                    str(item["restored_hash"]),
                    int(item["rolled_seq"]),
                    str(item["rolled_hash"]),
                    str(item["backup"]),
                    str(item["kept"]),
                    datetime.fromisoformat(str(item["at"])),
                    str(item["mac"]),
                )
            )
        except (KeyError, ValueError, TypeError):
            anchors.append(_broken())
    return anchors, rollbacks


def update(path: Path, appended: Appended, secret: bytes, now: datetime) -> None:
    """Move the anchor to the new head (after a commit); never backwards. Errors propagate."""
    ensure_private_dir(path.parent)
    with _locked(path):
        records, rollbacks = _load(path)
        records = [r for r in records if r.seq >= 0]
        current, held = (records[0], records[1:]) if records else (None, [])
        new = AnchorRecord(
            appended.chain,
            appended.last_seq,
            appended.last_hash,
            now,
            seal(secret, appended.chain, appended.last_seq, appended.last_hash, now),
        )
        if current is None or appended.replaces:
            kept: Sequence[AnchorRecord] = [new, *held]
        elif current.chain != appended.chain:
            kept = [new, current, *held]  # another log took this one's place
        elif appended.first_seq > current.seq + 1:
            kept = [new, *held]  # others wrote in between (a shared server, another window)
        elif appended.first_seq == current.seq + 1:
            continues = hmac.compare_digest(appended.first_prev, current.hash)
            kept = [new, *held] if continues else [new, current, *held]
        elif appended.last_seq > current.seq:
            kept = [new, current, *held]  # written over a cut: keep the old head visible
        else:
            return  # a later commit already anchored a newer head
        _write(path, kept[: MAX_HELD + 1], rollbacks)
    crash_points.step("audit.anchor-written")


def note_rollback(
    path: Path,
    secret: bytes,
    chain: str,
    *,
    restored: tuple[int, str],
    rolled_back: tuple[int, str],
    backup: str,
    kept: str,
    now: datetime,
) -> None:
    """Before a restore replaces the database: anchor the restored copy's head and keep a
    sealed statement of the head it rolls back, so that a kill before the restore's own
    entry is written still leaves a log that verifies."""
    ensure_private_dir(path.parent)
    statement = RollbackRecord(
        chain, restored[0], restored[1], rolled_back[0], rolled_back[1], backup, kept, now, ""
    )
    statement = dataclasses.replace(statement, mac=_mac(secret, statement.text()))
    head = AnchorRecord(chain, restored[0], restored[1], now, seal(secret, chain, *restored, now))
    with _locked(path):
        records, rollbacks = _load(path)
        held = [r for r in records if r.seq >= 0]
        _write(path, [head, *held][: MAX_HELD + 1], [statement, *rollbacks][:MAX_HELD])
    crash_points.step("audit.rollback-noted")


def _write(
    path: Path, records: Sequence[AnchorRecord], rollbacks: Sequence[RollbackRecord]
) -> None:
    payload = {
        "format": SIDECAR_FORMAT,
        "anchors": [r.to_json() for r in records],
        "rollbacks": [r.to_json() for r in rollbacks],
    }
    # The anchor may lag behind the head after a power cut (harmless), never lead it.
    write_private_file(path, json.dumps(payload, indent=2) + "\n", sync_folder=False)


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock between processes for the read-modify-write (POSIX flock)."""
    if os.name != "posix":
        yield
        return
    import fcntl

    fd = os.open(path.with_name(path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def head_of_connection(connection: Any) -> tuple[str | None, int, str] | None:
    """(chain id, seq, hash) of the audit head in an open DB-API connection, or None."""
    try:
        try:
            row = connection.execute(
                "SELECT chain_id, seq, hash FROM audit_head WHERE id = 1"
            ).fetchone()
        except Exception:  # a schema from before 0009: no chain id
            found = connection.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
            row = (None, *found) if found else None
    except Exception as exc:  # no audit table (older schema), an unreadable copy
        log.debug("no audit head in the copy: %s", type(exc).__name__)
        return None
    if row is None:
        return None
    return (None if row[0] is None else str(row[0]), int(row[1]), str(row[2]))


def forget_server_anchor(url: URL | str) -> None:  # pragma: no cover - used by test set-up
    """Remove a shared server's anchor on this computer (its database was recreated)."""
    from sqlalchemy.engine import make_url

    resolved = make_url(url)
    if resolved.get_backend_name() != "sqlite":
        sidecar_path(resolved).unlink(missing_ok=True)
