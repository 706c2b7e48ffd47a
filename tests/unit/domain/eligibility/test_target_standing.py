"""Bulk standings must answer exactly as the full evaluation does.

``Evaluator.is_eligible`` is a shortcut through the same rules, and ``StandingCalculator``
reuses one answer for every transcript with the same signature; both are checked against
``Evaluator.evaluate(...).eligible`` over many transcripts that share one calculator (so
memo hits are exercised), drawn from the courses the rules name so that eligible and
not-eligible learners both occur.
"""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from larsam_desktop.domain.courses.catalogue import CourseSystem
from larsam_desktop.domain.courses.catalogue_files import load_catalogue
from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.qualifications import qualifications_of
from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus
from larsam_desktop.domain.courses.transcript import Examen, Transcript
from larsam_desktop.domain.eligibility.engine import Evaluator
from larsam_desktop.domain.eligibility.rule_files import load_rule_book
from larsam_desktop.domain.eligibility.rules import GRUNDLAGGANDE
from larsam_desktop.domain.eligibility.target_standing import (
    StandingCalculator,
    rule_boundaries,
    rules_key,
)
from larsam_desktop.paths import resources_dir

CATALOGUE = load_catalogue(resources_dir() / "catalogue")
BOOK = load_rule_book(resources_dir() / "rules", CATALOGUE)

TARGETS = [
    GRUNDLAGGANDE,
    "sjukskoterska",
    "forskollarare",
    "hogskoleingenjor",
    "amneslarare-matematik",
    "lakare",
    "kpu",
    "civilingenjor",  # refuses Matematik D for Matematik 4
    "grundlarare-f3",  # a requirement bound to the older routes, Nk A for Nk 1b
]
# The courses these targets name, plus their Lpf94 and higher neighbours: enough overlap
# between drawn transcripts that many share a signature, and enough to be eligible.
POOL = sorted(
    {
        "SVESVE01", "SVESVE02", "SVESVE03", "ENGENG05", "ENGENG06", "MATMAT01a", "MATMAT01b",
        "MATMAT02a", "MATMAT02b", "MATMAT03b", "MATMAT03c", "MATMAT04", "NAKNAK01b",
        "NAKNAK02", "SAMSAM01b", "FYSFYS01a", "KEMKEM01", "KEMKEM02", "BIOBIO01", "BIOBIO02",
        "MEDMED01", "VÅRVÅR01", "VÅRVÅR02", "SV1201", "EN1201", "MA1201",
        "MA1204", "MA1205", "FYSFYS02", "NK1201", "SH1201", "HISHIS01a1", "RELREL01",
        "NAKNAK01a1", "SAMSAM01a1",
    }
    & set(CATALOGUE.courses)
)  # fmt: skip
DATES = [date(2025, 6, 1), date(2025, 7, 1), date(2026, 11, 28)]


@st.composite
def records(draw: st.DrawFn) -> CourseRecord:
    code = draw(st.sampled_from(POOL))
    lpf94 = CATALOGUE.get(code).system is CourseSystem.LPF94
    grades = [Grade.MVG, Grade.G, Grade.IG] if lpf94 else [Grade.A, Grade.C, Grade.E, Grade.F]
    status = draw(st.sampled_from([CourseStatus.COMPLETED] * 3 + list(CourseStatus)))
    grade = draw(st.sampled_from(grades)) if status is CourseStatus.COMPLETED else None
    finished = draw(st.sampled_from([None, date(2024, 5, 1), date(2025, 9, 1)]))
    return CourseRecord(code, status, grade, CATALOGUE.points(code), end_date=finished)


@st.composite
def transcripts(draw: st.DrawFn) -> Transcript:
    return Transcript(
        records=tuple(draw(st.lists(records(), max_size=12))),
        examen=draw(st.sampled_from([None, None, Examen.HOGSKOLEFORBEREDANDE, Examen.YRKESEXAMEN])),
        slutbetyg_points_passed=draw(st.sampled_from([None, 2250, 2600])),
        folkhogskola_intyg=draw(st.booleans()) and draw(st.booleans()),
        work_years_after_19=draw(st.sampled_from([0.0, 3.0])),
        teaching_subject_hp=draw(st.sampled_from([None, 90.0])),
        slutbetyg_issued_year=draw(st.sampled_from([None, 2001])),
        slutbetyg_programme_points=draw(st.sampled_from([None, 2150])),
        avgangsbetyg_years=draw(st.sampled_from([None, None, 2])),
        folkhogskola_subjects=draw(
            st.sampled_from([(), (), ("svenska", "engelska", "matematik", "historia")])
        ),
        degree_hp=draw(st.sampled_from([None, 180.0])),
        earlier_eligibility=draw(st.booleans()) and draw(st.booleans()),
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(transcripts(), min_size=5, max_size=30), st.sampled_from(DATES))
def test_bulk_standings_agree_with_full_evaluation(cohort: list[Transcript], on: date) -> None:
    calculator = StandingCalculator(BOOK, CATALOGUE, on=on)
    for learner_id, transcript in enumerate(cohort):
        evaluator = Evaluator(BOOK, CATALOGUE, transcript, on=on)
        for target in TARGETS:
            expected = evaluator.evaluate(target).eligible
            assert evaluator.is_eligible(target) is expected, target
            standing = calculator.standing(learner_id, transcript, target)
            assert (standing.target_id, standing.eligible) == (target, expected), target


