"""The audit log's rows: appending a keyed link to the chain, reading entries back.

The first entry appended to a chain without an id (a new database, or one upgraded from
the unkeyed chain of migration 0007) gives it a random id and a key kept outside the
database (``storage.audit_key``); every later entry is an HMAC-SHA256 under that key.
After the commit, the new head is anchored outside the database (``storage.audit_anchor``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, event, func, insert, select, update
from sqlalchemy.orm import Session

from larsam_desktop.domain.audit import (
    GENESIS_HASH,
    AuditAction,
    AuditEntry,
    entry_hash,
)
from larsam_desktop.storage import audit_anchor, audit_key
from larsam_desktop.storage.repositories.audit_rows import (
    AuditFilter,
    ChainHead,
    NewEntry,
    Pruned,
    dump_details,
    entry_of,
    entry_of_row,
)
from larsam_desktop.storage.tables import AuditEntryRow, AuditHead
from larsam_desktop.storage.team_mode import audit_actor

HEAD_ID = 1
_PENDING = "audit_appended"  # session.info: what this transaction added, for the anchor
log = logging.getLogger(__name__)

__all__ = ["AuditFilter", "AuditRepository", "ChainHead", "NewEntry", "Pruned"]


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def append(
        self,
        *,
        at: datetime,
        actor: str,
        action: AuditAction,
        learner_id: int | None,
        details: Mapping[str, str | int],
    ) -> AuditEntry:
        """Add the next link. Serialised across writers by updating the head row first.

        The ``UPDATE`` takes the head's row lock on PostgreSQL (a second writer waits until
        the first commits, then sees its head) and SQLite's write lock; only then is the
        head read, so two appends can never chain onto the same entry.
        """
        # The write comes first: on SQLite a read before it would pin a snapshot that a
        # concurrent writer could make stale (SQLITE_BUSY_SNAPSHOT instead of waiting).
        self._session.execute(
            update(AuditHead).where(AuditHead.id == HEAD_ID).values(seq=AuditHead.seq + 1)
        )
        found = self._session.execute(
            select(
                AuditHead.seq,
                AuditHead.hash,
                AuditHead.chain_id,
                AuditHead.base_seq,
            ).where(AuditHead.id == HEAD_ID)
        ).first()
        if found is None:  # a database whose head row went missing: start it again
            self._session.add(
                AuditHead(id=HEAD_ID, seq=1, hash=GENESIS_HASH, base_seq=0, base_hash=GENESIS_HASH)
            )
            self._session.flush()
            seq, prev_hash, chain, base_seq = 1, GENESIS_HASH, None, 0
        else:
            seq, prev_hash, chain, base_seq = found
        key = self._key(chain, seq, base_seq)
        actor = audit_actor(self._session, actor)  # team mode: the server login (issue 16)
        digest = entry_hash(
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            learner_id=learner_id,
            details=details,
            prev_hash=prev_hash,
            key=key.secret,
        )
        self._session.add(
            AuditEntryRow(
                seq=seq,
                at=at,
                actor=actor,
                action=str(action),
                learner_id=learner_id,
                details=dump_details(details),
                prev_hash=prev_hash,
                hash=digest,
            )
        )
        self._session.execute(update(AuditHead).where(AuditHead.id == HEAD_ID).values(hash=digest))
        self._session.flush()
        self._remember(key, seq, prev_hash, digest, replaces=action == AuditAction.RESTORE)
        return AuditEntry(seq, at, actor, action, learner_id, dict(details), prev_hash, digest)

    def append_many(self, entries: Sequence[NewEntry]) -> list[AuditEntry]:
        """Add ``entries`` as the next links, in order: the chain ``append`` makes one by
        one (each link hashed onto the one before it, under the chain's key), written with
        one ``UPDATE`` of the head, one read, one multi-row ``INSERT`` and one ``UPDATE``
        instead of four statements and a flush an entry (issue 19: a batch of 1,000 plans).

        The first ``UPDATE`` reserves every number at once and serialises writers as in
        ``append``; the key is looked up once for the whole batch.
        """
        if not entries:
            return []
        count = len(entries)
        self._session.execute(
            update(AuditHead).where(AuditHead.id == HEAD_ID).values(seq=AuditHead.seq + count)
        )
        found = self._session.execute(
            select(
                AuditHead.seq,
                AuditHead.hash,
                AuditHead.chain_id,
                AuditHead.base_seq,
            ).where(AuditHead.id == HEAD_ID)
        ).first()
        if found is None:  # no head row: the first append starts it again, as ``append`` does
            return [
                self.append(
                    at=e.at,
                    actor=e.actor,
                    action=e.action,
                    learner_id=e.learner_id,
                    details=e.details,
                )
                for e in entries
            ]
        last_seq, head_hash, chain, base_seq = found
        first_seq = last_seq - count + 1
        key = self._key(chain, first_seq, base_seq)
        actors: dict[str, str] = {}  # team mode: the server login (issue 16)
        rows: list[dict[str, Any]] = []
        appended: list[AuditEntry] = []
        prev_hash = head_hash
        for seq, entry in enumerate(entries, start=first_seq):
            actor = actors.get(entry.actor)
            if actor is None:
                actor = actors[entry.actor] = audit_actor(self._session, entry.actor)
            digest = entry_hash(
                seq=seq,
                at=entry.at,
                actor=actor,
                action=entry.action,
                learner_id=entry.learner_id,
                details=entry.details,
                prev_hash=prev_hash,
                key=key.secret,
            )
            rows.append(
                {
                    "seq": seq,
                    "at": entry.at,
                    "actor": actor,
                    "action": str(entry.action),
                    "learner_id": entry.learner_id,
                    "details": dump_details(entry.details),
                    "prev_hash": prev_hash,
                    "hash": digest,
                }
            )
            appended.append(
                AuditEntry(
                    seq, entry.at, actor, entry.action, entry.learner_id, dict(entry.details),
                    prev_hash, digest,
                )
            )  # fmt: skip
            prev_hash = digest
        self._session.execute(insert(AuditEntryRow), rows)
        self._session.execute(
            update(AuditHead).where(AuditHead.id == HEAD_ID).values(hash=prev_hash)
        )
        for done in appended:  # the anchor's pending range, as ``append`` notes it
            self._remember(
                key,
                done.seq,
                done.prev_hash,
                done.hash,
                replaces=done.action == AuditAction.RESTORE,
            )
        return appended

    def _key(self, chain: str | None, seq: int, base_seq: int) -> audit_key.StoredKey:
        """The chain's key; a chain without an id is keyed from ``seq`` on, now."""
        if chain is None:
            chain = audit_key.new_chain_id()
            stored = audit_key.create(chain, keyed_from=seq, base_at_keying=base_seq)
            self._session.execute(
                update(AuditHead)
                .where(AuditHead.id == HEAD_ID)
                .values(chain_id=chain, keyed_from=seq)
            )
            return stored
        found = audit_key.load(chain) if audit_key.is_chain_id(chain) else None
        if found is None:
            raise audit_key.AuditKeyMissing(
                file=f"{chain}.json" if audit_key.is_chain_id(chain) else "?",
                folder=str(audit_key.key_dir()),
            )
        return found

    def _remember(
        self, key: audit_key.StoredKey, seq: int, prev: str, digest: str, *, replaces: bool
    ) -> None:
        """Note the new head; anchored outside the database once the transaction commits."""
        info = self._session.info
        pending = info.get(_PENDING)
        if pending is None:
            info[_PENDING] = {
                "key": key,
                "first_seq": seq,
                "first_prev": prev,
                "last_seq": seq,
                "last_hash": digest,
                "replaces": replaces,
            }
            if not info.get("audit_listening"):
                info["audit_listening"] = True
                event.listen(self._session, "after_commit", _anchor_after_commit)
                event.listen(self._session, "after_rollback", _forget_pending)
        else:
            pending.update(last_seq=seq, last_hash=digest)
            pending["replaces"] = pending["replaces"] or replaces

    def head(self) -> ChainHead:
        row = self._session.get(AuditHead, HEAD_ID)
        if row is None:
            return ChainHead(0, GENESIS_HASH, 0, GENESIS_HASH)
        return ChainHead(
            row.seq, row.hash, row.base_seq, row.base_hash, row.chain_id, row.keyed_from
        )

    def iter_chain(self, batch: int = 5000) -> Iterator[AuditEntry]:
        """Every entry in sequence order, fetched in batches as plain rows (no ORM objects)."""
        columns = (
            AuditEntryRow.seq,
            AuditEntryRow.at,
            AuditEntryRow.actor,
            AuditEntryRow.action,
            AuditEntryRow.learner_id,
            AuditEntryRow.details,
            AuditEntryRow.prev_hash,
            AuditEntryRow.hash,
        )
        after = -1
        while True:
            rows = self._session.execute(
                select(*columns)
                .where(AuditEntryRow.seq > after)
                .order_by(AuditEntryRow.seq)
                .limit(batch)
            ).all()
            if not rows:
                return
            for seq, at, actor, action, learner_id, details, prev_hash, digest in rows:
                yield entry_of(seq, at, actor, action, learner_id, details, prev_hash, digest)
            after = rows[-1][0]

    def find(self, where: AuditFilter, *, limit: int = 5000) -> list[AuditEntry]:
        """Entries matching ``where``, newest first."""
        query = select(AuditEntryRow)
        if where.action is not None:
            query = query.where(AuditEntryRow.action == str(where.action))
        if where.learner_id is not None:
            query = query.where(AuditEntryRow.learner_id == where.learner_id)
        if where.actor:
            query = query.where(AuditEntryRow.actor == where.actor)
        if where.since is not None:
            query = query.where(AuditEntryRow.at >= where.since)
        if where.until is not None:
            query = query.where(AuditEntryRow.at < where.until)
        rows = self._session.scalars(query.order_by(AuditEntryRow.seq.desc()).limit(limit))
        return [entry_of_row(row) for row in rows]

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(AuditEntryRow)) or 0

    def actors(self) -> list[str]:
        return list(self._session.scalars(select(AuditEntryRow.actor).distinct().order_by("actor")))

    def count_before(self, at: datetime) -> int:
        return (
            self._session.scalar(
                select(func.count()).select_from(AuditEntryRow).where(AuditEntryRow.at < at)
            )
            or 0
        )

    def prune_before(self, at: datetime) -> Pruned:
        """Delete the oldest entries written before ``at``; only a retention run may call
        this, and it must log the range in a keyed entry of its own in the same transaction
        (``services.retention``), else ``audit verify`` reports the cut. The chain's base
        moves to the last one deleted, so verification still starts from a known hash."""
        last = self._session.execute(
            select(AuditEntryRow.seq, AuditEntryRow.hash)
            .where(AuditEntryRow.at < at)
            .order_by(AuditEntryRow.seq.desc())
            .limit(1)
        ).first()
        if last is None:
            return Pruned(0)
        # Only a prefix of the chain is pruned: everything up to the newest old entry.
        first, removed = self._session.execute(
            select(func.min(AuditEntryRow.seq), func.count()).where(AuditEntryRow.seq <= last.seq)
        ).one()
        self._session.execute(delete(AuditEntryRow).where(AuditEntryRow.seq <= last.seq))
        self._session.execute(
            update(AuditHead)
            .where(AuditHead.id == HEAD_ID)
            .values(base_seq=last.seq, base_hash=last.hash)
        )
        return Pruned(int(removed or 0), int(first or 0), int(last.seq), str(last.hash))


def _anchor_after_commit(session: Session) -> None:
    pending: dict[str, Any] | None = session.info.pop(_PENDING, None)
    if pending is None:
        return
    key: audit_key.StoredKey = pending["key"]
    try:
        bind = session.get_bind()
        path = audit_anchor.sidecar_path(bind.engine.url)
        audit_anchor.update(
            path,
            audit_anchor.Appended(
                key.chain,
                pending["first_seq"],
                pending["first_prev"],
                pending["last_seq"],
                pending["last_hash"],
                pending["replaces"],
            ),
            key.secret,
            datetime.now(UTC),
        )
    except OSError as exc:  # the entry is committed; the anchor catches up at the next one
        log.warning("the audit anchor could not be written: %s", type(exc).__name__)


def _forget_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)
