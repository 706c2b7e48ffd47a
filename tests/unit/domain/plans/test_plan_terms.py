from __future__ import annotations

from datetime import date

import pytest

from larsam_desktop.domain.plans.terms import Term, first_open_term, pace_percent, term_points


@pytest.mark.parametrize(
    ("text", "expected"),
    [("HT2026", Term(2026, True)), ("vt 2027", Term(2027, False)), ("Ht2030", Term(2030, True))],
)
def test_terms_are_read_in_any_case_and_spacing(text: str, expected: Term) -> None:
    assert Term.parse(text) == expected


@pytest.mark.parametrize("text", ["", "HT26", "ST2026", "HT1999", "HT2101", "2026HT"])
def test_anything_else_is_not_a_term(text: str) -> None:
    with pytest.raises(ValueError, match="not a term"):
        Term.parse(text)


def test_terms_follow_each_other_and_sort_by_time() -> None:
    vt = Term(2027, False)
    assert str(vt.next()) == "HT2027"
    assert str(vt.next().next()) == "VT2028"
    assert vt.next().previous() == vt
    assert vt.previous() == Term(2026, True)
    assert sorted([Term(2027, True), Term(2026, True), Term(2027, False)]) == [
        Term(2026, True),
        Term(2027, False),
        Term(2027, True),
    ]


@pytest.mark.parametrize(
    ("day", "term"),
    [
        (date(2026, 1, 10), "VT2026"),
        (date(2026, 6, 30), "VT2026"),
        (date(2026, 7, 1), "HT2026"),
        (date(2026, 12, 31), "HT2026"),
    ],
)
def test_the_term_of_a_date(day: date, term: str) -> None:
    assert str(Term.of(day)) == term


@pytest.mark.parametrize(
    ("day", "term"),
    [
        (date(2026, 2, 28), "VT2026"),
        (date(2026, 3, 1), "HT2026"),
        (date(2026, 9, 30), "HT2026"),
        (date(2026, 11, 28), "VT2027"),
    ],
)
def test_new_courses_start_in_the_current_term_only_early_in_it(day: date, term: str) -> None:
    assert str(first_open_term(day)) == term


def test_full_time_is_400_points_a_term_and_800_a_year() -> None:
    assert term_points(20) == 400
    assert term_points(10) == 200
    assert pace_percent(15) == 75
