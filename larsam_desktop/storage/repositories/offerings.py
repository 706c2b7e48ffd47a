"""Offerings, their information meetings, invitations, and the rows a student group reads."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from larsam_desktop.domain.offerings import Offering, StoredOffering, StudyForm
from larsam_desktop.domain.plans.terms import Term
from larsam_desktop.storage.tables import (
    ActivityInvitationRow,
    ActivityParticipantRow,
    ActivityRow,
    Learner,
    LearningCentre,
    OfferingMeetingRow,
    OfferingRow,
    PathwayTransition,
)


@dataclass(frozen=True, slots=True)
class Invitation:
    activity_id: int
    learner_id: int
    name: str
    invited_at: datetime
    response: str | None  # accepted, declined; None: no answer yet
    attended: bool | None  # None: not registered, or attendance not taken


@dataclass(frozen=True, slots=True)
class FunnelRow:
    learner_id: int
    invited_on: date  # the first invitation to one of the offering's meetings
    attended: bool
    stages: tuple[str, ...]  # pathway stages recorded on or after ``invited_on``


# id, name, municipality, lärcentrum, prior education, foreign-born, first generation
GroupLearnerRow = tuple[int, str, str | None, int | None, str, bool | None, bool | None]


def term_order(term: Term) -> int:
    return term.year * 2 + (1 if term.autumn else 0)


class OfferingRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # ---- offerings

    def centres(self) -> dict[int, str]:
        rows = self._session.execute(
            select(LearningCentre.id, LearningCentre.name).order_by(LearningCentre.sort_key)
        )
        return {int(row[0]): str(row[1]) for row in rows}

    def key_ids(self) -> dict[str, int]:
        rows = self._session.execute(select(OfferingRow.natural_key, OfferingRow.id))
        return {str(row[0]): int(row[1]) for row in rows}

    def add(self, offering: Offering, *, now: datetime) -> int:
        row = OfferingRow(created_at=now, updated_at=now)
        _assign(row, offering)
        self._session.add(row)
        self._session.flush()
        return row.id

    def add_many(self, offerings: Sequence[Offering], *, now: datetime) -> None:
        if offerings:
            self._session.execute(
                insert(OfferingRow), [_values(o) | {"created_at": now, "updated_at": now}
                                      for o in offerings]
            )  # fmt: skip

    def update(self, offering_id: int, offering: Offering, *, now: datetime) -> bool:
        row = self._session.get(OfferingRow, offering_id, with_for_update=True)
        if row is None:
            return False
        _assign(row, offering)
        row.updated_at = now
        self._session.flush()
        return True

    def delete(self, offering_id: int) -> bool:
        result = self._session.execute(delete(OfferingRow).where(OfferingRow.id == offering_id))
        return bool(getattr(result, "rowcount", 0))

    def get(self, offering_id: int) -> StoredOffering | None:
        found = self.listing(OfferingRow.id == offering_id)
        return found[0] if found else None

    def between(self, first: Term | None = None, last: Term | None = None) -> list[StoredOffering]:
        conditions = []
        if first is not None:
            conditions.append(OfferingRow.start_order >= term_order(first))
        if last is not None:
            conditions.append(OfferingRow.start_order <= term_order(last))
        return self.listing(*conditions)

    def listing(self, *conditions: object) -> list[StoredOffering]:
        statement = (
            select(OfferingRow, LearningCentre.name)
            .outerjoin(LearningCentre, LearningCentre.id == OfferingRow.learning_centre_id)
            .where(*conditions)  # type: ignore[arg-type]
            .order_by(OfferingRow.start_order, OfferingRow.target_id, OfferingRow.university,
                      OfferingRow.id)
        )  # fmt: skip
        rows = self._session.execute(statement).all()
        meetings: dict[int, list[int]] = {}
        ids = [row.id for row, _centre in rows]
        if ids:
            linked = self._session.execute(
                select(OfferingMeetingRow.offering_id, OfferingMeetingRow.activity_id)
                .where(OfferingMeetingRow.offering_id.in_(ids))
                .order_by(OfferingMeetingRow.activity_id)
            )
            for offering_id, activity_id in linked:
                meetings.setdefault(offering_id, []).append(activity_id)
        return [
            StoredOffering(row.id, _offering(row), row.name, centre or "",
                           tuple(meetings.get(row.id, ())))
            for row, centre in rows
        ]  # fmt: skip

    # ---- information meetings and invitations

    def link_meeting(self, offering_id: int, activity_id: int) -> None:
        self._session.add(OfferingMeetingRow(offering_id=offering_id, activity_id=activity_id))
        self._session.flush()

    def offering_of_meeting(self, activity_id: int) -> int | None:
        return self._session.scalar(
            select(OfferingMeetingRow.offering_id).where(
                OfferingMeetingRow.activity_id == activity_id
            )
        )

    def invite(
        self, activity_id: int, learner_ids: Iterable[int], *, by: str, now: datetime
    ) -> list[int]:
        """Invite the learners not invited yet; the ids newly invited."""
        present = set(
            self._session.scalars(
                select(ActivityInvitationRow.learner_id).where(
                    ActivityInvitationRow.activity_id == activity_id
                )
            )
        )
        new = [i for i in dict.fromkeys(learner_ids) if i not in present]
        if new:
            self._session.execute(
                insert(ActivityInvitationRow),
                [
                    {"activity_id": activity_id, "learner_id": i, "invited_at": now,
                     "invited_by": by, "response": None, "responded_at": None}
                    for i in new
                ],
            )  # fmt: skip
        return new

    def set_response(
        self, activity_id: int, learner_id: int, response: str | None, *, now: datetime
    ) -> bool:
        result = self._session.execute(
            update(ActivityInvitationRow)
            .where(
                ActivityInvitationRow.activity_id == activity_id,
                ActivityInvitationRow.learner_id == learner_id,
            )
            .values(response=response, responded_at=now if response else None)
        )
        return bool(getattr(result, "rowcount", 0))

    def invitations(self, activity_id: int) -> list[Invitation]:
        statement = (
            select(
                ActivityInvitationRow.learner_id,
                Learner.given_name,
                Learner.family_name,
                ActivityInvitationRow.invited_at,
                ActivityInvitationRow.response,
                ActivityParticipantRow.attended,
            )
            .join(Learner, Learner.id == ActivityInvitationRow.learner_id)
            .outerjoin(
                ActivityParticipantRow,
                (ActivityParticipantRow.activity_id == ActivityInvitationRow.activity_id)
                & (ActivityParticipantRow.learner_id == ActivityInvitationRow.learner_id),
            )
            .where(ActivityInvitationRow.activity_id == activity_id)
            .order_by(Learner.name_sort, Learner.id)
        )
        return [
            Invitation(activity_id, learner_id, f"{given} {family}", at, response, attended)
            for learner_id, given, family, at, response, attended in self._session.execute(
                statement
            )
        ]

    def funnel_rows(self, offering_id: int) -> list[FunnelRow]:
        """Every learner invited to one of the offering's meetings, with attendance and the
        pathway stages recorded since the first invitation."""
        meetings = select(OfferingMeetingRow.activity_id).where(
            OfferingMeetingRow.offering_id == offering_id
        )
        invited = self._session.execute(
            select(ActivityInvitationRow.learner_id, func.min(ActivityInvitationRow.invited_at))
            .where(ActivityInvitationRow.activity_id.in_(meetings))
            .group_by(ActivityInvitationRow.learner_id)
        ).all()
        if not invited:
            return []
        ids = [learner_id for learner_id, _at in invited]
        attended = set(
            self._session.scalars(
                select(ActivityParticipantRow.learner_id).where(
                    ActivityParticipantRow.activity_id.in_(meetings),
                    ActivityParticipantRow.attended.is_(True),
                    ActivityParticipantRow.learner_id.in_(ids),
                )
            )
        )
        stages: dict[int, list[tuple[date, str]]] = {}
        for learner_id, on, stage in self._session.execute(
            select(PathwayTransition.learner_id, PathwayTransition.on_date, PathwayTransition.stage)
            .where(PathwayTransition.learner_id.in_(ids))
        ):  # fmt: skip
            stages.setdefault(learner_id, []).append((on, stage))
        rows = []
        for learner_id, at in invited:
            since = at.date() if isinstance(at, datetime) else date.fromisoformat(str(at)[:10])
            rows.append(
                FunnelRow(
                    learner_id,
                    since,
                    learner_id in attended,
                    tuple(s for on, s in stages.get(learner_id, ()) if on >= since),
                )
            )
        return rows

    # ---- the student group

    def group_learners(
        self, *, municipality_code: str | None = None, learning_centre_id: int | None = None
    ) -> list[GroupLearnerRow]:
        """Every learner (plain rows, by name), narrowed by municipality and lärcentrum."""
        where = []
        params: dict[str, object] = {}
        if municipality_code is not None:
            where.append("home_municipality_code = :municipality")
            params["municipality"] = municipality_code
        if learning_centre_id is not None:
            where.append("learning_centre_id = :centre")
            params["centre"] = learning_centre_id
        clause = f"WHERE {' AND '.join(where)} " if where else ""
        statement = text(
            "SELECT id, given_name || ' ' || family_name, home_municipality_code, "
            "learning_centre_id, prior_education, foreign_born, first_generation "
            f"FROM learner {clause}ORDER BY name_sort, id"
        )
        # Plain tuples as the driver gives them (SQLite's booleans are 0/1: read as truth).
        return self._session.connection().execute(statement, params).all()  # type: ignore[return-value]

    def completed_strings(self, low: int, high: int, deadlines: Sequence[date]) -> dict[int, str]:
        """Every completed record of learners ``low``–``high`` (failed ones too: a gap's
        examen points count them) as one string each, ``code|grade|flags`` joined by ``;``,
        a flag per deadline (``1``: ended by then, or no end date), as
        ``eligibility_rows.passed_strings`` writes them."""
        dialect = self._session.get_bind().dialect.name
        literal = "'{}'" if dialect == "sqlite" else "DATE '{}'"
        flags = " || ".join(
            f"(CASE WHEN end_date IS NULL OR end_date <= {literal.format(d.isoformat())} "
            "THEN '1' ELSE '0' END)"
            for d in deadlines
        )
        record = " || '|' || ".join(["code", "coalesce(grade, '')", flags or "''"])
        aggregate = (
            f"group_concat({record}, ';')" if dialect == "sqlite" else f"string_agg({record}, ';')"
        )
        statement = text(
            f"SELECT learner_id, {aggregate} FROM course_record "
            "WHERE learner_id BETWEEN :low AND :high AND status = 'completed' "
            "AND grade IS NOT NULL GROUP BY learner_id"
        )
        rows = self._session.connection().execute(statement, {"low": low, "high": high})
        return {row[0]: row[1] for row in rows}

    def activity_exists(self, activity_id: int) -> bool:
        return (
            self._session.scalar(select(ActivityRow.id).where(ActivityRow.id == activity_id))
            is not None
        )


def _values(offering: Offering) -> dict[str, object]:
    term = offering.start_term
    return {
        "natural_key": offering.key,
        "university": offering.university,
        "target_id": offering.target_id,
        "name": offering.name,
        "code": offering.code,
        "start_term": str(term),
        "start_order": term_order(term),
        "study_form": offering.study_form.value,
        "learning_centre_id": offering.learning_centre_id,
        "pace_percent": offering.pace_percent,
        "places": offering.places,
        "application_opens": offering.application_opens,
        "application_closes": offering.application_closes,
        "complete_by": offering.complete_by,
    }


def _assign(row: OfferingRow, offering: Offering) -> None:
    for name, value in _values(offering).items():
        setattr(row, name, value)


def _offering(row: OfferingRow) -> Offering:
    return Offering(
        university=row.university,
        target_id=row.target_id,
        start_term=Term.parse(row.start_term),
        study_form=StudyForm(row.study_form),
        learning_centre_id=row.learning_centre_id,
        pace_percent=row.pace_percent,
        places=row.places,
        application_opens=row.application_opens,
        application_closes=row.application_closes,
        complete_by=row.complete_by,
        code=row.code,
        name=row.name,
    )
