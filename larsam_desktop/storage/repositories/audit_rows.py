"""The audit log's row shapes: what is appended, filtered and pruned, and rows read back.

Kept apart from ``storage.repositories.audit`` (the chain's appending and reading) so that
each module has one purpose; ``audit`` re-exports these names.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from larsam_desktop.domain.audit import GENESIS_HASH, AuditAction, AuditEntry
from larsam_desktop.storage.tables import AuditEntryRow


@dataclass(frozen=True, slots=True)
class ChainHead:
    seq: int
    hash: str
    base_seq: int
    base_hash: str
    chain: str | None = None
    keyed_from: int | None = None


@dataclass(frozen=True, slots=True)
class NewEntry:
    """One entry to append (``AuditRepository.append_many``); validated by the caller."""

    at: datetime
    actor: str
    action: AuditAction
    learner_id: int | None
    details: Mapping[str, str | int]


@dataclass(frozen=True, slots=True)
class Pruned:
    """What a retention prune removed: entries ``first``–``last``; the new base hash."""

    count: int
    first: int = 0
    last: int = 0
    last_hash: str = GENESIS_HASH


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What the viewer asks for; every field narrows, None means any."""

    action: AuditAction | None = None
    learner_id: int | None = None
    actor: str | None = None
    since: datetime | None = None
    until: datetime | None = None  # exclusive


def dump_details(details: Mapping[str, str | int]) -> str:
    return json.dumps(dict(details), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_of_row(row: AuditEntryRow) -> AuditEntry:
    return entry_of(
        row.seq, row.at, row.actor, row.action, row.learner_id, row.details, row.prev_hash, row.hash
    )


def entry_of(
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
