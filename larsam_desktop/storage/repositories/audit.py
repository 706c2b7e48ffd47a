"""The audit log's rows: appending a link to the chain, reading entries back."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from larsam_desktop.domain.audit import (
    GENESIS_HASH,
    AuditAction,
    AuditEntry,
    entry_hash,
)
from larsam_desktop.storage.tables import AuditEntryRow, AuditHead

HEAD_ID = 1


@dataclass(frozen=True, slots=True)
class ChainHead:
    seq: int
    hash: str
    base_seq: int
    base_hash: str


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What the viewer asks for; every field narrows, None means any."""

    action: AuditAction | None = None
    learner_id: int | None = None
    actor: str | None = None
    since: datetime | None = None
    until: datetime | None = None  # exclusive


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
            select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == HEAD_ID)
        ).first()
        if found is None:  # a database whose head row went missing: start it again
            self._session.add(
                AuditHead(id=HEAD_ID, seq=1, hash=GENESIS_HASH, base_seq=0, base_hash=GENESIS_HASH)
            )
            self._session.flush()
            seq, prev_hash = 1, GENESIS_HASH
        else:
            seq, prev_hash = found
        digest = entry_hash(
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            learner_id=learner_id,
            details=details,
            prev_hash=prev_hash,
        )
        self._session.add(
            AuditEntryRow(
                seq=seq,
                at=at,
                actor=actor,
                action=str(action),
                learner_id=learner_id,
                details=_dump(details),
                prev_hash=prev_hash,
                hash=digest,
            )
        )
        self._session.execute(update(AuditHead).where(AuditHead.id == HEAD_ID).values(hash=digest))
        self._session.flush()
        return AuditEntry(seq, at, actor, action, learner_id, dict(details), prev_hash, digest)

    def head(self) -> ChainHead:
        row = self._session.get(AuditHead, HEAD_ID)
        if row is None:
            return ChainHead(0, GENESIS_HASH, 0, GENESIS_HASH)
        return ChainHead(row.seq, row.hash, row.base_seq, row.base_hash)

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
                yield _entry_of(seq, at, actor, action, learner_id, details, prev_hash, digest)
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
        return [_entry(row) for row in rows]

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

    def prune_before(self, at: datetime) -> int:
        """Delete the oldest entries written before ``at`` (retention); the chain's base moves
        to the last one deleted, so verification still starts from a known hash."""
        last = self._session.execute(
            select(AuditEntryRow.seq, AuditEntryRow.hash)
            .where(AuditEntryRow.at < at)
            .order_by(AuditEntryRow.seq.desc())
            .limit(1)
        ).first()
        if last is None:
            return 0
        # Only a prefix of the chain is pruned: everything up to the newest old entry.
        removed = self._session.scalar(
            select(func.count()).select_from(AuditEntryRow).where(AuditEntryRow.seq <= last.seq)
        )
        self._session.execute(delete(AuditEntryRow).where(AuditEntryRow.seq <= last.seq))
        self._session.execute(
            update(AuditHead)
            .where(AuditHead.id == HEAD_ID)
            .values(base_seq=last.seq, base_hash=last.hash)
        )
        return int(removed or 0)


def _dump(details: Mapping[str, str | int]) -> str:
    return json.dumps(dict(details), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _entry(row: AuditEntryRow) -> AuditEntry:
    return _entry_of(
        row.seq, row.at, row.actor, row.action, row.learner_id, row.details, row.prev_hash, row.hash
    )


def _entry_of(
    seq: int,
    at: datetime,
    actor: str,
    action_text: str,
    learner_id: int | None,
    details_text: str,
    prev_hash: str,
    digest: str,
) -> AuditEntry:
    if at.tzinfo is None:  # SQLite hands back naive UTC (the mapped type adds it for ORM rows)
        at = at.replace(tzinfo=UTC)
    try:
        action: AuditAction | str = AuditAction(action_text)
    except ValueError:
        action = action_text  # tampered; verification will tell
    try:
        details = json.loads(details_text)
    except ValueError:
        details = {"unreadable": details_text[:100]}
    if not isinstance(details, dict):
        details = {"unreadable": str(details)[:100]}
    return AuditEntry(seq, at, actor, action, learner_id, details, prev_hash, digest)  # type: ignore[arg-type]
