"""The coach's day for demo learners: contacts (≈5 per learner), a few restricted notes,
follow-ups, lärcentrum activities with participants, exam rooms and exam bookings.

Runs inside the demo generator's unit of work after its learners are inserted, on the newest
``learners`` rows, with bulk inserts (``INSERT … executemany``) in chunks. Its random numbers
come from their own generator, so the learners themselves stay what the seed made them.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update

from larsam_desktop.domain.activities import ActivityKind
from larsam_desktop.domain.contacts import ContactKind
from larsam_desktop.domain.exam_bookings import FeeReason
from larsam_desktop.services.cancellation import CancelCheck, Cancelled
from larsam_desktop.storage.database import UnitOfWork
from larsam_desktop.storage.repositories.contacts import GeneratedContact
from larsam_desktop.storage.tables import (
    Coach,
    ContactRow,
    ExamRoomRow,
    Learner,
    LearningCentre,
    RestrictedNoteRow,
)

CHUNK = 20_000
MEAN_CONTACTS = 5.0
_KINDS = list(ContactKind)
_KIND_WEIGHTS = [0.35, 0.25, 0.12, 0.18, 0.10]
_NOTES = (
    "Gick igenom studieplanen.",
    "Pratade om behörighet till sjuksköterskeprogrammet.",
    "Frågor om CSN och studietakt.",
    "Uppföljning av Matematik 2b.",
    "Planerar ansökan till hösten.",
    "Diskuterade högskoleprovet.",
    "Kort avstämning.",
    "Hjälp med antagning.se.",
    "Studieteknik och planering av veckan.",
)
_NEXT_STEPS = (
    "Skicka länk till antagning.se",
    "Boka nytt möte om två veckor",
    "Kontrollera betyg i Ladok",
    "Anmäla till studieteknikkursen",
    "Ringa om CSN-beslutet",
    "Skicka information om basåret",
)
_ACTIVITIES = {
    ActivityKind.INFORMATION_MEETING: ("Mittuniversitetet informerar", 90, 40),
    ActivityKind.INTRODUCTION_COURSE: ("Introduktionskurs, träff", 120, 20),
    ActivityKind.PREPARATION_COURSE: ("Högskoleprovet – förberedelse", 120, 25),
    ActivityKind.STUDY_TECHNIQUE: ("Studieteknik", 90, 15),
    ActivityKind.MENTOR_MEETING: ("Faddermöte", 60, 10),
}
_UNIVERSITIES = ("Mittuniversitetet", "Umeå universitet", "Högskolan Dalarna", "Luleå tekniska")
_COURSES = ("Statistik A", "Psykologi I", "Vårdvetenskap 1", "Matematik grundkurs", "Juridik A")


def add_coach_day(
    uow: UnitOfWork,
    *,
    learners: int,
    seed: int,
    today: date,
    now: datetime,
    cancelled: CancelCheck | None = None,
) -> int:
    """Generate the day's data for the newest ``learners`` learners; returns contacts added."""
    rng = random.Random(f"coach-day-{seed}")
    session = uow.session
    rows: list[Any] = list(
        session.execute(
            select(
                Learner.id,
                Learner.coach_id,
                Learner.learning_centre_id,
                Learner.stage,
                Learner.home_municipality_code,
            )
            .order_by(Learner.id.desc())
            .limit(learners)
        ).all()
    )
    coach_names = dict(session.execute(select(Coach.id, Coach.name)).all())
    contacts = 0
    batch: list[GeneratedContact] = []
    for values in _contacts(rng, rows, coach_names, today, now):
        batch.append(values)
        if len(batch) == CHUNK:
            contacts += _insert(uow, batch, cancelled)
    contacts += _insert(uow, batch, cancelled)
    first_id = min(row[0] for row in rows) if rows else 0
    _sync_last_contact(uow, first_id)
    _restricted_notes(uow, first_id, now)
    uow.follow_ups.bulk_insert(list(_follow_ups(rng, rows, today, now)))
    _activities(uow, rng, rows, today, now)
    _exams(uow, rng, rows, coach_names, today, now)
    return contacts


