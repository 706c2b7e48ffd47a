"""Naturkunskap 2 for sjuksköterska only: one alternative of UHR's Block I plus one of Block II.

uhr.se/syv, "Uppdaterade ersättningskrav för Naturkunskap 2 till ssk" (read 2026-12-07), and
antagning.se, "Kurser som ger särskild behörighet i naturkunskap" (section "Särskild behörighet
i Naturkunskap B till sjuksköterskeutbildning"): Block I is Anatomi och fysiologi 1+2
(ANOANA01/50 + ANOANA02/50) or Medicin 1 (MEDMED01/150); Block II is Omvårdnad 1+2 and Hälso-
och sjukvård 1 (OMVOMV01/100 + OMVOMV02/100 + HAOHAL01/100) or Vård och omsorgsarbete 1 + 2
(VÅRVÅR01/200 + VÅRVÅR02/150) — the Gy11/Vux12 alternatives; courses of different alternatives
within a block do not combine, and the courses give Naturkunskap 2 to no other programme.

Everything runs through the shipped catalogue and rule book and the program's ``Evaluator``.
The code catalogue once invented ANAANA01/02, HALHAL01, HALHAP0 and ETIETI0 for these courses;
records entered with them must still read and count as the real courses.
"""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime
from typing import Any

import pytest

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.catalogue_files import load_catalogue
from larsam_desktop.domain.courses.records import CourseRecordDraft
from larsam_desktop.domain.courses.transcript import parse_transcript
from larsam_desktop.domain.eligibility.engine import EligibilityResult, Evaluator
from larsam_desktop.domain.eligibility.requirements import RequirementResult
from larsam_desktop.domain.eligibility.rule_files import load_rule_book
from larsam_desktop.domain.eligibility.rules import CourseRequirement, RuleBook
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import resources_dir
from larsam_desktop.services.courses import CourseRecordService
from larsam_desktop.services.eligibility import EligibilityService
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.profiles import ProfileService
from larsam_desktop.services.store import OpenedStore

TODAY = date(2026, 12, 7)
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)
NURSING = "sjukskoterska"
NAKNAK02 = "NAKNAK02"
UHR_PAGE = (
    "https://www.uhr.se/syv/material--verktyg/nyheter-for-vagledare/"
    "uppdaterade-ersattningskrav-for-naturkunskap-2-till-ssk/"
)
# UHR's page: each alternative with its code and points.
BLOCK_I = {
    "anatomi": {"ANOANA01": 50, "ANOANA02": 50},
    "medicin": {"MEDMED01": 150},
}
BLOCK_II = {
    "omvardnad": {"OMVOMV01": 100, "OMVOMV02": 100, "HAOHAL01": 100},
    "vard": {"VÅRVÅR01": 200, "VÅRVÅR02": 150},
}
PAIRS = list(itertools.product(BLOCK_I, BLOCK_II))
COMBINATIONS = [
    pytest.param((*BLOCK_I[one], *BLOCK_II[two]), id=f"{one}+{two}") for one, two in PAIRS
]
# Everything else sjuksköterska asks for, passed, and grundläggande behörighet by an examen.
OTHERS = ("MATMAT02a", "SAMSAM01b")
EXAMEN = {"examen": "hogskoleforberedande"}
# The invented codes and the courses they stand for (UHR's naturkunskap table for the last two).
OLD_CODES = {
    "ANAANA01": "ANOANA01",
    "ANAANA02": "ANOANA02",
    "HALHAL01": "HAOHAL01",
    "HALHAP0": "HALHAL0",
    "ETIETI0": "MÄNETI0",
}


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(resources_dir() / "catalogue")


@pytest.fixture(scope="module")
def book(catalogue: Catalogue) -> RuleBook:
    return load_rule_book(resources_dir() / "rules", catalogue)


def evaluate(
    book: RuleBook, catalogue: Catalogue, target: str, *codes: str, grade: str = "E"
) -> EligibilityResult:
    courses: list[dict[str, Any]] = [{"code": code, "grade": grade} for code in codes]
    transcript = parse_transcript({"courses": courses, **EXAMEN}, catalogue)
    return Evaluator(book, catalogue, transcript, on=TODAY).evaluate(target)


