"""Demo data holds three years of Mittuniversitetet offerings of the rule book's
programmes, decentralised ones at lärcentra, and meetings with invitations and answers."""

from __future__ import annotations

from datetime import UTC, date, datetime

from larsam_desktop.domain.offerings import FunnelStep, StudyForm
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.offerings import OfferingService
from larsam_desktop.services.store import OpenedStore

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def test_demo_offerings_meetings_and_invitations(sqlite_store: OpenedStore) -> None:
    database = sqlite_store.database
    DemoGenerator(database, clock=lambda: NOW).generate(300, seed=3)
    data = load_eligibility_data()
    offerings = OfferingService(database, data, clock=lambda: NOW)
    stored = offerings.listing()
    terms = {str(s.offering.start_term) for s in stored}
    assert terms == {"VT2027", "HT2027", "VT2028", "HT2028", "VT2029", "HT2029"}
    assert {s.offering.target_id for s in stored} <= set(data.book.target_ids)
    assert {s.offering.university for s in stored} == {"Mittuniversitetet"}
    decentralised = [s for s in stored if s.offering.study_form is StudyForm.DECENTRALISED]
    assert decentralised and all(s.learning_centre for s in decentralised)
    with_meetings = [s for s in stored if s.meetings]
    assert len(with_meetings) == 1
    meeting_offering = with_meetings[0]
    assert meeting_offering.offering.target_id == "sjukskoterska"
    assert meeting_offering.offering.complete_by > date(2026, 12, 4)
    answers = [i.response for m in meeting_offering.meetings for i in offerings.invitations(m)]
    assert len(answers) == 80 and {"accepted", "declined", None} <= set(answers)
    funnel = offerings.funnel(meeting_offering.id)
    assert funnel.counts[FunnelStep.INVITED] == 80
    assert 0 < funnel.counts[FunnelStep.ATTENDED] <= 30