def _insert(uow: UnitOfWork, batch: list[GeneratedContact], cancelled: CancelCheck | None) -> int:
    if cancelled is not None and cancelled():
        raise Cancelled()
    uow.contacts.bulk_insert(batch)
    count = len(batch)
    batch.clear()
    return count


def _contacts(
    rng: random.Random,
    rows: list[Any],
    coach_names: dict[int, str],
    today: date,
    now: datetime,
) -> Iterator[GeneratedContact]:
    # 1 + the floor of an exponential (mean ≈ MEAN_CONTACTS); one learner in 20 is new and
    # has not been contacted yet. Plain rng.random() draws: 500,000 contacts add seconds.
    rate = 1 / MEAN_CONTACTS
    random_ = rng.random
    kinds = [k.value for k in _KINDS]
    cumulative = list(itertools.accumulate(_KIND_WEIGHTS))
    talks = {ContactKind.IN_PERSON.value, ContactKind.PHONE.value, ContactKind.VIDEO.value}
    times = [time(hour, minute) for hour in range(8, 16) for minute in (0, 15, 30, 45)]
    durations = (15, 20, 30, 45, 60)
    days = [timedelta(days=n) for n in range(7, 91)]
    for learner_id, coach_id, _centre, stage, _code in rows:
        count = 0 if random_() < 0.05 else min(40, 1 + int(rng.expovariate(rate)))
        if stage in ("completed", "discontinued"):
            count //= 2
        on = today - timedelta(days=int(rng.expovariate(1 / 25)))
        recorded_by = coach_names.get(coach_id, "Demo") if coach_id else "Demo"
        for _ in range(count):
            kind = kinds[bisect.bisect(cumulative, random_() * cumulative[-1])]
            talk = kind in talks
            yield (
                learner_id,
                on,
                times[int(random_() * len(times))] if talk else None,
                kind,
                durations[int(random_() * len(durations))] if talk else None,
                _NOTES[int(random_() * len(_NOTES))],
                _NEXT_STEPS[int(random_() * len(_NEXT_STEPS))] if random_() < 0.4 else "",
                recorded_by,
                now,
            )
            on -= days[int(random_() * len(days))]


def _sync_last_contact(uow: UnitOfWork, first_id: int) -> None:
    newest = (
        select(func.max(ContactRow.on_date))
        .where(ContactRow.learner_id == Learner.id)
        .scalar_subquery()
    )
    uow.session.execute(
        update(Learner)
        .where(Learner.id >= first_id)
        .values(last_contact_on=newest)
        .execution_options(synchronize_session=False)
    )


def _restricted_notes(uow: UnitOfWork, first_id: int, now: datetime) -> None:
    """About one contact in 150 gets a restricted note."""
    picked = uow.session.execute(
        select(ContactRow.id, ContactRow.learner_id).where(
            ContactRow.learner_id >= first_id, ContactRow.id % 150 == 7
        )
    ).all()
    notes = ("Sjukskriven, återkommer efter sommaren.", "Familjesituationen påverkar studierna.")
    if picked:
        uow.session.connection().execute(
            insert(RestrictedNoteRow),
            [
                {
                    "contact_id": contact_id,
                    "learner_id": learner_id,
                    "text": notes[contact_id % 2],
                    "created_at": now,
                }
                for contact_id, learner_id in picked
            ],
        )


def _follow_ups(
    rng: random.Random, rows: list[Any], today: date, now: datetime
) -> Iterator[dict[str, Any]]:
    for learner_id, coach_id, _centre, stage, _code in rows:
        if coach_id is None or stage in ("completed", "discontinued") or rng.random() < 0.45:
            continue
        for _ in range(rng.choice((1, 1, 2))):
            due = today + timedelta(days=rng.randint(-30, 45))
            done = due < today and rng.random() < 0.8
            yield {
                "learner_id": learner_id,
                "contact_id": None,
                "title": rng.choice(_NEXT_STEPS),
                "due_on": due,
                "owner_coach_id": coach_id,
                "done_on": due if done else None,
                "created_at": now,
                "updated_at": now,
            }


