"""The bulk paths give exactly the plain per-learner evaluation's answers (issues 17, 19).

A caseload is generated into a real database: demo learners, and learners made to reach
the corners the bulk signatures must not blur — no records at all, older (Lpf94) and
foreign-assessed grades, failed and discontinued courses, points other than the
catalogue's, courses ending either side of a route's deadline, qualifications (examens,
slutbetyg, folkhögskola intyg with subjects, a 2-year background with avgångsbetyg) and
recorded decisions. Every learner is then read back one at a time and evaluated with a
fresh ``Evaluator`` (nothing shared; an answer kept only for an equal transcript read
back, ``_PLAIN``), and compared with

* ``TargetStandings.evaluate_everyone`` (eligibility for one target) and ``refresh_all``
  (each learner's own target, written back),
* ``StudentGroupService.group`` (category, gap points and courses, terms at each pace,
  studyable), built twice so the second build runs on the kept memos.
"""

from __future__ import annotations

import random
from datetime import date, datetime

import pytest
from depth import rounds
from offering_setup import NOW, TODAY, clock, nursing

from larsam_desktop.domain.courses.grades import Grade, GradeScale
from larsam_desktop.domain.courses.qualifications import (
    Qualifications,
    TargetChoice,
    transcript_of,
)
from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus
from larsam_desktop.domain.courses.transcript import Examen, Transcript
from larsam_desktop.domain.eligibility.decisions import DecisionKind, RecordedDecision
from larsam_desktop.domain.eligibility.engine import Evaluator
from larsam_desktop.domain.eligibility.rules import GRUNDLAGGANDE, RuleNotInForce
from larsam_desktop.domain.learner import LearnerDraft, PriorEducation
from larsam_desktop.domain.offering_gap import GapCalculator
from larsam_desktop.domain.offering_terms import terms_left
from larsam_desktop.domain.offerings import Gap, categorise, terms_at
from larsam_desktop.domain.plans.terms import FULL_TIME, HALF_TIME
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.offerings import OfferingService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.services.student_group import StudentGroupService
from larsam_desktop.services.target_standing import TargetStandings
from larsam_desktop.storage.repositories.decisions import DecisionRepository

# Quick rounds in make test; LARSAM_TEST_DEPTH=deep for the full caseload (tests/depth.py).
DEMO_LEARNERS = rounds(300, 1500)
MADE_LEARNERS = rounds(200, 500)
TARGETS = (GRUNDLAGGANDE, "sjukskoterska", "hogskoleingenjor", "forskollarare", "kpu",
           "civilingenjor", "grundlarare-f3")  # fmt: skip
# Gy11 and Lpf94 courses the rules name (kärnämnen among them), their neighbours, the
# komvux examen's gymnasiearbete, and courses no rule names.
CODES = ("SVESVE01", "SVESVE02", "SVESVE03", "SVASVA01", "SVASVA02", "SVASVA03", "ENGENG05",
         "ENGENG06", "MATMAT01a", "MATMAT01b", "MATMAT02a", "MATMAT02b", "MATMAT03b",
         "MATMAT03c", "MATMAT04", "NAKNAK01a1", "NAKNAK01a2", "NAKNAK01b", "NAKNAK02",
         "SAMSAM01a1", "SAMSAM01a2", "SAMSAM01b", "HISHIS01a1", "RELREL01", "BIOBIO01",
         "KEMKEM01", "FYSFYS01a", "KVARSH", "KVARNT", "IDRIDR01", "SV1201", "SV1202",
         "EN1201", "MA1201", "MA1202", "SH1201", "NK1201", "RE1201", "MEDMED01", "VÅRVÅR01",
         "DATDAT01")  # fmt: skip
ENDS = (None, date(2024, 5, 1), date(2025, 6, 30), date(2025, 7, 1), date(2026, 6, 1))


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


