"""Learners with constructed transcripts and offerings, for the offering and student group
tests (services, CLI, GUI). Today is 2026-12-04: the first open term is VT2027."""

from __future__ import annotations

from datetime import UTC, date, datetime

from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.qualifications import Qualifications
from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus
from larsam_desktop.domain.courses.transcript import Examen
from larsam_desktop.domain.learner import LearnerDraft, PriorEducation
from larsam_desktop.domain.offerings import OfferingDraft
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.storage.database import Database

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
TODAY = date(2026, 12, 4)

# sjuksköterska from a yrkesexamen: Sv 1–3, En 5–6, Ma 2a, Nk 2 and Sh 1b (500 points from Sv
# 1–2 alone, as the rule book says).
ELIGIBLE = ("SVESVE01", "SVESVE02", "SVESVE03", "ENGENG05", "ENGENG06", "MATMAT01a",
            "MATMAT02a", "NAKNAK01a1", "NAKNAK01a2", "NAKNAK02", "SAMSAM01b")  # fmt: skip
GAP_200 = tuple(c for c in ELIGIBLE if c not in ("NAKNAK02", "SAMSAM01b"))
GAP_300 = tuple(c for c in GAP_200 if c != "SVESVE03")
GAP_500 = ("SVESVE01", "SVESVE02")


def clock() -> datetime:
    return NOW


def add_learner(
    database: Database,
    given: str,
    codes: tuple[str, ...],
    *,
    prior: PriorEducation = PriorEducation.UNKNOWN,
    foreign_born: bool | None = None,
    municipality: str | None = None,
    centre: int | None = None,
    examen: Examen | None = Examen.YRKESEXAMEN,
    failed: tuple[str, ...] = (),
) -> int:
    learner_id = (
        LearnerService(database, clock=clock)
        .create(
            LearnerDraft(
                given_name=given,
                family_name="Testsson",
                birth_date=date(1990, 1, 1),
                prior_education=prior,
                foreign_born=foreign_born,
                home_municipality_code=municipality,
                learning_centre_id=centre,
            )
        )
        .learner.id
    )
    with database.unit_of_work() as uow:
        for code, grade in (*((c, Grade.C) for c in codes), *((c, Grade.F) for c in failed)):
            uow.courses.add(
                learner_id,
                CourseRecord(code, CourseStatus.COMPLETED, grade, 100, None, date(2026, 6, 1)),
                now=NOW,
            )
        uow.profiles.set_qualifications(learner_id, Qualifications(examen=examen), now=NOW)
    return learner_id


def nursing(term: str = "HT2027", **changes: object) -> OfferingDraft:
    values: dict[str, object] = {
        "university": "Mittuniversitetet",
        "target_id": "sjukskoterska",
        "start_term": term,
    }
    values.update(changes)
    return OfferingDraft(**values)  # type: ignore[arg-type]
