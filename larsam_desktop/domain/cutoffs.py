"""Admission cut-offs of earlier rounds (antagningsstatistik), as UHR publishes them.

The layout read (docs/architecture.md, "Meritvärde and cut-offs"): a header row, found among
the first lines (metadata lines may come before it), naming at least these columns by name
in any order — ``Termin``, ``Lärosäte``, ``Program/kurs`` (or ``Utbildning``),
``Urvalsgrupp`` and ``Antagningspoäng`` — and optionally ``Urval`` (1 or 2),
``Anmälningskod`` and ``Antagna``. The column names follow the statistics pages of
studera.nu and uhr.se ("antagningspoäng per urvalsgrupp"); the exact export file of
statistik.uhr.se could not be checked (no copy found), so columns are matched by name with
aliases. A cut-off is a number with a decimal comma (``16,85``, ``1,05``); ``*`` means that
every eligible applicant in the group was admitted, ``-`` that nobody was (both as read on
uhr.se's statistics; unverified).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.text import fold

HEADER_SEARCH_LINES = 30
MAX_TEXT = 200
_TERM = re.compile(r"^(HT|VT)\s*(\d{4})$")
_TERM_WORDS = re.compile(r"^(h[öo]stterminen|h[öo]st|v[åa]rterminen|v[åa]r)\s*(\d{4})$")
GRADE_GROUPS = ("BI", "BII")
HP_GROUP = "HP"
_LIMITS = {"BI": Decimal("22.5"), "BII": Decimal("22.5"), "BF": Decimal("4.0"), "HP": Decimal(2)}


class CutoffColumn(StrEnum):
    TERM = "term"
    ROUND = "round"
    UNIVERSITY = "university"
    CODE = "code"
    PROGRAMME = "programme"
    GROUP = "group"
    CUTOFF = "cutoff"
    ADMITTED = "admitted"


REQUIRED_COLUMNS = (
    CutoffColumn.TERM,
    CutoffColumn.UNIVERSITY,
    CutoffColumn.PROGRAMME,
    CutoffColumn.GROUP,
    CutoffColumn.CUTOFF,
)
HEADER_ALIASES: dict[CutoffColumn, tuple[str, ...]] = {
    CutoffColumn.TERM: ("termin", "antagningsomgang", "omgang"),
    CutoffColumn.ROUND: ("urval", "urvalsomgang"),
    CutoffColumn.UNIVERSITY: ("larosate", "hogskola", "universitet"),
    CutoffColumn.CODE: ("anmalningskod", "kod", "utbildningskod"),
    CutoffColumn.PROGRAMME: ("programkurs", "utbildning", "program", "utbildningensnamn"),
    CutoffColumn.GROUP: ("urvalsgrupp",),
    CutoffColumn.CUTOFF: ("antagningspoang", "lagstaantagningspoang", "lagstameritvarde"),
    CutoffColumn.ADMITTED: ("antagna", "antalantagna"),
}


class CutoffMark(StrEnum):
    VALUE = "value"
    ALL_ADMITTED = "all_admitted"  # "*": every eligible applicant got in
    NONE_ADMITTED = "none_admitted"  # "-": nobody was admitted in the group


@dataclass(frozen=True, slots=True)
class CutoffRow:
    term: str  # HT2025
    round: int  # urval 1 or 2 (2 when the file does not say)
    university: str
    code: str
    programme: str
    group: str  # BI, BII, HP, BF, …
    mark: CutoffMark
    value: Decimal | None
    admitted: int | None = None


def fold_header(text: str) -> str:
    """``"Program/kurs"`` → ``"programkurs"``; ``"Lärosäte"`` → ``"larosate"``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and ch.isascii())


def header_mapping(cells: Sequence[str]) -> dict[CutoffColumn, int]:
    folded = [fold_header(c) for c in cells]
    found: dict[CutoffColumn, int] = {}
    for column, aliases in HEADER_ALIASES.items():
        for index, name in enumerate(folded):
            if name in aliases and index not in found.values():
                found[column] = index
                break
    return found


def parse_cutoffs(records: Sequence[tuple[int, Sequence[str]]]) -> list[CutoffRow]:
    """Every row of a published file, or ``ValidationError`` naming each bad line."""
    header_at, mapping = _header(records)
    width = len(records[header_at][1])
    errors: list[FieldError] = []
    rows: list[CutoffRow] = []
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
        row = _row(line, cells, mapping, errors)
        if row is not None:
            rows.append(row)
    if not rows and not errors:
        errors.append(FieldError("file", "empty", "The file holds no cut-offs below its header."))
    if errors:
        raise ValidationError(errors)
    return rows


def _header(records: Sequence[tuple[int, Sequence[str]]]) -> tuple[int, dict[CutoffColumn, int]]:
    for index, (_line, cells) in enumerate(records[:HEADER_SEARCH_LINES]):
        mapping = header_mapping([str(c) for c in cells])
        if all(column in mapping for column in REQUIRED_COLUMNS):
            return index, mapping
    raise ValidationError(
        [
            FieldError(
                "file",
                "no_header",
                "No header row found in the first {n} lines: admission statistics need the "
                "columns Termin, Lärosäte, Program/kurs, Urvalsgrupp and Antagningspoäng.",
                {"n": HEADER_SEARCH_LINES},
            )
        ]
    )


