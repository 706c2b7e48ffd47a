"""The learner profile row: qualifications and target programme (at most one per learner)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from larsam_desktop.domain.courses.qualifications import Qualifications, TargetChoice
from larsam_desktop.domain.courses.transcript import Examen
from larsam_desktop.domain.eligibility.decisions import with_decisions
from larsam_desktop.storage.repositories.decisions import DecisionRepository
from larsam_desktop.storage.tables import LearnerProfile

_NONE = Qualifications()


class LearnerProfileRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def qualifications(self, learner_id: int) -> Qualifications:
        """The stored qualifications, or none at all (the defaults) without a row; the
        recorded decisions (``eligibility_decision``) set their facts."""
        row = self._session.get(LearnerProfile, learner_id)
        found = _qualifications(row) if row is not None else Qualifications()
        kinds = DecisionRepository(self._session).kinds([learner_id]).get(learner_id)
        return with_decisions(found, kinds) if kinds else found

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
            table.slutbetyg_issued_year,
            table.slutbetyg_programme_points,
            table.avgangsbetyg_years,
            table.folkhogskola_subjects,
            table.degree_hp,
        ).where(table.learner_id.between(min(learner_ids), max(learner_ids)))
        rows = self._session.connection().execute(statement).all()  # Core rows, no ORM
        decided = DecisionRepository(self._session).kinds(learner_ids)
        for row in rows:
            (learner_id, examen, slutbetyg, intyg, work, hp, target, term, *older) = row
            year, programme_points, linje, subjects, degree = older
            qualifications = Qualifications(
                Examen(examen) if examen else None,
                slutbetyg,
                intyg,
                work,
                hp,
                year,
                programme_points,
                linje,
                tuple(subjects.split()) if subjects else (),
                degree,
            )
            if learner_id in decided:
                qualifications = with_decisions(qualifications, decided[learner_id])
            if learner_id in found:  # the range may hold learners not asked for
                found[learner_id] = (qualifications, TargetChoice(target, term) if target else None)
        for learner_id in decided.keys() - {row[0] for row in rows}:
            if learner_id in found:  # decisions recorded without a profile row
                found[learner_id] = (with_decisions(_NONE, decided[learner_id]), None)
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
        row.slutbetyg_issued_year = qualifications.slutbetyg_issued_year
        row.slutbetyg_programme_points = qualifications.slutbetyg_programme_points
        row.avgangsbetyg_years = qualifications.avgangsbetyg_years
        row.folkhogskola_subjects = " ".join(qualifications.folkhogskola_subjects) or None
        row.degree_hp = qualifications.degree_hp
        # The recorded facts are not written here: they come from eligibility_decision.
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
        slutbetyg_issued_year=row.slutbetyg_issued_year,
        slutbetyg_programme_points=row.slutbetyg_programme_points,
        avgangsbetyg_years=row.avgangsbetyg_years,
        folkhogskola_subjects=tuple(row.folkhogskola_subjects.split())
        if row.folkhogskola_subjects
        else (),
        degree_hp=row.degree_hp,
    )
