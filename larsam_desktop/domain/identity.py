"""Swedish personnummer and samordningsnummer.

The check digit is computed by python-stdnum's Luhn implementation; the rules around it are
ours (domain.md): 12 digits stored, centuries 18/19/20, birth number 000 refused, no future
dates, ``+`` for people aged 100 or more, samordningsnummer with day + 60 and Skatteverket's
00 for an unknown month or day. University "interimspersonnummer" (a letter in the serial)
are refused with a message of their own: they are external ids, never personnummer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from larsam_desktop.domain.errors import UserError

_NUMBER = re.compile(
    r"^(?P<century>\d{2})?(?P<date>\d{6})(?P<sep>[-+])?(?P<serial>\d{3})(?P<check>\d)$"
)
_INTERIM = re.compile(r"^(\d{2})?\d{6}[-+]?[A-Za-z]\d{2,3}$|^(\d{2})?\d{6}[-+]?\d[A-Za-z]\d{2}$")
_SEPARATORS = re.compile(r"[\s]")
MASK = "••••"


class IdentityKind(StrEnum):
    PERSONNUMMER = "personnummer"
    SAMORDNINGSNUMMER = "samordningsnummer"


class IdentityNumberError(UserError, ValueError):
    """An identity number that cannot be accepted; ``code`` says why."""

    def __init__(self, code: str, template: str) -> None:
        super().__init__(template)
        self.code = code


@dataclass(frozen=True, slots=True)
class IdentityNumber:
    """A validated personnummer or samordningsnummer, always 12 digits."""

    digits: str

    @property
    def kind(self) -> IdentityKind:
        return (
            IdentityKind.SAMORDNINGSNUMMER
            if int(self.digits[6:8]) >= 60
            else IdentityKind.PERSONNUMMER
        )

    @property
    def birth_year(self) -> int:
        return int(self.digits[:4])

    @property
    def birth_date(self) -> date | None:
        """The birth date, or None where a samordningsnummer leaves month or day unknown."""
        month = int(self.digits[4:6])
        day = (
            int(self.digits[6:8]) % 60
            if self.kind is IdentityKind.SAMORDNINGSNUMMER
            else int(self.digits[6:8])
        )
        if month == 0 or day == 0:
            return None
        return date(self.birth_year, month, day)

    def formatted(self) -> str:
        """``YYYYMMDD-NNNN``, the form shown when the coach chooses to see the number."""
        return f"{self.digits[:8]}-{self.digits[8:]}"

    def masked(self) -> str:
        """``YYYYMMDD-••••``, the default on screen."""
        return f"{self.digits[:8]}-{MASK}"

    def __str__(self) -> str:  # never leak the full number through an accidental str()
        return self.masked()

    def __repr__(self) -> str:
        return f"IdentityNumber({self.masked()!r})"


def mask_digits(digits: str) -> str:
    """Mask a stored 12-digit number without re-validating it."""
    return f"{digits[:8]}-{MASK}"


def parse_identity_number(text: str, *, today: date) -> IdentityNumber:
    """Validate any common written form and return the 12-digit number.

    Accepted: ``YYMMDD-NNNN``, ``YYMMDD+NNNN``, ``YYMMDDNNNN``, ``YYYYMMDD-NNNN`` and
    ``YYYYMMDDNNNN``, with surrounding or inner spaces.
    """
    compact = _SEPARATORS.sub("", text)
    if not compact:
        raise IdentityNumberError("empty", "Enter a personnummer or samordningsnummer.")
    if _INTERIM.match(compact):
        raise IdentityNumberError(
            "interim",
            "This looks like a university interim number (a letter in the serial); "
            "it is not a personnummer.",
        )
    match = _NUMBER.match(compact)
    if match is None:
        raise IdentityNumberError("format", "Write the number as YYYYMMDD-NNNN or YYMMDD-NNNN.")
    yymmdd, serial, check = match["date"], match["serial"], match["check"]
    if serial == "000":
        raise IdentityNumberError("serial", "The birth number (digits 9–11) cannot be 000.")
    from stdnum import luhn  # imported on first use: ~25 ms off the window's start-up path

    if not luhn.is_valid(yymmdd + serial + check):
        raise IdentityNumberError(
            "checksum", "The check digit does not match; look for a typing error."
        )
    year = _full_year(int(yymmdd[:2]), match["century"], match["sep"], today)
    if year // 100 not in (18, 19, 20):
        raise IdentityNumberError("century", "The century must be 18, 19 or 20.")
    number = IdentityNumber(f"{year:04d}{yymmdd[2:]}{serial}{check}")
    _check_date(number, today)
    return number


def _full_year(two_digit_year: int, century: str | None, separator: str | None, today: date) -> int:
    if century is not None:
        return int(century) * 100 + two_digit_year
    # Short form: the most recent year that fits; "+" means the person has turned 100.
    base = today.year - 100 if separator == "+" else today.year
    return base - ((base - two_digit_year) % 100)


def _check_date(number: IdentityNumber, today: date) -> None:
    month, day = int(number.digits[4:6]), int(number.digits[6:8])
    if number.kind is IdentityKind.SAMORDNINGSNUMMER:
        day -= 60
        if not 0 <= month <= 12 or not 0 <= day <= 31:
            raise IdentityNumberError("date", "The number does not contain a valid date.")
    elif month == 0 or day == 0:
        raise IdentityNumberError("date", "The number does not contain a valid date.")
    try:
        born = date(number.birth_year, max(month, 1), max(day, 1))
    except ValueError:
        raise IdentityNumberError("date", "The number does not contain a valid date.") from None
    if born > today:
        raise IdentityNumberError("future", "The birth date in the number lies in the future.")


def normalise_search_token(token: str) -> str:
    """Fold the written forms of a (partial) number to the digits stored in the search column.

    ``900101-1234``, ``19900101-1234`` and ``900101+1234`` all become digit runs that are
    substrings of the stored ``199001011234``; anything else is returned unchanged.
    """
    if re.fullmatch(r"[\d\-+]+", token) and any(ch.isdigit() for ch in token):
        return token.replace("-", "").replace("+", "")
    return token
