"""What the regional demand report reads (issue 17): each learner's target, home
municipality, evaluated standing and current plan (or, without a plan, the student group's
gap), and each learner's university start, outcome and offering. Nothing identifying is
returned: group labels and record keys only (``domain.statistics.demand``/``throughput``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from larsam_desktop.domain.offering_gap import GapCalculator
from larsam_desktop.domain.pathway import Stage
from larsam_desktop.domain.statistics.aggregate import Period
from larsam_desktop.domain.statistics.demand import DemandFacts, bucket, term_code
from larsam_desktop.domain.statistics.facts import term_from_code, term_of, term_sort_key
from larsam_desktop.domain.statistics.throughput import (
    COMPLETED,
    DISCONTINUED,
    NO_OFFERING,
    STUDYING,
    ThroughputFacts,
)
from larsam_desktop.services.eligibility_data import EligibilityData
from larsam_desktop.storage.tables import (
    Learner,
    LearnerProfile,
    Municipality,
    PathwayTransition,
)
from larsam_desktop.storage.tables.offerings import OfferingRow
from larsam_desktop.storage.tables.plans import StudyPlanRevisionRow, StudyPlanRow
from larsam_desktop.storage.tables.university import UniversityProgressRow

UNKNOWN = "Unknown"
# Stages that end "aiming at a programme": the learner was admitted or went further.
_PAST_AIMING = (Stage.ADMITTED, Stage.STUDYING, Stage.COMPLETED)
# Progress-list events (university_progress.event) this report reads.
REGISTERED, PROGRESS_COMPLETED, PROGRESS_DISCONTINUED = "registered", "completed", "discontinued"


GapTerms = Callable[[Session, list[tuple[int, str]]], dict[int, tuple[bool, int | None]]]


def read_demand(
    session: Session, names: dict[str, str], last: str, gaps: GapTerms | None = None
) -> tuple[DemandFacts, list[str], list[str]]:
    """Demand facts of every learner with a target who was not admitted yet, with every
    programme and municipality of the folder (the table lists them all)."""
    statement = (
        select(
            Learner.id,
            LearnerProfile.target_id,
            Municipality.name,
            Learner.standing_target,
            Learner.standing_eligible,
            Learner.stage,
            Learner.record_key,
        )
        .join(LearnerProfile, LearnerProfile.learner_id == Learner.id)
        .outerjoin(Municipality, Municipality.code == Learner.home_municipality_code)
        .where(LearnerProfile.target_id.is_not(None))
    )
    rows = [r for r in session.execute(statement) if r.stage not in {s.value for s in _PAST_AIMING}]
    plans = _plan_last_terms(session, [r.id for r in rows if not _eligible(r)])
    unplanned = [
        (r.id, str(r.target_id))
        for r in rows
        if not _eligible(r) and (plans.get(r.id) or ("", ""))[0] != r.target_id
    ]
    estimated = gaps(session, unplanned) if gaps is not None and unplanned else {}
    programmes, municipalities, columns, keys = [], [], [], []
    for r in rows:
        target = str(r.target_id)
        planned = plans.get(r.id)
        last_course = planned[1] if planned is not None and planned[0] == target else None
        eligible = _eligible(r)
        if last_course is None and r.id in estimated:
            # No plan towards the target: the evaluated gap at half pace, from the next term.
            eligible_by_gap, terms = estimated[r.id]
            eligible = eligible or eligible_by_gap
            if terms is not None:
                last_course = term_from_code(term_code(last) + terms)
        programmes.append(names.get(target, target))
        municipalities.append(r.name or UNKNOWN)
        columns.append(bucket(eligible, last_course, last))
        keys.append(int(r.record_key))
    all_programmes = sorted(
        {names.get(t, t) for t in session.scalars(select(LearnerProfile.target_id).distinct()) if t}
    )
    all_municipalities = sorted(
        session.scalars(
            select(Municipality.name).where(
                select(Learner.id)
                .where(Learner.home_municipality_code == Municipality.code)
                .exists()
            )
        )
    )
    return (
        DemandFacts(programmes, municipalities, columns, keys),
        all_programmes,
        all_municipalities,
    )


def _eligible(row: Any) -> bool:
    return bool(row.standing_eligible) and row.standing_target == row.target_id


def _plan_last_terms(session: Session, learner_ids: list[int]) -> dict[int, tuple[str, str]]:
    """(plan target, last course term) of each learner's current plan with courses."""
    found: dict[int, tuple[str, str]] = {}
    for start in range(0, len(learner_ids), 5000):
        chunk = learner_ids[start : start + 5000]
        statement = (
            select(StudyPlanRow.learner_id, StudyPlanRevisionRow.content)
            .join(
                StudyPlanRevisionRow,
                (StudyPlanRevisionRow.plan_id == StudyPlanRow.id)
                & (StudyPlanRevisionRow.number == StudyPlanRow.current_revision),
            )
            .where(StudyPlanRow.learner_id.in_(chunk))
        )
        for learner_id, content in session.execute(statement):
            data = json.loads(content)
            terms = [c["term"] for c in data.get("courses", ()) if c.get("term")]
            if terms and data.get("target_id"):
                found[learner_id] = (data["target_id"], max(terms, key=term_sort_key))
    return found


