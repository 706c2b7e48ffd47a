"""Personnummer and samordningsnummer rules from domain.md, as a table."""

from __future__ import annotations

from datetime import date

import pytest

from larsam_desktop.domain.identity import (
    IdentityKind,
    IdentityNumber,
    IdentityNumberError,
    normalise_search_token,
    parse_identity_number,
)

TODAY = date(2026, 11, 28)

# Numbers from Skatteverket's published test lists (never assigned to real people).
VALID = [
    # written form, stored 12 digits, kind
    ("189001019802", "189001019802", IdentityKind.PERSONNUMMER),
    ("18900101-9802", "189001019802", IdentityKind.PERSONNUMMER),
    ("900101+9802", "189001019802", IdentityKind.PERSONNUMMER),  # "+": aged 100 or more
    ("900101-9802", "199001019802", IdentityKind.PERSONNUMMER),  # "-": the last 100 years
    ("9001019802", "199001019802", IdentityKind.PERSONNUMMER),
    (" 19900101 - 9802 ", "199001019802", IdentityKind.PERSONNUMMER),
    ("191401682396", "191401682396", IdentityKind.SAMORDNINGSNUMMER),  # day 08 + 60
    ("19140370-2390", "191403702390", IdentityKind.SAMORDNINGSNUMMER),  # day 10 + 60
]


@pytest.mark.parametrize(("written", "digits", "kind"), VALID)
def test_valid_numbers_are_normalised_to_12_digits(
    written: str, digits: str, kind: IdentityKind
) -> None:
    number = parse_identity_number(written, today=TODAY)
    assert number.digits == digits
    assert number.kind is kind


def _with_check_digit(nine: str) -> str:
    """Append the Luhn check digit to YYMMDDNNN (computed here independently of stdnum)."""
    total = 0
    for i, ch in enumerate(nine):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return nine + str((10 - total % 10) % 10)


def test_own_luhn_helper_agrees_with_a_published_test_number() -> None:
    assert _with_check_digit("900101980") == "9001019802"


INVALID = [
    ("", "empty"),
    ("19900101-9803", "checksum"),
    ("abc", "format"),
    ("19900101980", "format"),
    ("19900101-98021", "format"),
    ("19770101T321", "interim"),  # university interimspersonnummer
    ("770101-T321", "interim"),
    ("17" + _with_check_digit("900101980")[0:10], "century"),
    ("19" + _with_check_digit("900101000"), "serial"),  # birth number 000
    ("19" + _with_check_digit("900230123"), "date"),  # 30 February
    ("19" + _with_check_digit("901301123"), "date"),  # month 13
    ("19" + _with_check_digit("900100123"), "date"),  # day 00 in a personnummer
    ("20" + _with_check_digit("301224123"), "future"),  # born 2030
    (_with_check_digit("261231123"), "future"),  # short form, later this year
    ("19" + _with_check_digit("901292123"), "date"),  # samordningsnummer day 32 + 60
]


@pytest.mark.parametrize(("written", "code"), INVALID)
def test_invalid_numbers_are_refused_with_a_reason(written: str, code: str) -> None:
    with pytest.raises(IdentityNumberError) as caught:
        parse_identity_number(written, today=TODAY)
    assert caught.value.code == code


def test_samordningsnummer_may_leave_month_or_day_unknown() -> None:
    month_unknown = parse_identity_number("19" + _with_check_digit("900068123"), today=TODAY)
    assert month_unknown.kind is IdentityKind.SAMORDNINGSNUMMER
    assert month_unknown.birth_date is None
    assert month_unknown.birth_year == 1990
    day_unknown = parse_identity_number("19" + _with_check_digit("900560123"), today=TODAY)
    assert day_unknown.birth_date is None


def test_short_form_century_follows_today() -> None:
    number = _with_check_digit("261127123")  # yesterday
    assert parse_identity_number(number, today=TODAY).digits == "20" + number
    assert parse_identity_number(number[:6] + "+" + number[6:], today=TODAY).digits == "19" + number


def test_birth_date_of_a_samordningsnummer_subtracts_60() -> None:
    assert IdentityNumber("191401682396").birth_date == date(1914, 1, 8)


def test_masked_form_hides_the_last_four_digits_even_in_repr() -> None:
    number = IdentityNumber("199001019802")
    assert number.masked() == "19900101-••••"
    assert "9802" not in str(number)
    assert "9802" not in repr(number)
    assert number.formatted() == "19900101-9802"


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("19900101-9802", "199001019802"),
        ("900101-9802", "9001019802"),
        ("900101+9802", "9001019802"),
        ("anna", "anna"),
        ("-", "-"),
        ("ab-12", "ab-12"),
    ],
)
def test_search_tokens_fold_the_written_forms_of_a_number(token: str, expected: str) -> None:
    assert normalise_search_token(token) == expected


def test_every_shipped_demo_number_is_accepted() -> None:
    from larsam_desktop.paths import resources_dir

    for name in ("test-personnummer.txt", "test-samordningsnummer.txt"):
        lines = (resources_dir() / "demo" / name).read_text(encoding="ascii").splitlines()
        numbers = [line for line in lines if line and not line.startswith("#")]
        assert len(numbers) > 500
        for digits in numbers:
            assert parse_identity_number(digits, today=TODAY).digits == digits
