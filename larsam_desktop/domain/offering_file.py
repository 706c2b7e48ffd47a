"""The offerings file a university or the region sends (CSV/XLSX), read and written.

A header row, found among the first lines, names the columns in any order, in Swedish (as the
program writes them) or in English: ``Lärosäte`` (University), ``Program`` (Programme: the
rule book's id, one of its aliases, or its Swedish or English name), ``Starttermin`` (Start
term: HT2027, VT2028), and optionally ``Studieform`` (campus, distans, decentraliserad /
campus, distance, decentralised), ``Lärcentrum`` (the lärcentrum's name; needed for a
decentralised programme), ``Studietakt`` (Pace, in percent), ``Platser`` (Places),
``Anmälan öppnar``, ``Sista anmälningsdag``, ``Sista kompletteringsdag`` (ISO dates; empty:
the round's usual date, ``offering_terms``), ``Anmälningskod`` (Code) and ``Programnamn``
(the lärosäte's own name for it). Every bad line is reported with its number and field;
one bad line and nothing is stored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.offerings import Offering, OfferingDraft, StudyForm, validate_offering
from larsam_desktop.domain.text import fold

HEADER_SEARCH_LINES = 30


class OfferingColumn(StrEnum):
    UNIVERSITY = "university"
    PROGRAMME = "programme"
    START_TERM = "start_term"
    STUDY_FORM = "study_form"
    LEARNING_CENTRE = "learning_centre"
    PACE = "pace"
    PLACES = "places"
    OPENS = "application_opens"
    CLOSES = "application_closes"
    COMPLETE_BY = "complete_by"
    CODE = "code"
    NAME = "name"


REQUIRED = (OfferingColumn.UNIVERSITY, OfferingColumn.PROGRAMME, OfferingColumn.START_TERM)
# The headers the program writes (Swedish, English), then other spellings accepted.
HEADERS: dict[OfferingColumn, tuple[str, str]] = {
    OfferingColumn.UNIVERSITY: ("Lärosäte", "University"),
    OfferingColumn.PROGRAMME: ("Program", "Programme"),
    OfferingColumn.START_TERM: ("Starttermin", "Start term"),
    OfferingColumn.STUDY_FORM: ("Studieform", "Study form"),
    OfferingColumn.LEARNING_CENTRE: ("Lärcentrum", "Learning centre"),
    OfferingColumn.PACE: ("Studietakt", "Pace"),
    OfferingColumn.PLACES: ("Platser", "Places"),
    OfferingColumn.OPENS: ("Anmälan öppnar", "Application opens"),
    OfferingColumn.CLOSES: ("Sista anmälningsdag", "Application closes"),
    OfferingColumn.COMPLETE_BY: ("Sista kompletteringsdag", "Complete by"),
    OfferingColumn.CODE: ("Anmälningskod", "Code"),
    OfferingColumn.NAME: ("Programnamn", "Programme name"),
}
_MORE: dict[OfferingColumn, tuple[str, ...]] = {
    OfferingColumn.UNIVERSITY: ("hogskola", "universitet", "larosaten"),
    OfferingColumn.PROGRAMME: ("utbildning", "mal", "target", "program"),
    OfferingColumn.START_TERM: ("termin", "term", "start"),
    OfferingColumn.STUDY_FORM: ("form", "undervisningsform"),
    OfferingColumn.LEARNING_CENTRE: ("ort", "studieort", "centre", "learningcenter"),
    OfferingColumn.PACE: ("takt", "studietaktprocent"),
    OfferingColumn.PLACES: ("antalplatser", "seats"),
    OfferingColumn.OPENS: ("anmalanoppnar", "applicationopen"),
    OfferingColumn.CLOSES: ("sistaanmalningsdag", "applicationdeadline"),
    OfferingColumn.COMPLETE_BY: ("kompletteringsdag", "lastdaytocomplete", "completionday"),
    OfferingColumn.CODE: ("kod", "applicationcode"),
    OfferingColumn.NAME: ("utbildningensnamn", "name"),
}
FORM_WORDS: dict[str, StudyForm] = {
    "campus": StudyForm.CAMPUS,
    "distans": StudyForm.DISTANCE,
    "distance": StudyForm.DISTANCE,
    "decentraliserad": StudyForm.DECENTRALISED,
    "decentraliserat": StudyForm.DECENTRALISED,
    "decentralised": StudyForm.DECENTRALISED,
    "decentralized": StudyForm.DECENTRALISED,
    "larcentrum": StudyForm.DECENTRALISED,
}
FORM_NAMES = {  # how the program writes a study form, Swedish and English
    StudyForm.CAMPUS: ("campus", "campus"),
    StudyForm.DISTANCE: ("distans", "distance"),
    StudyForm.DECENTRALISED: ("decentraliserad", "decentralised"),
}
_PERCENT = re.compile(r"^(\d{1,3})\s*%?$")


def fold_header(text: str) -> str:
    """``"Sista anmälningsdag"`` → ``"sistaanmalningsdag"``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and ch.isascii())