def read_throughput(session: Session, period: Period) -> tuple[ThroughputFacts, list[str]]:
    """Learners who started university studies within the period, as of its end."""
    t = PathwayTransition
    end = period.end
    starts: dict[int, date] = {}
    completed: set[int] = set()
    discontinued: dict[int, date] = {}
    steps = select(t.learner_id, t.stage, t.on_date).where(
        t.on_date <= end,
        t.stage.in_([Stage.STUDYING.value, Stage.COMPLETED.value, Stage.DISCONTINUED.value]),
    )
    progress = UniversityProgressRow
    lines = select(progress.learner_id, progress.event, progress.on_date).where(
        progress.on_date <= end
    )
    events = [(i, stage, on) for i, stage, on in session.execute(steps)]
    events += [(i, _PROGRESS_STAGE.get(e, ""), on) for i, e, on in session.execute(lines)]
    for learner_id, stage, on in events:
        if stage in (Stage.STUDYING.value, Stage.COMPLETED.value):
            starts[learner_id] = min(on, starts.get(learner_id, on))
        if stage == Stage.COMPLETED.value:
            completed.add(learner_id)
        elif stage == Stage.DISCONTINUED.value:
            discontinued[learner_id] = max(on, discontinued.get(learner_id, on))
    started = sorted(i for i, on in starts.items() if period.start <= on <= period.end)
    offering_of = _offerings_of(session, started, end)
    offerings = _offering_labels(session, period)
    attributes = _attributes(session, started)
    outcome = [
        COMPLETED
        if i in completed
        else DISCONTINUED
        if discontinued.get(i, date.min) >= starts[i]
        else STUDYING
        for i in started
    ]
    return (
        ThroughputFacts(
            outcome,
            [offering_of.get(i, NO_OFFERING) for i in started],
            [attributes[i][0] for i in started],
            [attributes[i][1] for i in started],
            [attributes[i][2] for i in started],
            [attributes[i][3] for i in started],
        ),
        offerings,
    )


_PROGRESS_STAGE = {
    REGISTERED: Stage.STUDYING.value,
    PROGRESS_COMPLETED: Stage.COMPLETED.value,
    PROGRESS_DISCONTINUED: Stage.DISCONTINUED.value,
}


def offering_label(name: str, university: str, term: str) -> str:
    return f"{name}, {university}, {term}"