def _made_learners(store: OpenedStore, data: EligibilityData, rng: random.Random) -> None:
    learners = LearnerService(store.database, clock=clock)
    codes = [c for c in CODES if c in data.catalogue]
    for index in range(MADE_LEARNERS):
        prior = rng.choice(list(PriorEducation))
        learner_id = learners.create(
            LearnerDraft(
                given_name=f"Made{index}",
                family_name="Testsson",
                birth_date=date(1985, 1, 1),
                prior_education=prior,
                foreign_born=rng.choice([None, True, False]),
            )
        ).learner.id
        with store.database.unit_of_work() as uow:
            if index % 25:  # every 25th learner has no records and no profile at all
                for _ in range(rng.randrange(0, 14)):
                    uow.courses.add(learner_id, _record(rng, data, rng.choice(codes)), now=NOW)
                uow.profiles.set_qualifications(learner_id, _qualifications(rng, prior), now=NOW)
                if rng.random() < 0.5:
                    choice = TargetChoice(rng.choice(TARGETS), rng.choice([None, "HT2027"]))
                    uow.profiles.set_target(learner_id, choice, now=NOW)
                if rng.random() < 0.08:
                    kind = rng.choice(list(DecisionKind))
                    decision = RecordedDecision(kind, date(2026, 1, 10), "Mittuniversitetet", "D1")
                    DecisionRepository(uow.session).add(learner_id, decision, now=NOW)


def _record(rng: random.Random, data: EligibilityData, code: str) -> CourseRecord:
    course = data.catalogue.get(code)
    old_scale = course.system.grade_scale is GradeScale.IG_TO_MVG
    passing = [Grade.MVG, Grade.VG, Grade.G] if old_scale else [Grade.A, Grade.C, Grade.E]
    failing = Grade.IG if old_scale else Grade.F
    points = course.points if rng.random() < 0.85 else rng.choice([50, 100, 150])
    end = rng.choice(ENDS)
    roll = rng.random()
    if roll < 0.7:
        return CourseRecord(code, CourseStatus.COMPLETED, rng.choice(passing), points, None, end)
    if roll < 0.8:
        return CourseRecord(code, CourseStatus.COMPLETED, failing, points, None, end)
    if roll < 0.87:
        return CourseRecord(code, CourseStatus.DISCONTINUED, failing, points, None, end)
    status = rng.choice([CourseStatus.PLANNED, CourseStatus.ONGOING, CourseStatus.DISCONTINUED])
    return CourseRecord(code, status, None, points, None, end)


def _qualifications(rng: random.Random, prior: PriorEducation) -> Qualifications:
    two_years = prior is PriorEducation.UPPER_SECONDARY_2_YEARS
    intyg = rng.random() < 0.1
    return Qualifications(
        examen=rng.choice([None, None, None, Examen.YRKESEXAMEN, Examen.HOGSKOLEFORBEREDANDE]),
        slutbetyg_points_passed=rng.choice([None, None, 2250, 2600]),
        folkhogskola_intyg=intyg,
        work_years_after_19=rng.choice([0.0, 0.0, 3.0]),
        teaching_subject_hp=rng.choice([None, None, 90.0]),
        slutbetyg_issued_year=rng.choice([None, None, 2001, 2015]),
        slutbetyg_programme_points=rng.choice([None, None, 2150, 2400]),
        avgangsbetyg_years=rng.choice([2, 3]) if two_years and rng.random() < 0.7 else None,
        folkhogskola_subjects=(
            tuple(rng.sample(["svenska", "engelska", "matematik", "historia"], 2))
            if intyg and rng.random() < 0.5
            else ()
        ),
        degree_hp=rng.choice([None, None, 180.0]),
    )


def _transcripts(store: OpenedStore, ids: list[int]) -> dict[int, Transcript]:
    """Each learner read back alone, as the learner page reads them."""
    found = {}
    with store.database.unit_of_work(writes=False) as uow:
        for learner_id in ids:
            records = [s.record for s in uow.courses.for_learner(learner_id)]
            found[learner_id] = transcript_of(records, uow.profiles.qualifications(learner_id))
    return found


# The plain answers by what was read back (a transcript and a target; the rules and the
# day are the module's): a pure function of the two, so a transcript read back equal from
# the other backend, or a member of both terms' groups, is not evaluated again. A transcript
# read back differently is a new key, evaluated afresh.
_PLAIN: dict[tuple[Transcript, str], bool | None] = {}
_GAPS: dict[tuple[Transcript, str], Gap] = {}


def _plain_eligible(data: EligibilityData, transcript: Transcript, target: str) -> bool | None:
    key = (transcript, target)
    if key not in _PLAIN:
        try:
            evaluator = Evaluator(data.book, data.catalogue, transcript, on=TODAY)
            _PLAIN[key] = evaluator.evaluate(target).eligible
        except RuleNotInForce:
            _PLAIN[key] = None
    return _PLAIN[key]


