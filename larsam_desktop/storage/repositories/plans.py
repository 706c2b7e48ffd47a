"""Individual study plans: one row per learner, and its revisions (content as JSON text)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from larsam_desktop.domain.plans.plan import (
    PlanContent,
    PlanRevision,
    content_from_data,
    content_to_data,
)
from larsam_desktop.storage.tables import StudyPlanRevisionRow, StudyPlanRow


class PlanRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def current_number(self, learner_id: int, *, for_update: bool = False) -> int | None:
        """The learner's current revision number, or None without a plan."""
        statement = select(StudyPlanRow.current_revision).where(
            StudyPlanRow.learner_id == learner_id
        )
        if for_update:
            statement = statement.with_for_update()  # two coaches saving on one server
        return self._session.scalar(statement)

    def revision(self, learner_id: int, number: int | None = None) -> PlanRevision | None:
        """One revision (default: the current one), or None."""
        plan = self._plan(learner_id)
        if plan is None:
            return None
        row = self._revision_row(plan.id, number or plan.current_revision)
        return _revision(row) if row is not None else None

    def revisions(self, learner_id: int) -> list[PlanRevision]:
        """Every revision, oldest first."""
        plan = self._plan(learner_id)
        if plan is None:
            return []
        statement = (
            select(StudyPlanRevisionRow)
            .where(StudyPlanRevisionRow.plan_id == plan.id)
            .order_by(StudyPlanRevisionRow.number)
        )
        return [_revision(row) for row in self._session.scalars(statement)]

    def add_revision(
        self, learner_id: int, content: PlanContent, *, author: str, reason: str, now: datetime
    ) -> int:
        """Append a new revision (creating the plan if needed); returns its number."""
        plan = self._plan(learner_id)
        if plan is None:
            plan = StudyPlanRow(
                learner_id=learner_id, current_revision=0, created_at=now, updated_at=now
            )
            self._session.add(plan)
            self._session.flush()
        number = plan.current_revision + 1
        self._session.add(
            StudyPlanRevisionRow(
                plan_id=plan.id,
                number=number,
                content=_json(content),
                author=author,
                reason=reason,
                created_at=now,
                printed_at=None,
            )
        )
        plan.current_revision = number
        plan.updated_at = now
        self._session.flush()
        return number

    def replace_current(
        self, learner_id: int, content: PlanContent, *, author: str, now: datetime
    ) -> None:
        """Rewrite the current revision; the service allows it only while it is not locked."""
        plan = self._plan(learner_id)
        assert plan is not None
        row = self._revision_row(plan.id, plan.current_revision)
        assert row is not None and row.printed_at is None
        row.content = _json(content)
        row.author = author
        row.created_at = now
        plan.updated_at = now
        self._session.flush()

    def restore_current(self, learner_id: int, earlier: PlanRevision, *, now: datetime) -> None:
        """Put the current revision back as it was (``earlier``: the same number, read before
        an in-place save); undoing that save (the service checks it is still unlocked)."""
        plan = self._plan(learner_id)
        assert plan is not None and plan.current_revision == earlier.number
        row = self._revision_row(plan.id, earlier.number)
        assert row is not None and row.printed_at is None
        row.content = _json(earlier.content)
        row.author = earlier.author
        row.created_at = earlier.created_at
        plan.updated_at = now
        self._session.flush()

    def remove_current(self, learner_id: int, *, now: datetime) -> None:
        """Remove the current revision (undoing the save that made it); the one before is
        current again, and a plan left without revisions goes too."""
        plan = self._plan(learner_id)
        assert plan is not None
        row = self._revision_row(plan.id, plan.current_revision)
        assert row is not None and row.printed_at is None
        self._session.delete(row)
        if plan.current_revision <= 1:
            self._session.delete(plan)
        else:
            plan.current_revision -= 1
            plan.updated_at = now
        self._session.flush()

    def mark_printed(self, learner_id: int, number: int, now: datetime) -> bool:
        """Record the first print of a revision; False when it was printed before."""
        plan = self._plan(learner_id)
        row = self._revision_row(plan.id, number) if plan is not None else None
        if row is None or row.printed_at is not None:
            return False
        row.printed_at = now
        self._session.flush()
        return True

    def bulk_insert(
        self, plans: Sequence[tuple[int, PlanContent]], *, author: str, reason: str, now: datetime
    ) -> None:
        """First plans for generated learners (demo data): one revision each, Core
        executemany (one ``add_revision`` per learner was ~20x slower)."""
        if not plans:
            return
        connection = self._session.connection()
        connection.execute(
            insert(StudyPlanRow),
            [
                {"learner_id": learner_id, "current_revision": 1, "created_at": now,
                 "updated_at": now}
                for learner_id, _ in plans
            ],
        )  # fmt: skip
        ids: dict[int, int] = {}
        learner_ids = [learner_id for learner_id, _ in plans]
        for start in range(0, len(learner_ids), 5000):
            rows = self._session.execute(
                select(StudyPlanRow.learner_id, StudyPlanRow.id).where(
                    StudyPlanRow.learner_id.in_(learner_ids[start : start + 5000])
                )
            )
            ids.update((learner_id, plan_id) for learner_id, plan_id in rows)
        connection.execute(
            insert(StudyPlanRevisionRow),
            [
                {"plan_id": ids[learner_id], "number": 1, "content": _json(content),
                 "author": author, "reason": reason, "created_at": now, "printed_at": None}
                for learner_id, content in plans
            ],
        )  # fmt: skip

    def learners_with_plans(self, learner_ids: Sequence[int]) -> set[int]:
        found: set[int] = set()
        ids = list(learner_ids)
        for start in range(0, len(ids), 5000):
            statement = select(StudyPlanRow.learner_id).where(
                StudyPlanRow.learner_id.in_(ids[start : start + 5000])
            )
            found.update(self._session.scalars(statement))
        return found

    def _plan(self, learner_id: int) -> StudyPlanRow | None:
        return self._session.scalar(
            select(StudyPlanRow).where(StudyPlanRow.learner_id == learner_id)
        )

    def _revision_row(self, plan_id: int, number: int) -> StudyPlanRevisionRow | None:
        return self._session.scalar(
            select(StudyPlanRevisionRow).where(
                StudyPlanRevisionRow.plan_id == plan_id, StudyPlanRevisionRow.number == number
            )
        )


def _json(content: PlanContent) -> str:
    return json.dumps(content_to_data(content), ensure_ascii=False, sort_keys=True)


def _revision(row: StudyPlanRevisionRow) -> PlanRevision:
    return PlanRevision(
        number=row.number,
        content=content_from_data(json.loads(row.content)),
        author=row.author,
        reason=row.reason,
        created_at=row.created_at,
        printed_at=row.printed_at,
    )