def _activities(
    uow: UnitOfWork, rng: random.Random, rows: list[Any], today: date, now: datetime
) -> None:
    """A few activities per lärcentrum from a month back to two months ahead."""
    centres = dict(uow.session.execute(select(LearningCentre.id, LearningCentre.name)).all())
    by_centre: dict[int, list[int]] = defaultdict(list)
    for learner_id, _coach, centre, stage, _code in rows:
        if centre is not None and stage not in ("completed", "discontinued"):
            by_centre[centre].append(learner_id)
    activities: list[dict[str, Any]] = []
    members: list[list[int]] = []
    for centre, learner_ids in sorted(by_centre.items()):
        for _ in range(6):
            kind = rng.choice(list(_ACTIVITIES))
            title, minutes, capacity = _ACTIVITIES[kind]
            on = today + timedelta(days=rng.randint(-30, 60))
            activities.append(
                {
                    "kind": kind.value,
                    "title": title,
                    "on_date": on,
                    "start_time": time(rng.choice((10, 13, 15, 17)), 0),
                    "duration_minutes": minutes,
                    "place": centres.get(centre, ""),
                    "capacity": capacity,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            members.append(rng.sample(learner_ids, min(len(learner_ids), rng.randint(3, capacity))))
    ids = uow.activities.bulk_insert(activities)
    participants = [
        {
            "activity_id": activity_id,
            "learner_id": learner_id,
            "attended": (rng.random() < 0.85) if values["on_date"] < today else None,
            "registered_at": now,
        }
        for activity_id, values, chosen in zip(ids, activities, members, strict=True)
        for learner_id in chosen
    ]
    uow.activities.bulk_register(participants)


def _exams(
    uow: UnitOfWork,
    rng: random.Random,
    rows: list[Any],
    coach_names: dict[int, str],
    today: date,
    now: datetime,
) -> None:
    """One exam room per lärcentrum; bookings for about a third of the studying learners."""
    session = uow.session
    centres = session.execute(
        select(LearningCentre.id, LearningCentre.name, LearningCentre.municipality_code)
    ).all()
    known = set(session.scalars(select(ExamRoomRow.learning_centre_id)))
    for centre_id, name, _code in centres:
        if centre_id not in known:
            uow.exams.add_room(f"Tentasal, {name}", rng.choice((4, 6, 8, 12)), centre_id)
    rooms = {room.learning_centre_id: room for room in uow.exams.rooms()}
    taken: Counter[tuple[int, date, int]] = Counter()
    bookings = []
    for learner_id, coach_id, centre, stage, code in rows:
        if stage != "studying" or centre not in rooms or rng.random() > 0.35:
            continue
        room = rooms[centre] if rng.random() < 0.9 else rng.choice(list(rooms.values()))
        on = today + timedelta(days=rng.randint(-30, 60))
        if on.weekday() >= 5:
            on += timedelta(days=7 - on.weekday())
        hour = rng.choice((9, 14))
        if taken[(room.id, on, hour)] >= room.capacity:
            continue
        taken[(room.id, on, hour)] += 1
        resident = code == room.municipality_code
        bookings.append(
            {
                "learner_id": learner_id,
                "university": rng.choice(_UNIVERSITIES),
                "course": rng.choice(_COURSES),
                "exam_date": on,
                "start_time": time(hour, 0),
                "duration_minutes": 240,
                "room_id": room.id,
                "proctor": "",
                "special_arrangements": "Förlängd skrivtid" if rng.random() < 0.05 else "",
                "sitting": 1,
                "fee_kr": 0 if resident else 700,
                "fee_reason": (FeeReason.NONE if resident else FeeReason.NON_RESIDENT).value,
                "recorded_by": coach_names.get(coach_id, "Demo") if coach_id else "Demo",
                "cancelled_at": None,
                "created_at": now,
            }
        )
    uow.exams.bulk_insert(bookings)