_ALIASES = {
    column: {fold_header(h) for h in (*HEADERS[column], *_MORE[column])}
    for column in OfferingColumn
}


def header_mapping(cells: Sequence[str]) -> dict[OfferingColumn, int]:
    folded = [fold_header(c) for c in cells]
    found: dict[OfferingColumn, int] = {}
    for column in OfferingColumn:  # the written headers first, so "Program" is not "Programnamn"
        for index, name in enumerate(folded):
            if name in _ALIASES[column] and index not in found.values():
                found[column] = index
                break
    return found


@dataclass(frozen=True, slots=True)
class FileRow:
    line: int
    offering: Offering


@dataclass(frozen=True, slots=True)
class Lookups:
    """What a row's text is matched against: the rule book and the lärcentra."""

    targets: frozenset[str]
    resolve: Callable[[str], str | None]  # id, alias, Swedish or English name → target id
    centres: Mapping[int, str]  # by id


def parse_offerings(
    records: Sequence[tuple[int, Sequence[str]]], lookups: Lookups
) -> list[FileRow]:
    """Every row of the file, or ``ValidationError`` naming each bad line (and a line that
    repeats an offering of an earlier one)."""
    header_at, mapping = _header(records)
    width = len(records[header_at][1])
    centre_ids = {fold(name): centre_id for centre_id, name in lookups.centres.items()}
    errors: list[FieldError] = []
    rows: list[FileRow] = []
    seen: dict[str, int] = {}
    for line, cells in records[header_at + 1 :]:
        if not any(str(cell).strip() for cell in cells):
            continue
        if any(str(cell).strip() for cell in cells[width:]):
            errors.append(
                FieldError(
                    f"line {line}",
                    "too_many_fields",
                    "Line {line} has {count} fields, the header {width}: is a separator "
                    "inside a value?",
                    {"line": line, "count": len(cells), "width": width},
                )
            )
            continue
        offering = _row(line, cells, mapping, lookups, centre_ids, errors)
        if offering is None:
            continue
        first = seen.get(offering.key)
        if first is not None:
            errors.append(
                FieldError(
                    f"line {line}",
                    "duplicate",
                    "Line {line}: the same offering as line {first}.",
                    {"line": line, "first": first},
                )
            )
            continue
        seen[offering.key] = line
        rows.append(FileRow(line, offering))
    if not rows and not errors:
        errors.append(FieldError("file", "empty", "The file holds no offerings below its header."))
    if errors:
        raise ValidationError(errors)
    return rows


def _header(
    records: Sequence[tuple[int, Sequence[str]]],
) -> tuple[int, dict[OfferingColumn, int]]:
    for index, (_line, cells) in enumerate(records[:HEADER_SEARCH_LINES]):
        mapping = header_mapping([str(c) for c in cells])
        if all(column in mapping for column in REQUIRED):
            return index, mapping
    raise ValidationError(
        [
            FieldError(
                "file",
                "no_header",
                "No header row found in the first {n} lines: an offerings file needs the "
                "columns Lärosäte, Program and Starttermin.",
                {"n": HEADER_SEARCH_LINES},
            )
        ]
    )


