"""Demo offerings (issue 17): Mittuniversitetet's programmes for the next three years, on
campus in Sundsvall or Östersund, at a distance and decentralised at the region's lärcentra,
with information meetings, invitations and answers (one meeting already held, with
attendance; one ahead). Only programmes of the rule book are used; the round's dates are
the usual ones (``domain.offering_terms``). Called by the demo builder inside its
transaction."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, select

from larsam_desktop.domain.activities import ActivityKind
from larsam_desktop.domain.offering_terms import round_dates
from larsam_desktop.domain.offerings import Offering, StudyForm, cycle_terms
from larsam_desktop.domain.plans.terms import Term
from larsam_desktop.storage.database import UnitOfWork
from larsam_desktop.storage.repositories.offerings import OfferingRepository
from larsam_desktop.storage.tables import (
    ActivityInvitationRow,
    ActivityParticipantRow,
    Learner,
    LearningCentre,
)

UNIVERSITY = "Mittuniversitetet"
# programme, the terms it starts (True: HT), study forms, pace, places
_PROGRAMMES: tuple[tuple[str, tuple[bool, ...], tuple[StudyForm, ...], int, int], ...] = (
    ("sjukskoterska", (True, False), (StudyForm.CAMPUS, StudyForm.DECENTRALISED), 100, 60),
    ("socionom", (True,), (StudyForm.CAMPUS, StudyForm.DISTANCE), 100, 80),
    ("forskollarare", (True,), (StudyForm.DECENTRALISED,), 75, 30),
    ("grundlarare-f3", (True,), (StudyForm.DISTANCE,), 100, 40),
    ("hogskoleingenjor", (True,), (StudyForm.CAMPUS,), 100, 45),
    ("kpu", (True, False), (StudyForm.DISTANCE,), 100, 50),
    ("civilekonom", (True,), (StudyForm.CAMPUS,), 100, 70),
)
INVITED = 40
MEETING_PLACES = 30


def add_offerings(
    uow: UnitOfWork, *, seed: int, today: date, now: datetime, targets: frozenset[str]
) -> int:
    """Offerings for three years from the next term, two information meetings with
    invitations; how many offerings (0 when the rule book has none of the programmes)."""
    rng = random.Random(f"offerings-{seed}")
    session = uow.session
    centres = [
        centre_id
        for (centre_id,) in session.execute(select(LearningCentre.id).order_by(LearningCentre.id))
    ]
    repo = OfferingRepository(session)
    offerings: list[Offering] = []
    for index, term in enumerate(cycle_terms(Term.of(today).next(), 3)):
        usual = round_dates(term)
        for target, starts, forms, pace, places in _PROGRAMMES:
            if target not in targets or term.autumn not in starts:
                continue
            for form in forms:
                if form is StudyForm.DECENTRALISED and not centres:
                    continue
                centre = centres[(index * 3) % len(centres)] if form is StudyForm.DECENTRALISED \
                    else None  # fmt: skip
                offerings.append(
                    Offering(UNIVERSITY, target, term, form, centre, pace,
                             places // 2 if centre else places, usual.opens, usual.closes,
                             usual.complete_by, f"MIU-{rng.randint(10000, 99999)}", "")
                )  # fmt: skip
    known = repo.key_ids()  # more demo data added to a demo database: offered already
    offerings = [o for o in offerings if o.key not in known]
    repo.add_many(offerings, now=now)
    if not offerings:
        return 0
    stored = repo.between()
    first = next(
        (s for s in stored if s.offering.target_id == "sjukskoterska"
         and s.offering.complete_by > today),
        stored[0],
    )  # fmt: skip
    _meetings(uow, rng, first.id, first.learning_centre or "Lärcentrum", today, now)
    return len(offerings)


def _meetings(
    uow: UnitOfWork, rng: random.Random, offering_id: int, place: str, today: date,
    now: datetime,
) -> None:  # fmt: skip
    session = uow.session
    learners = [row for (row,) in session.execute(select(Learner.id).order_by(Learner.id))]
    if not learners:
        return
    repo = OfferingRepository(session)
    chosen = rng.sample(learners, min(len(learners), 2 * INVITED))
    for held, invited in ((True, chosen[:INVITED]), (False, chosen[INVITED:])):
        if not invited:
            continue
        on = today + timedelta(days=-21 if held else 24)
        activity_id = uow.activities.bulk_insert(
            [{"kind": ActivityKind.INFORMATION_MEETING.value,
              "title": "Mittuniversitetet berättar om sjuksköterskeprogrammet", "on_date": on,
              "start_time": time(17, 0), "duration_minutes": 90,
              "place": place or "Lärcentrum", "capacity": MEETING_PLACES,
              "created_at": now, "updated_at": now}]
        )[0]  # fmt: skip
        repo.link_meeting(offering_id, activity_id)
        invitations: list[dict[str, object]] = []
        participants: list[dict[str, object]] = []
        for learner_id in invited:
            answer = rng.random()
            response = "accepted" if answer < 0.55 else "declined" if answer < 0.75 else None
            if response == "accepted" and len(participants) >= MEETING_PLACES:
                response = None
            invitations.append(
                {"activity_id": activity_id, "learner_id": learner_id,
                 "invited_at": now - timedelta(days=35 if held else 5), "invited_by": "Demo",
                 "response": response, "responded_at": now if response else None}
            )  # fmt: skip
            if response == "accepted":
                participants.append(
                    {"activity_id": activity_id, "learner_id": learner_id,
                     "attended": (rng.random() < 0.8) if held else None, "registered_at": now}
                )  # fmt: skip
        session.connection().execute(insert(ActivityInvitationRow), invitations)
        if participants:
            session.connection().execute(insert(ActivityParticipantRow), participants)
