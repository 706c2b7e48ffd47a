"""The audit log: who saw, printed, exported, imported, restored or deleted what, and when.

Two ways in:

* ``AuditLog.record(uow, action, actor=…, learner_id=…, details=…)`` inside the caller's
  own unit of work, so the entry commits with the action it describes, or not at all;
* ``AuditService.record(...)`` for an event that writes nothing else (viewing a
  protected-identity learner), in a unit of work of its own.

Details hold small facts only (counts, a format, a file's base name): the learner is named
by internal id, never by name or personnummer. The demo generator is not audited.

``AuditService.verify()`` (issue 13) recomputes the chain with its key (kept outside the
database, ``storage.audit_key``), compares the head with the anchors outside the database
(the sidecar file and the newest backup's manifest, ``storage.audit_anchor``) and reports
every break by kind (``domain.audit_breaks``), plus the entries restores rolled back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from sqlalchemy import select

from larsam_desktop.domain.audit import (
    AuditAction,
    AuditEntry,
    validate_details,
)
from larsam_desktop.domain.audit_verify import (
    Anchor,
    Break,
    BreakKind,
    ChainKey,
    ChainState,
    Rollback,
    verify_chain,
)
from larsam_desktop.domain.caseload import CaseloadQuery
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.actor import current_actor, login_name, use_actor_paths
from larsam_desktop.services.clock import Clock, utc_now
from larsam_desktop.storage import audit_anchor, audit_key
from larsam_desktop.storage.backup_set import BackupSet
from larsam_desktop.storage.database import Database, UnitOfWork
from larsam_desktop.storage.repositories.audit import AuditFilter, AuditRepository
from larsam_desktop.storage.tables import Learner

MAX_NAMED_LEARNERS = 50  # a name filter that matches more is too broad to read anyway

__all__ = [
    "AuditAction",
    "AuditEntry",
    "AuditFilter",
    "AuditLog",
    "AuditService",
    "Break",
    "BreakKind",
    "ChainReport",
    "Rollback",
    "current_actor",
    "login_name",
    "use_actor_paths",
]


class AuditLog:
    """Writes entries inside a unit of work the caller owns."""

    @staticmethod
    def record(
        uow: UnitOfWork,
        action: AuditAction,
        *,
        actor: str,
        learner_id: int | None = None,
        details: Mapping[str, str | int] | None = None,
        clock: Clock = utc_now,
    ) -> AuditEntry:
        """Append one entry; raises ``ValidationError`` for details that look personal."""
        clean = validate_details(actor, details)
        return AuditRepository(uow.session).append(
            at=clock(), actor=actor, action=action, learner_id=learner_id, details=clean
        )


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The outcome of ``audit verify``: every break found, and what restores rolled back."""

    entries_checked: int
    first_seq: int
    last_seq: int
    breaks: tuple[Break, ...] = ()
    rollbacks: tuple[Rollback, ...] = ()
    anchors: int = 0  # how many anchors outside the database were compared

    @property
    def intact(self) -> bool:
        return not self.breaks

    @property
    def broken(self) -> Break | None:
        return self.breaks[0] if self.breaks else None


