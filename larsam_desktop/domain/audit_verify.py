"""Checking a keyed audit chain against its head, its key and its anchors (issue 13).

``verify_chain`` reads the entries once, in sequence order, and names every break it finds
by kind — a changed entry, a rewritten hash, a removed range, the newest entries cut, the
oldest cut with the start moved, a chain recomputed without the key or with another key,
the head behind an anchor kept outside the database — rather than stopping at the first.

What the checker trusts: the key (kept outside the database), the anchors (outside too,
sealed with the key where possible) and entries whose keyed hash holds. A retention run
(which prunes the oldest entries) and a restore (which rolls the log back to a backup's)
each write a keyed entry naming what they did; nothing else may move the chain's start or
put its head behind an anchor.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from larsam_desktop.domain.audit import GENESIS_HASH, AuditAction, AuditEntry, entry_hash, same_hash
from larsam_desktop.domain.audit_breaks import (
    KEPT_IN,
    PRUNED_HASH,
    PRUNED_TO,
    ROLLED_BACK_HASH,
    ROLLED_BACK_SEQ,
    Anchor,
    Break,
    BreakKind,
    ChainKey,
    ChainState,
    Rollback,
    Verdict,
)

__all__ = [
    "Anchor",
    "Break",
    "BreakKind",
    "ChainKey",
    "ChainState",
    "Rollback",
    "Verdict",
    "verify_chain",
]

_MISSING = b""  # the chain is keyed here but the key is not at hand (compared by identity)


@dataclass(slots=True)
class _Fail:
    seq: int
    hash: str
    unkeyed: bool
    link_in: bool  # its prev_hash matches the stored hash before it
    link_out: bool = True  # the next entry (or the head) points to its stored hash


class _Walk:
    def __init__(self, state: ChainState, key: ChainKey | None, anchor_seqs: set[int]) -> None:
        self.state = state
        self.key = key
        self.anchor_seqs = anchor_seqs
        self.expected = state.base_seq + 1
        self.prev_hash = state.base_hash
        self.last: AuditEntry | None = None
        self.run: list[_Fail] = []
        self.breaks: list[Break] = []
        self.hash_at: dict[int, str] = {}
        self.retention: tuple[int, str] | None = None
        self.restores: list[Rollback] = []
        self.checked = 0
        self.last_failed = False

    def _key_for(self, seq: int) -> bytes | None:
        """The key for ``seq``: the secret, None (plain SHA-256) or ``_MISSING``."""
        if self.key is not None and seq >= self.key.keyed_from:
            return self.key.secret
        if self.key is None and self.state.keyed_from is not None:
            return _MISSING if seq >= self.state.keyed_from else None
        return None

    def feed(self, entry: AuditEntry) -> None:
        self.checked += 1
        gap = entry.seq != self.expected
        if gap:
            self._close_run()
            if entry.seq > self.expected:
                self.breaks.append(Break(BreakKind.REMOVED, self.expected, entry.seq - 1))
        link_ok = not gap and same_hash(entry.prev_hash, self.prev_hash)
        if self.run and not gap:
            self.run[-1].link_out = link_ok
        key = self._key_for(entry.seq)
        ok = key is _MISSING or same_hash(_hash(entry, key), entry.hash)
        if ok:
            if self.run:
                self._close_run()
            elif not link_ok and not gap:
                self.breaks.append(Break(BreakKind.LINK_BROKEN, entry.seq, entry.seq))
            if key is not None and key is not _MISSING:
                self._note(entry)
        else:
            unkeyed = key is not None and same_hash(_hash(entry, None), entry.hash)
            self.run.append(_Fail(entry.seq, entry.hash, unkeyed, link_ok))
        if entry.seq in self.anchor_seqs:
            self.hash_at[entry.seq] = entry.hash
        self.prev_hash = entry.hash
        self.expected = entry.seq + 1
        self.last = entry

    def _note(self, entry: AuditEntry) -> None:
        """Remember the program's own verified entries that explain a moved start or head."""
        details = entry.details
        if entry.action == AuditAction.RETENTION_RUN:
            to, digest = details.get(PRUNED_TO), details.get(PRUNED_HASH)
            if isinstance(to, int) and isinstance(digest, str):
                self.retention = (to, digest)
        elif entry.action == AuditAction.RESTORE:
            back = details.get(ROLLED_BACK_SEQ)
            if isinstance(back, int):
                self.restores.append(
                    Rollback(
                        entry.seq,
                        back,
                        str(details.get("file", "")),
                        str(details.get(KEPT_IN, "")),
                        entry.at,
                        entry.seq,
                        str(details.get(ROLLED_BACK_HASH, "")),
                    )
                )

    def _close_run(self, *, at_end: bool = False) -> None:
        run, self.run = self.run, []
        if not run:
            return
        first, last = run[0].seq, run[-1].seq
        if all(f.unkeyed for f in run):
            self.breaks.append(Break(BreakKind.UNKEYED, first, last))
        elif len(run) > 1 and all(f.link_in for f in run[1:]) and (at_end or not run[-1].link_out):
            self.breaks.append(Break(BreakKind.WRONG_KEY, first, last))
        else:
            for failed in run:
                kind = BreakKind.CHANGED if failed.link_out else BreakKind.HASH_REWRITTEN
                self.breaks.append(Break(kind, failed.seq, failed.seq))
        self.last_failed = at_end

    def finish(self, anchors: Sequence[Anchor]) -> Verdict:
        state = self.state
        if self.run:
            self.run[-1].link_out = same_hash(state.hash, self.run[-1].hash)
            self._close_run(at_end=True)
        last = self.last.seq if self.last is not None else state.base_seq
        last_hash = self.last.hash if self.last is not None else state.base_hash
        if self.key is None and state.keyed_from is not None and last >= state.keyed_from:
            self.breaks.append(Break(BreakKind.KEY_MISSING, state.keyed_from, last))
        if state.seq > last:
            self.breaks.append(Break(BreakKind.NEWEST_CUT, last + 1, state.seq))
        elif state.seq < last or (not self.last_failed and not same_hash(state.hash, last_hash)):
            self.breaks.append(Break(BreakKind.HEAD_MISMATCH, last, last))
        self._check_base()
        # A statement whose rolled-back head is still in the log: the restore it announced
        # never replaced the database (killed in between); it explains nothing.
        self.restores = [
            r
            for r in self.restores
            if not (r.hash and same_hash(self.hash_at.get(r.last, ""), r.hash))
        ]
        for anchor in anchors:
            self._check_anchor(anchor, last)
        first = state.base_seq + 1 if self.checked else 0
        listed: dict[tuple[int, int, str], Rollback] = {}
        for restore in self.restores:
            listed.setdefault((restore.first, restore.last, restore.backup), restore)
        return Verdict(tuple(self.breaks), tuple(listed.values()), self.checked, first, last)

    def _check_base(self) -> None:
        base, base_hash = self.state.base_seq, self.state.base_hash
        if base == 0 and same_hash(base_hash, GENESIS_HASH):
            return
        if self.key is None:
            # Never keyed (a log from before issue 13): pruning then left no proof to check.
            # Keyed but the key is missing: reported as such.
            return
        justified = 0
        if self.retention is not None:
            seq, digest = self.retention
            if seq == base and same_hash(digest, base_hash):
                return
            justified = seq
        if base == self.key.base_at_keying and base < self.key.keyed_from:
            return  # pruned by an older version before the chain was keyed
        start = max(justified, self.key.base_at_keying) + 1
        if base >= start:
            self.breaks.append(Break(BreakKind.OLDEST_CUT, start, base))
        else:
            self.breaks.append(Break(BreakKind.LINK_BROKEN, base + 1, base + 1))

    def _check_anchor(self, anchor: Anchor, last: int) -> None:
        if not anchor.sealed:
            forged = Break(BreakKind.ANCHOR_FORGED, anchor.seq, anchor.seq, anchor.source)
            self.breaks.append(forged)
            return
        if any(_explains(restore, anchor) for restore in self.restores):
            return
        if anchor.chain and self.state.chain and anchor.chain != self.state.chain:
            self.breaks.append(
                Break(BreakKind.CHAIN_REPLACED, anchor.seq, anchor.seq, anchor.source)
            )
            return
        if anchor.seq <= self.state.base_seq:
            return  # pruned since: nothing left to compare
        if anchor.seq <= last:
            found = self.hash_at.get(anchor.seq)
            if found is not None and not same_hash(found, anchor.hash):
                self.breaks.append(
                    Break(BreakKind.ANCHOR_MISMATCH, anchor.seq, anchor.seq, anchor.source)
                )
            return
        if self.state.seq > last and anchor.seq <= self.state.seq:
            return  # the head still records it: reported as the newest entries cut
        if self.checked == 0 and self.state.seq == self.state.base_seq:
            self.breaks.append(Break(BreakKind.ALL_DELETED, last, anchor.seq, anchor.source))
        else:
            end = min(last, self.state.seq)
            self.breaks.append(Break(BreakKind.HEAD_BEHIND_ANCHOR, end, anchor.seq, anchor.source))


