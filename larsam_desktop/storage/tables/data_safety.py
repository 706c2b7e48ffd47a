"""Data safety (issue 7): the audit chain, retention rules and holds."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Connection,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    event,
    insert,
)
from sqlalchemy.orm import Mapped, mapped_column

from larsam_desktop.domain.audit import GENESIS_HASH as AUDIT_GENESIS_HASH
from larsam_desktop.storage.tables.base import (
    Base,
    UtcDateTime,
)

# ---- data safety (issue 7)


class AuditEntryRow(Base):
    """One link of the hash-chained audit log; append-only (see domain.audit).

    ``learner_id`` has no foreign key on purpose: entries outlive the learner they name.
    """

    __tablename__ = "audit_entry"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(150))
    action: Mapped[str] = mapped_column(String(40))
    learner_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[str] = mapped_column(Text)  # canonical JSON of small facts
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_entry_learner", "learner_id", "seq"),
        Index("ix_audit_entry_action", "action", "seq"),
        Index("ix_audit_entry_at", "at"),
    )


class AuditHead(Base):
    """The one row that says where the chain ends (and where it starts after pruning).

    Appends update it first, which serialises writers on a shared server.
    """

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    base_seq: Mapped[int] = mapped_column(Integer)  # entries up to this one were pruned
    base_hash: Mapped[str] = mapped_column(String(64))
    # issue 13: the chain's random id (its key is found by it, outside the database) and
    # the first entry hashed with the key; both None until the first keyed entry.
    chain_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    keyed_from: Mapped[int | None] = mapped_column(Integer, nullable=True)


class RetentionRule(Base):
    """How long one type of record is kept, as the municipality decided."""

    __tablename__ = "retention_rule"
    record_type: Mapped[str] = mapped_column(String(40), primary_key=True)
    keep_months: Mapped[int | None] = mapped_column(Integer)  # NULL: kept for good
    decision_reference: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class LearnerHold(Base):
    """A hold stops retention and erasure from deleting a learner (e.g. an open matter)."""

    __tablename__ = "learner_hold"
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learner.id", ondelete="CASCADE"), primary_key=True
    )
    reason: Mapped[str] = mapped_column(String(500))
    placed_by: Mapped[str] = mapped_column(String(150))
    placed_at: Mapped[datetime] = mapped_column(UtcDateTime)


def _insert_audit_head(target: object, connection: Connection, **_: object) -> None:
    connection.execute(
        insert(AuditHead).values(
            id=1, seq=0, hash=AUDIT_GENESIS_HASH, base_seq=0, base_hash=AUDIT_GENESIS_HASH
        )
    )


# A new database (create_all) gets its chain head at once, as migration 0007 inserts it.
event.listen(AuditHead.__table__, "after_create", _insert_audit_head)
