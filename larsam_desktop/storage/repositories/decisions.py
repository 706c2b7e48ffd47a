"""Recorded eligibility decisions (``eligibility_decision``), per learner."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from larsam_desktop.domain.eligibility.decisions import (
    DecisionKind,
    RecordedDecision,
    StoredDecision,
)
from larsam_desktop.storage.tables import EligibilityDecision


class DecisionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, learner_id: int, decision: RecordedDecision, *, now: datetime) -> StoredDecision:
        row = EligibilityDecision(
            learner_id=learner_id,
            kind=decision.kind.value,
            decided_on=decision.decided_on,
            decided_by=decision.decided_by,
            document=decision.document,
            note=decision.note,
            recorded_at=now,
        )
        self._session.add(row)
        self._session.flush()
        return _stored(row)

    def for_learner(self, learner_id: int) -> list[StoredDecision]:
        rows = self._session.scalars(
            select(EligibilityDecision)
            .where(EligibilityDecision.learner_id == learner_id)
            .order_by(EligibilityDecision.id)
        )
        return [_stored(row) for row in rows]

    def get(self, decision_id: int) -> StoredDecision | None:
        row = self._session.get(EligibilityDecision, decision_id)
        return _stored(row) if row is not None else None

    def remove(self, decision_id: int) -> None:
        self._session.execute(
            delete(EligibilityDecision).where(EligibilityDecision.id == decision_id)
        )

    def kinds(self, learner_ids: Sequence[int]) -> dict[int, set[str]]:
        """The kinds recorded per learner (only learners with any), for bulk evaluation."""
        found: dict[int, set[str]] = {}
        if not learner_ids:
            return found
        table = EligibilityDecision
        statement = select(table.learner_id, table.kind).where(
            table.learner_id.between(min(learner_ids), max(learner_ids))
        )
        for learner_id, kind in self._session.connection().execute(statement):
            found.setdefault(learner_id, set()).add(kind)
        return found


def _stored(row: EligibilityDecision) -> StoredDecision:
    return StoredDecision(
        id=row.id,
        learner_id=row.learner_id,
        decision=RecordedDecision(
            DecisionKind(row.kind), row.decided_on, row.decided_by, row.document, row.note
        ),
        recorded_at=row.recorded_at,
    )
