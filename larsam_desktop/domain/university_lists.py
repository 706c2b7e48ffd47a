"""The lists a university sends back (issue 17): progress (registered, credits earned,
completed, discontinued) and applicants who were not eligible — read row by row.

A header row among the first lines names the columns in any order, in Swedish or in
English. Progress: ``Personnummer``, ``Status`` (registrerad, poäng, fullföljt, avbrott /
registered, credits, completed, discontinued; may be left out when the whole list is of
one kind), and optionally ``Datum`` (ISO date; empty: the list's date), ``Högskolepoäng``
(needed for credits), ``Anmälningskod`` and ``Termin`` (the offering the line is about).
Applicants: ``Personnummer``, ``Program`` (the rule book's id, alias or name), ``Termin``
and optionally ``Förnamn``, ``Efternamn``, ``Namn``, ``E-post``, ``Telefon`` (to register
someone not yet in the caseload). Every problem names its line and field (``BadRow``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Generic, TypeVar

from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.identity import IdentityNumberError, parse_identity_number
from larsam_desktop.domain.import_problems import BadRow
from larsam_desktop.domain.importing import normalise_term, split_full_name
from larsam_desktop.domain.offering_file import fold_header

HEADER_SEARCH_LINES = 30
MAX_CREDITS_TENTHS = 4000  # 400 hp: more than any programme
T = TypeVar("T")
Records = Sequence[tuple[int, Sequence[str]]]


class ProgressEvent(StrEnum):
    REGISTERED = "registered"
    CREDITS = "credits"
    COMPLETED = "completed"
    DISCONTINUED = "discontinued"


EVENT_WORDS: dict[str, ProgressEvent] = {
    **dict.fromkeys(
        ("registrerad", "registrerat", "registrering", "registered", "reg", "studerar"),
        ProgressEvent.REGISTERED,
    ),
    **dict.fromkeys(
        ("poang", "hp", "hogskolepoang", "credits", "avklaradepoang", "creditsearned"),
        ProgressEvent.CREDITS,
    ),
    **dict.fromkeys(
        ("fullfoljt", "fullfoljd", "examen", "examinerad", "klar", "completed", "graduated"),
        ProgressEvent.COMPLETED,
    ),
    **dict.fromkeys(
        ("avbrott", "avbrutit", "avbruten", "avhopp", "discontinued", "withdrawn", "dropped"),
        ProgressEvent.DISCONTINUED,
    ),
}


class ListColumn(StrEnum):
    PERSONNUMMER = "personnummer"
    STATUS = "status"
    DATE = "on_date"
    CREDITS = "credits"
    CODE = "application_code"
    TERM = "term"
    PROGRAMME = "programme"
    GIVEN_NAME = "given_name"
    FAMILY_NAME = "family_name"
    FULL_NAME = "name"
    EMAIL = "email"
    PHONE = "phone"


# The headers the program's templates and docs name (Swedish, English), then other spellings.
HEADERS: dict[ListColumn, tuple[str, ...]] = {
    ListColumn.PERSONNUMMER: ("Personnummer", "Personal identity number", "pnr", "personnr",
                              "samordningsnummer", "civicnumber", "idnumber"),
    ListColumn.STATUS: ("Status", "Händelse", "Event", "registreringsstatus"),
    ListColumn.DATE: ("Datum", "Date", "registreringsdatum", "beslutsdatum", "avbrottsdatum"),
    ListColumn.CREDITS: ("Högskolepoäng", "Credits", "hp", "poäng", "avklarade hp",
                         "credits earned", "points"),
    ListColumn.CODE: ("Anmälningskod", "Application code", "kod", "code", "tillfälleskod"),
    ListColumn.TERM: ("Termin", "Term", "starttermin", "start term", "antagningsomgång"),
    ListColumn.PROGRAMME: ("Program", "Programme", "utbildning", "sökt program",
                           "program applied for"),
    ListColumn.GIVEN_NAME: ("Förnamn", "Given name", "first name", "tilltalsnamn"),
    ListColumn.FAMILY_NAME: ("Efternamn", "Family name", "last name", "surname"),
    ListColumn.FULL_NAME: ("Namn", "Name", "fullständigt namn", "full name"),
    ListColumn.EMAIL: ("E-post", "Email", "e-postadress", "mail"),
    ListColumn.PHONE: ("Telefon", "Phone", "mobil", "telefonnummer", "mobile"),
}  # fmt: skip
_ALIASES = {column: {fold_header(h) for h in names} for column, names in HEADERS.items()}
PROGRESS_REQUIRED = (ListColumn.PERSONNUMMER,)
APPLICANT_REQUIRED = (ListColumn.PERSONNUMMER, ListColumn.PROGRAMME, ListColumn.TERM)
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_CREDITS = re.compile(r"^(\d{1,3})(?:[.,](\d))?\d*$")


def header_mapping(cells: Sequence[str]) -> dict[ListColumn, int]:
    folded = [fold_header(c) for c in cells]
    found: dict[ListColumn, int] = {}
    for column in ListColumn:
        for index, name in enumerate(folded):
            if name in _ALIASES[column] and index not in found.values():
                found[column] = index
                break
    return found


@dataclass(frozen=True, slots=True)
class ProgressLine:
    line: int
    digits: str  # the 12-digit personnummer or samordningsnummer
    event: ProgressEvent
    on: date | None  # None: the list's date
    credits_tenths: int | None
    code: str  # the offering's application code, "" when the list names none
    term: str  # HT2026, "" when not given


@dataclass(frozen=True, slots=True)
class ApplicantLine:
    line: int
    digits: str
    personnummer: str  # as written (the learner's validation reads it again)
    target_id: str
    term: str
    given_name: str
    family_name: str
    email: str
    phone: str


@dataclass(frozen=True, slots=True)
class ParsedList(Generic[T]):
    rows: tuple[T, ...]  # the good rows
    bad: tuple[BadRow, ...]
    total: int  # rows read (blank ones not counted)


def find_header(
    records: Records, required: Sequence[ListColumn]
) -> tuple[int, dict[ListColumn, int]]:
    """The first row naming every required column; ``ValidationError`` naming the first
    missing column otherwise."""
    best: tuple[int, dict[ListColumn, int]] | None = None
    for index, (_line, cells) in enumerate(records[:HEADER_SEARCH_LINES]):
        mapping = header_mapping([str(c) for c in cells])
        if all(column in mapping for column in required):
            return index, mapping
        if mapping and (best is None or len(mapping) > len(best[1])):
            best = (index, mapping)
    missing = next(c for c in required if best is None or c not in best[1])
    raise ValidationError(
        [
            FieldError(
                "mapping",
                "missing_column",
                "The file has no column for {column}.",
                {"column": str(missing)},
            )
        ]
    )


def parse_progress(
    records: Records, *, today: date, event: ProgressEvent | None = None
) -> ParsedList[ProgressLine]:
    """Every line of a progress list; ``event`` is the list's kind when it has no
    ``Status`` column (a list of the registered only)."""
    header_at, mapping = find_header(records, PROGRESS_REQUIRED)
    if event is None and ListColumn.STATUS not in mapping:
        raise ValidationError(
            [
                FieldError(
                    "mapping",
                    "missing_column",
                    "The file has no column for {column}.",
                    {"column": "status"},
                )
            ]
        )
    good: list[ProgressLine] = []
    bad: list[BadRow] = []
    seen: dict[tuple[str, str, str, str], int] = {}
    total = 0
    for line, cells in records[header_at + 1 :]:
        values = _values(cells, mapping)
        if not any(values.values()):
            continue
        total += 1
        reasons: list[FieldError] = []
        digits = _identity(values.get(ListColumn.PERSONNUMMER, ""), today, reasons)
        kind = _event(values.get(ListColumn.STATUS, ""), event, reasons)
        on = _date(values.get(ListColumn.DATE, ""), reasons)
        credits = _credits(values.get(ListColumn.CREDITS, ""), kind, reasons)
        term = _term(values.get(ListColumn.TERM, ""), required=False, reasons=reasons)
        code = values.get(ListColumn.CODE, "")[:20]
        if reasons or digits is None or kind is None:
            bad.append(BadRow(line, tuple(reasons)))
            continue
        key = (digits, kind.value, code.casefold(), term)
        if key in seen:
            bad.append(_repeats(line, seen[key]))
            continue
        seen[key] = line
        good.append(ProgressLine(line, digits, kind, on, credits, code, term))
    return ParsedList(tuple(good), tuple(bad), total)


def parse_applicants(
    records: Records, *, today: date, resolve: Callable[[str], str | None]
) -> ParsedList[ApplicantLine]:
    """Every line of a list of non-eligible applicants; ``resolve`` turns a programme's
    id, alias or name into the rule book's target id (None: unknown)."""
    header_at, mapping = find_header(records, APPLICANT_REQUIRED)
    good: list[ApplicantLine] = []
    bad: list[BadRow] = []
    seen: dict[tuple[str, str, str], int] = {}
    total = 0
    for line, cells in records[header_at + 1 :]:
        values = _values(cells, mapping)
        if not any(values.values()):
            continue
        total += 1
        reasons: list[FieldError] = []
        written = values.get(ListColumn.PERSONNUMMER, "")
        digits = _identity(written, today, reasons)
        programme = values.get(ListColumn.PROGRAMME, "")
        target = resolve(programme) if programme else None
        if not programme:
            reasons.append(FieldError("programme", "required", "Required."))
        elif target is None:
            reasons.append(
                FieldError(
                    "programme",
                    "unknown_programme",
                    "“{name}” is not a programme of the rule book.",
                    {"name": programme[:60]},
                )
            )
        term = _term(values.get(ListColumn.TERM, ""), required=True, reasons=reasons)
        given = values.get(ListColumn.GIVEN_NAME, "")
        family = values.get(ListColumn.FAMILY_NAME, "")
        if (not given or not family) and values.get(ListColumn.FULL_NAME):
            split_given, split_family = split_full_name(values[ListColumn.FULL_NAME])
            given, family = given or split_given, family or split_family
        if reasons or digits is None or target is None:
            bad.append(BadRow(line, tuple(reasons)))
            continue
        key = (digits, target, term)
        if key in seen:
            bad.append(_repeats(line, seen[key]))
            continue
        seen[key] = line
        good.append(
            ApplicantLine(
                line,
                digits,
                written,
                target,
                term,
                given,
                family,
                values.get(ListColumn.EMAIL, ""),
                values.get(ListColumn.PHONE, ""),
            )
        )
    return ParsedList(tuple(good), tuple(bad), total)