def _row(
    line: int,
    cells: Sequence[str],
    mapping: Mapping[OfferingColumn, int],
    lookups: Lookups,
    centre_ids: Mapping[str, int],
    errors: list[FieldError],
) -> Offering | None:
    def cell(column: OfferingColumn) -> str:
        index = mapping.get(column)
        return str(cells[index]).strip() if index is not None and index < len(cells) else ""

    field = f"line {line}"
    before = len(errors)

    def bad(code: str, template: str, column: OfferingColumn, value: str) -> None:
        params: dict[str, str | int] = {"line": line, "column": HEADERS[column][0], "value": value}
        errors.append(FieldError(field, code, template, params))

    programme = cell(OfferingColumn.PROGRAMME)
    target = lookups.resolve(programme) if programme else None
    form_text = cell(OfferingColumn.STUDY_FORM)
    form = FORM_WORDS.get(fold_header(form_text)) if form_text else StudyForm.CAMPUS
    if form is None:
        bad("invalid_study_form",
            "Line {line}: {column} {value} is not campus, distans or decentraliserad.",
            OfferingColumn.STUDY_FORM, form_text)  # fmt: skip
    centre_text = cell(OfferingColumn.LEARNING_CENTRE)
    centre = centre_ids.get(fold(centre_text)) if centre_text else None
    if centre_text and centre is None:
        bad("unknown_centre", "Line {line}: {column} {value} is not a lärcentrum of the register.",
            OfferingColumn.LEARNING_CENTRE, centre_text)  # fmt: skip
    pace = _percent(cell(OfferingColumn.PACE))
    if pace is None:
        bad("invalid_pace", "Line {line}: {column} {value} is not 25, 50, 75 or 100 percent.",
            OfferingColumn.PACE, cell(OfferingColumn.PACE))  # fmt: skip
    places_text = cell(OfferingColumn.PLACES)
    places = int(places_text) if places_text.isdigit() else None
    if places_text and places is None:
        bad("invalid_places", "Line {line}: {column} {value} is not a whole number.",
            OfferingColumn.PLACES, places_text)  # fmt: skip
    dates: dict[OfferingColumn, date | None] = {}
    for column in (OfferingColumn.OPENS, OfferingColumn.CLOSES, OfferingColumn.COMPLETE_BY):
        text = cell(column)
        dates[column] = _date(text)
        if text and dates[column] is None:
            bad("invalid_date", "Line {line}: {column} {value} is not a date (2027-06-20).",
                column, text)  # fmt: skip
    if len(errors) > before or form is None or pace is None:
        return None
    draft = OfferingDraft(
        university=cell(OfferingColumn.UNIVERSITY),
        target_id=target or programme,
        start_term=cell(OfferingColumn.START_TERM),
        study_form=form.value,
        learning_centre_id=centre,
        pace_percent=pace,
        places=places,
        application_opens=dates[OfferingColumn.OPENS],
        application_closes=dates[OfferingColumn.CLOSES],
        complete_by=dates[OfferingColumn.COMPLETE_BY],
        code=cell(OfferingColumn.CODE),
        name=cell(OfferingColumn.NAME),
    )
    try:
        return validate_offering(draft, targets=lookups.targets, centres=lookups.centres)
    except ValidationError as exc:
        errors.extend(_on_line(line, e) for e in exc.errors)
        return None


_FIELD_COLUMNS = {
    "university": OfferingColumn.UNIVERSITY,
    "target": OfferingColumn.PROGRAMME,
    "start_term": OfferingColumn.START_TERM,
    "study_form": OfferingColumn.STUDY_FORM,
    "learning_centre": OfferingColumn.LEARNING_CENTRE,
    "pace": OfferingColumn.PACE,
    "places": OfferingColumn.PLACES,
    "application_opens": OfferingColumn.OPENS,
    "application_closes": OfferingColumn.CLOSES,
    "complete_by": OfferingColumn.COMPLETE_BY,
    "code": OfferingColumn.CODE,
    "name": OfferingColumn.NAME,
}


def _on_line(line: int, error: FieldError) -> FieldError:
    """A field's refusal as a line's: the field becomes ``line 4: Program`` (the line and the
    column, as the file names it), the template stays the field's own literal text."""
    column = _FIELD_COLUMNS.get(error.field)
    return replace(error, field=f"line {line}: {HEADERS[column][0] if column else error.field}")


def _percent(text: str) -> int | None:
    """``100``, ``50 %``, ``75%``; empty is full time."""
    if not text:
        return 100
    match = _PERCENT.match(text)
    if match is None:
        return None
    value = int(match[1])
    return value if value in (25, 50, 75, 100) else None


def _date(text: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
