"""The audit log: who saw, printed, exported, imported, restored or deleted what, and when.

Two ways in:

* ``AuditLog.record(uow, action, actor=…, learner_id=…, details=…)`` inside the caller's
  own unit of work, so the entry commits with the action it describes, or not at all;
* ``AuditService.record(...)`` for an event that writes nothing else (viewing a
  protected-identity learner), in a unit of work of its own.

Details hold small facts only (counts, a format, a file's base name): the learner is named
by internal id, never by name or personnummer. The demo generator is not audited.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from larsam_desktop.domain.audit import (
    AuditAction,
    AuditEntry,
    ChainBreak,
    first_break,
    validate_details,
)
from larsam_desktop.services.clock import Clock, utc_now
from larsam_desktop.storage.database import Database, UnitOfWork
from larsam_desktop.storage.repositories.audit import AuditFilter, AuditRepository

__all__ = [
    "AuditAction",
    "AuditEntry",
    "AuditFilter",
    "AuditLog",
    "AuditService",
    "ChainReport",
    "current_actor",
]


def current_actor() -> str:
    """Who is at the keyboard: the operating system's login name."""
    try:
        return getpass.getuser() or "unknown"
    except (OSError, KeyError):  # no login name (some containers and services)
        return "unknown"


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
    """The outcome of ``audit verify``."""

    entries_checked: int
    first_seq: int
    last_seq: int
    broken: ChainBreak | None

    @property
    def intact(self) -> bool:
        return self.broken is None


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
        with self._database.unit_of_work() as uow:
            return AuditRepository(uow.session).find(where or AuditFilter(), limit=limit)

    def actors(self) -> list[str]:
        with self._database.unit_of_work() as uow:
            return AuditRepository(uow.session).actors()

    def verify(self) -> ChainReport:
        """Recompute every link; reports the first entry that does not hold."""
        with self._database.unit_of_work() as uow:
            repository = AuditRepository(uow.session)
            head = repository.head()
            counted = _Counted(repository.iter_chain())
            broken = first_break(
                counted,
                base_seq=head.base_seq,
                base_hash=head.base_hash,
                head_seq=head.seq,
                head_hash=head.hash,
            )
        return ChainReport(counted.count, head.base_seq + 1, head.seq, broken)


class _Counted:
    """Iterates and counts what went by."""

    def __init__(self, entries: Iterable[AuditEntry]) -> None:
        self._entries = entries
        self.count = 0

    def __iter__(self) -> Iterator[AuditEntry]:
        for entry in self._entries:
            self.count += 1
            yield entry