def _offering_labels(session: Session, period: Period) -> list[str]:
    """Every offering starting within the period (public data: listed, learners or not)."""
    first, last = _order(term_of(period.start)), _order(term_of(period.end))
    statement = select(OfferingRow.name, OfferingRow.university, OfferingRow.start_term).where(
        OfferingRow.start_order.between(first, last)
    )
    return sorted({offering_label(*row) for row in session.execute(statement)})


def _order(term: str) -> int:
    year, autumn = term_sort_key(term)
    return year * 2 + autumn


def _offerings_of(session: Session, learner_ids: list[int], end: date) -> dict[int, str]:
    """The offering of each learner's latest progress line naming one, up to ``end``."""
    progress = UniversityProgressRow
    found: dict[int, tuple[date, str]] = {}
    for start in range(0, len(learner_ids), 5000):
        statement = (
            select(
                progress.learner_id,
                progress.on_date,
                OfferingRow.name,
                OfferingRow.university,
                OfferingRow.start_term,
            )
            .join(OfferingRow, OfferingRow.id == progress.offering_id)
            .where(
                progress.learner_id.in_(learner_ids[start : start + 5000]), progress.on_date <= end
            )
        )
        for learner_id, on, *offering in session.execute(statement):
            if learner_id not in found or on >= found[learner_id][0]:
                found[learner_id] = (on, offering_label(*offering))
    return {i: label for i, (_, label) in found.items()}


def _attributes(session: Session, learner_ids: list[int]) -> dict[int, tuple[str, str, str, int]]:
    """(prior education, foreign-born, first generation, record key) as the statistics label
    them (``aggregate.BREAKDOWNS``)."""
    from larsam_desktop.domain.statistics.aggregate import _PRIOR, _YES_NO

    found: dict[int, tuple[str, str, str, int]] = {}
    for start in range(0, len(learner_ids), 5000):
        statement = select(
            Learner.id,
            Learner.prior_education,
            Learner.foreign_born,
            Learner.first_generation,
            Learner.record_key,
        ).where(Learner.id.in_(learner_ids[start : start + 5000]))
        for i, prior, foreign, first, key in session.execute(statement):
            found[i] = (
                _PRIOR.get(prior, str(prior)),
                _YES_NO[None if foreign is None else bool(foreign)],
                _YES_NO[None if first is None else bool(first)],
                int(key),
            )
    return found


def gap_terms(data: EligibilityData, on: date) -> GapTerms:
    """The student group's gap logic (``domain.offering_gap``, one evaluation per distinct
    transcript signature): for each (learner, target), eligible now, or the terms the
    shortest gap takes at half pace (None when studying cannot close it)."""

    def estimate(
        session: Session, wanted: list[tuple[int, str]]
    ) -> dict[int, tuple[bool, int | None]]:
        import functools

        from larsam_desktop.domain.offerings import terms_at
        from larsam_desktop.domain.plans.terms import HALF_TIME
        from larsam_desktop.services.target_standing import _NO_PROFILE, _qualifications
        from larsam_desktop.storage.repositories import eligibility_rows

        calculator = GapCalculator(data.book, data.catalogue, on=on)
        found: dict[int, tuple[bool, int | None]] = {}
        ordered = sorted(wanted)
        for start in range(0, len(ordered), 25_000):
            chunk = ordered[start : start + 25_000]
            low, high = chunk[0][0], chunk[-1][0]
            records = eligibility_rows.graded_strings(session, low, high, calculator.deadline_dates)
            profiles = eligibility_rows.profile_rows(session, low, high)
            kinds = eligibility_rows.decision_kinds(session, low, high)
            for learner_id, target in chunk:
                profile = profiles.get(learner_id, _NO_PROFILE)
                decided = kinds.get(learner_id, frozenset())
                gap = calculator.gap_of_joined(
                    records.get(learner_id, ""),
                    (profile[:10], decided),
                    functools.partial(_qualifications, profile, decided),
                    target,
                )
                terms = terms_at(gap, HALF_TIME) if gap.studyable else None
                found[learner_id] = (gap.eligible, terms)
        return found

    return estimate