def _values(cells: Sequence[str], mapping: Mapping[ListColumn, int]) -> dict[ListColumn, str]:
    return {
        column: str(cells[index]).strip() if index < len(cells) else ""
        for column, index in mapping.items()
    }


def _repeats(line: int, first: int) -> BadRow:
    reason = FieldError("row", "duplicate", "Repeats line {first} of the file.", {"first": first})
    return BadRow(line, (reason,), duplicate_of=first)


def _identity(text: str, today: date, reasons: list[FieldError]) -> str | None:
    if not text:
        reasons.append(
            FieldError(
                "personnummer", "required", "Missing; the list is matched on the personnummer."
            )
        )
        return None
    try:
        return parse_identity_number(text, today=today).digits
    except IdentityNumberError as exc:
        reasons.append(FieldError("personnummer", exc.code, exc.template))
        return None


def _event(
    text: str, default: ProgressEvent | None, reasons: list[FieldError]
) -> ProgressEvent | None:
    if not text:
        if default is None:
            reasons.append(FieldError("status", "required", "Required."))
        return default
    found = EVENT_WORDS.get(fold_header(text))
    if found is None:
        reasons.append(
            FieldError(
                "status",
                "unknown_status",
                "Unknown status “{status}”; write registrerad, poäng, fullföljt or avbrott.",
                {"status": text[:40]},
            )
        )
    return found


