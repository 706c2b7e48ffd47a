"""Högskoleprov results: a normerad score 0,00–2,00 and the test date; the best valid counts.

A result is valid to the end of the calendar half-year that falls eight years after the test
(HP_VALIDITY), for tests from the second half of 2020; earlier tests had five years.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from larsam_desktop.domain.errors import FieldError, ValidationError

MAX_SCORE = Decimal("2.00")
EIGHT_YEARS_FROM = date(2020, 7, 1)
FIRST_TEST = date(1977, 1, 1)  # the högskoleprov was first given nationally in 1977


@dataclass(frozen=True, slots=True)
class HpResult:
    score: Decimal  # two decimals
    taken_on: date

    @property
    def valid_until(self) -> date:
        return valid_until(self.taken_on)

    def valid_on(self, day: date) -> bool:
        return self.taken_on <= day <= self.valid_until


@dataclass(frozen=True, slots=True)
class StoredHpResult:
    id: int
    learner_id: int
    result: HpResult


def valid_until(taken_on: date) -> date:
    """The last day a result of a test on ``taken_on`` is valid."""
    years = 8 if taken_on >= EIGHT_YEARS_FROM else 5
    year = taken_on.year + years
    return date(year, 6, 30) if taken_on.month <= 6 else date(year, 12, 31)


def best_valid(results: Iterable[HpResult], on: date) -> HpResult | None:
    """The best result valid on ``on`` (HP_BEST); the latest of equal scores."""
    valid = [r for r in results if r.valid_on(on)]
    return max(valid, key=lambda r: (r.score, r.taken_on), default=None)


def validate_hp(score: str, taken_on: date | None, today: date) -> HpResult:
    """Check a score as typed (``1,15`` or ``1.15``) and its date; raise ``ValidationError``."""
    errors: list[FieldError] = []
    value: Decimal | None = None
    text = score.strip().replace(",", ".")
    try:
        value = Decimal(text)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or not Decimal(0) <= value <= MAX_SCORE:
        errors.append(
            FieldError(
                "score",
                "invalid_score",
                "{score} is not a högskoleprov result: write a number from 0,00 to 2,00.",
                {"score": score.strip()},
            )
        )
    elif value != value.quantize(Decimal("0.01")):
        errors.append(
            FieldError(
                "score", "too_many_decimals", "A högskoleprov result has at most two decimals."
            )
        )
    if taken_on is None:
        errors.append(FieldError("taken_on", "required", "Enter the date of the test."))
    elif taken_on > today or taken_on < FIRST_TEST:
        errors.append(
            FieldError(
                "taken_on",
                "invalid_date",
                "The test date must lie between 1977 and today.",
            )
        )
    if errors or value is None or taken_on is None:
        raise ValidationError(errors)
    return HpResult(value.quantize(Decimal("0.01")), taken_on)
