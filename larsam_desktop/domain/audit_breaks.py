"""What ``audit verify`` reports: the kinds of break, their messages, and the facts the
check takes from outside the database (the key, the anchors) — issue 13.

Messages are English templates with ``{named}`` parameters; the window translates them
(context ``AuditBreak``, ``ui/dialogs/audit_dialog.py``), the command line prints them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from larsam_desktop.domain.audit import GENESIS_HASH

# Detail names the program writes into its own entries (see services.audit).
PRUNED_FROM = "pruned_from"
PRUNED_TO = "pruned_to"
PRUNED_HASH = "pruned_hash"
ROLLED_BACK_SEQ = "rolled_back_seq"
ROLLED_BACK_HASH = "rolled_back_hash"
KEPT_IN = "kept"


class BreakKind(StrEnum):
    CHANGED = "changed"
    HASH_REWRITTEN = "hash_rewritten"
    LINK_BROKEN = "link_broken"
    REMOVED = "removed"
    NEWEST_CUT = "newest_cut"
    HEAD_MISMATCH = "head_mismatch"
    HEAD_BEHIND_ANCHOR = "head_behind_anchor"
    ALL_DELETED = "all_deleted"
    OLDEST_CUT = "oldest_cut"
    UNKEYED = "unkeyed"
    WRONG_KEY = "wrong_key"
    KEY_MISSING = "key_missing"
    ANCHOR_MISMATCH = "anchor_mismatch"
    ANCHOR_FORGED = "anchor_forged"
    CHAIN_REPLACED = "chain_replaced"


# English templates; the window translates them (context "AuditBreak", ui/dialogs/audit_dialog.py).
# Kinds with a range have a second, plural form used when first != last.
TEMPLATES: dict[BreakKind, tuple[str, str]] = {
    BreakKind.CHANGED: ("Entry {first} was changed after it was written.", ""),
    BreakKind.HASH_REWRITTEN: (
        "Entry {first} has a rewritten hash: the entry after it no longer points to it.",
        "",
    ),
    BreakKind.LINK_BROKEN: ("Entry {first} does not point to the entry before it.", ""),
    BreakKind.REMOVED: (
        "Entry {first} was removed.",
        "Entries {first}–{last} were removed.",
    ),
    BreakKind.NEWEST_CUT: (
        "Entry {first}, the newest, was removed; the head still records it.",
        "Entries {first}–{last}, the newest, were removed; the head still records them.",
    ),
    BreakKind.HEAD_MISMATCH: (
        "The head of the log does not match entry {first}, the newest entry.",
        "",
    ),
    BreakKind.HEAD_BEHIND_ANCHOR: (
        "The log ends at entry {first}, but {source} records entry {last}: the newest "
        "entries were cut and the head moved to match, or an older copy of the database "
        "was put in place.",
        "",
    ),
    BreakKind.ALL_DELETED: (
        "Every entry was deleted and the head reset, but {source} records entry {last}.",
        "",
    ),
    BreakKind.OLDEST_CUT: (
        "Entry {first}, the oldest, was removed and the start of the log moved to match; "
        "no retention run removed it.",
        "Entries {first}–{last}, the oldest, were removed and the start of the log moved to "
        "match; no retention run removed them.",
    ),
    BreakKind.UNKEYED: (
        "Entry {first} was recomputed with the unkeyed SHA-256, without the audit key.",
        "Entries {first}–{last} were recomputed with the unkeyed SHA-256, without the audit key.",
    ),
    BreakKind.WRONG_KEY: (
        "Entry {first} was recomputed with another key.",
        "Entries {first}–{last} were recomputed with another key.",
    ),
    BreakKind.KEY_MISSING: (
        "The audit key is not on this computer: entries from {first} on cannot be checked.",
        "",
    ),
    BreakKind.ANCHOR_MISMATCH: (
        "Entry {first} differs from the one {source} records: the log was rewritten.",
        "",
    ),
    BreakKind.ANCHOR_FORGED: ("{source} was changed by hand: its seal does not hold.", ""),
    BreakKind.CHAIN_REPLACED: (
        "{source} records another audit log (up to entry {last}): this log was replaced.",
        "",
    ),
}
ROLLBACK_TEMPLATE = "Entries {first}–{last}, made after backup {backup}, are kept in {kept}."
START_EMPTY_TEMPLATE = (
    "Entries {first}–{last} stayed in the damaged database set aside when the coach chose "
    "to start with an empty one."
)
ROLLBACK_LOST_TEMPLATE = (
    "Entries {first}–{last}, made after backup {backup}, were rolled back by its restore; "
    "no copy of them was kept."
)


@dataclass(frozen=True, slots=True)
class ChainKey:
    """The secret and from which entry on it applies (entries before are plain SHA-256)."""

    secret: bytes = field(repr=False)
    keyed_from: int
    base_at_keying: int = 0  # the start of the log when keying began (older prunes)


@dataclass(frozen=True, slots=True)
class ChainState:
    """The head row as stored in the database."""

    seq: int
    hash: str
    base_seq: int = 0
    base_hash: str = GENESIS_HASH
    chain: str | None = None
    keyed_from: int | None = None


@dataclass(frozen=True, slots=True)
class Anchor:
    """The head as recorded outside the database (the sidecar file, a backup's manifest)."""

    source: str  # a file name, shown in the message
    chain: str | None
    seq: int
    hash: str
    at: datetime | None = None
    sealed: bool = True  # False: its seal (HMAC) did not hold


@dataclass(frozen=True, slots=True)
class Break:
    kind: BreakKind
    first: int
    last: int
    source: str = ""

    @property
    def template(self) -> str:
        singular, plural = TEMPLATES[self.kind]
        return plural if plural and self.first != self.last else singular

    @property
    def params(self) -> dict[str, str | int]:
        return {"first": self.first, "last": self.last, "source": self.source}

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    @property
    def seq(self) -> int:
        """The first entry concerned (where an older caller looked for the break)."""
        return self.first


@dataclass(frozen=True, slots=True)
class Rollback:
    """Entries a restore rolled back: in the before-restore copy, listed by verify."""

    first: int
    last: int
    backup: str
    kept: str
    at: datetime
    seq: int  # the restore entry's own
    hash: str = ""  # the rolled-back head's hash

    @property
    def template(self) -> str:
        if not self.backup:
            return START_EMPTY_TEMPLATE
        return ROLLBACK_TEMPLATE if self.kept else ROLLBACK_LOST_TEMPLATE

    @property
    def params(self) -> dict[str, str | int]:
        return {"first": self.first, "last": self.last, "backup": self.backup, "kept": self.kept}

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True, slots=True)
class Verdict:
    breaks: tuple[Break, ...]
    rollbacks: tuple[Rollback, ...]
    checked: int
    first_seq: int
    last_seq: int

    @property
    def intact(self) -> bool:
        return not self.breaks
