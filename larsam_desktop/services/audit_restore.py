"""What a restore does to the audit log (issue 13).

A restore puts the backup's log in place, so the entries made after the backup leave the
live database; they stay in the before-restore copy. Before anything changes, the copy's
chain must have its key on this computer (else the restore's own entry could not be
written). Before the database is replaced, the sidecar anchor moves to the copy's head
with a sealed statement of the head rolled back; after it, the restore's keyed entry
names the backup, the rolled-back head and the copy that keeps it. ``audit verify`` lists
those entries as kept there and accepts the anchors of the rolled-back log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from larsam_desktop.domain.audit import GENESIS_HASH
from larsam_desktop.domain.audit_breaks import KEPT_IN, ROLLED_BACK_HASH, ROLLED_BACK_SEQ
from larsam_desktop.storage import audit_anchor, audit_key
from larsam_desktop.storage.backup_set import BackupInfo, audit_head_of_file


def require_key_for(chain: str | None) -> None:
    """Raise ``AuditKeyMissing`` unless the key of ``chain`` is on this computer."""
    if chain is None:
        return  # a log from before issue 13: keyed at its next entry
    if not audit_key.is_chain_id(chain) or audit_key.load(chain) is None:
        raise audit_key.AuditKeyMissing(
            file=f"{chain}.json" if audit_key.is_chain_id(chain) else "?",
            folder=str(audit_key.key_dir()),
        )


@dataclass(frozen=True, slots=True)
class RestoreAudit:
    source: Path
    source_head: tuple[str | None, int, str] | None

    @classmethod
    def check(cls, source: Path, passphrase: str | None = None) -> RestoreAudit:
        """Read the copy's audit head; refuse (nothing changed) if its key is missing."""
        head = audit_head_of_file(source, passphrase)
        require_key_for(head[0] if head else None)
        return cls(source, head)

    def note(self, data_dir: Path, kept: BackupInfo | None, now: datetime) -> dict[str, str | int]:
        """Anchor the copy's head before the replacement; the facts for the restore entry."""
        sidecar = data_dir / audit_anchor.SIDECAR_NAME
        current = next(iter(audit_anchor.read(sidecar)), None)
        rolled: tuple[int, str] | None = None
        live_chain: str | None = None
        if kept is not None and kept.audit_seq is not None and kept.audit_hash is not None:
            rolled, live_chain = (kept.audit_seq, kept.audit_hash), kept.audit_chain
        elif current is not None and current.seq >= 0:
            rolled, live_chain = (current.seq, current.hash), current.chain
        if rolled is None:
            return {}
        chain, restored_seq, restored_hash = self.source_head or (None, 0, GENESIS_HASH)
        sealing = chain or live_chain
        stored = audit_key.load(sealing) if sealing and audit_key.is_chain_id(sealing) else None
        if stored is not None:
            audit_anchor.note_rollback(
                sidecar,
                stored.secret,
                stored.chain,
                restored=(restored_seq, restored_hash),
                rolled_back=rolled,
                backup=self.source.name,
                kept=kept.file if kept else "",
                now=now,
            )
        return {
            ROLLED_BACK_SEQ: rolled[0],
            ROLLED_BACK_HASH: rolled[1],
            KEPT_IN: kept.file[:120] if kept else "",
        }


def note_start_empty(data_dir: Path, now: datetime) -> None:
    """Before the coach's explicit start with an empty database: a sealed statement that
    the log starts again from nothing, so the anchors of the damaged database's log do
    not read as a deleted log. Nothing to do where no anchor was ever written."""
    sidecar = data_dir / audit_anchor.SIDECAR_NAME
    current = next(iter(audit_anchor.read(sidecar)), None)
    if current is None or current.seq < 0 or not audit_key.is_chain_id(current.chain):
        return
    stored = audit_key.load(current.chain)
    if stored is None:
        return
    audit_anchor.note_rollback(
        sidecar,
        stored.secret,
        stored.chain,
        restored=(0, GENESIS_HASH),
        rolled_back=(current.seq, current.hash),
        backup="",
        kept="",
        now=now,
    )