def _date(text: str, reasons: list[FieldError]) -> date | None:
    if not text:
        return None
    match = _DATE.match(text[:10])
    try:
        if match is None:
            raise ValueError(text)
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        reasons.append(FieldError("on_date", "not_a_date", "Not a date; write it as YYYY-MM-DD."))
        return None


def _credits(text: str, kind: ProgressEvent | None, reasons: list[FieldError]) -> int | None:
    if not text:
        if kind is ProgressEvent.CREDITS:
            reasons.append(
                FieldError("credits", "required", "Required for a line of credits earned.")
            )
        return None
    match = _CREDITS.match(text.replace(" ", ""))
    tenths = int(match[1]) * 10 + int(match[2] or 0) if match else -1
    if not 0 < tenths <= MAX_CREDITS_TENTHS:
        reasons.append(
            FieldError(
                "credits",
                "not_credits",
                "Write the credits as a number of högskolepoäng, such as 7,5.",
            )
        )
        return None
    return tenths


def _term(text: str, *, required: bool, reasons: list[FieldError]) -> str:
    if not text:
        if required:
            reasons.append(FieldError("term", "format", "Write the term as HT2026 or VT2027."))
        return ""
    term = normalise_term(text)
    if term is None:
        reasons.append(FieldError("term", "format", "Write the term as HT2026 or VT2027."))
        return ""
    return term
