"""The keyed chain check as a pure function: each kind of break, and what explains a
moved start or head (a retention run's entry, a restore's), without a database."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from larsam_desktop.domain.audit import GENESIS_HASH, AuditAction, AuditEntry, entry_hash
from larsam_desktop.domain.audit_verify import (
    Anchor,
    BreakKind,
    ChainKey,
    ChainState,
    Rollback,
    verify_chain,
)

KEY = b"k" * 32
CHAIN = "a" * 32
START = datetime(2026, 3, 1, 9, tzinfo=UTC)


def _entry(seq: int, prev: str, key: bytes | None, **changes: object) -> AuditEntry:
    fields: dict[str, object] = {
        "action": AuditAction.PRINT,
        "details": {"n": seq},
        "actor": "coach",
    }
    fields.update(changes)
    at = START + timedelta(minutes=seq)
    digest = entry_hash(
        seq=seq,
        at=at,
        actor=str(fields["actor"]),
        action=fields["action"],  # type: ignore[arg-type]
        learner_id=None,
        details=fields["details"],  # type: ignore[arg-type]
        prev_hash=prev,
        key=key,
    )
    return AuditEntry(
        seq,
        at,
        str(fields["actor"]),
        fields["action"],  # type: ignore[arg-type]
        None,
        fields["details"],  # type: ignore[arg-type]
        prev,
        digest,
    )


def _chain(count: int, *, keyed_from: int = 1, key: bytes = KEY) -> list[AuditEntry]:
    entries: list[AuditEntry] = []
    previous = GENESIS_HASH
    for seq in range(1, count + 1):
        entries.append(_entry(seq, previous, key if seq >= keyed_from else None))
        previous = entries[-1].hash
    return entries


def _state(entries: list[AuditEntry], **changes: object) -> ChainState:
    state = ChainState(entries[-1].seq, entries[-1].hash, chain=CHAIN, keyed_from=1)
    return dataclasses.replace(state, **changes)  # type: ignore[arg-type]


def _kinds(verdict: object) -> list[tuple[BreakKind, int, int]]:
    return [(b.kind, b.first, b.last) for b in verdict.breaks]  # type: ignore[attr-defined]


def test_an_intact_keyed_chain() -> None:
    entries = _chain(5)
    verdict = verify_chain(entries, _state(entries), ChainKey(KEY, 1))
    assert verdict.intact and (verdict.checked, verdict.first_seq, verdict.last_seq) == (5, 1, 5)


def test_an_empty_log_is_intact() -> None:
    verdict = verify_chain([], ChainState(0, GENESIS_HASH), None)
    assert verdict.intact and verdict.first_seq == 0


def test_two_changed_entries_in_the_middle_are_each_named() -> None:
    entries = _chain(6)
    for seq in (3, 4):
        entries[seq - 1] = dataclasses.replace(entries[seq - 1], actor="mallory")
    assert _kinds(verify_chain(entries, _state(entries), ChainKey(KEY, 1))) == [
        (BreakKind.CHANGED, 3, 3),
        (BreakKind.CHANGED, 4, 4),
    ]


def test_a_middle_run_recomputed_with_another_key() -> None:
    entries = _chain(6)
    previous = entries[1].hash
    for seq in (3, 4):
        entries[seq - 1] = _entry(seq, previous, b"x" * 32)
        previous = entries[seq - 1].hash
    assert _kinds(verify_chain(entries, _state(entries), ChainKey(KEY, 1))) == [
        (BreakKind.WRONG_KEY, 3, 4)
    ]


def test_a_rehashed_entry_in_the_unkeyed_part_breaks_the_next_link() -> None:
    entries = _chain(5, keyed_from=4)
    entries[1] = _entry(2, entries[0].hash, None, actor="forger")
    verdict = verify_chain(entries, _state(entries, keyed_from=4), ChainKey(KEY, 4))
    assert _kinds(verdict) == [(BreakKind.LINK_BROKEN, 3, 3)]


def test_without_the_key_the_keyed_part_cannot_be_checked() -> None:
    entries = _chain(4, keyed_from=3)
    verdict = verify_chain(entries, _state(entries, keyed_from=3), None)
    assert _kinds(verdict) == [(BreakKind.KEY_MISSING, 3, 4)]


def test_the_head_row_must_match_the_newest_entry() -> None:
    entries = _chain(3)
    verdict = verify_chain(entries, _state(entries, hash="e" * 64), ChainKey(KEY, 1))
    assert _kinds(verdict) == [(BreakKind.HEAD_MISMATCH, 3, 3)]
    verdict = verify_chain(entries, _state(entries, seq=2), ChainKey(KEY, 1))
    assert _kinds(verdict) == [(BreakKind.HEAD_MISMATCH, 3, 3)]


def test_a_retention_entry_explains_the_start_and_a_later_cut_does_not() -> None:
    entries = _chain(3)
    retention = _entry(
        4,
        entries[-1].hash,
        KEY,
        action=AuditAction.RETENTION_RUN,
        details={"pruned_from": 1, "pruned_to": 2, "pruned_hash": entries[1].hash},
    )
    kept = [entries[2], retention]
    state = ChainState(4, retention.hash, 2, entries[1].hash, CHAIN, 1)
    assert verify_chain(kept, state, ChainKey(KEY, 1)).intact
    moved = dataclasses.replace(state, base_seq=3, base_hash=entries[2].hash)
    assert _kinds(verify_chain([retention], moved, ChainKey(KEY, 1))) == [
        (BreakKind.OLDEST_CUT, 3, 3)
    ]


def test_a_start_moved_by_an_older_version_before_keying_is_accepted() -> None:
    entries = _chain(5, keyed_from=4)
    state = ChainState(5, entries[-1].hash, 2, entries[1].hash, CHAIN, 4)
    assert verify_chain(entries[2:], state, ChainKey(KEY, 4, base_at_keying=2)).intact
    assert _kinds(verify_chain(entries[2:], state, ChainKey(KEY, 4, base_at_keying=0))) == [
        (BreakKind.OLDEST_CUT, 1, 2)
    ]


def test_anchors_behind_ahead_replaced_forged_and_pruned() -> None:
    entries = _chain(6)
    state = _state(entries)
    key = ChainKey(KEY, 1)
    fine = Anchor("audit-anchor.json", CHAIN, 4, entries[3].hash, START)
    assert verify_chain(entries, state, key, [fine]).intact
    different = Anchor("audit-anchor.json", CHAIN, 4, "d" * 64, START)
    assert _kinds(verify_chain(entries, state, key, [different])) == [
        (BreakKind.ANCHOR_MISMATCH, 4, 4)
    ]
    ahead = Anchor("audit-anchor.json", CHAIN, 9, "d" * 64, START)
    assert _kinds(verify_chain(entries, state, key, [ahead])) == [
        (BreakKind.HEAD_BEHIND_ANCHOR, 6, 9)
    ]
    other = Anchor("audit-anchor.json", "b" * 32, 2, "d" * 64, START)
    assert _kinds(verify_chain(entries, state, key, [other])) == [(BreakKind.CHAIN_REPLACED, 2, 2)]
    forged = Anchor("audit-anchor.json", CHAIN, 6, entries[5].hash, START, sealed=False)
    assert _kinds(verify_chain(entries, state, key, [forged])) == [(BreakKind.ANCHOR_FORGED, 6, 6)]
    pruned = dataclasses.replace(state, base_seq=0)
    old = Anchor("backups/x.sqlite3", CHAIN, 0, "d" * 64, START)
    assert verify_chain(entries, pruned, key, [old]).intact


def test_a_restore_explains_the_anchors_of_the_log_it_rolled_back() -> None:
    entries = _chain(3)
    restore = _entry(
        4,
        entries[-1].hash,
        KEY,
        action=AuditAction.RESTORE,
        details={
            "file": "manual.sqlite3",
            "rolled_back_seq": 9,
            "rolled_back_hash": "9" * 64,
            "kept": "before-restore.sqlite3",
        },
    )
    log = [*entries, restore]
    state = _state(log)
    old_head = Anchor("backups/before-restore.sqlite3", CHAIN, 9, "9" * 64, restore.at)
    branch = Anchor("audit-anchor.json", CHAIN, 7, "7" * 64, restore.at - timedelta(seconds=1))
    verdict = verify_chain(log, state, ChainKey(KEY, 1), [old_head, branch])
    assert verdict.intact, verdict.breaks
    assert [(r.first, r.last, r.kept) for r in verdict.rollbacks] == [
        (4, 9, "before-restore.sqlite3")
    ]
    assert "are kept in before-restore.sqlite3" in verdict.rollbacks[0].message
    later = Anchor("audit-anchor.json", CHAIN, 7, "7" * 64, restore.at + timedelta(seconds=1))
    assert _kinds(verify_chain(log, state, ChainKey(KEY, 1), [later])) == [
        (BreakKind.HEAD_BEHIND_ANCHOR, 4, 7)
    ]


def test_a_sealed_statement_outside_the_log_explains_a_start_from_nothing() -> None:
    entries = _chain(2, key=KEY)
    statement = Rollback(1, 8, "", "", START, 1, "8" * 64)
    anchor = Anchor("audit-anchor.json", "b" * 32, 8, "8" * 64, START - timedelta(hours=1))
    verdict = verify_chain(entries, _state(entries), ChainKey(KEY, 1), [anchor], [statement])
    assert verdict.intact
    assert "stayed in the damaged database" in verdict.rollbacks[0].message
    lost = Rollback(3, 8, "manual.sqlite3", "", START, 3, "8" * 64)
    assert "no copy of them was kept" in lost.message


def test_a_statement_of_a_restore_that_never_replaced_the_database_is_dropped() -> None:
    entries = _chain(5)
    never = Rollback(3, 5, "manual.sqlite3", "before-restore.sqlite3", START, 3, entries[4].hash)
    verdict = verify_chain(entries, _state(entries), ChainKey(KEY, 1), [], [never])
    assert verdict.intact and verdict.rollbacks == ()