def nk2_requirements(book: RuleBook, target: str) -> list[CourseRequirement]:
    """The programme's course requirements that Naturkunskap 2 alone meets."""
    return [
        r
        for r in book.programme(target).rule.requirements
        if isinstance(r, CourseRequirement) and (NAKNAK02,) in r.any_of
    ]


def result_of(result: EligibilityResult, requirement: CourseRequirement) -> RequirementResult:
    found = [
        r
        for r in result.requirements
        if r.id == requirement.id or r.id.endswith(f".{requirement.id}")
    ]
    assert len(found) == 1, [r.id for r in result.requirements]
    return found[0]


def nursing_nk2(book: RuleBook, result: EligibilityResult) -> RequirementResult:
    (requirement,) = nk2_requirements(book, NURSING)
    return result_of(result, requirement)


def test_the_block_rule_is_written_as_its_four_gy11_combinations(book: RuleBook) -> None:
    written = {frozenset(s.by) for s in book.programme(NURSING).substitutions}
    wanted = {frozenset((*BLOCK_I[one], *BLOCK_II[two])) for one, two in PAIRS}
    assert written == wanted
    assert {s.replaces for s in book.programme(NURSING).substitutions} == {NAKNAK02}


@pytest.mark.parametrize("combination", COMBINATIONS)
def test_one_alternative_of_each_block_meets_naturkunskap_2_for_nursing(
    book: RuleBook, catalogue: Catalogue, combination: tuple[str, ...]
) -> None:
    result = evaluate(book, catalogue, NURSING, *combination, *OTHERS)
    nk2 = nursing_nk2(book, result)
    assert nk2.met
    assert set(nk2.satisfied_by) == set(combination)
    assert any(UHR_PAGE in source for source in nk2.sources)
    assert result.eligible
    # The same learner without the Block II courses is not eligible: the courses decide it.
    block_one = [c for c in combination if any(c in alt for alt in BLOCK_I.values())]
    assert not evaluate(book, catalogue, NURSING, *block_one, *OTHERS).eligible


@pytest.mark.parametrize(
    "courses",
    [
        # Block II across its alternatives (UHR's own example: Vård och omsorgsarbete 1 with
        # Omvårdnad 2), with Medicin 1 from Block I.
        pytest.param(("VÅRVÅR01", "OMVOMV02", "MEDMED01"), id="vard1+omvardnad2+medicin"),
        pytest.param(
            ("OMVOMV01", "OMVOMV02", "VÅRVÅR01", "MEDMED01"), id="omvardnad1-2+vard1+medicin"
        ),
        pytest.param(("ANOANA01", "ANOANA02", "MEDMED01"), id="block-I-only"),
        pytest.param(
            ("VÅRVÅR01", "VÅRVÅR02", "OMVOMV01", "OMVOMV02", "HAOHAL01"), id="block-II-only"
        ),
    ],
)
def test_courses_of_different_alternatives_or_one_block_do_not(
    book: RuleBook, catalogue: Catalogue, courses: tuple[str, ...]
) -> None:
    result = evaluate(book, catalogue, NURSING, *courses, *OTHERS)
    assert not nursing_nk2(book, result).met
    assert not result.eligible


@pytest.mark.parametrize("combination", COMBINATIONS)
def test_the_combinations_give_naturkunskap_2_to_no_other_programme(
    book: RuleBook, catalogue: Catalogue, combination: tuple[str, ...]
) -> None:
    others = [p.id for p in book.programmes if p.id != NURSING and nk2_requirements(book, p.id)]
    assert "fysioterapeut" in others and "dietist" in others  # programmes.json asks Nk 2 there
    for target in others:
        result = evaluate(book, catalogue, target, *combination, *OTHERS, "IDRIDR01")
        for requirement in nk2_requirements(book, target):
            assert not result_of(result, requirement).met, target
        assert not result.eligible, target


