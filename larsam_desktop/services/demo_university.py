"""Demo data from the university's side (issue 17): mentors and faddrar (some ending within
two weeks, so Today shows them), högskoleprov sittings and results (the merit panel and the
meritvärde's HP group read them), and the progress lists that match the demo paths
(registered and credits for those studying, completed, discontinued). Called by the demo
builder inside its transaction; learners given such data before are left as they are (more
demo learners added later get theirs)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import exists, insert, select
from sqlalchemy.orm import Session

from larsam_desktop.storage.database import UnitOfWork
from larsam_desktop.storage.tables import (
    HogskoleprovResult,
    HogskoleprovSittingRow,
    Learner,
    MentorRow,
    PathwayTransition,
    UniversityProgressRow,
)

MENTOR_SHARE = 0.08
HP_SHARE = 0.06
_STAFF = ("Maria Lind", "Johan Ek", "Sara Nordin", "Per Hägglund", "Aisha Warsame")
_STUDENTS = ("Elin Sjöberg", "Ali Hassan", "Moa Berglund", "Oskar Nyberg", "Hanna Lundqvist")
_LIST = "Mittuniversitetet, {what} {on}"
_PROGRESS = {"studying": "registered", "completed": "completed", "discontinued": "discontinued"}
_PROGRESS_WORDS = {"registered": "registrerade", "credits": "poäng", "completed": "fullföljt",
                   "discontinued": "avbrott"}  # fmt: skip


def hp_sittings(today: date, years: int = 3) -> list[date]:
    """Saturdays of April and October (the högskoleprov's sittings), the last ``years``
    years up to ``today``, and the next one ahead."""
    found: list[date] = []
    for year in range(today.year - years, today.year + 2):
        for month in (4, 10):
            day = date(year, month, 8)
            found.append(day + timedelta(days=(5 - day.weekday()) % 7))
    past = [d for d in found if d <= today][-2 * years :]
    ahead = [d for d in found if d > today][:1]
    return past + ahead


def add_university(uow: UnitOfWork, *, seed: int, today: date, now: datetime) -> int:
    """Mentors, högskoleprov sittings and results, progress lines; how many learners got
    any of them."""
    rng = random.Random(f"university-{seed}")
    session = uow.session
    touched = _mentors(session, rng, today, now)
    touched |= _hogskoleprov(session, rng, today, now)
    touched |= _progress(session, rng, now)
    return len(touched)


def _fresh(session: Session, table: Any) -> list[int]:
    """Learners without a row in ``table`` yet."""
    statement = (
        select(Learner.id)
        .where(~exists().where(table.learner_id == Learner.id))
        .order_by(Learner.id)
    )
    return [row for (row,) in session.execute(statement)]


def _mentors(session: Session, rng: random.Random, today: date, now: datetime) -> set[int]:
    rows: list[dict[str, Any]] = []
    for learner_id in _fresh(session, MentorRow):
        if rng.random() >= MENTOR_SHARE:
            continue
        student = rng.random() < 0.4
        starts = today - timedelta(days=rng.randint(20, 300))
        ends = None if rng.random() < 0.3 else today + timedelta(days=rng.randint(-30, 120))
        if ends is not None and ends < starts:
            ends = starts + timedelta(days=90)
        rows.append(
            {"learner_id": learner_id, "role": "fadder" if student else "mentor",
             "affiliation": "university" if student else "learning_centre",
             "name": rng.choice(_STUDENTS if student else _STAFF),
             "contact": None, "starts_on": starts, "ends_on": ends, "note": None,
             "created_at": now, "updated_at": now}
        )  # fmt: skip
    if rows:
        session.connection().execute(insert(MentorRow), rows)
    return {int(r["learner_id"]) for r in rows}


def _hogskoleprov(session: Session, rng: random.Random, today: date, now: datetime) -> set[int]:
    sittings = hp_sittings(today)
    past, ahead = [d for d in sittings if d <= today], [d for d in sittings if d > today]
    rows: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    for learner_id in _fresh(session, HogskoleprovSittingRow):
        if rng.random() >= HP_SHARE or not past:
            continue
        for on in rng.sample(past, min(len(past), rng.randint(1, 3))):
            attended = rng.random() < 0.85
            rows.append(
                {
                    "learner_id": learner_id,
                    "sitting_on": on,
                    "status": "attended" if attended else "absent",
                    "recorded_at": now,
                }
            )
            if attended:
                score = min(200, max(10, round(rng.gauss(0.85, 0.3) * 100 / 5) * 5))
                results.append({"learner_id": learner_id, "score_hundredths": score,
                                "taken_on": on, "recorded_at": now})  # fmt: skip
        if ahead and rng.random() < 0.3:
            rows.append({"learner_id": learner_id, "sitting_on": ahead[0],
                         "status": "registered", "recorded_at": now})  # fmt: skip
    if rows:
        session.connection().execute(insert(HogskoleprovSittingRow), rows)
    if results:
        session.connection().execute(insert(HogskoleprovResult), results)
    return {int(r["learner_id"]) for r in rows}


def _progress(session: Session, rng: random.Random, now: datetime) -> set[int]:
    """A progress line for each demo step the university would have reported."""
    fresh = set(_fresh(session, UniversityProgressRow))
    steps = session.execute(
        select(PathwayTransition.learner_id, PathwayTransition.stage, PathwayTransition.on_date)
        .where(PathwayTransition.stage.in_(list(_PROGRESS)))
        .order_by(PathwayTransition.learner_id, PathwayTransition.id)
    )  # fmt: skip
    rows: list[dict[str, Any]] = []
    for learner_id, stage, on in steps:
        if learner_id not in fresh:
            continue
        event = _PROGRESS[str(stage)]
        rows.append(_line(learner_id, event, on, None, now))
        if event == "registered" and rng.random() < 0.6:
            credits = rng.choice((75, 150, 225, 300))
            later = on + timedelta(days=rng.randint(60, 120))
            if later <= now.date():
                rows.append(_line(learner_id, "credits", later, credits, now))
    if rows:
        session.connection().execute(insert(UniversityProgressRow), rows)
    return {int(r["learner_id"]) for r in rows}


def _line(
    learner_id: int, event: str, on: date, credits: int | None, now: datetime
) -> dict[str, Any]:
    name = _LIST.format(what=_PROGRESS_WORDS[event], on=on.isoformat())
    return {"learner_id": learner_id, "event": event, "on_date": on, "list_name": name,
            "offering_id": None, "credits_tenths": credits, "imported_at": now}  # fmt: skip
