"""Building the catalogue from ``courses.csv`` and ``equivalences.csv`` (format: README there)."""

from __future__ import annotations

from pathlib import Path

from larsam_desktop.domain.courses.catalogue import Catalogue, Course, CourseSystem, Equivalence
from larsam_desktop.domain.data_files import DataFileError, csv_rows

COURSES_FILE = "courses.csv"
EQUIVALENCES_FILE = "equivalences.csv"
_COURSE_COLUMNS = {"code", "system", "name", "subject", "line", "level", "points", "covers"}
_COURSE_COLUMNS |= {"verified", "source"}
_EQUIVALENCE_COLUMNS = {"from", "counts_as", "note", "verified", "source"}


def load_catalogue(folder: Path) -> Catalogue:
    """Read the catalogue from ``folder`` (``resources/catalogue``)."""
    return parse_catalogue(
        (folder / COURSES_FILE).read_text(encoding="utf-8"),
        (folder / EQUIVALENCES_FILE).read_text(encoding="utf-8"),
    )


def parse_catalogue(courses_text: str, equivalences_text: str) -> Catalogue:
    courses = _parse_courses(courses_text)
    equivalences = _parse_equivalences(equivalences_text, courses)
    return Catalogue(courses.values(), equivalences)


def _parse_courses(text: str) -> dict[str, Course]:
    courses: dict[str, Course] = {}
    pending_covers: list[tuple[int, str, tuple[str, ...]]] = []
    for line, row in csv_rows(text, COURSES_FILE, _COURSE_COLUMNS):
        where = f"line {line}"
        code = row["code"]
        if not code or code in courses:
            raise DataFileError(COURSES_FILE, where, f"course code {code!r} is empty or repeated")
        if not row["source"]:
            raise DataFileError(COURSES_FILE, where, f"{code} has no source")
        covers = tuple(row["covers"].split())
        pending_covers.append((line, code, covers))
        courses[code] = Course(
            code=code,
            system=_system(row["system"], where),
            name=row["name"],
            subject=row["subject"],
            line=row["line"],
            level=row["level"],
            points=_points(row["points"], where),
            covers=covers,
            verified=_yes_no(row["verified"], COURSES_FILE, where),
            source=row["source"],
        )
    for line, code, covers in pending_covers:
        for lower in covers:
            if lower not in courses:
                raise DataFileError(COURSES_FILE, f"line {line}", f"{code} covers unknown {lower}")
    return courses


def _parse_equivalences(text: str, courses: dict[str, Course]) -> list[Equivalence]:
    rows: list[Equivalence] = []
    for line, row in csv_rows(text, EQUIVALENCES_FILE, _EQUIVALENCE_COLUMNS):
        where = f"line {line}"
        from_codes = tuple(row["from"].split())
        counts_as = tuple(row["counts_as"].split())
        if not from_codes or not row["source"]:
            raise DataFileError(EQUIVALENCES_FILE, where, "every row needs `from` and a source")
        for code in from_codes + counts_as:
            if code not in courses:
                raise DataFileError(EQUIVALENCES_FILE, where, f"unknown course {code}")
        for code in counts_as:
            if courses[code].system is not CourseSystem.GY11:
                raise DataFileError(EQUIVALENCES_FILE, where, f"{code} is not a Gy11 course")
        rows.append(
            Equivalence(
                from_codes=from_codes,
                counts_as=counts_as,
                note=row["note"],
                verified=_yes_no(row["verified"], EQUIVALENCES_FILE, where),
                source=row["source"],
            )
        )
    return rows


def _system(text: str, where: str) -> CourseSystem:
    try:
        return CourseSystem(text)
    except ValueError:
        raise DataFileError(COURSES_FILE, where, f"unknown system {text!r}") from None


def _points(text: str, where: str) -> int:
    if not text.isdigit() or int(text) <= 0:
        raise DataFileError(
            COURSES_FILE, where, f"points must be a positive whole number: {text!r}"
        )
    return int(text)


def _yes_no(text: str, file: str, where: str) -> bool:
    if text not in ("yes", "no"):
        raise DataFileError(file, where, f"verified must be yes or no, not {text!r}")
    return text == "yes"
