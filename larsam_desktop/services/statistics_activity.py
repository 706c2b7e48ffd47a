"""The statistics' related tables: lärcentrum activities and proctored exam bookings, per
term, counted in SQL for the learners of the report (issue 5's tables)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from larsam_desktop.domain.activities import ActivityKind
from larsam_desktop.domain.statistics.aggregate import Period
from larsam_desktop.domain.statistics.facts import term_sort_key
from larsam_desktop.domain.statistics.tables import CountTable
from larsam_desktop.storage.statistics_days import Days, Terms
from larsam_desktop.storage.tables import (
    ActivityParticipantRow,
    ActivityRow,
    ExamBookingRow,
    Learner,
)

if TYPE_CHECKING:
    from larsam_desktop.services.statistics import StatisticsFilter

ACTIVITY_KINDS = (  # the activity kinds, with the column titles exports keep stable
    (ActivityKind.INFORMATION_MEETING.value, "Information meeting"),
    (ActivityKind.INTRODUCTION_COURSE.value, "Introduction course"),
    (ActivityKind.PREPARATION_COURSE.value, "Preparation course"),
    (ActivityKind.STUDY_TECHNIQUE.value, "Study technique"),
    (ActivityKind.MENTOR_MEETING.value, "Mentor meeting"),
)
SITTINGS = ("First sitting", "Re-sit")


def _term_table(
    pairs: set[tuple[str, str, int]],
    columns: Sequence[tuple[str, str]],
    record_keys: dict[int, int],
    **meta: str,
) -> CountTable:
    """Count distinct learners per (term, column) from (term, column, learner) triples."""
    counts: dict[tuple[str, str], int] = {}
    keys: dict[tuple[str, str], int] = {}
    for term, column, learner_id in pairs:
        counts[(term, column)] = counts.get((term, column), 0) + 1
        keys[(term, column)] = keys.get((term, column), 0) + record_keys[learner_id]
    terms = sorted({term for term, _ in counts}, key=term_sort_key)
    return CountTable.from_cells(
        rows=terms,
        columns=[label for _, label in columns],
        cells=[[counts.get((term, code), 0) for code, _ in columns] for term in terms],
        keys=[[keys.get((term, code), 0) for code, _ in columns] for term in terms],
        **meta,
    )


def activity_table(
    session: Session, where: StatisticsFilter, period: Period, population: dict[int, int]
) -> CountTable:
    """Learners attending each kind of activity, by term (a learner once per term and kind)."""
    from larsam_desktop.services.statistics import _filtered

    activity, participant = ActivityRow.__table__, ActivityParticipantRow.__table__
    statement = _filtered(
        select(participant.c.learner_id, activity.c.kind, activity.c.on_date)
        .join(activity, activity.c.id == participant.c.activity_id)
        .join(Learner, Learner.id == participant.c.learner_id)
        .where(
            participant.c.attended.is_(True),
            activity.c.on_date.between(period.start, period.end),
        ),
        where,
    )
    terms = Terms(Days())
    pairs = {
        (terms[on] or "", kind, learner_id)
        for learner_id, kind, on in session.connection().execute(statement)
        if learner_id in population
    }
    return _term_table(
        pairs,
        ACTIVITY_KINDS,
        population,
        name="activity_participation_by_term",
        title="Learners attending lärcentrum activities, by term and kind",
        population="activity_participation",
        row_dimension="Term",
        column_dimension="Activity",
    )


def exam_table(
    session: Session, where: StatisticsFilter, period: Period, population: dict[int, int]
) -> CountTable:
    """Learners with a proctored exam booked, by term and first sitting or re-sit."""
    from larsam_desktop.services.statistics import _filtered

    booking = ExamBookingRow.__table__
    statement = _filtered(
        select(booking.c.learner_id, booking.c.sitting, booking.c.exam_date)
        .join(Learner, Learner.id == booking.c.learner_id)
        .where(
            booking.c.cancelled_at.is_(None),
            booking.c.exam_date.between(period.start, period.end),
        ),
        where,
    )
    terms = Terms(Days())
    pairs = {
        (terms[on] or "", SITTINGS[1] if sitting > 1 else SITTINGS[0], learner_id)
        for learner_id, sitting, on in session.connection().execute(statement)
        if learner_id in population
    }
    return _term_table(
        pairs,
        [(s, s) for s in SITTINGS],
        population,
        name="exam_bookings_by_term",
        title="Learners with a proctored exam booked, by term (first sitting or re-sit)",
        population="exam_bookings",
        row_dimension="Term",
        column_dimension="Sitting",
    )