def test_the_cohort_strategy_reaches_both_answers_and_shares_signatures() -> None:
    """Guards the test above against a strategy that only ever draws one kind of learner."""
    passed = tuple(
        CourseRecord(code, CourseStatus.COMPLETED, Grade.C, CATALOGUE.points(code))
        for code in ("SVESVE01", "SVESVE02", "SVESVE03", "ENGENG05", "ENGENG06", "MATMAT01a")
    )
    with_slutbetyg = Transcript(records=passed, slutbetyg_points_passed=2600)
    calculator = StandingCalculator(BOOK, CATALOGUE, on=date(2026, 11, 28))
    assert calculator.standing(1, with_slutbetyg, GRUNDLAGGANDE).eligible is True
    assert calculator.standing(2, Transcript(records=passed), GRUNDLAGGANDE).eligible is False
    # Another grade above every rule's minimum, another start date: the same signature.
    regraded = Transcript(
        records=tuple(
            CourseRecord(r.code, r.status, Grade.A, r.points, start_date=date(2024, 1, 8))
            for r in passed
        ),
        slutbetyg_points_passed=2600,
    )
    assert calculator.signature(regraded, GRUNDLAGGANDE) == calculator.signature(
        with_slutbetyg, GRUNDLAGGANDE
    )
    assert calculator.distinct_signatures == 2


def test_no_target_and_unknown_targets_are_not_guesses() -> None:
    calculator = StandingCalculator(BOOK, CATALOGUE, on=date(2026, 11, 28))
    assert calculator.standing(7, Transcript(), None).eligible is None
    unknown = calculator.standing(7, Transcript(), "no-such-programme")
    assert (unknown.target_id, unknown.eligible) == ("no-such-programme", None)


def test_the_rules_key_changes_exactly_at_rule_boundaries() -> None:
    boundaries = rule_boundaries(BOOK)
    assert date(2025, 7, 1) in boundaries  # the komvux route's change (domain.md)
    day = date(2025, 7, 1)
    before = rules_key(BOOK, CATALOGUE, date(2025, 6, 30))
    assert rules_key(BOOK, CATALOGUE, day) != before
    assert rules_key(BOOK, CATALOGUE, date(2025, 6, 1)) == before or any(
        date(2025, 6, 1) < b <= date(2025, 6, 30) for b in boundaries
    )
    # Between two boundaries a day apart or more, the key stays the same.
    pairs = [(a, b) for a, b in itertools.pairwise(boundaries) if b - a > timedelta(1)]
    start, end = pairs[-1]
    calm = start + (end - start) // 2
    assert rules_key(BOOK, CATALOGUE, calm) == rules_key(BOOK, CATALOGUE, start)
    assert rules_key(BOOK, CATALOGUE, max(boundaries) + timedelta(400)) == rules_key(
        BOOK, CATALOGUE, max(boundaries)
    )


def test_a_course_finished_after_a_deadline_is_not_taken_for_one_finished_before() -> None:
    """Komvux slutbetyg counts only courses finished by 2025-06-30 (domain.md): two learners
    alike but for one end date must not share an answer."""
    codes = ("SVESVE01", "SVESVE02", "ENGENG05", "MATMAT01a")

    def learner(finished: date) -> Transcript:
        records = tuple(
            CourseRecord(
                code, CourseStatus.COMPLETED, Grade.C, CATALOGUE.points(code), None, finished
            )
            for code in codes
        )
        return Transcript(records=records, slutbetyg_points_passed=2400)

    calculator = StandingCalculator(BOOK, CATALOGUE, on=date(2026, 11, 28))
    early = calculator.standing(1, learner(date(2024, 5, 1)), GRUNDLAGGANDE)
    late = calculator.standing(2, learner(date(2025, 9, 1)), GRUNDLAGGANDE)
    assert (early.eligible, late.eligible) == (True, False)


def joined_of(transcript: Transcript, dates: tuple[date, ...], grades: bool) -> str:
    """The passed records as ``eligibility_rows.passed_strings`` joins them."""
    parts = []
    for record in transcript.records:
        if (
            record.status is not CourseStatus.COMPLETED
            or not record.grade
            or not record.grade.passes
        ):
            continue
        end = record.end_date
        flags = "".join("1" if end is None or end <= d else "0" for d in dates)
        parts.append("|".join([record.code, *([record.grade.value] if grades else []), flags]))
    return ";".join(parts)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(transcripts(), min_size=5, max_size=30), st.sampled_from(DATES))
def test_bulk_reading_by_joined_strings_agrees_with_full_evaluation(
    cohort: list[Transcript], on: date
) -> None:
    """The bulk path (records as one string, facts by key) gives the full evaluation's
    answer, with grades left out wherever they cannot matter."""
    calculator = StandingCalculator(BOOK, CATALOGUE, on=on)
    dates = calculator.deadline_dates
    assert dates  # the slutbetyg and avgångsbetyg deadlines
    for learner_id, transcript in enumerate(cohort):
        evaluator = Evaluator(BOOK, CATALOGUE, transcript, on=on)
        facts = qualifications_of(transcript)
        for target in TARGETS:
            for grades in {True, calculator.grades_matter(target)}:
                standing = calculator.standing_of_joined(
                    learner_id,
                    joined_of(transcript, dates, grades),
                    (repr(facts), ()),
                    lambda facts=facts: facts,
                    target,
                )
                assert standing.eligible is evaluator.is_eligible(target), (target, grades)
