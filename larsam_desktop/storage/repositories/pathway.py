"""Pathway transitions: a learner's history, read in timeline order, appended to."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from larsam_desktop.domain.pathway import PreparationKind, Stage, StoredTransition, Transition
from larsam_desktop.storage.tables import Learner, PathwayTransition


class PathwayRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def history(self, learner_id: int) -> list[StoredTransition]:
        """Oldest first: by date, then in the order recorded."""
        statement = (
            select(PathwayTransition)
            .where(PathwayTransition.learner_id == learner_id)
            .order_by(PathwayTransition.on_date, PathwayTransition.id)
        )
        return [_to_stored(row) for row in self._session.scalars(statement)]

    def add(self, learner_id: int, transition: Transition, *, now: datetime) -> int:
        row = PathwayTransition(
            learner_id=learner_id,
            stage=transition.stage.value,
            preparation_kind=(
                transition.preparation_kind.value if transition.preparation_kind else None
            ),
            preparation_place=transition.preparation_place,
            reason=transition.reason,
            on_date=transition.on,
            recorded_by=transition.recorded_by,
            created_at=now,
        )
        self._session.add(row)
        self._session.flush()
        self._sync_current_stage(learner_id)
        return row.id

    def bulk_insert(self, rows: list[dict[str, Any]]) -> None:
        """Generated histories (demo data); the caller keeps learner.stage in step."""
        if rows:
            # Core executemany: the ORM would split rows whose None columns differ into
            # one INSERT each (~10x slower for generated data).
            self._session.connection().execute(insert(PathwayTransition), rows)

    def remove(self, transition_id: int) -> bool:
        learner_id = self._session.scalar(
            select(PathwayTransition.learner_id).where(PathwayTransition.id == transition_id)
        )
        result = self._session.execute(
            delete(PathwayTransition).where(PathwayTransition.id == transition_id)
        )
        if learner_id is not None:
            self._sync_current_stage(learner_id)
        return bool(getattr(result, "rowcount", 0))

    def _sync_current_stage(self, learner_id: int) -> None:
        """Copy the newest step onto the learner row (the caseload filters and sorts on it)."""
        latest = self._session.execute(
            select(PathwayTransition.stage, PathwayTransition.on_date)
            .where(PathwayTransition.learner_id == learner_id)
            .order_by(PathwayTransition.on_date.desc(), PathwayTransition.id.desc())
            .limit(1)
        ).first()
        self._session.execute(
            update(Learner)
            .where(Learner.id == learner_id)
            .values(stage=latest[0] if latest else None, stage_since=latest[1] if latest else None)
            .execution_options(synchronize_session=False)
        )


def _to_stored(row: PathwayTransition) -> StoredTransition:
    return StoredTransition(
        id=row.id,
        learner_id=row.learner_id,
        created_at=row.created_at,
        transition=Transition(
            stage=Stage(row.stage),
            on=row.on_date,
            recorded_by=row.recorded_by,
            preparation_kind=PreparationKind(row.preparation_kind)
            if row.preparation_kind
            else None,
            preparation_place=row.preparation_place,
            reason=row.reason,
        ),
    )
