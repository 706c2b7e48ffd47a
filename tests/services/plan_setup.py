"""A learner with a transcript and a target, for the study plan tests (services, CLI, GUI)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.qualifications import Qualifications, TargetChoice
from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus
from larsam_desktop.domain.courses.transcript import Examen
from larsam_desktop.domain.learner import LearnerDraft, ProtectedIdentity
from larsam_desktop.domain.plans.plan import Activities, CourseDraft, PlanDraft
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.storage.database import Database

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
TODAY = date(2026, 11, 28)


def clock() -> datetime:
    return NOW


def add_learner(
    database: Database,
    given: str = "Åsa",
    family: str = "Öberg",
    personnummer: str = "19900101-9802",
    *,
    protected: ProtectedIdentity = ProtectedIdentity.NONE,
) -> int:
    """A learner with a yrkesexamen, Svenska 1–2 passed, aiming at sjuksköterska HT2027."""
    learner_id = (
        LearnerService(database, clock=clock)
        .create(
            LearnerDraft(
                given_name=given,
                family_name=family,
                personnummer=personnummer,
                birth_date=None if personnummer else date(1990, 1, 1),
                street_address="Storgatan 12",
                postal_code="831 30",
                city="Östersund",
                phone="070-123 45 67",
                email="asa@example.org",
                note="Secret note about the family",
                protected_identity=protected,
            )
        )
        .learner.id
    )
    with database.unit_of_work() as uow:
        for code, grade in (("SVESVE01", Grade.C), ("SVESVE02", Grade.D)):
            uow.courses.add(
                learner_id, CourseRecord(code, CourseStatus.COMPLETED, grade, 100), now=NOW
            )
        uow.profiles.set_qualifications(
            learner_id, Qualifications(examen=Examen.YRKESEXAMEN), now=NOW
        )
        uow.profiles.set_target(learner_id, TargetChoice("sjukskoterska", "HT2027"), now=NOW)
    return learner_id


DRAFT = PlanDraft(
    target_id="sjukskoterska",
    target_term="HT2027",
    pace=20,
    courses=(
        CourseDraft("SVESVE03", "VT2027"),
        CourseDraft("ENGENG06", "VT2027"),
        CourseDraft("MATMAT02a", "VT2027"),
        CourseDraft("NAKNAK02", "VT2027"),
    ),
    activities=Activities(True, True, date(2027, 4, 10), "Ali Hassan"),
    guidance_offered_on=date(2026, 11, 20),
    coach="Karin Lindqvist",
)


def draft_with(**changes: object) -> PlanDraft:
    return replace(DRAFT, **changes)  # type: ignore[arg-type]
