"""Recorded decisions give their routes: reell kompetens only on a university's decision, a
foreign assessment, a passed behörighetsprov, an earlier verdict — stored, read back in bulk
and one by one alike, and the caseload's standing follows (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from larsam_desktop.domain.eligibility.decisions import DecisionKind
from larsam_desktop.domain.errors import NotFound, ValidationError
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.services.eligibility import EligibilityService
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.eligibility_decisions import DecisionService
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.profiles import ProfileService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.services.target_standing import TargetStandings

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)


def clock() -> datetime:
    return NOW


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


def add_learner(store: OpenedStore) -> int:
    draft = LearnerDraft(given_name="Amina", family_name="Berg", birth_date=date(1984, 5, 17))
    return LearnerService(store.database, clock=clock).create(draft).learner.id


def test_reell_kompetens_counts_only_with_the_universitys_decision(
    store: OpenedStore, data: EligibilityData
) -> None:
    learner = add_learner(store)
    profiles = ProfileService(store.database, data, clock)
    profiles.set_qualifications(learner, {"work_years_after_19": 12})
    profiles.set_target(learner, "grundlaggande")
    eligibility = EligibilityService(store.database, data, clock)
    assert not eligibility.evaluate(learner).eligible  # years of work alone: no route
    decisions = DecisionService(store.database, data, clock)
    stored, changes = decisions.record(
        learner,
        DecisionKind.UNIVERSITY_DECISION.value,
        date(2026, 10, 2),
        "Mittuniversitetet",
        "Beslut MIUN 2026/1234",
        "reell kompetens for grundläggande behörighet",
    )
    assert changes.learners == {learner}
    assert stored.decision.decided_by == "Mittuniversitetet"
    result = eligibility.evaluate(learner)
    assert result.eligible and result.route == "reell-kompetens"
    assert [d.decision.document for d in decisions.decisions(learner)] == ["Beslut MIUN 2026/1234"]
    # The caseload's standing (bulk path) agrees with the one-learner path.
    (standing,) = [
        s
        for s in TargetStandings(data, clock).evaluate_everyone(store.database, "grundlaggande")
        if s.learner_id == learner
    ]
    assert standing.eligible is True
    decisions.remove(stored.id)
    assert not eligibility.evaluate(learner).eligible
    with pytest.raises(NotFound):
        decisions.remove(stored.id)


@pytest.mark.parametrize(
    ("kind", "route"),
    [
        ("foreign_assessment", "utlandsk-gymnasieutbildning"),
        ("behorighetsprov_passed", "behorighetsprov"),
        ("earlier_eligibility", "tidigare-behorighet"),
    ],
)
def test_each_recorded_kind_gives_its_route(
    sqlite_store: OpenedStore, data: EligibilityData, kind: str, route: str
) -> None:
    learner = add_learner(sqlite_store)
    DecisionService(sqlite_store.database, data, clock).record(
        learner, kind, date(2023, 9, 30), "UHR", "Intyg 2023-09-30"
    )
    result = EligibilityService(sqlite_store.database, data, clock).evaluate(
        learner, "grundlaggande"
    )
    assert result.eligible and result.route == route


def test_a_decision_needs_its_date_maker_and_document(
    sqlite_store: OpenedStore, data: EligibilityData
) -> None:
    learner = add_learner(sqlite_store)
    with pytest.raises(ValidationError) as caught:
        DecisionService(sqlite_store.database, data, clock).record(
            learner, "gut_feeling", date(2027, 1, 1), " ", ""
        )
    assert {e.field for e in caught.value.errors} == {
        "kind",
        "decided_on",
        "decided_by",
        "document",
    }


def test_the_older_routes_facts_are_stored(
    sqlite_store: OpenedStore, data: EligibilityData
) -> None:
    learner = add_learner(sqlite_store)
    facts = {
        "slutbetyg_issued_year": 2004,
        "slutbetyg_points_passed": 2250,
        "slutbetyg_programme_points": 2500,
        "folkhogskola_subjects": ["svenska", "historia"],
        "degree_hp": 180,
    }
    ProfileService(sqlite_store.database, data, clock).set_qualifications(learner, facts)
    eligibility = EligibilityService(sqlite_store.database, data, clock)
    transcript = eligibility.transcript(learner)
    assert transcript.slutbetyg_issued_year == 2004
    assert transcript.folkhogskola_subjects == ("svenska", "historia")
    result = eligibility.evaluate(learner, "grundlaggande", on=date(2025, 6, 1))
    assert result.eligible and result.route == "slutbetyg-fore-2010"
