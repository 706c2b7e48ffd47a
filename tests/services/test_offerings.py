"""Offerings: entered, edited, the cycle view, meetings with invitations, the funnel."""

from __future__ import annotations

from datetime import date, time

import pytest
from offering_setup import GAP_200, add_learner, clock, nursing

from larsam_desktop.domain.activities import ActivityDraft
from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.offerings import FunnelStep, StudyForm
from larsam_desktop.domain.pathway import TransitionDraft
from larsam_desktop.domain.plans.terms import Term
from larsam_desktop.services.audit import AuditAction, AuditFilter, AuditService
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.offerings import OfferingNotFound, OfferingService
from larsam_desktop.services.pathway import PathwayService
from larsam_desktop.services.store import OpenedStore

MEETING = ActivityDraft(
    "information_meeting",
    "Mittuniversitetet om sjuksköterskeprogrammet",
    date(2027, 1, 20),
    time(17, 0),
    90,
    "Lärcentrum Sollefteå",
    capacity=2,
)


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


@pytest.fixture
def offerings(store: OpenedStore, data: EligibilityData) -> OfferingService:
    return OfferingService(store.database, data, clock)


def _fields(exc: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {e.field for e in exc.value.errors}


def test_an_offering_gets_the_rounds_usual_dates_and_is_refused_twice(
    offerings: OfferingService,
) -> None:
    saved = offerings.create(nursing("HT2027", places=40, code="MIU-12345"))
    o = saved.offering.offering
    assert (o.application_opens, o.application_closes, o.complete_by) == (
        date(2027, 3, 15), date(2027, 4, 15), date(2027, 6, 20)
    )  # fmt: skip
    assert saved.offering.programme == "Sjuksköterskeprogrammet"
    spring = offerings.create(nursing("VT2028")).offering.offering
    assert spring.complete_by == date(2027, 12, 1)
    with pytest.raises(ValidationError) as refused:
        offerings.create(nursing("ht 2027", university="MITTUNIVERSITETET"))
    assert _fields(refused) == {"target"}


def test_every_problem_is_named_by_its_field(offerings: OfferingService) -> None:
    with pytest.raises(ValidationError) as refused:
        offerings.create(
            nursing("HT27", university="", target_id="astronaut", study_form="decentralised",
                    pace_percent=60, places=0)
        )  # fmt: skip
    assert _fields(refused) == {
        "university", "target", "start_term", "learning_centre", "pace", "places"
    }  # fmt: skip
    with pytest.raises(ValidationError) as late:
        offerings.create(nursing("HT2027", complete_by=date(2027, 8, 20)))
    assert _fields(late) == {"complete_by"}


def test_a_decentralised_offering_names_its_centre_and_edits_keep_one_row(
    offerings: OfferingService,
) -> None:
    centre_id, centre = next(iter(offerings.centres().items()))
    saved = offerings.create(
        nursing("HT2028", study_form="decentralised", learning_centre_id=centre_id, pace_percent=50)
    ).offering
    assert saved.learning_centre == centre
    assert saved.offering.study_form is StudyForm.DECENTRALISED
    edited = offerings.update(saved.id, nursing("HT2028", study_form="distance", places=25))
    assert edited.offering.offering.learning_centre_id is None
    assert [s.id for s in offerings.listing()] == [saved.id]
    offerings.delete(saved.id)
    with pytest.raises(OfferingNotFound):
        offerings.get(saved.id)


def test_the_cycle_view_puts_programmes_in_rows_and_three_years_of_terms_in_columns(
    offerings: OfferingService,
) -> None:
    offerings.create(nursing("HT2027"))
    offerings.create(nursing("HT2029", university="Umeå universitet"))
    offerings.create(nursing("VT2028", target_id="socionom"))
    offerings.create(nursing("HT2030"))  # beyond three years from VT2027
    view = offerings.cycle(Term(2027, False))
    assert [str(t) for t in view.terms] == ["VT2027", "HT2027", "VT2028", "HT2028", "VT2029",
                                            "HT2029"]  # fmt: skip
    assert [target for target, _name in view.programmes] == ["sjukskoterska", "socionom"]
    assert len(view.cells[("sjukskoterska", Term(2029, True))]) == 1
    assert ("sjukskoterska", Term(2030, True)) not in view.cells


def test_invitations_answers_attendance_and_the_funnel(
    store: OpenedStore, offerings: OfferingService
) -> None:
    ids = [add_learner(store.database, name, GAP_200) for name in ("Ada", "Bea", "Cid", "Dan")]
    offering_id = offerings.create(nursing()).offering.id
    meeting, _changes = offerings.add_meeting(offering_id, MEETING)
    assert offerings.get(offering_id).meetings == (meeting,)
    invited, _changes = offerings.invite(meeting, ids, actor="Karin")
    assert invited == 4
    assert offerings.invite(meeting, ids[:1], actor="Karin")[0] == 0  # invited once only
    offerings.respond(meeting, ids[0], "accepted")
    offerings.respond(meeting, ids[1], "accepted")
    with pytest.raises(ValidationError) as full:
        offerings.respond(meeting, ids[2], "accepted")  # two places only
    assert _fields(full) == {"participants"}
    offerings.respond(meeting, ids[3], "declined")
    offerings.record_attendance(meeting, ids[0], True)
    offerings.record_attendance(meeting, ids[1], False)
    answers = {i.learner_id: (i.response, i.attended) for i in offerings.invitations(meeting)}
    assert answers == {ids[0]: ("accepted", True), ids[1]: ("accepted", False),
                       ids[2]: (None, None), ids[3]: ("declined", None)}  # fmt: skip
    pathway = PathwayService(store.database, clock)
    for stage in ("applied", "admitted", "studying"):
        pathway.record(ids[0], TransitionDraft(stage, "Karin", on=date(2026, 12, 4)))
    pathway.record(ids[2], TransitionDraft("applied", "Karin", on=date(2026, 12, 4)))
    funnel = offerings.funnel(offering_id)
    assert funnel.counts == {
        FunnelStep.INVITED: 4, FunnelStep.ATTENDED: 2, FunnelStep.APPLIED: 2,
        FunnelStep.ADMITTED: 1, FunnelStep.STARTED: 1, FunnelStep.COMPLETED: 0,
    }  # fmt: skip
    audit = AuditService(store.database, clock=clock)
    entries = audit.entries(AuditFilter(action=AuditAction.INVITATION))
    assert sorted(e.learner_id or 0 for e in entries) == sorted(ids)


def test_answers_need_an_invitation_and_a_meeting_of_an_offering(
    store: OpenedStore, offerings: OfferingService
) -> None:
    learner = add_learner(store.database, "Ada", GAP_200)
    offering_id = offerings.create(nursing()).offering.id
    meeting, _changes = offerings.add_meeting(offering_id, MEETING)
    with pytest.raises(ValidationError):
        offerings.respond(meeting, learner, "accepted")
    with pytest.raises(ValidationError):
        offerings.record_attendance(meeting, learner, True)
    with pytest.raises(LookupError):
        offerings.invite(meeting + 1000, [learner])
