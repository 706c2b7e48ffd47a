"""Högskoleprov results: validity (HP_VALIDITY), the best valid result (HP_BEST), input."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.merit import sources
from larsam_desktop.domain.merit.hogskoleprov import HpResult, best_valid, valid_until, validate_hp


@pytest.mark.parametrize(
    ("taken_on", "until", "source"),
    [
        (date(2024, 4, 13), date(2032, 6, 30), sources.HP_VALIDITY),  # spring: 30 June
        (date(2024, 10, 20), date(2032, 12, 31), sources.HP_VALIDITY),  # autumn: 31 Dec
        (date(2020, 10, 25), date(2028, 12, 31), sources.HP_VALIDITY),  # first with 8 years
        (date(2019, 10, 19), date(2024, 12, 31), sources.HP_VALIDITY),  # five years before
    ],
)
def test_a_result_is_valid_to_the_end_of_the_half_year_eight_years_on(
    taken_on: date, until: date, source: str
) -> None:
    assert valid_until(taken_on) == until, source


def test_the_best_valid_result_counts() -> None:
    old_best = HpResult(Decimal("1.60"), date(2015, 4, 11))  # valid to 2020-06-30
    results = [
        HpResult(Decimal("1.05"), date(2023, 4, 1)),
        HpResult(Decimal("1.15"), date(2024, 10, 20)),
        old_best,
    ]
    assert best_valid(results, date(2026, 12, 3)) == results[1]  # HP_BEST
    assert best_valid(results, date(2019, 1, 1)) == old_best
    assert best_valid(results, date(2014, 1, 1)) is None  # none taken yet


@pytest.mark.parametrize("text", ["1,15", "1.15", " 2 ", "0,00"])
def test_scores_as_typed(text: str) -> None:
    result = validate_hp(text, date(2024, 4, 13), date(2026, 12, 3))
    assert result.score == Decimal(text.strip().replace(",", ".")).quantize(Decimal("0.01"))


@pytest.mark.parametrize(
    ("text", "taken_on", "code"),
    [
        ("2,05", date(2024, 4, 13), "invalid_score"),
        ("-0,1", date(2024, 4, 13), "invalid_score"),
        ("abc", date(2024, 4, 13), "invalid_score"),
        ("NaN", date(2024, 4, 13), "invalid_score"),
        ("1,155", date(2024, 4, 13), "too_many_decimals"),
        ("1,15", None, "required"),
        ("1,15", date(2027, 1, 1), "invalid_date"),
        ("1,15", date(1960, 1, 1), "invalid_date"),
    ],
)
def test_refused_input_names_its_field(text: str, taken_on: date | None, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_hp(text, taken_on, date(2026, 12, 3))
    assert code in {e.code for e in caught.value.errors}