def _row(
    line: int,
    cells: Sequence[str],
    mapping: dict[CutoffColumn, int],
    errors: list[FieldError],
) -> CutoffRow | None:
    def cell(column: CutoffColumn) -> str:
        index = mapping.get(column)
        return str(cells[index]).strip() if index is not None and index < len(cells) else ""

    before = len(errors)
    field = f"line {line}"
    term = parse_term(cell(CutoffColumn.TERM))
    if term is None:
        errors.append(
            FieldError(
                field,
                "invalid_term",
                "Line {line}: {term} is not a term (HT2025, VT2026).",
                {"line": line, "term": cell(CutoffColumn.TERM)},
            )
        )
    round_text = cell(CutoffColumn.ROUND)
    round_ = _round(round_text)
    if round_ is None:
        errors.append(
            FieldError(
                field,
                "invalid_round",
                "Line {line}: the round must be 1 or 2, not {round}.",
                {"line": line, "round": round_text},
            )
        )
    texts = {c: cell(c) for c in (CutoffColumn.UNIVERSITY, CutoffColumn.PROGRAMME)}
    for column, text in texts.items():
        if not text or len(text) > MAX_TEXT:
            errors.append(
                FieldError(
                    field,
                    "invalid_text",
                    "Line {line}: {column} must be given, at most {max} characters.",
                    {"line": line, "column": column.value, "max": MAX_TEXT},
                )
            )
    group = cell(CutoffColumn.GROUP).upper()
    if not re.fullmatch(r"[A-ZÅÄÖ]{1,6}", group):
        errors.append(
            FieldError(
                field,
                "invalid_group",
                "Line {line}: {group} is not an urvalsgrupp (BI, BII, HP …).",
                {"line": line, "group": cell(CutoffColumn.GROUP)},
            )
        )
    mark, value = _cutoff(cell(CutoffColumn.CUTOFF), group, line, errors)
    admitted_text = cell(CutoffColumn.ADMITTED)
    admitted = int(admitted_text) if admitted_text.isdigit() else None
    code = cell(CutoffColumn.CODE)[:MAX_TEXT]
    if len(errors) > before or term is None or round_ is None:
        return None
    return CutoffRow(
        term=term,
        round=round_,
        university=texts[CutoffColumn.UNIVERSITY],
        code=code,
        programme=texts[CutoffColumn.PROGRAMME],
        group=group,
        mark=mark,
        value=value,
        admitted=admitted,
    )


def parse_term(text: str) -> str | None:
    """``HT2025``, ``HT 2025``, ``Höstterminen 2025`` → ``HT2025``; anything else None."""
    compact = text.strip()
    match = _TERM.match(compact.upper())
    if match:
        return f"{match[1]}{match[2]}"
    words = _TERM_WORDS.match(compact.casefold())
    if words:
        return ("HT" if words[1].startswith("h") else "VT") + words[2]
    return None


def _round(text: str) -> int | None:
    if not text:
        return 2
    digits = re.sub(r"(?i)^urval\s*", "", text.strip())
    return int(digits) if digits in ("1", "2") else None


def _cutoff(
    text: str, group: str, line: int, errors: list[FieldError]
) -> tuple[CutoffMark, Decimal | None]:
    if text == "*":
        return CutoffMark.ALL_ADMITTED, None
    if text in ("-", "–"):
        return CutoffMark.NONE_ADMITTED, None
    try:
        value = Decimal(text.replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        value = None
    limit = _LIMITS.get(group, Decimal(1000))
    if value is None or not value.is_finite() or not Decimal(0) <= value <= limit:
        errors.append(
            FieldError(
                f"line {line}",
                "invalid_cutoff",
                "Line {line}: {value} is not a cut-off for {group} (a number from 0 to "
                "{limit}, * or -).",
                {"line": line, "value": text, "group": group or "?", "limit": str(limit)},
            )
        )
        return CutoffMark.VALUE, None
    return CutoffMark.VALUE, value


def term_key(term: str) -> tuple[int, int]:
    """Sort key: VT2025 < HT2025 < VT2026."""
    return int(term[2:]), 1 if term.startswith("HT") else 0


def matching(rows: Iterable[CutoffRow], programme_name: str, code: str = "") -> list[CutoffRow]:
    """The rows for a target: the programme's name begins the row's programme (after
    case-folding: ``Sjuksköterskeprogrammet`` matches ``Sjuksköterskeprogrammet, 180 hp``),
    or the row's anmälningskod is ``code``."""
    name = fold(programme_name.strip())
    wanted = fold(code.strip())
    return [
        row
        for row in rows
        if (name and fold(row.programme).startswith(name)) or (wanted and fold(row.code) == wanted)
    ]


def last_round(rows: Sequence[CutoffRow]) -> list[CutoffRow]:
    """The rows of the latest term, from its last round (urval 2 before urval 1)."""
    if not rows:
        return []
    term = max((r.term for r in rows), key=term_key)
    of_term = [r for r in rows if r.term == term]
    round_ = max(r.round for r in of_term)
    return [r for r in of_term if r.round == round_]