class AuditService:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def record(
        self,
        action: AuditAction,
        *,
        actor: str | None = None,
        learner_id: int | None = None,
        details: Mapping[str, str | int] | None = None,
    ) -> AuditEntry:
        """Append one entry in a transaction of its own."""
        with self._database.unit_of_work() as uow:
            return AuditLog.record(
                uow,
                action,
                actor=actor or current_actor(),
                learner_id=learner_id,
                details=details,
                clock=self._clock,
            )

    def entries(self, where: AuditFilter | None = None, *, limit: int = 5000) -> list[AuditEntry]:
        """Entries matching the filter, newest first."""
        with self._database.unit_of_work(writes=False) as uow:
            return AuditRepository(uow.session).find(where or AuditFilter(), limit=limit)

    def entries_about(
        self, where: AuditFilter, learner: str = "", *, limit: int = 5000
    ) -> list[AuditEntry]:
        """Entries matching the filter and ``learner``: an internal id, or words of a name
        (every word must match, as in the caseload search); newest first."""
        text = learner.strip()
        if not text:
            return self.entries(where, limit=limit)
        if text.isdigit():
            return self.entries(replace(where, learner_id=int(text)), limit=limit)
        with self._database.unit_of_work(writes=False) as uow:
            ids = uow.learners.search_ids(CaseloadQuery(text=text))[:MAX_NAMED_LEARNERS]
            repository = AuditRepository(uow.session)
            found = [
                entry
                for learner_id in ids
                for entry in repository.find(replace(where, learner_id=learner_id), limit=limit)
            ]
        found.sort(key=lambda entry: entry.seq, reverse=True)
        return found[:limit]

    def learner_names(self, learner_ids: Iterable[int]) -> dict[int, str]:
        """``Family, Given`` for each learner that still exists (the viewer's Learner column)."""
        wanted = sorted(set(learner_ids))
        names: dict[int, str] = {}
        with self._database.unit_of_work(writes=False) as uow:
            for start in range(0, len(wanted), 500):
                rows = uow.session.execute(
                    select(Learner.id, Learner.family_name, Learner.given_name).where(
                        Learner.id.in_(wanted[start : start + 500])
                    )
                )
                names.update({row[0]: f"{row[1]}, {row[2]}" for row in rows})
        return names

    def actors(self) -> list[str]:
        with self._database.unit_of_work(writes=False) as uow:
            return AuditRepository(uow.session).actors()

    def verify(self) -> ChainReport:
        """Recompute every link with the chain's key; compare the head with its anchors."""
        with self._database.unit_of_work(writes=False) as uow:
            repository = AuditRepository(uow.session)
            head = repository.head()
            anchors, statements = read_anchors(self._database)
            key = _chain_key(head.chain, anchors)
            state = ChainState(
                head.seq, head.hash, head.base_seq, head.base_hash, head.chain, head.keyed_from
            )
            if key is not None and head.keyed_from is None:
                state = replace(state, keyed_from=key.keyed_from)
            verdict = verify_chain(repository.iter_chain(), state, key, anchors, statements)
        rollbacks = tuple(r for r in verdict.rollbacks if r.first <= r.last)
        return ChainReport(
            verdict.checked,
            verdict.first_seq,
            verdict.last_seq,
            verdict.breaks,
            rollbacks,
            len(anchors),
        )


def _chain_key(chain: str | None, anchors: list[Anchor]) -> ChainKey | None:
    """The key of the database's chain — or, when the id was removed from the database,
    of the chain its anchors name (so a chain recomputed unkeyed is still caught)."""
    candidates = [chain] if chain else [a.chain for a in anchors if a.chain]
    for candidate in candidates:
        if candidate and audit_key.is_chain_id(candidate):
            stored = audit_key.load(candidate)
            if stored is not None:
                return ChainKey(stored.secret, stored.keyed_from, stored.base_at_keying)
    return None


def read_anchors(database: Database) -> tuple[list[Anchor], list[Rollback]]:
    """The anchors outside the database — the sidecar's, then the newest backup's (local
    database only) — and the restores' sealed statements kept in the sidecar."""
    found: list[Anchor] = []
    path = audit_anchor.sidecar_path(database.engine.url)
    for record in audit_anchor.read(path):
        found.append(
            Anchor(
                path.name,
                record.chain or None,
                record.seq,
                record.hash,
                record.at,
                sealed=_seal_holds(record),
            )
        )
    statements: list[Rollback] = []
    for statement in audit_anchor.read_rollbacks(path):
        stored = audit_key.load(statement.chain) if audit_key.is_chain_id(statement.chain) else None
        if stored is not None and not audit_anchor.rollback_seal_holds(statement, stored.secret):
            found.append(Anchor(path.name, None, statement.restored_seq, "", sealed=False))
            continue
        first = statement.restored_seq + 1
        statements.append(
            Rollback(
                first,
                statement.rolled_seq,
                statement.backup,
                statement.kept,
                statement.at,
                first,
                statement.rolled_hash,
            )
        )
    folder = database.file_path.parent if database.file_path is not None else None
    if folder is not None:
        backups = BackupSet(AppPaths(folder).backups).entries()
        newest = next((b for b in backups if b.audit_seq is not None), None)
        if newest is not None and newest.audit_hash is not None:
            found.append(
                Anchor(
                    f"backups/{newest.file}",
                    newest.audit_chain,
                    int(newest.audit_seq or 0),
                    newest.audit_hash,
                    newest.created_at,
                )
            )
    return found, statements


def _seal_holds(record: audit_anchor.AnchorRecord) -> bool:
    if record.seq < 0 or not audit_key.is_chain_id(record.chain):
        return False
    stored = audit_key.load(record.chain)
    if stored is None:
        return True  # cannot be checked here; the missing key is reported on its own
    return audit_anchor.seal_holds(record, stored.secret)
