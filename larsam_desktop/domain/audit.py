"""The audit log's rules: what is logged, how entries are chained, how a chain is checked.

Each entry's hash covers its own fields and the previous entry's hash, so changing,
removing or inserting any entry breaks every link after it. From the entry where the chain
became keyed (``keyed_from``, issue 13) the hash is an HMAC-SHA256 under a secret kept
outside the database, so a chain recomputed without that secret is found too
(``domain.audit_verify``). Entries carry a learner's internal id only — never a name,
personnummer or address.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from larsam_desktop.domain.errors import FieldError, ValidationError

GENESIS_HASH = "0" * 64
MAX_DETAIL_KEYS = 20
MAX_DETAIL_TEXT = 200
# A free-standing run of 10 or 12 digits (with an optional - or +) that passes the Luhn
# check could be a personnummer or samordningsnummer: refused in details.
_NUMBER_LIKE = re.compile(r"(?<![0-9A-Za-z])(?:\d{2})?(\d{6})[-+]?(\d{4})(?![0-9A-Za-z])")
_DETAIL_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")


class AuditAction(StrEnum):
    VIEW_PROTECTED_LEARNER = "view_protected_learner"
    OPEN_RESTRICTED_NOTES = "open_restricted_notes"
    PROTECTED_DATA_RELEASED = "protected_data_released"  # the coach chose to include it
    PRINT = "print"
    EXPORT = "export"
    ACCESS_REQUEST = "access_request"
    IMPORT = "import"
    BACKUP = "backup"
    RESTORE = "restore"
    DELETE_LEARNER = "delete_learner"
    ERASURE = "erasure"
    RETENTION_RUN = "retention_run"
    STATISTICS_THRESHOLD = "statistics_threshold"  # k raised: a new publication series
    INVITATION = "invitation"  # invited to an information meeting (issue 17)
    UNDO = "undo"  # a saved change undone (Ctrl+Z on the learner page: a study plan's save)


Details = Mapping[str, str | int]


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One link of the chain as stored."""

    seq: int
    at: datetime
    actor: str
    action: AuditAction
    learner_id: int | None
    details: Mapping[str, str | int]
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """The first entry whose link does not hold, and why."""

    seq: int
    reason: str


def canonical_time(at: datetime) -> str:
    """The one text form of a timestamp that goes into a hash (UTC, microseconds)."""
    if at.tzinfo is None:
        raise ValueError("audit timestamps must be timezone-aware")
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def entry_hash(
    *,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    learner_id: int | None,
    details: Details,
    prev_hash: str,
    key: bytes | None = None,
) -> str:
    """SHA-256 of the entry's canonical JSON, or its HMAC-SHA256 under ``key``."""
    payload = json.dumps(
        {
            "seq": seq,
            "at": canonical_time(at),
            "actor": actor,
            "action": str(action),
            "learner_id": learner_id,
            "details": dict(sorted(details.items())),
            "prev": prev_hash,
        },
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    if key is None:
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def same_hash(a: str, b: str) -> bool:
    """Constant-time comparison of two hex digests."""
    return hmac.compare_digest(a.encode("ascii", "replace"), b.encode("ascii", "replace"))


def validate_details(actor: str, details: Details | None) -> dict[str, str | int]:
    """Check an entry's free fields; raises ``ValidationError``.

    Details are small facts (counts, formats, a file's name) — never personal data.
    """
    problems: list[FieldError] = []
    if not actor.strip() or len(actor) > 150:
        problems.append(FieldError("actor", "invalid", "Who did it must be 1–150 characters."))
    clean: dict[str, str | int] = {}
    for key, value in (details or {}).items():
        if not _DETAIL_KEY.fullmatch(key):
            problems.append(
                FieldError("details", "bad_key", "Bad detail name {key}.", {"key": key[:40]})
            )
        elif isinstance(value, bool) or not isinstance(value, (str, int)):
            problems.append(
                FieldError(
                    "details", "bad_value", "Detail {key} must be text or a number.", {"key": key}
                )
            )
        elif isinstance(value, str) and (
            len(value) > MAX_DETAIL_TEXT or _looks_like_personnummer(value)
        ):
            problems.append(
                FieldError(
                    "details",
                    "personal_data",
                    "Detail {key} is too long or looks like a personnummer.",
                    {"key": key},
                )
            )
        else:
            clean[key] = value
    if len(clean) > MAX_DETAIL_KEYS:
        problems.append(FieldError("details", "too_many", "Too many details."))
    if problems:
        raise ValidationError(problems)
    return clean


def _looks_like_personnummer(text: str) -> bool:
    for match in _NUMBER_LIKE.finditer(text):
        digits = match.group(1) + match.group(2)
        total = 0
        for index, char in enumerate(digits):
            value = int(char) * (2 if index % 2 == 0 else 1)
            total += value - 9 if value > 9 else value
        if total % 10 == 0:
            return True
    return False


def first_break(
    entries: Iterable[AuditEntry],
    *,
    base_seq: int = 0,
    base_hash: str = GENESIS_HASH,
    head_seq: int | None = None,
    head_hash: str | None = None,
) -> ChainBreak | None:
    """The first broken link in ``entries`` (in sequence order), or None if the chain holds.

    ``base_seq``/``base_hash`` are where the chain starts once old entries were pruned by
    retention; ``head_seq``/``head_hash`` are the chain head as separately recorded, so a
    chain whose newest entries were removed is caught too.
    """
    previous_hash = base_hash
    expected_seq = base_seq + 1
    for entry in entries:
        if entry.seq != expected_seq:
            return ChainBreak(expected_seq, f"entry {expected_seq} is missing")
        if entry.prev_hash != previous_hash:
            return ChainBreak(entry.seq, "does not point to the entry before it")
        recomputed = entry_hash(
            seq=entry.seq,
            at=entry.at,
            actor=entry.actor,
            action=entry.action,
            learner_id=entry.learner_id,
            details=entry.details,
            prev_hash=entry.prev_hash,
        )
        if recomputed != entry.hash:
            return ChainBreak(entry.seq, "its content was changed after it was written")
        previous_hash = entry.hash
        expected_seq += 1
    last_seq = expected_seq - 1
    if head_seq is not None and head_seq != last_seq:
        return ChainBreak(last_seq + 1, f"the log should end at entry {head_seq}")
    if head_hash is not None and head_hash != previous_hash:
        return ChainBreak(last_seq, "the newest entry does not match the chain head")
    return None
