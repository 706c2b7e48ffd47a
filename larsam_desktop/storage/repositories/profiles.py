"""The learner profile row: qualifications and target programme (at most one per learner)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from larsam_desktop.domain.courses.qualifications import Qualifications, TargetChoice
from larsam_desktop.domain.courses.transcript import Examen
from larsam_desktop.storage.tables import LearnerProfile

_NONE = Qualifications()


class LearnerProfileRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def qualifications(self, learner_id: int) -> Qualifications:
        """The stored qualifications, or none at all (the defaults) without a row."""
        row = self._session.get(LearnerProfile, learner_id)
        return _qualifications(row) if row is not None else Qualifications()

    def for_learners(
        self, learner_ids: Sequence[int]
    ) -> dict[int, tuple[Qualifications, TargetChoice | None]]:
        """Qualifications and target of many learners at once (defaults for those without).

        Plain rows rather than ORM objects, for bulk evaluation (~10x cheaper).
        """
        found: dict[int, tuple[Qualifications, TargetChoice | None]] = dict.fromkeys(
            learner_ids, (_NONE, None)
        )
        if not learner_ids:
            return found
        table = LearnerProfile
        statement = select(
            table.learner_id,
            table.examen,
            table.slutbetyg_points_passed,
            table.folkhogskola_intyg,
            table.work_years_after_19,
            table.teaching_subject_hp,
            table.target_id,
            table.target_start_term,
        ).where(table.learner_id.between(min(learner_ids), max(learner_ids)))
        rows = self._session.connection().execute(statement).all()  # Core rows, no ORM
        for learner_id, examen, slutbetyg, intyg, work, hp, target, term in rows:
            qualifications = Qualifications(
                Examen(examen) if examen else None, slutbetyg, intyg, work, hp
            )
            if learner_id in found:  # the range may hold learners not asked for
                found[learner_id] = (qualifications, TargetChoice(target, term) if target else None)
        return found

    def bulk_insert(self, rows: list[dict[str, Any]]) -> None:
        """Generated profiles (demo data), as column values; the caller refreshes standings."""
        if rows:
            # Core executemany: the ORM would split rows whose None columns differ into
            # one INSERT each (~10x slower for generated data).
            self._session.connection().execute(insert(LearnerProfile), rows)

    def target(self, learner_id: int) -> TargetChoice | None:
        row = self._session.get(LearnerProfile, learner_id)
        if row is None or row.target_id is None:
            return None
        return TargetChoice(row.target_id, row.target_start_term)

    def set_qualifications(
        self, learner_id: int, qualifications: Qualifications, *, now: datetime
    ) -> None:
        row = self._row(learner_id, now)
        row.examen = qualifications.examen.value if qualifications.examen else None
        row.slutbetyg_points_passed = qualifications.slutbetyg_points_passed
        row.folkhogskola_intyg = qualifications.folkhogskola_intyg
        row.work_years_after_19 = qualifications.work_years_after_19
        row.teaching_subject_hp = qualifications.teaching_subject_hp
        self._session.flush()

    def set_target(self, learner_id: int, target: TargetChoice | None, *, now: datetime) -> None:
        row = self._row(learner_id, now)
        row.target_id = target.target_id if target else None
        row.target_start_term = target.start_term if target else None
        self._session.flush()

    def _row(self, learner_id: int, now: datetime) -> LearnerProfile:
        row = self._session.get(LearnerProfile, learner_id)
        if row is None:
            row = LearnerProfile(
                learner_id=learner_id, folkhogskola_intyg=False, work_years_after_19=0.0
            )
            self._session.add(row)
        row.updated_at = now
        return row


def _qualifications(row: LearnerProfile) -> Qualifications:
    return Qualifications(
        examen=Examen(row.examen) if row.examen else None,
        slutbetyg_points_passed=row.slutbetyg_points_passed,
        folkhogskola_intyg=row.folkhogskola_intyg,
        work_years_after_19=row.work_years_after_19,
        teaching_subject_hp=row.teaching_subject_hp,
    )
