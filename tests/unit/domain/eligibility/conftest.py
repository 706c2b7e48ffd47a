"""The shipped catalogue and rule book, and a short way to write transcripts in tests.

``make("SVESVE01:E", "MATMAT02b:planned", examen="yrkesexamen")``: each course is
``CODE:GRADE`` (completed), ``CODE:planned|ongoing`` or ``CODE:GRADE:YYYY-MM-DD`` (completed
on that date); keyword arguments are the transcript's other keys.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.catalogue_files import load_catalogue
from larsam_desktop.domain.courses.transcript import Transcript, parse_transcript
from larsam_desktop.domain.eligibility.engine import EligibilityResult, Evaluator
from larsam_desktop.domain.eligibility.requirements import RequirementResult
from larsam_desktop.domain.eligibility.rule_files import load_rule_book
from larsam_desktop.domain.eligibility.rules import RuleBook
from larsam_desktop.paths import resources_dir

TODAY = date(2026, 11, 28)
MakeTranscript = Callable[..., Transcript]
Evaluate = Callable[..., EligibilityResult]


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue(resources_dir() / "catalogue")


@pytest.fixture(scope="session")
def book(catalogue: Catalogue) -> RuleBook:
    return load_rule_book(resources_dir() / "rules", catalogue)


def course_entry(text: str) -> dict[str, Any]:
    code, _, rest = text.partition(":")
    entry: dict[str, Any] = {"code": code}
    grade, _, finished = rest.partition(":")
    if grade in ("planned", "ongoing"):
        entry["status"] = grade
    elif grade:
        entry["grade"] = grade
    if finished:
        entry["end_date"] = finished
    return entry


@pytest.fixture(scope="session")
def make(catalogue: Catalogue) -> MakeTranscript:
    def build(*courses: str, **facts: Any) -> Transcript:
        return parse_transcript({"courses": [course_entry(c) for c in courses], **facts}, catalogue)

    return build


@pytest.fixture(scope="session")
def evaluate(book: RuleBook, catalogue: Catalogue, make: MakeTranscript) -> Evaluate:
    def run(
        target: str, *courses: str, on: date = TODAY, what_if: bool = False, **facts: Any
    ) -> EligibilityResult:
        transcript = make(*courses, **facts)
        return Evaluator(book, catalogue, transcript, on=on, what_if=what_if).evaluate(target)

    return run


def _find(result: EligibilityResult, suffix: str) -> RequirementResult:
    found = [r for r in result.requirements if r.id == suffix or r.id.endswith(f".{suffix}")]
    assert len(found) == 1, [r.id for r in result.requirements]
    return found[0]


@pytest.fixture(scope="session")
def find() -> Callable[[EligibilityResult, str], RequirementResult]:
    """The one requirement of a result whose id is ``suffix`` or ends with ``.suffix``."""
    return _find
