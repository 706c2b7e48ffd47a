from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.plans.plan import (
    Activities,
    CourseDraft,
    GoalKind,
    PlanDraft,
    PlanRevision,
    content_from_data,
    content_to_data,
    draft_of,
    validate_plan,
)
from larsam_desktop.domain.plans.terms import Term

TODAY = date(2026, 11, 28)
TARGETS = ("grundlaggande", "sjukskoterska")
EXAMENS = ("hogskoleforberedande", "yrkesexamen")


def validate(draft: PlanDraft, catalogue: Catalogue):  # type: ignore[no-untyped-def]
    return validate_plan(draft, catalogue, targets=TARGETS, examens=EXAMENS, today=TODAY)


GOOD = PlanDraft(
    target_id="sjukskoterska",
    target_term="ht2027",
    pace=20,
    courses=(CourseDraft("matmat02a", "VT2027"), CourseDraft("NAKNAK02", "VT 2027", 150)),
    activities=Activities(True, False, date(2027, 4, 10), "  Ali   Hassan "),
    guidance_offered_on=date(2026, 11, 20),
    coach=" Karin  Lindqvist ",
)


def test_a_good_plan_is_normalised(catalogue: Catalogue) -> None:
    content = validate(GOOD, catalogue)
    assert content.target_term == Term(2027, True)
    assert [(c.code, str(c.term), c.points) for c in content.courses] == [
        ("MATMAT02a", "VT2027", 100),
        ("NAKNAK02", "VT2027", 150),
    ]
    assert content.scope_points == 250  # the courses' points when no scope is given
    assert content.coach == "Karin Lindqvist"
    assert content.activities.mentor == "Ali Hassan"


def test_every_problem_is_reported_naming_its_field(catalogue: Catalogue) -> None:
    draft = replace(
        GOOD,
        target_id="nonsense",
        target_term="HT27",
        pace=12,
        scope_points=-5,
        coach=" ",
        courses=(
            CourseDraft("XYZ", "VT2027"),
            CourseDraft("MATMAT02a", ""),
            CourseDraft("MATMAT02a", "VT2027"),
            CourseDraft("MATMAT02a", "VT2027"),
            CourseDraft("ENGENG06", "VT2027", 0),
        ),
        agreed_on=date(2026, 12, 1),
    )
    with pytest.raises(ValidationError) as caught:
        validate(draft, catalogue)
    fields = {e.field for e in caught.value.errors}
    assert fields == {
        "target_id",
        "target_term",
        "pace",
        "scope_points",
        "coach",
        "courses[0].code",
        "courses[1].term",
        "courses[2].code",  # a second MATMAT02a
        "courses[3].code",
        "courses[4].points",
        "agreed_on",
    }


def test_an_examen_goal_needs_an_examen_and_a_known_national_programme(
    catalogue: Catalogue,
) -> None:
    draft = replace(GOOD, goal_kind="examen", examen="", main_programme="XX")
    with pytest.raises(ValidationError) as caught:
        validate(draft, catalogue)
    assert {e.field for e in caught.value.errors} == {"examen", "main_programme"}
    content = validate(
        replace(draft, examen="hogskoleforberedande", main_programme="sa"), catalogue
    )
    assert content.goal_kind is GoalKind.EXAMEN
    assert content.main_programme == "SA"
    assert content.target_id is None  # a programme goal's fields are dropped


def test_the_stored_form_and_the_draft_give_the_same_content_back(catalogue: Catalogue) -> None:
    content = validate(replace(GOOD, agreed_on=TODAY), catalogue)
    assert content_from_data(content_to_data(content)) == content
    assert validate(draft_of(content), catalogue) == content


def test_a_revision_is_locked_once_printed_or_agreed(catalogue: Catalogue) -> None:
    from datetime import UTC, datetime

    content = validate(GOOD, catalogue)
    now = datetime(2026, 11, 28, tzinfo=UTC)
    revision = PlanRevision(1, content, "karin", "first version", now)
    assert not revision.locked
    assert replace(revision, printed_at=now).locked
    assert replace(revision, content=replace(content, agreed_on=TODAY)).locked