def _explains(restore: Rollback, anchor: Anchor) -> bool:
    """A restore explains an anchor of the branch it rolled back (taken before it)."""
    if anchor.seq == restore.last and restore.hash and same_hash(anchor.hash, restore.hash):
        return True
    return anchor.at is not None and anchor.at <= restore.at and anchor.seq >= restore.seq - 1


def _hash(entry: AuditEntry, key: bytes | None) -> str:
    return entry_hash(
        seq=entry.seq,
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        learner_id=entry.learner_id,
        details=entry.details,
        prev_hash=entry.prev_hash,
        key=key,
    )


def verify_chain(
    entries: Iterable[AuditEntry],
    state: ChainState,
    key: ChainKey | None,
    anchors: Sequence[Anchor] = (),
    rollbacks: Sequence[Rollback] = (),
) -> Verdict:
    """Every break in ``entries`` (sequence order) against the head, the key and anchors.

    ``rollbacks`` are restores' sealed statements kept outside the database; restores'
    own keyed entries are found in ``entries``.
    """
    seqs = {anchor.seq for anchor in anchors} | {r.last for r in rollbacks}
    walk = _Walk(state, key, seqs)
    walk.restores.extend(rollbacks)
    for entry in entries:
        walk.feed(entry)
    return walk.finish(anchors)
