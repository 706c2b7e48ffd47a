"""A learner's qualifications and target programme, and the transcript they make with courses.

The qualifications are the transcript's facts (``transcript.FACTS``) and are validated by the
same code that reads them from a JSON transcript, so a stored learner and a transcript file
with the same content are the same ``Transcript``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.records import CourseRecord
from larsam_desktop.domain.courses.transcript import FACTS, Examen, Transcript, parse_transcript
from larsam_desktop.domain.errors import FieldError, ValidationError

_TERM = re.compile(r"^(HT|VT)(\d{4})$")
_NO_COURSES = Catalogue((), ())


@dataclass(frozen=True, slots=True)
class Qualifications:
    examen: Examen | None = None
    slutbetyg_points_passed: int | None = None
    folkhogskola_intyg: bool = False
    work_years_after_19: float = 0.0
    teaching_subject_hp: float | None = None
    slutbetyg_issued_year: int | None = None
    slutbetyg_programme_points: int | None = None
    avgangsbetyg_years: int | None = None
    folkhogskola_subjects: tuple[str, ...] = ()
    degree_hp: float | None = None
    # Recorded decisions (``RECORDED_FACTS``): a stored learner's come from their records.
    university_decision: bool = False
    foreign_assessment: bool = False
    behorighetsprov_passed: bool = False
    earlier_eligibility: bool = False


@dataclass(frozen=True, slots=True)
class TargetChoice:
    """The programme a learner aims for (a rule-book target id) and when they hope to start."""

    target_id: str
    start_term: str | None = None  # "HT2027" or "VT2028"


def parse_qualifications(data: Mapping[str, object]) -> Qualifications:
    """Validate the facts as a transcript file would have them; raise ``ValidationError``."""
    transcript = parse_transcript({"courses": [], **data}, _NO_COURSES)
    return qualifications_of(transcript)


def qualifications_of(transcript: Transcript) -> Qualifications:
    return Qualifications(**{name: getattr(transcript, name) for name in FACTS})


def transcript_of(records: Iterable[CourseRecord], qualifications: Qualifications) -> Transcript:
    return Transcript(
        records=tuple(records), **{name: getattr(qualifications, name) for name in FACTS}
    )


def parse_start_term(text: str) -> str | None:
    """``HT2027``/``vt 2028`` → ``HT2027``; empty → None; anything else is refused."""
    compact = text.replace(" ", "").upper()
    if not compact:
        return None
    match = _TERM.match(compact)
    if match is None or not 2000 <= int(match[2]) <= 2100:
        raise ValidationError(
            [
                FieldError(
                    "start_term",
                    "invalid_term",
                    "{term} is not a term: write HT or VT and the year, e.g. HT2027.",
                    {"term": text.strip()},
                )
            ]
        )
    return compact


def upcoming_terms(today: date, count: int) -> list[str]:
    """The next ``count`` start terms after ``today``: a spring term (VT) starts in mid
    January, an autumn term (HT) in late August; a term still ahead of its start counts."""
    if (today.month, today.day) < (1, 16):
        year, autumn = today.year, False
    elif (today.month, today.day) < (8, 20):
        year, autumn = today.year, True
    else:
        year, autumn = today.year + 1, False
    terms = []
    for _ in range(count):
        terms.append(f"{'HT' if autumn else 'VT'}{year}")
        year, autumn = (year + 1, False) if autumn else (year, True)
    return terms
