"""Reading lists of learners and of admitted students: pure rules, no files or database.

* text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; ``;`` or ``,``
  separators detected on the header line; metadata lines before the header (Ladok's
  "Utdata") are skipped;
* columns are mapped by header name, never by position: common Swedish and English headers
  are recognised (``Personnummer (Student)`` → personnummer), the coach may override;
* every row is checked on its own and every problem reported with the row's line number;
  a row is written only if all rows pass, unless the coach chooses the good rows only;
* a hostile or broken file is refused with its line named (``domain.csv_records``)."""

from __future__ import annotations

import contextlib
import csv
import itertools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from larsam_desktop.domain.csv_records import (
    HEADER_SEARCH_LINES,
    MAX_FIELDS,
    NUL_MARK,
    decode,
    physical_lines,
    read_records,
)
from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.identity import IdentityNumberError, parse_identity_number
from larsam_desktop.domain.import_columns import HEADER_ALIASES, REQUIRED, Column, ImportKind
from larsam_desktop.domain.import_problems import (
    BadRow,
    english_reason,
    reason_label,
    reason_params,
)
from larsam_desktop.domain.learner import LearnerDraft, ValidLearner, validate_learner

__all__ = [
    "HEADER_ALIASES",
    "REQUIRED",
    "BadRow",
    "CheckedRows",
    "Column",
    "GoodRow",
    "ImportKind",
    "Table",
    "english_reason",
    "reason_label",
    "reason_params",
]

MAX_PROGRAMME = 150

_TERM = re.compile(r"(HT|VT)\s*-?\s*(\d{4})", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Table:
    """A file's rows after decoding: the header and the data rows with their line numbers."""

    encoding: str
    delimiter: str
    header_line: int
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    notes: tuple[FieldError, ...] = ()  # warnings about the reading (nothing refused)


@dataclass(frozen=True, slots=True)
class GoodRow:
    line: int
    digits: str | None  # the 12-digit personnummer, the key for duplicates
    learner: ValidLearner | None  # None: an admitted-list row without names (match only)
    municipality: str  # as written; resolved against the reference data by the service
    programme: str = ""
    term: str = ""  # normalised, e.g. HT2026


@dataclass(frozen=True, slots=True)
class CheckedRows:
    good: tuple[GoodRow, ...]
    bad: tuple[BadRow, ...]
    duplicates_in_file: dict[int, int] = field(default_factory=dict)  # line → earlier line


def fold_header(text: str) -> str:
    """``"Personnummer (Student)"`` → ``"personnummer"``; ``"E-post"`` → ``"epost"``."""
    text = re.sub(r"\(.*?\)", "", text)
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and ch.isascii())


def _detect_delimiter(lines: Sequence[str]) -> str:
    """``;``, ``,`` or a tab: the one that splits a line among the first into the most known
    column names (the header); by count of separators when no line names any."""
    best, best_known = "", 1
    for candidate in (";", ",", "\t"):
        reader = csv.reader(lines, delimiter=candidate)
        try:
            known = max((len(guess_mapping(cells[:MAX_FIELDS])) for cells in reader), default=0)
        except csv.Error:  # a field over the limit: read_csv reports it with its line
            known = 0
        if known > best_known:
            best, best_known = candidate, known
    if best:
        return best
    counts = {c: max((line.count(c) for line in lines), default=0) for c in (";", ",", "\t")}
    return max(counts, key=lambda c: counts[c])


def read_csv(data: bytes) -> Table:
    text, encoding = decode(data)
    text = text.replace("\x00", NUL_MARK)
    head = list(itertools.islice(physical_lines(text), HEADER_SEARCH_LINES))
    delimiter = _detect_delimiter(head)
    records = read_records(text, delimiter)  # refused past the limits, the line named
    return table_from_records(records, encoding=encoding, delimiter=delimiter)


