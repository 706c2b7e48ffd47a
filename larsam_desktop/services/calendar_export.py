"""Calendar export (.ics, RFC 5545, written with ``icalendar``): a coach's open follow-ups,
upcoming activities and the exam bookings of the coach's learners.

Follow-ups are all-day events on their due date; activities and exams carry their local
time in Europe/Stockholm (a VTIMEZONE is included). Learners appear by name only — never by
personnummer — and the export is recorded in the audit log. The file is written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.services.atomic_file import atomic_output
from larsam_desktop.services.audit import AuditLog, current_actor
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.coaches import coach_id_by_name
from larsam_desktop.storage.database import Database

STOCKHOLM = ZoneInfo("Europe/Stockholm")
PRODID = "-//LarSam Desktop//Coach's day//SV"
UID_DOMAIN = "larsam-desktop.invalid"
HORIZON = timedelta(days=366)  # activities and exams up to a year ahead


@dataclass(frozen=True, slots=True)
class CalendarExportResult:
    path: Path
    follow_ups: int
    activities: int
    exams: int

    @property
    def events(self) -> int:
        return self.follow_ups + self.activities + self.exams


class CalendarExport:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def export(self, path: Path, coach: str) -> CalendarExportResult:
        """Write the calendar to ``path``; raises ``UnknownCoach`` or ``OutputNotWritable``."""
        today = local_today(self._clock)
        stamp = self._clock()
        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        with self._database.unit_of_work() as uow:
            coach_id = coach_id_by_name(uow, coach)
            coach_name = next(c.name for c in uow.reference.coaches() if c.key == coach_id)
            calendar.add("x-wr-calname", f"LärSam – {coach_name}")
            follow_ups = uow.today.follow_ups(coach_id, today=today, until=date.max, limit=100_000)[
                0
            ].rows
            activities = uow.activities.between(today, today + HORIZON)
            exams = [
                b
                for b in uow.exams.between(today, today + HORIZON, coach_id=coach_id)
                if not b.cancelled
            ]
            for row in follow_ups:
                event = _event(f"follow-up-{row.id}", stamp)
                event.add("summary", f"Follow-up: {row.title} – {row.learner_name}")
                event.add("dtstart", row.due_on)
                event.add("dtend", row.due_on + timedelta(days=1))
                event.add("categories", ["Follow-up"])
                calendar.add_component(event)
            for stored in activities:
                activity = stored.activity
                event = _event(f"activity-{stored.id}", stamp)
                event.add("summary", activity.title)
                start = datetime.combine(activity.on, activity.start, STOCKHOLM)
                event.add("dtstart", start)
                event.add("dtend", start + timedelta(minutes=activity.duration_minutes))
                if activity.place:
                    event.add("location", activity.place)
                event.add("categories", [activity.kind.value])
                calendar.add_component(event)
            for booking in exams:
                exam = booking.booking
                event = _event(f"exam-{booking.id}", stamp)
                event.add("summary", f"Exam: {exam.course} – {booking.learner_name}")
                start = datetime.combine(exam.exam_date, exam.start, STOCKHOLM)
                event.add("dtstart", start)
                event.add("dtend", start + timedelta(minutes=exam.duration_minutes))
                event.add("location", booking.room_name)
                details = [exam.university]
                if exam.proctor:
                    details.append(f"Proctor: {exam.proctor}")
                event.add("description", "\n".join(details))
                event.add("categories", ["Exam"])
                calendar.add_component(event)
            calendar.add_missing_timezones()
        payload = calendar.to_ical()
        events = len(follow_ups) + len(activities) + len(exams)
        # The file is put in place only once its audit entry is committed (a transaction of
        # its own: a reader turned writer could collide with another writer on SQLite).
        with atomic_output(path) as temporary:
            temporary.write_bytes(payload)
            with self._database.unit_of_work() as uow:
                AuditLog.record(
                    uow,
                    AuditAction.EXPORT,
                    actor=current_actor(),
                    details={"format": "ics", "file": path.name[:80], "events": events},
                    clock=self._clock,
                )
        return CalendarExportResult(path, len(follow_ups), len(activities), len(exams))


def _event(uid: str, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", f"{uid}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    return event
