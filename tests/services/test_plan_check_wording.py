"""The study plan check in words, without a widget."""

from __future__ import annotations

import dataclasses

import pytest
from plan_setup import DRAFT, TODAY, add_learner, clock

from larsam_desktop.domain.plans.checks import PaceWarning, PlanCheck
from larsam_desktop.domain.plans.terms import Term
from larsam_desktop.services import plan_check_wording as wording
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.plans import PlanService
from larsam_desktop.services.store import OpenedStore

BLANK = PlanCheck(
    goal="Sjuksköterska", deadline=Term.parse("HT2027"), result=None, missing_now=(),
    not_covered=(), missing_codes=(), points_short=0, late_courses=(), pace_warnings=(),
    scope_differs=False, below_half_time=False,
)  # fmt: skip


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


def english(check: PlanCheck, **kwargs: object) -> list[str]:
    return [line.english() for line in wording.word_check(check, **kwargs).lines]  # type: ignore[arg-type]


def test_a_covered_plan_says_so_in_green() -> None:
    said = wording.word_check(BLANK)
    assert [line.english() for line in said.lines] == [
        "✓ The plan covers every requirement of Sjuksköterska."
    ]
    assert said.ok and not said.lines[0].warning


def test_no_goal_and_a_problem_come_first() -> None:
    assert english(dataclasses.replace(BLANK, goal=None)) == [wording.NO_GOAL]
    assert english(dataclasses.replace(BLANK, problem="not in force")) == [
        "The goal cannot be assessed: not in force"
    ]


def test_what_the_plan_leaves_open_is_named(store: OpenedStore, data: EligibilityData) -> None:
    learner_id = add_learner(store.database)
    plans = PlanService(store.database, data, clock)
    content = plans.validate(dataclasses.replace(DRAFT, courses=()))
    check = plans.check(learner_id, content, on=TODAY)
    lines = english(check)
    assert lines[0].startswith("⚠ Not covered before HT2027: ")
    assert not wording.word_check(check).ok
    no_deadline = dataclasses.replace(check, deadline=None)
    assert english(no_deadline)[0].startswith("⚠ Not covered by the plan: ")


def test_every_warning_has_its_line_in_order() -> None:
    check = dataclasses.replace(
        BLANK,
        points_short=150,
        late_courses=(),
        pace_warnings=(
            PaceWarning(Term.parse("VT2027"), 500, 400, 25),
            PaceWarning(Term.parse("HT2027"), 900, 400, None),
        ),
        scope_differs=True,
        below_half_time=True,
    )
    assert english(check, other_target=("Socionom", "Sjuksköterska")) == [
        "✓ The plan covers every requirement of Sjuksköterska.",
        "⚠ The plan aims at Socionom, the learner's target is Sjuksköterska.",
        "⚠ 150 points short of the examen.",
        "⚠ VT2027: 500 points planned, the pace fits 400 (a pace of 25 points a week fits).",
        "⚠ HT2027: 900 points planned, the pace fits 400 (more than full time).",
        "⚠ The scope is not the sum of the planned courses.",
        "⚠ Below 10 points a week: no student finance from CSN.",
    ]
    assert not wording.word_check(BLANK, other_target=("A", "B")).ok


def test_late_courses_are_listed(store: OpenedStore, data: EligibilityData) -> None:
    learner_id = add_learner(store.database)
    plans = PlanService(store.database, data, clock)
    late = dataclasses.replace(
        DRAFT, courses=(DRAFT.courses[0], dataclasses.replace(DRAFT.courses[1], term="HT2027"))
    )
    check = plans.check(learner_id, plans.validate(late), on=TODAY)
    assert "⚠ Planned in or after the start term: ENGENG06" in english(check)


def test_every_line_uses_a_listed_template() -> None:
    assert len(set(wording.TEMPLATES)) == len(wording.TEMPLATES) == 12