def test_with_medicin_1_only_the_gap_is_a_block_ii_alternative(
    book: RuleBook, catalogue: Catalogue
) -> None:
    nk2 = nursing_nk2(book, evaluate(book, catalogue, NURSING, "MEDMED01", *OTHERS))
    assert not nk2.met
    care = [o for o in nk2.options if NAKNAK02 not in o.codes and "BIOBIO01" not in o.codes]
    block_two = [set(alternative) for alternative in BLOCK_II.values()]
    # Every care option finishes a Block II alternative, and the cheapest is exactly one.
    assert care and all(any(alt <= set(o.codes) for alt in block_two) for o in care)
    cheapest = min(care, key=lambda o: o.course_points)
    assert set(cheapest.codes) in block_two
    assert cheapest.course_points == min(sum(alt.values()) for alt in BLOCK_II.values())
    assert {frozenset(o.codes) for o in care} >= {frozenset(alt) for alt in block_two}
    assert all("MEDMED01" not in o.codes for o in nk2.options)  # passed already


@pytest.mark.parametrize(("old", "real"), OLD_CODES.items())
def test_an_invented_code_still_reads_and_counts_as_the_real_course(
    catalogue: Catalogue, old: str, real: str
) -> None:
    course = catalogue.lookup(old.lower())
    assert course is not None and course.code == old and real in course.name
    assert any(e.counts_as == (real,) for e in catalogue.equivalences_from(old))
    assert catalogue.get(real).points == course.points


def test_real_codes_have_uhrs_points(catalogue: Catalogue) -> None:
    for alternative in (*BLOCK_I.values(), *BLOCK_II.values()):
        for code, points in alternative.items():
            assert catalogue.points(code) == points, code


def test_a_transcript_with_the_invented_codes_still_meets_it(
    book: RuleBook, catalogue: Catalogue
) -> None:
    old = ("ANAANA01", "ANAANA02", "OMVOMV01", "OMVOMV02", "HALHAL01")
    result = evaluate(book, catalogue, NURSING, *old, *OTHERS)
    assert nursing_nk2(book, result).met and result.eligible
    assert not evaluate(book, catalogue, NURSING, *old[:2], *OTHERS).eligible
    # The rules themselves name only the real codes.
    named = {c for s in book.programme(NURSING).substitutions for c in s.by}
    assert named.isdisjoint(OLD_CODES)


def test_the_sources_read_in_swedish(book: RuleBook, catalogue: Catalogue) -> None:
    combination = (*BLOCK_I["medicin"], *BLOCK_II["omvardnad"])
    nk2 = nursing_nk2(book, evaluate(book, catalogue, NURSING, *combination, *OTHERS))
    swedish = [book.source(text, "sv") for text in nk2.sources]
    english = [book.source(text, "en") for text in nk2.sources]
    assert any(UHR_PAGE in s and "läst 2026-12-07" in s and "block I" in s for s in swedish)
    assert any(UHR_PAGE in s and "read 2026-12-07" in s and "Block I" in s for s in english)


def test_a_stored_learner_with_the_invented_codes_reads_and_is_eligible(
    store: OpenedStore,
) -> None:
    """A database written while the catalogue offered the invented codes (SQLite file, and
    PostgreSQL when configured): the records read back as entered and still count."""
    data = load_eligibility_data()
    learner = (
        LearnerService(store.database, clock=lambda: NOW)
        .create(LearnerDraft(given_name="Amina", family_name="Hassan", birth_date=date(1994, 3, 2)))
        .learner.id
    )
    courses = CourseRecordService(store.database, data, clock=lambda: NOW)
    old = ("ANAANA01", "ANAANA02", "OMVOMV01", "OMVOMV02", "HALHAL01")
    for code in (*old, *OTHERS):
        courses.add(learner, CourseRecordDraft(code=code, grade="D"))
    ProfileService(store.database, data, clock=lambda: NOW).set_qualifications(learner, EXAMEN)
    service = EligibilityService(store.database, data, clock=lambda: NOW)
    assert [r.code for r in service.transcript(learner).records] == [*old, *OTHERS]
    result = service.evaluate(learner, NURSING, on=TODAY)
    assert result.eligible
    assert set(nursing_nk2(data.book, result).satisfied_by) == set(old)
    assert not service.evaluate(learner, "fysioterapeut", on=TODAY).eligible