def _plain_gap(calculator: GapCalculator, transcript: Transcript, target: str) -> Gap:
    key = (transcript, target)
    if key not in _GAPS:
        _GAPS[key] = calculator.gap(transcript, target)
    return _GAPS[key]


def test_bulk_standings_and_groups_equal_the_plain_evaluation_of_each_learner(
    store: OpenedStore, data: EligibilityData
) -> None:
    DemoGenerator(store.database, clock).generate(DEMO_LEARNERS, seed=7)
    _made_learners(store, data, random.Random(19))
    with store.database.unit_of_work(writes=False) as uow:
        ids = [row[0] for row in uow.session.connection().exec_driver_sql("SELECT id FROM learner")]
    transcripts = _transcripts(store, ids)
    assert len(transcripts) == DEMO_LEARNERS + MADE_LEARNERS
    assert any(not t.records for t in transcripts.values())
    assert any(t.avgangsbetyg_years == 2 for t in transcripts.values())
    assert any(t.foreign_assessment for t in transcripts.values())

    standings = TargetStandings(data, clock)
    calculator = GapCalculator(data.book, data.catalogue, on=TODAY)  # for its plain ``gap``
    offerings = OfferingService(store.database, data, clock)
    groups = StudentGroupService(store.database, data, offerings, clock)
    answers: dict[str, int] = {}
    for target in TARGETS:
        plain = {i: _plain_eligible(data, t, target) for i, t in transcripts.items()}
        bulk = {s.learner_id: s.eligible for s in standings.evaluate_everyone(
            store.database, target, on=TODAY)}  # fmt: skip
        assert bulk == plain, target
        answers[target] = sum(bool(v) for v in plain.values())
        if target == GRUNDLAGGANDE:
            continue  # an offering is of a programme
        for term in ("HT2027", "HT2028"):
            draft = nursing(term, target_id=target, university="Provlärosätet")
            offering = offerings.create(draft).offering
            left = len(terms_left(TODAY, offering.offering.complete_by))
            first = groups.group(offering.id, on=TODAY)
            again = groups.group(offering.id, on=TODAY)  # the kept memos
            assert again == first
            assert first.considered == len(transcripts)
            for member in first.members:
                gap = _plain_gap(calculator, transcripts[member.learner_id], target)
                expected = (
                    categorise(gap, left), gap.points, gap.codes, gap.studyable,
                    terms_at(gap, FULL_TIME), terms_at(gap, HALF_TIME),
                )  # fmt: skip
                found = (
                    member.category, member.gap_points, member.gap_codes, member.studyable,
                    member.terms_full, member.terms_half,
                )  # fmt: skip
                assert found == expected, (target, term, member.learner_id)
    # The caseload reaches both answers for the programmes compared.
    assert all(0 < answers[t] < len(transcripts) for t in ("sjukskoterska", GRUNDLAGGANDE))

    standings.refresh_all(store.database)
    with store.database.unit_of_work(writes=False) as uow:
        stored = {
            row[0]: (row[1], None if row[2] is None else bool(row[2]))
            for row in uow.session.connection().exec_driver_sql(
                "SELECT id, standing_target, standing_eligible FROM learner"
            )
        }
        own = {i: uow.profiles.target(i) for i in ids}
    for learner_id, transcript in transcripts.items():
        choice = own[learner_id]
        if choice is None:
            assert stored[learner_id] == (None, None)
        else:
            target = choice.target_id
            assert stored[learner_id] == (target, _plain_eligible(data, transcript, target))


def test_the_kept_memos_follow_a_learner_who_changes(
    store: OpenedStore, data: EligibilityData
) -> None:
    """Memos are keyed by what was read, never by learner: a learner whose courses change
    gets the new answer from the same day's kept calculator."""
    learner_id = (
        LearnerService(store.database, clock=clock)
        .create(
            LearnerDraft(given_name="Ulla", family_name="Testsson", birth_date=date(1980, 1, 1))
        )
        .learner.id
    )
    standings = TargetStandings(data, clock)

    def eligible() -> bool | None:
        found = list(standings.evaluate_everyone(store.database, GRUNDLAGGANDE, on=TODAY))
        return next(s.eligible for s in found if s.learner_id == learner_id)

    assert eligible() is False
    with store.database.unit_of_work() as uow:
        uow.profiles.set_qualifications(
            learner_id, Qualifications(examen=Examen.HOGSKOLEFORBEREDANDE), now=NOW
        )
    assert eligible() is True
    assert isinstance(NOW, datetime)
