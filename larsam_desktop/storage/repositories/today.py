"""The Today page's queries: each one indexed, limited, and counted in full.

* follow-ups: ``ix_follow_up_owner_open`` (owner, done_on, due_on);
* quiet learners: ``ix_learner_coach_contact`` (coach_id, last_contact_on);
* stuck learners: ``ix_learner_coach_stage`` (coach_id, stage, stage_since);
* upcoming: ``ix_exam_booking_date_room`` and ``ix_activity_on`` on the dates.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import bindparam, func, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from larsam_desktop.domain.pathway import Stage
from larsam_desktop.domain.today import FollowUpRow, QuietRow, Section, StuckRow, UpcomingRow
from larsam_desktop.storage.tables import (
    ActivityRow,
    ExamBookingRow,
    ExamRoomRow,
    Learner,
)
from larsam_desktop.storage.tables import FollowUpRow as FollowUpTable

# Learners at these stages need no more coaching: never "quiet".
_FINISHED = (Stage.COMPLETED.value, Stage.DISCONTINUED.value)


class TodayRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def follow_ups(
        self, coach_id: int, *, today: date, until: date, limit: int
    ) -> tuple[Section[FollowUpRow], int]:
        """Open follow-ups due by ``until`` (overdue first); also how many are overdue."""
        where = (
            FollowUpTable.owner_coach_id == coach_id,
            FollowUpTable.done_on.is_(None),
            FollowUpTable.due_on <= until,
        )
        statement = (
            select(
                FollowUpTable.id,
                FollowUpTable.learner_id,
                Learner.given_name,
                Learner.family_name,
                FollowUpTable.title,
                FollowUpTable.due_on,
            )
            .join(Learner, Learner.id == FollowUpTable.learner_id)
            .where(*where)
            .order_by(FollowUpTable.due_on, FollowUpTable.id)
            .limit(limit)
        )
        rows = tuple(
            FollowUpRow(i, learner, f"{given} {family}", title, due, due < today)
            for i, learner, given, family, title, due in self._session.execute(statement)
        )
        total, overdue = self._session.execute(
            select(func.count(), func.count().filter(FollowUpTable.due_on < today)).where(*where)
        ).one()
        return Section(rows, total), overdue

    def quiet(self, coach_id: int, *, since: date, limit: int) -> Section[QuietRow]:
        """The coach's learners not contacted since before ``since``: never contacted first
        (by name), then the longest quiet. Two range scans of ``ix_learner_coach_contact``
        rather than one ``IS NULL OR <`` that SQLite cannot use an index range for."""
        active = or_(Learner.stage.is_(None), Learner.stage.not_in(_FINISHED))
        never = (Learner.coach_id == coach_id, Learner.last_contact_on.is_(None), active)
        before = (Learner.coach_id == coach_id, Learner.last_contact_on < since, active)
        columns = (Learner.id, Learner.given_name, Learner.family_name, Learner.last_contact_on)
        found = list(
            self._session.execute(
                select(*columns).where(*never).order_by(Learner.name_sort).limit(limit)
            )
        )
        if len(found) < limit:
            found += self._session.execute(
                select(*columns)
                .where(*before)
                .order_by(Learner.last_contact_on, Learner.id)
                .limit(limit - len(found))
            ).all()
        rows = tuple(QuietRow(i, f"{given} {family}", last) for i, given, family, last in found)
        return Section(rows, self._count(*never) + self._count(*before))

    def stuck(
        self, coach_id: int, *, before: Mapping[Stage, date], limit: int
    ) -> Section[StuckRow]:
        """The coach's learners in a stage since before that stage's date (longest first).

        Per stage, a count and the ids in date order come from ``ix_learner_coach_stage``
        alone (covering), all stages in one ``UNION ALL`` each; the database merges the
        stages' first rows, keeps the ``limit`` shown and joins their names (two round trips
        to a server). The statements are built once per set of stages and limit, with the
        coach and the dates as parameters (building them cost more than running them)."""
        if not before:
            return Section((), 0)
        stages = tuple(before)
        count, first_rows = _stuck_statements(tuple(s.value for s in stages), limit)
        params: dict[str, Any] = {"coach": coach_id}
        params.update({f"on{n}": before[stage] for n, stage in enumerate(stages)})
        total = sum(n for (n,) in self._session.execute(count, params))
        rows = tuple(
            StuckRow(i, f"{given} {family}", Stage(stage), since)
            for since, i, stage, given, family in self._session.execute(first_rows, params)
        )
        return Section(rows, total)

    def upcoming(
        self, coach_id: int, *, first: date, last: date, limit: int
    ) -> Section[UpcomingRow]:
        """Exam bookings of the coach's learners and every activity, ``first``–``last``."""
        exams = (
            select(
                ExamBookingRow.id,
                ExamBookingRow.exam_date,
                ExamBookingRow.start_time,
                ExamBookingRow.course,
                ExamRoomRow.name,
                Learner.id,
                Learner.given_name,
                Learner.family_name,
            )
            .join(Learner, Learner.id == ExamBookingRow.learner_id)
            .join(ExamRoomRow, ExamRoomRow.id == ExamBookingRow.room_id)
            .where(
                ExamBookingRow.exam_date >= first,
                ExamBookingRow.exam_date <= last,
                ExamBookingRow.cancelled_at.is_(None),
                Learner.coach_id == coach_id,
            )
            .order_by(ExamBookingRow.exam_date, ExamBookingRow.start_time)
            .limit(limit)
        )
        activities = (
            select(
                ActivityRow.id,
                ActivityRow.on_date,
                ActivityRow.start_time,
                ActivityRow.title,
                ActivityRow.place,
            )
            .where(
                ActivityRow.on_date >= first,
                ActivityRow.on_date <= last,
                ActivityRow.cancelled_at.is_(None),
            )
            .order_by(ActivityRow.on_date, ActivityRow.start_time)
            .limit(limit)
        )
        rows: list[UpcomingRow] = [
            UpcomingRow("exam", i, on, start, course, room, learner, f"{given} {family}")
            for i, on, start, course, room, learner, given, family in self._session.execute(exams)
        ]
        rows += [
            UpcomingRow("activity", i, on, start, title, place, None, "")
            for i, on, start, title, place in self._session.execute(activities)
        ]
        rows.sort(key=lambda row: (row.on, row.start, row.kind, row.id))
        return Section(tuple(rows[:limit]), len(rows))

    def _count(self, *where: Any) -> int:
        return self._session.scalar(select(func.count()).select_from(Learner).where(*where)) or 0


@cache
def _stuck_statements(stages: tuple[str, ...], limit: int) -> tuple[Any, Any]:
    """The stuck list's two statements for these stages: counts, and the first rows."""
    counts = []
    firsts = []
    for n, stage in enumerate(stages):
        where = (
            Learner.coach_id == bindparam("coach"),
            Learner.stage == stage,
            Learner.stage_since < bindparam(f"on{n}"),
        )
        counts.append(select(func.count()).select_from(Learner).where(*where))
        first = (
            select(Learner.stage_since, Learner.id, Learner.stage)
            .where(*where)
            .order_by(Learner.stage_since, Learner.id)
            .limit(limit)
            .subquery()
        )
        firsts.append(select(first.c.stage_since, first.c.id, first.c.stage))
    merged = union_all(*firsts).subquery()
    named = aliased(Learner)
    rows = (
        select(merged.c.stage_since, merged.c.id, merged.c.stage, named.given_name,
               named.family_name)
        .join(named, named.id == merged.c.id)
        .order_by(merged.c.stage_since, merged.c.id)
        .limit(limit)
    )  # fmt: skip
    return union_all(*counts), rows