def table_from_records(
    records: Sequence[tuple[int, Sequence[str]]], *, encoding: str, delimiter: str = ""
) -> Table:
    """Find the header among the first lines (the first with two recognised column names)."""
    for index, (line, cells) in enumerate(records[:HEADER_SEARCH_LINES]):
        if len(guess_mapping(cells)) >= 2:
            data = tuple(
                (number, tuple(cells))
                for number, cells in records[index + 1 :]
                if any(cell.strip() for cell in cells)
            )
            return Table(encoding, delimiter, line, tuple(c.strip() for c in cells), data)
    raise ValidationError(
        [
            FieldError(
                "file",
                "no_header",
                "No header row found: the first {n} lines name no known columns "
                "(such as personnummer, förnamn, efternamn).",
                {"n": HEADER_SEARCH_LINES},
            )
        ]
    )


def guess_mapping(headers: Sequence[str]) -> dict[Column, int]:
    """Column → index of the header that names it (first match wins)."""
    folded = [fold_header(h) for h in headers]
    mapping: dict[Column, int] = {}
    for column, aliases in HEADER_ALIASES.items():
        for index, name in enumerate(folded):
            if name and name in aliases and index not in mapping.values():
                mapping[column] = index
                break
    return mapping


def apply_overrides(
    headers: Sequence[str], mapping: Mapping[Column, int], overrides: Mapping[str, str]
) -> dict[Column, int]:
    """The coach's choices (column name → header text, or "" to leave out) over the guess."""
    result = dict(mapping)
    problems: list[FieldError] = []
    for name, header in overrides.items():
        try:
            column = Column(name)
        except ValueError:
            problems.append(
                FieldError("mapping", "unknown_column", "Unknown column {name}.", {"name": name})
            )
            continue
        if not header:
            result.pop(column, None)
            continue
        matches = [i for i, h in enumerate(headers) if h.strip().casefold() == header.casefold()]
        if not matches:
            problems.append(
                FieldError(
                    "mapping",
                    "unknown_header",
                    "The file has no column {header}.",
                    {"header": header},
                )
            )
            continue
        result[column] = matches[0]
    if problems:
        raise ValidationError(problems)
    return result


def check_mapping(kind: ImportKind, mapping: Mapping[Column, int]) -> None:
    """Refuse a mapping that lacks a column the kind of list needs (wrong columns)."""
    missing = [
        " or ".join(c.value for c in group)
        for group in REQUIRED[kind]
        if not any(c in mapping for c in group)
    ]
    if missing:
        raise ValidationError(
            [
                FieldError(
                    "mapping",
                    "missing_column",
                    "The file has no column for {column}.",
                    {"column": name},
                )
                for name in missing
            ]
        )


def normalise_term(text: str) -> str | None:
    """``"ht 2026"`` / ``"HT-2026"`` → ``"HT2026"``; None when it is not a term."""
    match = _TERM.fullmatch(text.strip())
    return f"{match.group(1).upper()}{match.group(2)}" if match else None


def split_full_name(text: str) -> tuple[str, str]:
    """``"Öberg, Åsa"`` → (Åsa, Öberg); ``"Åsa Maria Öberg"`` → (Åsa Maria, Öberg)."""
    text = " ".join(text.split())
    if "," in text:
        family, _, given = text.partition(",")
        return given.strip(), family.strip()
    given, _, family = text.rpartition(" ")
    return given, family


def _birth_date(text: str) -> date | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    digits = cleaned.replace("-", "")
    if len(digits) == 8 and digits.isdigit():
        cleaned = f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    return date.fromisoformat(cleaned)


