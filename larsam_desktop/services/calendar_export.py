"""Calendar export (.ics, RFC 5545, written with ``icalendar``): a coach's open follow-ups,
upcoming activities and the exam bookings of the coach's learners.

Follow-ups are all-day events on their due date; activities and exams carry their local
time in Europe/Stockholm (a VTIMEZONE is included). Every event keeps its UID; SEQUENCE
counts its changes and LAST-MODIFIED is its last change, so a calendar that imported an
earlier file replaces the event. A follow-up finished in the last 90 days and a cancelled
activity or booking are written with STATUS:CANCELLED, so clients drop them (RFC 5545 has
COMPLETED only for to-dos; turning events into to-dos would change every UID's kind).
Learners appear by initials and id unless the coach chooses full names — never by
personnummer — and the export is recorded in the audit log. The file is written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from larsam_desktop.domain.audit import AuditAction
from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.errors import fill
from larsam_desktop.services.atomic_file import atomic_output, data_folder
from larsam_desktop.services.audit import AuditLog, current_actor
from larsam_desktop.services.catalogue import Texts
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.coaches import coach_id_by_name
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.repositories.calendar_items import CalendarItems, Person

STOCKHOLM = ZoneInfo("Europe/Stockholm")
PRODID = "-//LarSam Desktop//Coach's day//SV"
UID_DOMAIN = "larsam-desktop.invalid"
HORIZON = timedelta(days=366)  # activities and exams up to a year ahead
RECENT = timedelta(days=90)  # finished and cancelled items still sent, so calendars drop them


@dataclass(frozen=True, slots=True)
class CalendarExportResult:
    path: Path
    follow_ups: int
    activities: int
    exams: int
    cancelled: int = 0  # of those, sent as STATUS:CANCELLED (done or cancelled)

    @property
    def events(self) -> int:
        return self.follow_ups + self.activities + self.exams


def learner_label(person: Person, *, full_names: bool) -> str:
    """ "ÅÖ (12)" by default: initials and the learner's id; the full name only when chosen."""
    if full_names:
        return f"{person.given_name} {person.family_name}".strip()
    parts = f"{person.given_name} {person.family_name}".replace("-", " ").split()
    initials = "".join(part[0].upper() for part in parts if part)
    return f"{initials} ({person.id})" if initials else f"({person.id})"


class CalendarExport:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def export(
        self, path: Path, coach: str, *, full_names: bool = False, language: Language = "en"
    ) -> CalendarExportResult:
        """Write the calendar to ``path``; raises ``UnknownCoach`` or ``OutputNotWritable``.

        ``full_names``: learners' full names in titles instead of initials and id (the
        calendar may be synced to a cloud service: the window warns before choosing it).
        Titles, categories and descriptions are in ``language``.
        """
        texts = Texts(language)
        today = local_today(self._clock)
        stamp = self._clock()
        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        with self._database.unit_of_work(writes=False) as uow:
            coach_id = coach_id_by_name(uow, coach)
            coach_name = next(c.name for c in uow.reference.coaches() if c.key == coach_id)
            calendar.add("x-wr-calname", f"LärSam – {coach_name}")
            items = CalendarItems(uow.session)
            follow_ups = items.follow_ups(coach_id, done_since=today - RECENT)
            activities = items.activities(today - RECENT, today + HORIZON)
            exams = items.bookings(coach_id, today - RECENT, today + HORIZON)
        for row in follow_ups:
            who = learner_label(row.learner, full_names=full_names)
            event = _event(f"follow-up-{row.id}", stamp, row.sequence, row.modified, row.done)
            summary = (
                texts.translate("CalendarExport", "Done: {title} – {who}")
                if row.done
                else texts.translate("CalendarExport", "Follow-up: {title} – {who}")
            )
            event.add("summary", fill(summary, {"title": row.title, "who": who}))
            event.add("dtstart", row.due_on)
            event.add("dtend", row.due_on + timedelta(days=1))
            event.add("categories", [texts.translate("CalendarExport", "Follow-up")])
            calendar.add_component(event)
        for activity in activities:
            if activity.on < today and not activity.cancelled:
                continue  # a past activity as it was: nothing for the calendar to change
            event = _event(
                f"activity-{activity.id}",
                stamp,
                activity.sequence,
                activity.modified,
                activity.cancelled,
            )
            event.add("summary", activity.title)
            start = datetime.combine(activity.on, activity.start, STOCKHOLM)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(minutes=activity.duration_minutes))
            if activity.place:
                event.add("location", activity.place)
            event.add("categories", [activity_kind_name(activity.kind, texts)])
            calendar.add_component(event)
        for booking in exams:
            if booking.exam_date < today and not booking.cancelled:
                continue
            who = learner_label(booking.learner, full_names=full_names)
            event = _event(
                f"exam-{booking.id}", stamp, booking.sequence, booking.modified, booking.cancelled
            )
            exam = texts.translate("CalendarExport", "Exam: {course} – {who}")
            event.add("summary", fill(exam, {"course": booking.course, "who": who}))
            start = datetime.combine(booking.exam_date, booking.start, STOCKHOLM)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(minutes=booking.duration_minutes))
            event.add("location", booking.room)
            details = [booking.university]
            if booking.proctor:
                proctor = texts.translate("CalendarExport", "Proctor: {name}")
                details.append(fill(proctor, {"name": booking.proctor}))
            event.add("description", "\n".join(details))
            event.add("categories", [texts.translate("CalendarExport", "Exam")])
            calendar.add_component(event)
        calendar.add_missing_timezones()
        for zone in calendar.walk("VTIMEZONE"):  # icalendar's English note on its range
            zone.pop("COMMENT", None)
        counted = list(calendar.walk("VEVENT"))
        cancelled = sum(1 for e in counted if e.get("status") == "CANCELLED")
        n_follow_ups = len(follow_ups)
        n_activities = sum(1 for e in counted if str(e["uid"]).startswith("activity-"))
        n_exams = sum(1 for e in counted if str(e["uid"]).startswith("exam-"))
        payload = calendar.to_ical()
        events = n_follow_ups + n_activities + n_exams
        # The file is put in place only once its audit entry is committed (a transaction of
        # its own: a reader turned writer could collide with another writer on SQLite).
        with atomic_output(path, data_dir=data_folder(self._database)) as temporary:
            temporary.write_bytes(payload)
            with self._database.unit_of_work() as uow:
                AuditLog.record(
                    uow,
                    AuditAction.EXPORT,
                    actor=current_actor(),
                    details={"format": "ics", "file": path.name[:80], "events": events},
                    clock=self._clock,
                )
        return CalendarExportResult(path, n_follow_ups, n_activities, n_exams, cancelled)


def activity_kind_name(kind: str, texts: Texts) -> str:
    """An activity's kind in the calendar's language (the window's names, ``ActivityKind``)."""
    names = {
        "information_meeting": "Information meeting",
        "introduction_course": "Introduction course",
        "preparation_course": "Preparation course",
        "study_technique": "Study technique",
        "mentor_meeting": "Mentor meeting",
    }
    return texts.translate("ActivityKind", names[kind]) if kind in names else kind


def _event(uid: str, stamp: datetime, sequence: int, modified: datetime, gone: bool) -> Event:
    event = Event()
    event.add("uid", f"{uid}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("sequence", sequence)
    event.add("last-modified", modified)
    event.add("status", "CANCELLED" if gone else "CONFIRMED")
    return event
