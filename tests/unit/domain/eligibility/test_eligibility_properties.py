"""Properties that must hold for every transcript, every target and every date.

* adding a passed course never turns eligible into not eligible;
* a higher passed course satisfies whatever its lower course satisfies;
* results do not depend on the order of the courses;
* eligible means nothing is missing; counting planned courses never loses eligibility;
* a rule that is only proposed or unverified never turns a verdict to "not eligible": the
  verdicts equal those of the rule book without such rules (issue 15).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from larsam_desktop.domain.courses.catalogue import Catalogue, CourseSystem
from larsam_desktop.domain.courses.catalogue_files import load_catalogue
from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus
from larsam_desktop.domain.courses.transcript import INTYG_SUBJECTS, Examen, Transcript
from larsam_desktop.domain.eligibility.engine import EligibilityResult, Evaluator
from larsam_desktop.domain.eligibility.rule_files import load_rule_book
from larsam_desktop.domain.eligibility.rule_memo import GapEvaluator, RuleMemo
from larsam_desktop.domain.eligibility.rules import Rule, RuleBook
from larsam_desktop.paths import resources_dir

CATALOGUE: Catalogue = load_catalogue(resources_dir() / "catalogue")
BOOK: RuleBook = load_rule_book(resources_dir() / "rules", CATALOGUE)
CODES = sorted(CATALOGUE.courses)
A_TO_F = [Grade.A, Grade.B, Grade.C, Grade.D, Grade.E, Grade.F]
IG_TO_MVG = [Grade.MVG, Grade.VG, Grade.G, Grade.IG]
DATES = [date(2025, 6, 1), date(2025, 7, 1), date(2026, 6, 30), date(2026, 11, 28)]
# Every (higher, lower) pair a `covers` column names.
COVERS = sorted((c.code, lower) for c in CATALOGUE.courses.values() for lower in c.covers)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def grades_for(code: str) -> list[Grade]:
    return IG_TO_MVG if CATALOGUE.get(code).system is CourseSystem.LPF94 else A_TO_F


def passing(code: str) -> list[Grade]:
    return [g for g in grades_for(code) if g.passes]


def record(code: str, grade: Grade | None, finished: date | None = None) -> CourseRecord:
    status = CourseStatus.COMPLETED if grade else CourseStatus.PLANNED
    return CourseRecord(code, status, grade, CATALOGUE.points(code), end_date=finished)


@st.composite
def records(draw: st.DrawFn) -> CourseRecord:
    code = draw(st.sampled_from(CODES))
    grade = draw(st.sampled_from([None, *grades_for(code)]))
    finished = draw(st.sampled_from([None, date(2024, 5, 1), date(2025, 9, 1)])) if grade else None
    return record(code, grade, finished)


@st.composite
def transcripts(draw: st.DrawFn) -> Transcript:
    return Transcript(
        records=tuple(draw(st.lists(records(), max_size=25))),
        examen=draw(st.sampled_from([None, None, Examen.HOGSKOLEFORBEREDANDE, Examen.YRKESEXAMEN])),
        slutbetyg_points_passed=draw(st.sampled_from([None, None, 1500, 2250, 2600])),
        folkhogskola_intyg=draw(st.booleans()) and draw(st.booleans()),
        work_years_after_19=draw(st.sampled_from([0.0, 2.0, 3.0, 10.0])),
        teaching_subject_hp=draw(st.sampled_from([None, 60.0, 90.0])),
        slutbetyg_issued_year=draw(st.sampled_from([None, None, 2001, 2012])),
        slutbetyg_programme_points=draw(st.sampled_from([None, 2150, 2500])),
        avgangsbetyg_years=draw(st.sampled_from([None, None, 2, 3])),
        folkhogskola_subjects=draw(
            st.sampled_from([(), (), ("svenska", "engelska", "matematik"), INTYG_SUBJECTS[1:]])
        ),
        degree_hp=draw(st.sampled_from([None, 180.0])),
        university_decision=draw(st.booleans()) and draw(st.booleans()),
        behorighetsprov_passed=draw(st.booleans()) and draw(st.booleans()),
    )


def evaluate_all(
    transcript: Transcript, on: date, what_if: bool = False, book: RuleBook = BOOK
) -> dict[str, EligibilityResult]:
    evaluator = Evaluator(book, CATALOGUE, transcript, on=on, what_if=what_if)
    return {result.target: result for result in evaluator.evaluate_all()}


def eligible(transcript: Transcript, on: date, what_if: bool = False) -> dict[str, bool]:
    return {t: r.eligible for t, r in evaluate_all(transcript, on, what_if).items()}


def with_record(transcript: Transcript, extra: CourseRecord) -> Transcript:
    return dataclasses.replace(transcript, records=(*transcript.records, extra))


def without_advisory(book: RuleBook) -> RuleBook:
    """The rule book with every proposed or unverified requirement and route left out."""

    def strip(rule: Rule) -> Rule:
        kept = tuple(r for r in rule.requirements if not r.basis.standing.advisory)
        return dataclasses.replace(rule, requirements=kept)

    gb = book.grundlaggande
    routes = tuple(strip(r) for r in gb.routes if not r.basis.standing.advisory)
    return RuleBook(
        grundlaggande=dataclasses.replace(gb, routes=routes),
        programmes=tuple(dataclasses.replace(p, rule=strip(p.rule)) for p in book.programmes),
        examens=book.examens,
    )


PLAIN_BOOK = without_advisory(BOOK)


@SETTINGS
@given(transcripts(), st.sampled_from(CODES), st.data(), st.sampled_from(DATES))
def test_a_passed_course_never_takes_eligibility_away(
    transcript: Transcript, code: str, data: Any, on: date
) -> None:
    extra = record(code, data.draw(st.sampled_from(passing(code))))
    before, after = eligible(transcript, on), eligible(with_record(transcript, extra), on)
    assert all(after[target] for target, yes in before.items() if yes)


@SETTINGS
@given(
    transcripts(),
    st.sampled_from(COVERS),
    st.sampled_from([Grade.A, Grade.C, Grade.E]),
    st.sampled_from(DATES),
)
def test_a_higher_course_satisfies_what_its_lower_course_satisfies(
    transcript: Transcript, pair: tuple[str, str], grade: Grade, on: date
) -> None:
    higher, lower = pair
    if CATALOGUE.get(higher).system is CourseSystem.LPF94:
        grade = {Grade.A: Grade.MVG, Grade.C: Grade.VG}.get(grade, Grade.G)
    with_lower = evaluate_all(with_record(transcript, record(lower, grade)), on)
    with_higher = evaluate_all(with_record(transcript, record(higher, grade)), on)
    for target, result in with_lower.items():
        assert with_higher[target].eligible or not result.eligible, target
        own = {r.id for r in result.requirements if r.met and not r.id.startswith("grundlaggande.")}
        met = {r.id for r in with_higher[target].requirements if r.met}
        assert own <= met, target


@SETTINGS
@given(transcripts(), st.randoms(use_true_random=False), st.sampled_from(DATES), st.booleans())
def test_results_do_not_depend_on_course_order(
    transcript: Transcript, random: Any, on: date, what_if: bool
) -> None:
    shuffled = list(transcript.records)
    random.shuffle(shuffled)
    reordered = dataclasses.replace(transcript, records=tuple(shuffled))
    assert evaluate_all(reordered, on, what_if) == evaluate_all(transcript, on, what_if)


@SETTINGS
@given(transcripts(), st.sampled_from(DATES))
def test_eligible_means_nothing_missing_and_what_if_only_adds(
    transcript: Transcript, on: date
) -> None:
    plain = evaluate_all(transcript, on)
    for result in plain.values():
        if result.eligible:
            assert not result.missing and result.points_missing == 0
        else:
            assert result.missing
        for requirement in result.requirements:
            points = [o.points for o in requirement.options]
            assert points == sorted(points)
    hoped = eligible(transcript, on, what_if=True)
    assert all(hoped[target] for target, result in plain.items() if result.eligible)


@SETTINGS
@given(transcripts(), st.sampled_from(DATES), st.booleans())
def test_a_proposed_or_unverified_rule_never_turns_a_verdict_to_no(
    transcript: Transcript, on: date, what_if: bool
) -> None:
    """Issue 15: only rules in force decide; the others are warnings beside the verdict."""
    with_advisory = evaluate_all(transcript, on, what_if)
    plain = evaluate_all(transcript, on, what_if, book=PLAIN_BOOK)
    assert {t: r.eligible for t, r in with_advisory.items()} == {
        t: r.eligible for t, r in plain.items()
    }
    for result in with_advisory.values():
        assert all(r.standing in ("in_force", "decided") for r in result.requirements)
        assert all(w.standing in ("proposed", "unverified") for w in result.warnings)


def test_a_course_that_makes_an_earlier_route_met_keeps_eligibility() -> None:
    """Found by the property above: with a passed behörighetsprov a learner is eligible for
    studie- och yrkesvägledare; Engelska 5 makes the avgångsbetyg route (earlier in the
    book) met too, and that route's extra requirement (Engelska 6 with older grades) must
    not take the eligibility away: any route met will do."""
    on = date(2025, 6, 1)
    transcript = Transcript(
        records=(record("SAMH1A20X", Grade.A),), avgangsbetyg_years=2, behorighetsprov_passed=True
    )
    more = with_record(transcript, record("ENGE1000X", Grade.A))
    target = "studie-och-yrkesvagledare"
    for learner in (transcript, more):
        result = evaluate_all(learner, on)[target]
        assert result.eligible and not [r for r in result.requirements if not r.met]
        evaluator = Evaluator(BOOK, CATALOGUE, learner, on=on)
        assert evaluator.is_eligible(target)
        # The bulk gap (one memo for a whole caseload) chooses the same way.
        memo = RuleMemo(BOOK, CATALOGUE, on)
        assert GapEvaluator(BOOK, memo, learner).gap(target)[0]
    shown = Evaluator(BOOK, CATALOGUE, more, on=on).evaluate(target)
    assert shown.route == "behorighetsprov"  # the route through which it holds
    assert (
        Evaluator(BOOK, CATALOGUE, more, on=on).grundlaggande_route().route.id != "behorighetsprov"
    )
