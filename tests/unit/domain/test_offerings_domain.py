"""The offering's dates and the term arithmetic of the student group (pure domain)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.offering_file import Lookups, parse_offerings
from larsam_desktop.domain.offering_terms import (
    fits,
    round_dates,
    term_end,
    terms_left,
    terms_needed,
)
from larsam_desktop.domain.offerings import (
    FunnelStep,
    Gap,
    GroupCategory,
    OfferingDraft,
    TargetGroup,
    categorise,
    cycle_terms,
    funnel_counts,
    furthest_step,
    target_groups,
    validate_offering,
)
from larsam_desktop.domain.plans.terms import FULL_TIME, HALF_TIME, Term, first_open_term

terms = st.builds(Term, st.integers(2001, 2090), st.booleans())
days = st.dates(date(2001, 1, 1), date(2090, 12, 31))


def test_the_rounds_usual_dates() -> None:
    autumn = round_dates(Term(2027, True))
    assert (autumn.opens, autumn.closes, autumn.complete_by) == (
        date(2027, 3, 15), date(2027, 4, 15), date(2027, 6, 20)
    )  # fmt: skip
    spring = round_dates(Term(2028, False))
    assert (spring.opens, spring.closes, spring.complete_by) == (
        date(2027, 9, 15), date(2027, 10, 15), date(2027, 12, 1)
    )  # fmt: skip


@pytest.mark.parametrize(
    ("today", "deadline", "expected"),
    [
        (date(2026, 12, 4), date(2027, 6, 20), ["VT2027"]),  # the spring is graded in June
        (date(2026, 12, 4), date(2027, 12, 1), ["VT2027"]),  # HT2027 is graded after 1 Dec
        (date(2026, 12, 4), date(2028, 6, 20), ["VT2027", "HT2027", "VT2028"]),
        (date(2027, 2, 10), date(2027, 6, 20), ["VT2027"]),  # VT still open in February
        (date(2027, 3, 10), date(2027, 6, 20), []),  # too late to start this spring
        (date(2027, 5, 1), date(2027, 4, 1), []),
    ],
)
def test_terms_left_before_the_deadline(today: date, deadline: date, expected: list[str]) -> None:
    assert [str(t) for t in terms_left(today, deadline)] == expected


@given(days, days)
def test_every_term_left_is_open_and_graded_in_time(today: date, deadline: date) -> None:
    left = terms_left(today, deadline)
    for term in left:
        assert term >= first_open_term(today)
        assert term_end(term) <= deadline
    following = left[-1].next() if left else first_open_term(today)
    assert term_end(following) > deadline  # none is left out at the end
    assert list(left) == sorted(set(left))


@given(st.integers(0, 5000), st.sampled_from([5, 10, 15, 20]), st.integers(0, 12))
def test_terms_needed_is_the_fewest_that_hold_the_points(points: int, pace: int, n: int) -> None:
    needed = terms_needed(points, pace)
    assert needed * pace * 20 >= points
    assert needed == 0 or (needed - 1) * pace * 20 < points
    assert fits(points, pace, n) == (needed <= n)


@given(st.integers(0, 5000), st.integers(0, 12))
def test_half_pace_fitting_implies_full_pace_fitting(points: int, n: int) -> None:
    category = categorise(Gap(False, points, ()), n)
    if fits(points, HALF_TIME, n):
        assert category is GroupCategory.REACHABLE_HALF_PACE
    elif fits(points, FULL_TIME, n):
        assert category is GroupCategory.REACHABLE_FULL_PACE
    else:
        assert category is GroupCategory.NOT_IN_TIME


def test_categories_at_the_boundaries() -> None:
    assert categorise(Gap(True, 0, ()), 0) is GroupCategory.ELIGIBLE
    assert categorise(Gap(False, 200, ()), 1) is GroupCategory.REACHABLE_HALF_PACE
    assert categorise(Gap(False, 201, ()), 1) is GroupCategory.REACHABLE_FULL_PACE
    assert categorise(Gap(False, 400, ()), 1) is GroupCategory.REACHABLE_FULL_PACE
    assert categorise(Gap(False, 401, ()), 1) is GroupCategory.NOT_IN_TIME
    assert categorise(Gap(False, 100, ()), 0) is GroupCategory.NOT_IN_TIME
    assert categorise(Gap(False, 0, (), studyable=False), 9) is GroupCategory.NOT_IN_TIME


@given(terms, st.integers(1, 5))
def test_the_cycle_has_two_terms_a_year_in_order(first: Term, years: int) -> None:
    cycle = cycle_terms(first, years)
    assert len(cycle) == 2 * years and cycle[0] == first
    assert all(a.next() == b for a, b in itertools.pairwise(cycle))


def test_target_groups_from_the_learners_facts() -> None:
    assert target_groups("upper_secondary_2", True, None) == {
        TargetGroup.UPPER_SECONDARY_2_YEARS, TargetGroup.FOREIGN_BORN
    }  # fmt: skip
    assert target_groups("grundskola", False, True) == {
        TargetGroup.NO_UPPER_SECONDARY, TargetGroup.FIRST_GENERATION
    }  # fmt: skip
    assert target_groups("upper_secondary_3", None, None) == frozenset()


def test_the_funnel_counts_a_later_step_for_every_earlier_one() -> None:
    furthest = [
        furthest_step(False, ()),
        furthest_step(True, ()),
        furthest_step(False, ("applied", "admitted", "studying")),
        furthest_step(True, ("komvux", "applied")),
    ]
    assert furthest == [FunnelStep.INVITED, FunnelStep.ATTENDED, FunnelStep.STARTED,
                        FunnelStep.APPLIED]  # fmt: skip
    counts = funnel_counts(furthest)
    assert [counts[s] for s in FunnelStep] == [4, 3, 2, 1, 1, 0]


def test_an_offering_before_its_start_and_with_its_own_dates() -> None:
    draft = OfferingDraft("Mittuniversitetet", "A14", "ht 2027", complete_by=date(2027, 6, 17))
    offering = validate_offering(
        draft, targets={"sjukskoterska"}, centres={}, resolve=lambda t: "sjukskoterska"
    )
    assert (str(offering.start_term), offering.target_id) == ("HT2027", "sjukskoterska")
    assert offering.complete_by == date(2027, 6, 17)
    with pytest.raises(ValidationError) as closes_first:
        validate_offering(
            OfferingDraft("Miun", "x", "VT2028", application_opens=date(2027, 10, 1),
                          application_closes=date(2027, 9, 1)),
            targets={"x"}, centres={},
        )  # fmt: skip
    assert {e.field for e in closes_first.value.errors} == {"application_closes"}


def test_the_file_names_each_bad_line() -> None:
    lookups = Lookups(frozenset({"sjukskoterska"}), lambda t: None, {3: "Lärcentrum Kramfors"})
    records = [
        (1, ("Utbud från regionen",)),
        (2, ("Lärosäte", "Program", "Starttermin", "Studieform", "Lärcentrum", "Platser")),
        (3, ("Miun", "sjukskoterska", "HT2027", "decentraliserad", "lärcentrum kramfors", "12")),
        (4, ("Miun", "sjukskoterska", "HT2027", "campus", "", "tolv")),
        (5, ("", "", "", "", "", "")),
        (6, ("Miun", "sjukskoterska", "HT2028", "campus", "", "", "extra")),
    ]
    with pytest.raises(ValidationError) as refused:
        parse_offerings(records, lookups)
    assert [(e.field.split(":")[0], e.code) for e in refused.value.errors] == [
        ("line 4", "invalid_places"), ("line 6", "too_many_fields"),
    ]  # fmt: skip
    good = parse_offerings(records[:3], lookups)
    assert good[0].offering.learning_centre_id == 3 and good[0].line == 3
    assert timedelta(0) < date(2027, 8, 1) - good[0].offering.complete_by