def check_rows(
    kind: ImportKind,
    table: Table,
    mapping: Mapping[Column, int],
    *,
    today: date,
) -> CheckedRows:
    """Validate every row; a row is good only when nothing is wrong with it."""
    check_mapping(kind, mapping)
    good: list[GoodRow] = []
    bad: list[BadRow] = []
    first_line_of: dict[str, int] = {}
    duplicates: dict[int, int] = {}
    for line, cells in table.rows:
        values = {
            column: cells[index].strip() if index < len(cells) else ""
            for column, index in mapping.items()
        }
        reasons: list[FieldError] = []
        if any(NUL_MARK in cell for cell in cells):
            reasons.append(
                FieldError(
                    "row", "nul", "Contains a NUL byte (is the file damaged, or saved as UTF-16?)."
                )
            )
        if len(cells) > len(table.headers) and any(c.strip() for c in cells[len(table.headers) :]):
            reasons.append(
                FieldError(
                    "row",
                    "extra_cells",
                    "Has {cells} cells where the header has {headers} (a separator inside a "
                    "value without quotes?).",
                    {"cells": len(cells), "headers": len(table.headers)},
                )
            )
        row = _row(kind, line, values, reasons, today)
        if row is not None and row.digits is not None:
            digits = row.digits
            if digits in first_line_of:
                duplicates[line] = first_line_of[digits]
                reasons.append(
                    FieldError(
                        "personnummer",
                        "duplicate",
                        "The same personnummer as line {line}.",
                        {"line": first_line_of[digits]},
                    )
                )
            else:
                first_line_of[digits] = line
        if reasons or row is None:
            bad.append(BadRow(line, tuple(reasons), duplicates.get(line)))
        else:
            good.append(row)
    return CheckedRows(tuple(good), tuple(bad), duplicates)


def _row(
    kind: ImportKind,
    line: int,
    values: Mapping[Column, str],
    reasons: list[FieldError],
    today: date,
) -> GoodRow | None:
    given = values.get(Column.GIVEN_NAME, "")
    family = values.get(Column.FAMILY_NAME, "")
    if (not given or not family) and values.get(Column.FULL_NAME):
        split_given, split_family = split_full_name(values[Column.FULL_NAME])
        given, family = given or split_given, family or split_family
    try:
        birth = _birth_date(values.get(Column.BIRTH_DATE, ""))
    except ValueError:
        reasons.append(
            FieldError("birth_date", "not_a_date", "Not a date; write it as YYYY-MM-DD.")
        )
        birth = None
    number = values.get(Column.PERSONNUMMER, "")
    digits: str | None = None
    if number:
        with contextlib.suppress(IdentityNumberError):  # validate_learner reports it below
            digits = parse_identity_number(number, today=today).digits
    programme = values.get(Column.PROGRAMME, "")
    term = ""
    if kind is ImportKind.ADMITTED:
        if not number:
            reasons.append(
                FieldError(
                    "personnummer",
                    "required",
                    "Missing; the admitted list is matched on the personnummer.",
                )
            )
        term = normalise_term(values.get(Column.TERM, "")) or ""
        if not term:
            reasons.append(FieldError("term", "format", "Write the term as HT2026 or VT2027."))
        if not programme:
            reasons.append(FieldError("programme", "required", "Required."))
        elif len(programme) > MAX_PROGRAMME:
            reasons.append(
                FieldError(
                    "programme",
                    "too_long",
                    "At most {limit} characters (now {length}).",
                    {"limit": MAX_PROGRAMME, "length": len(programme)},
                )
            )
    draft = LearnerDraft(
        given_name=given,
        family_name=family,
        personnummer=number,
        birth_date=birth,
        phone=values.get(Column.PHONE, ""),
        email=values.get(Column.EMAIL, ""),
        street_address=values.get(Column.STREET_ADDRESS, ""),
        postal_code=values.get(Column.POSTAL_CODE, ""),
        city=values.get(Column.CITY, ""),
    )
    municipality = values.get(Column.MUNICIPALITY, "")
    try:
        learner: ValidLearner | None = validate_learner(draft, today=today)
    except ValidationError as exc:
        names = {"given_name", "family_name"}
        others = [e for e in exc.errors if e.field not in names]
        if kind is ImportKind.ADMITTED and not others and not reasons:
            # Names matter only for someone not registered yet; the service decides.
            return GoodRow(line, digits, None, municipality, programme, term)
        reasons.extend(exc.errors)
        return None
    return GoodRow(line, digits, learner, municipality, programme, term)
