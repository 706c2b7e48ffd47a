"""Pure rules of issue 7: backup rotation, retention cut-offs, the audit chain's checks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from larsam_desktop.domain.audit import (
    GENESIS_HASH,
    AuditAction,
    AuditEntry,
    canonical_time,
    entry_hash,
    first_break,
    validate_details,
)
from larsam_desktop.domain.backup_rotation import BackupStamp, RotationPolicy, backups_to_keep
from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.retention import cutoff, validate_rule

START = datetime(2026, 1, 1, 12, tzinfo=UTC)


def _chain(count: int) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    previous = GENESIS_HASH
    for seq in range(1, count + 1):
        at = START + timedelta(minutes=seq)
        digest = entry_hash(
            seq=seq,
            at=at,
            actor="a",
            action=AuditAction.PRINT,
            learner_id=seq,
            details={"n": seq},
            prev_hash=previous,
        )
        entries.append(
            AuditEntry(seq, at, "a", AuditAction.PRINT, seq, {"n": seq}, previous, digest)
        )
        previous = digest
    return entries


def test_an_intact_chain_and_its_breaks() -> None:
    chain = _chain(5)
    assert first_break(chain, head_seq=5, head_hash=chain[-1].hash) is None
    assert first_break([]) is None
    missing = first_break([chain[0], chain[2]])
    assert missing is not None and missing.seq == 2 and "missing" in missing.reason
    short = first_break(chain[:4], head_seq=5)
    assert short is not None and short.seq == 5
    wrong_head = first_break(chain, head_seq=5, head_hash="f" * 64)
    assert wrong_head is not None and wrong_head.seq == 5
    pruned = first_break(chain[2:], base_seq=2, base_hash=chain[1].hash)
    assert pruned is None
    wrong_base = first_break(chain[2:], base_seq=2, base_hash=GENESIS_HASH)
    assert wrong_base is not None and wrong_base.seq == 3


def test_the_hash_covers_every_field() -> None:
    base = {
        "seq": 1,
        "at": START,
        "actor": "a",
        "action": "print",
        "learner_id": 3,
        "details": {"n": 1},
        "prev_hash": GENESIS_HASH,
    }
    reference = entry_hash(**base)  # type: ignore[arg-type]
    changes = {
        "seq": 2,
        "at": START + timedelta(microseconds=1),
        "actor": "b",
        "action": "export",
        "learner_id": None,
        "details": {"n": 2},
        "prev_hash": "1" * 64,
    }
    for key, value in changes.items():
        assert entry_hash(**{**base, key: value}) != reference, key  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        canonical_time(datetime(2026, 1, 1))  # naive on purpose


def test_details_rules() -> None:
    assert validate_details("a", {"count": 3, "format": "pdf"}) == {"count": 3, "format": "pdf"}
    assert validate_details("a", None) == {}
    assert validate_details("a", {"sha256": "1234567890abcdef"}) == {"sha256": "1234567890abcdef"}
    with pytest.raises(ValidationError):
        validate_details("a", {f"k{i}": i for i in range(25)})
    with pytest.raises(ValidationError):
        validate_details("a" * 151, {})


def test_retention_cutoff_is_end_of_month_safe() -> None:
    assert cutoff(date(2026, 11, 28), 24) == date(2024, 11, 28)
    assert cutoff(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert cutoff(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert cutoff(date(2026, 1, 15), 13) == date(2024, 12, 15)
    assert cutoff(date(2100, 3, 31), 1) == date(2100, 2, 28)
    assert cutoff(date(2000, 3, 31), 1) == date(2000, 2, 29)
    assert validate_rule("audit_log", None, "  ").decision_reference is None
    with pytest.raises(ValidationError):
        validate_rule("audit_log", 0, None)


def test_rotation_policy_limits() -> None:
    assert RotationPolicy().validated() == RotationPolicy()
    with pytest.raises(ValidationError):
        RotationPolicy(daily=0).validated()


@given(
    st.lists(st.integers(min_value=0, max_value=400 * 24), min_size=1, max_size=60, unique=True),
    st.integers(min_value=1, max_value=10),
    st.integers(min_value=0, max_value=6),
    st.integers(min_value=0, max_value=14),
)
@settings(max_examples=200, deadline=None)
def test_rotation_keeps_the_newest_and_at_most_the_policy(
    hours: list[int], daily: int, weekly: int, monthly: int
) -> None:
    stamps = [BackupStamp(f"b{h}", START + timedelta(hours=h), True) for h in hours]
    policy = RotationPolicy(daily=daily, weekly=weekly, monthly=monthly)
    keep = backups_to_keep(stamps, policy)
    newest = max(stamps, key=lambda s: s.created_at)
    assert newest.name in keep
    assert len(keep) <= daily + weekly + monthly + 1
    days = {s.created_at.date() for s in stamps}
    assert len(keep) >= min(daily, len(days))
    kept_days = {s.created_at.date() for s in stamps if s.name in keep}
    assert (
        sorted(days, reverse=True)[: min(daily, len(days))]
        == sorted(kept_days, reverse=True)[: min(daily, len(days))]
    )


def test_safety_copies_are_kept_by_count() -> None:
    stamps = [BackupStamp(f"s{i}", START + timedelta(days=i), automatic=False) for i in range(8)]
    keep = backups_to_keep(stamps, RotationPolicy(safety_copies=3))
    assert keep == {"s7", "s6", "s5"}
