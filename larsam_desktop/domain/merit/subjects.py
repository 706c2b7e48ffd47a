"""Which courses can give meritpoäng, at which level — read from the catalogue's lines.

Matematik: Gy11 ``1a``…``5`` and Gy25 levels by their first digit, Lpf94 A–E as 1–5.
Engelska: Gy11 5–7, Lpf94 A–C as 5–7, Gy25 nivå 1–3 as 5–7 (the catalogue's equivalence
Engelska nivå 2 → Engelska 6). Moderna språk: one line per language, levels 1–7.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from larsam_desktop.domain.courses.catalogue import Catalogue, Course, CourseSystem

_LETTERS = {"A": 1, "B": 2, "C": 3, "D": 4, "E": 5}
_NOT_COUNTED_LINES = ("gymnasiearbete", "komvuxarbete")


class MeritSubject(StrEnum):
    MATEMATIK = "matematik"
    ENGELSKA = "engelska"
    MODERNA_SPRAK = "moderna_sprak"


@dataclass(frozen=True, slots=True)
class MeritCourse:
    subject: MeritSubject
    level: int
    language: str = ""  # moderna språk: the catalogue line (one per language)


def merit_course(course: Course) -> MeritCourse | None:
    """The subject and level ``course`` gives meritpoäng in, or None."""
    line = course.line
    if line.startswith("matematik"):
        level = _level(course.level, letters=_LETTERS)
        return MeritCourse(MeritSubject.MATEMATIK, level) if level else None
    if line == "engelska":
        if course.system is CourseSystem.LPF94:
            level = {"A": 5, "B": 6, "C": 7}.get(course.level.upper(), 0)
        elif course.system is CourseSystem.GY25:
            level = _level(course.level, letters={}) + 4
        else:
            level = _level(course.level, letters={})
        return MeritCourse(MeritSubject.ENGELSKA, level) if level >= 5 else None
    if line.startswith("moderna-sprak"):
        level = _level(course.level, letters={})
        return MeritCourse(MeritSubject.MODERNA_SPRAK, level, line) if level else None
    return None


def counts_in_jamforelsetal(course: Course) -> bool:
    """Gymnasiearbetet is left out (HOW_COMPUTED); the komvuxarbete, its komvux counterpart,
    is left out too (an assumption: no source names it)."""
    return course.line not in _NOT_COUNTED_LINES


def required_levels(
    requirement_sets: Iterable[tuple[tuple[str, ...], ...]], catalogue: Catalogue
) -> dict[MeritSubject, int]:
    """The level of each merit subject the requirements ask for (``any_of`` sets of codes).

    One requirement (Ma 2a/2b/2c) asks for the lowest level among its alternatives; the
    subject's required level is the highest any requirement asks for.
    """
    required: dict[MeritSubject, int] = {}
    for any_of in requirement_sets:
        lowest: dict[MeritSubject, int] = {}
        for codes in any_of:
            for code in codes:
                if code not in catalogue:
                    continue
                found = merit_course(catalogue.get(code))
                if found is not None:
                    known = lowest.get(found.subject)
                    lowest[found.subject] = (
                        found.level if known is None else min(known, found.level)
                    )
        for subject, level in lowest.items():
            required[subject] = max(required.get(subject, 0), level)
    return required


def _level(text: str, *, letters: dict[str, int]) -> int:
    text = text.strip()
    if not text:
        return 0
    if text[0].isdigit():
        return int(text[0])
    return letters.get(text[0].upper(), 0)
