"""The shortest gap to one target for many learners read in bulk (the student group).

``StandingCalculator`` answers *eligible?* once per eligibility signature; the group also
needs *what is missing*, which the full ``Evaluator.evaluate`` gives (its ``plan``: the
fewest points of courses meeting every unmet requirement). The gap reads a transcript
through

* the fact tests of the grundläggande routes, the programme and the examens an audit can
  stand in for, and the intyg subjects (``_Lens``); the kärnämne share, the one fact that
  counts recorded points, by the points of the kärnämne courses passed;
* the passed courses that can count towards a course any of those rules names (``codes``),
  with the grade up to the highest minimum any of them asks and which route deadlines they
  met;
* the points with a grade, passed or not, of every course (an examen's 2,400 and 2,250,
  ``examen.graded_points``: failed and discontinued courses, and courses no requirement
  names, count there).

One evaluation serves every learner who agrees on those (``gap_of_joined``), and that
evaluation shares its rule outcomes with every other (``rule_memo.GapEvaluator``). A test
compares the result with a plain ``Evaluator.evaluate`` of each learner of a generated
caseload.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date, timedelta

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.qualifications import Qualifications, transcript_of
from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus
from larsam_desktop.domain.courses.transcript import CORE_COURSES, Transcript
from larsam_desktop.domain.eligibility.engine import Evaluator
from larsam_desktop.domain.eligibility.rule_memo import GapEvaluator, reaching
from larsam_desktop.domain.eligibility.rules import (
    GRUNDLAGGANDE,
    CourseRequirement,
    FactRequirement,
    Rule,
    RuleBook,
    RuleNotInForce,
    UnknownTarget,
)
from larsam_desktop.domain.eligibility.target_standing import StandingCalculator
from larsam_desktop.domain.offerings import UNKNOWN_TARGET_GAP, Gap

_GRADES = {grade.value: grade for grade in Grade}
_RANKS = {grade: grade.rank for grade in Grade}
# A passed record's part of a signature: code, capped rank, deadline flags, and its points
# when it is a kärnämne course (else 0)
_Share = tuple[str, int, str, int]
_CORE_FACT = "slutbetyg_core_percent"


@dataclass(frozen=True, slots=True)
class _Part:
    """One record of a joined string, taken apart once."""

    code: str
    grade: Grade | None  # None: a grade text this program does not know (not counted)
    rank: int  # the grade's rank; -1 without a known grade
    points: int
    flags: str  # per deadline date, "1" when it ended by then
    completed: bool  # else discontinued


@dataclass(frozen=True, slots=True)
class _Lens:
    codes: frozenset[str]
    top_rank: int
    facts: tuple[FactRequirement, ...]
    subjects: tuple[str, ...]
    reads_core: bool  # some fact test reads the kärnämne share (recorded points)
    audited: tuple[int, ...]  # the fact tests an examen audit stands in for (by index)


class GapCalculator(StandingCalculator):
    """Gaps to targets on one date, one evaluation per distinct signature."""

    def __init__(self, book: RuleBook, catalogue: Catalogue, *, on: date) -> None:
        super().__init__(book, catalogue, on=on)
        self._by_joined: dict[str, dict[tuple[Hashable, str], Gap]] = {}
        self._by_signature: dict[Hashable, Gap] = {}
        self._gap_lenses: dict[str, _Lens] = {}
        self._parts: dict[str, _Part] = {}
        self._part_shares_of: dict[str, dict[_Part, _Share | None]] = {}
        self._tests: dict[Hashable, tuple[bool, ...]] = {}
        self._records: dict[Hashable, tuple[tuple[_Share, ...], tuple[int, int]]] = {}

    def gap(self, transcript: Transcript, target_id: str) -> Gap:
        """The gap of one transcript: a plain, full evaluation (the reference the bulk path
        is tested against)."""
        try:
            result = Evaluator(self.book, self.catalogue, transcript, on=self.on).evaluate(
                target_id
            )
        except (UnknownTarget, RuleNotInForce):
            return UNKNOWN_TARGET_GAP
        if result.eligible:
            return Gap(True, 0, ())
        studyable = all(r.studyable for r in result.missing)
        return Gap(False, result.plan.points, result.plan.codes, studyable)

    def gap_of_joined(
        self,
        joined: str,
        facts_key: Hashable,
        facts: Callable[[], Qualifications],
        target_id: str,
    ) -> Gap:
        """``gap`` for graded records joined as bulk reading makes them (``;`` between
        records): ``code|grade|points|flags|status`` (``eligibility_rows.graded_strings``:
        completed and discontinued records with a grade, status ``c`` or ``d``) or
        ``code|grade|flags`` (completed records, the catalogue's points), a flag per
        ``deadline_dates`` entry, ``1`` when the course ended by then. Learners read alike
        cost one dictionary look-up; ``facts`` is called for a string or facts not seen."""
        exact_gaps = self.exact_gaps(target_id)
        exact = (facts_key, joined)
        known = exact_gaps.get(exact)
        if known is not None:
            return known
        lens = self._gap_lens(target_id)
        shares, points = self._records_key(target_id, joined, lens)
        core = tuple(s for s in shares if s[0] in CORE_COURSES) if lens.reads_core else ()
        tests_key = (target_id, facts_key, core)
        tests = self._tests.get(tests_key)
        if tests is None:
            tests = self._tests[tests_key] = self._fact_results(lens, facts(), core)
        # The points count only through an examen audit, for a fact an audit stands in for
        # that is not held, and there only as the points still short of the examen's totals.
        short: tuple[int, ...] = ()
        if any(not tests[index] for index in lens.audited):
            total, passed = points
            short = tuple(
                max(examen.total_points - total, examen.passed_points - passed, 0)
                for examen in self.book.examens.values()
            )
        signature = (target_id, tests, shares, short)
        gap = self._by_signature.get(signature)
        if gap is None:
            gap = self._by_signature[signature] = self._evaluate(
                self._transcript(joined, facts()), target_id
            )
        exact_gaps[exact] = gap
        return gap

    def exact_gaps(self, target_id: str) -> dict[tuple[Hashable, str], Gap]:
        """The gaps found for ``target_id`` by exactly what was read (``(facts_key,
        joined)`` as ``gap_of_joined`` takes them): a bulk caller looks a learner up here
        first, and calls ``gap_of_joined`` only on a miss."""
        found = self._by_joined.get(target_id)
        if found is None:
            found = self._by_joined[target_id] = {}
        return found

    def _evaluate(self, transcript: Transcript, target_id: str) -> Gap:
        """``gap``, through the shared rule outcomes (``GapEvaluator``)."""
        try:
            eligible, points, codes, studyable = GapEvaluator(
                self.book, self.rule_memo, transcript
            ).gap(target_id)
        except (UnknownTarget, RuleNotInForce):
            return UNKNOWN_TARGET_GAP
        return Gap(True, 0, ()) if eligible else Gap(False, points, codes, studyable)

    def _records_key(
        self, target_id: str, joined: str, lens: _Lens
    ) -> tuple[tuple[_Share, ...], tuple[int, int]]:
        """The records' part of the signature (see the module): the passed courses that can
        count, sorted, and the points with a grade and passed (each code once, its best)."""
        key = (target_id, joined)
        found = self._records.get(key)
        if found is not None:
            return found
        shares: list[_Share] = []
        best: dict[str, tuple[int, int]] = {}
        share_of = self._shares_of(target_id, lens)
        for part in self._split(joined):
            if part.rank < 0:
                continue  # a grade this program does not know: not counted
            code = part.code
            known = best.get(code)
            if known is None or (part.rank, part.points) > known:
                best[code] = (part.rank, part.points)
            if part in share_of:
                share = share_of[part]
            else:
                share = share_of[part] = self._share_of(part, lens)
            if share is not None:
                shares.append(share)
        total = sum(points for _rank, points in best.values())
        passed = sum(points for rank, points in best.values() if rank >= 1)
        found = self._records[key] = (tuple(sorted(shares)), (total, passed))
        return found

    def _shares_of(self, target_id: str, lens: _Lens) -> dict[_Part, _Share | None]:
        found = self._part_shares_of.get(target_id)
        if found is None:
            found = self._part_shares_of[target_id] = {}
        return found

    def _share_of(self, part: _Part, lens: _Lens) -> _Share | None:
        """A passed course's share of the signature; None when it passed nothing that can
        count (failed, discontinued, or a course no rule can use)."""
        if not part.completed or part.rank < 1 or part.code not in lens.codes:
            return None
        core_points = part.points if part.code in CORE_COURSES else 0
        return (part.code, min(part.rank, lens.top_rank), part.flags, core_points)

    def _split(self, joined: str) -> list[_Part]:
        parts = []
        for text in joined.split(";") if joined else ():
            part = self._parts.get(text)
            if part is None:
                part = self._parts[text] = self._part(text)
            parts.append(part)
        return parts

    def _part(self, text: str) -> _Part:
        fields = text.split("|")
        if len(fields) == 5:
            code, text_grade, points, flags, status = fields
            grade = _GRADES.get(text_grade)
            rank = _RANKS[grade] if grade is not None else -1
            return _Part(code, grade, rank, int(points), flags, status == "c")
        code, text_grade, flags = fields
        grade = _GRADES.get(text_grade)
        rank = _RANKS[grade] if grade is not None else -1
        points_of = self.catalogue.points(code) if code in self.catalogue else 1
        return _Part(code, grade, rank, points_of, flags, True)

    def _transcript(self, joined: str, facts: Qualifications) -> Transcript:
        """Records that read as the string does: each ends on the first deadline it met
        (after every deadline when none)."""
        dates = self.deadline_dates
        records = []
        for part in self._split(joined):
            if part.grade is None:
                continue
            ended = next(
                (d for d, flag in zip(dates, part.flags, strict=True) if flag == "1"), None
            )
            if ended is None and dates:
                ended = dates[-1] + timedelta(days=1)
            status = CourseStatus.COMPLETED if part.completed else CourseStatus.DISCONTINUED
            records.append(CourseRecord(part.code, status, part.grade, part.points, None, ended))
        return transcript_of(tuple(records), facts)

    def _fact_results(
        self, lens: _Lens, facts: Qualifications, core: tuple[_Share, ...]
    ) -> tuple[bool, ...]:
        """The fact tests and intyg subjects, on the facts and the kärnämne courses passed."""
        records = tuple(
            CourseRecord(code, CourseStatus.COMPLETED, Grade.E, points)
            for code, _rank, _flags, points in core
        )
        transcript = transcript_of(records, facts)
        return (
            *(requirement.holds(transcript) for requirement in lens.facts),
            *(transcript.covers_subject(subject) for subject in lens.subjects),
        )

    def _gap_lens(self, target_id: str) -> _Lens:
        lens = self._gap_lenses.get(target_id)
        if lens is None:
            rules: list[Rule] = list(self.book.grundlaggande.routes)
            if self.book.grundlaggande.advanced is not None:
                rules.append(self.book.grundlaggande.advanced)
            rules.extend(examen.rule for examen in self.book.examens.values())
            extra: dict[str, set[str]] = {}
            if target_id in self.book.target_ids and target_id != GRUNDLAGGANDE:
                programme = self.book.programme(target_id)
                rules.append(programme.rule)
                for substitution in programme.substitutions:
                    extra.setdefault(substitution.replaces, set()).update(substitution.by)
            courses = [
                r for rule in rules for r in rule.requirements if isinstance(r, CourseRequirement)
            ]
            facts = tuple(
                r for rule in rules for r in rule.requirements if isinstance(r, FactRequirement)
            )
            named = {code for r in courses for course_set in r.any_of for code in course_set}
            named.update(code for codes in extra.values() for code in codes)
            lens = self._gap_lenses[target_id] = _Lens(
                codes=frozenset(reaching(named, self._counts_towards, extra)),
                top_rank=max((r.min_grade.rank for r in courses), default=1),
                facts=facts,
                subjects=tuple(sorted({r.intyg_subject for r in courses if r.intyg_subject})),
                reads_core=any(r.fact == _CORE_FACT for r in facts),
                audited=tuple(i for i, r in enumerate(facts) if r.audit is not None),
            )
        return lens

    @property
    def distinct_gaps(self) -> int:
        """How many signatures were evaluated (for the benchmark)."""
        return len(self._by_signature)
