"""Whether each learner meets their target programme, in bulk.

The caseload filters and sorts on this, so it is stored with the learner and recomputed
when their courses, qualifications or target change, or when the rules change. A result
depends on the evaluation date only where a rule starts or stops applying; ``rules_key``
names the rule book and the boundaries passed by a date, so a stored standing is known to be
current exactly when its key still matches.

Learners on the same path have mostly studied the same courses, and evaluation is pure, so
``StandingCalculator`` evaluates each distinct signature once (see there).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date, timedelta
from operator import attrgetter

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.qualifications import Qualifications, transcript_of
from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus
from larsam_desktop.domain.courses.transcript import FACTS, Transcript
from larsam_desktop.domain.eligibility.rule_memo import (
    MemoEvaluator,
    RuleMemo,
    counts_towards,
    reaching,
)
from larsam_desktop.domain.eligibility.rules import (
    GRUNDLAGGANDE,
    CourseRequirement,
    FactRequirement,
    Rule,
    RuleBook,
    RuleNotInForce,
    UnknownTarget,
)


@dataclass(frozen=True, slots=True)
class TargetStanding:
    """A learner against their target on a date; ``eligible`` is None without a target, or
    when the current rules no longer know the target."""

    learner_id: int
    target_id: str | None
    eligible: bool | None
    on: date


_COMPLETED = CourseStatus.COMPLETED
_RANKS = {grade: grade.rank for grade in Grade}
_RANKS_BY_TEXT = {grade.value: grade.rank for grade in Grade}
_GRADES = {grade.value: grade for grade in Grade}


class StandingCalculator:
    """Evaluates many learners against targets on one date, once per distinct signature.

    Whether a learner is eligible for a target depends on their transcript only through its
    facts and, for each passed course that can count towards one of the target's (or
    grundläggande behörighet's) course requirements, the code, the grade as far as those
    requirements ask (ranks above their highest ``min_grade`` behave alike) and which course
    deadlines its end date meets (``Rule.courses_completed_by``). Learners with the same
    signature get the same answer, so each signature is evaluated once; a property test
    holds this against ``Evaluator.evaluate``.
    """

    def __init__(self, book: RuleBook, catalogue: Catalogue, *, on: date) -> None:
        self.book = book
        self.catalogue = catalogue
        self.on = on
        self._counts_towards = counts_towards(catalogue)
        self._lenses: dict[str, _Lens] = {}
        self._facts: dict[tuple[str, Hashable], tuple[tuple[bool, ...], _Deadlines]] = {}
        self._memo: dict[tuple[str, Hashable], bool | None] = {}
        self._isos: dict[_Deadlines, tuple[tuple[str, frozenset[str]], ...]] = {}
        self._capped_ranks: dict[int, dict[str, int]] = {}
        self._joined: dict[Hashable, TargetStanding] = {}
        self._exact: dict[Hashable, bool | None] = {}
        self._part_shares: dict[Hashable, dict[str, _Share | None]] = {}
        routes = [*book.grundlaggande.routes, book.grundlaggande.advanced]
        self._deadline_dates = tuple(
            sorted({r.courses_completed_by for r in routes if r and r.courses_completed_by})
        )
        self._date_index = {d: i for i, d in enumerate(self._deadline_dates)}
        self.rule_memo = RuleMemo(book, catalogue, on)

    def standing(
        self, learner_id: int, transcript: Transcript, target_id: str | None
    ) -> TargetStanding:
        if target_id is None:
            return TargetStanding(learner_id, None, None, self.on)
        key = (target_id, self.signature(transcript, target_id))
        if key in self._memo:
            return TargetStanding(learner_id, target_id, self._memo[key], self.on)
        try:
            # The rule checks' answers are shared across signatures (``rule_memo``).
            eligible: bool | None = MemoEvaluator(
                self.book, self.rule_memo, transcript
            ).is_eligible(target_id)
        except (UnknownTarget, RuleNotInForce):
            eligible = None  # a target the current rules do not know: unknown, not a guess
        self._memo[key] = eligible
        return TargetStanding(learner_id, target_id, eligible, self.on)

    def signature(self, transcript: Transcript, target_id: str) -> Hashable:
        """What of ``transcript`` eligibility for ``target_id`` depends on (see the class).

        Finer than needed is safe (it only costs memo hits); coarser would be a wrong answer.
        """
        lens = self._lens(target_id)
        facts, deadlines = self._fact_tests(transcript, target_id, lens)
        relevant, top, completed, ranks = lens.codes, lens.top_rank, _COMPLETED, _RANKS
        # Passed as ``CourseRecord.grade_for_eligibility()`` says (completed with E or
        # better), spelled out here: this runs for every record of 100,000 learners.
        passed = frozenset(
            (
                record.code,
                min(rank, top),
                tuple(
                    record.end_date is None or record.end_date <= d or record.code not in codes
                    for d, codes in deadlines
                )
                if deadlines
                else (),
            )
            for record in transcript.records
            if record.status is completed
            and record.grade is not None
            and (rank := ranks[record.grade]) >= 1
            and record.code in relevant
        )
        return (facts, passed)

    def _fact_tests(
        self, transcript: Transcript, target_id: str, lens: _Lens
    ) -> tuple[tuple[bool, ...], _Deadlines]:
        """Which fact tests hold, and the deadlines whose route's facts hold (else that route
        is unmet whatever the courses), each with the courses that can count towards its
        route (the others' end dates do not matter). Many learners share their facts: cached
        by value."""
        key = (target_id, _FACT_VALUES(transcript))
        found = self._facts.get(key)
        if found is None:
            found = self._facts[key] = (
                tuple(requirement.holds(transcript) for requirement in lens.facts),
                tuple(
                    (deadline, codes)
                    for deadline, route_facts, codes in lens.deadlines
                    if all(requirement.holds(transcript) for requirement in route_facts)
                ),
            )
        return found

    def grades_matter(self, target_id: str) -> bool:
        """Whether a passing grade's letter can matter for the target (a minimum above E)."""
        return self._lens(target_id).top_rank > 1

    @property
    def deadline_dates(self) -> tuple[date, ...]:
        """Every route deadline of the rule book, ascending (``standing_of_joined``'s flags)."""
        return self._deadline_dates

    def standing_of_joined(
        self,
        learner_id: int,
        joined: str,
        facts_key: Hashable,
        facts: Callable[[], Qualifications],
        target_id: str | None,
    ) -> TargetStanding:
        """``standing`` for a learner read in bulk: the facts as a hashable key with a way
        to build them, and the passed records joined into one string as bulk reading makes
        it: ``code|grade|flags`` (or ``code|flags`` when grades cannot matter, see
        ``grades_matter``) joined by ``;``, a flag per ``deadline_dates`` entry, ``1`` when
        the course ended by then. Learners with the same string and fact tests share the
        answer without the string being taken apart."""
        if target_id is None:
            return TargetStanding(learner_id, None, None, self.on)
        lens = self._lens(target_id)
        cache_key = (target_id, facts_key)
        found = self._facts.get(cache_key)
        if found is None:
            found = self._fact_tests(transcript_of((), facts()), target_id, lens)
            self._facts[cache_key] = found
        key = (target_id, found, joined)
        known = self._joined.get(key)
        if known is not None:
            return TargetStanding(learner_id, target_id, known.eligible, self.on)
        # The signature straight from the string's parts (each part's share cached), so a
        # string not seen before costs no records when its signature has been seen.
        tokens = self._tokens(target_id, lens, found[1])
        shares = []
        for part in joined.split(";") if joined else ():
            if part in tokens:
                share = tokens[part]
            else:
                share = tokens[part] = self._share(part, lens, found[1])
            if share is not None:
                shares.append(share)
        memo_key = (target_id, (found[0], frozenset(shares)))
        if memo_key in self._memo:
            known = self._joined[key] = TargetStanding(
                learner_id, target_id, self._memo[memo_key], self.on
            )
            return known
        # A new signature: records that read as the string does (each ended on the first
        # deadline it met, after every deadline when none), evaluated, and remembered under
        # the key ``standing`` would make of them.
        dates = self.deadline_dates
        records = []
        for part in joined.split(";") if joined else ():
            fields = part.split("|")
            code, grade, flags = fields if len(fields) == 3 else (fields[0], "E", fields[1])
            ended = next((d for d, flag in zip(dates, flags, strict=True) if flag == "1"), None)
            if ended is None and dates:
                ended = dates[-1] + timedelta(days=1)  # after every deadline
            points = self.catalogue.points(code) if code in self.catalogue else 1
            records.append(CourseRecord(code, _COMPLETED, _GRADES[grade], points, None, ended))
        transcript = transcript_of(tuple(records), facts())
        try:
            eligible = MemoEvaluator(self.book, self.rule_memo, transcript).is_eligible(target_id)
        except (UnknownTarget, RuleNotInForce):
            eligible = None
        self._memo[memo_key] = eligible
        known = self._joined[key] = TargetStanding(learner_id, target_id, eligible, self.on)
        return known

    def _tokens(
        self, target_id: str, lens: _Lens, deadlines: _Deadlines
    ) -> dict[str, _Share | None]:
        found = self._part_shares.get((target_id, deadlines))
        if found is None:
            found = self._part_shares[(target_id, deadlines)] = {}
        return found

    def _share(self, part: str, lens: _Lens, deadlines: _Deadlines) -> _Share | None:
        """One part's share of the signature, as ``signature`` makes it from the record
        ``standing_of_joined`` builds of the part; None for a course that cannot count
        towards the target."""
        fields = part.split("|")
        code = fields[0]
        if code not in lens.codes:
            return None
        grade, flags = (fields[1], fields[2]) if len(fields) == 3 else ("E", fields[1])
        index = self._date_index
        return (
            code,
            self._capped(lens.top_rank)[grade],
            tuple(flags[index[d]] == "1" or code not in codes for d, codes in deadlines),
        )

    def eligible_of_joined(
        self,
        target_id: str,
        joined: str,
        facts_key: Hashable,
        facts: Callable[[Hashable], Qualifications],
    ) -> bool | None:
        """``standing_of_joined(...).eligible`` for one learner of a bulk read, remembered
        by exactly what was read (``facts_key`` and ``joined``): learners read alike cost one
        dictionary look-up, and ``facts(facts_key)`` is only called for a new one."""
        exact = (target_id, facts_key, joined)
        try:
            return self._exact[exact]
        except KeyError:
            pass
        found = self._exact[exact] = self.standing_of_joined(
            0, joined, facts_key, lambda: facts(facts_key), target_id
        ).eligible
        return found

    def _capped(self, top: int) -> dict[str, int]:
        """Grade text → rank, ranks above ``top`` alike (as ``signature`` caps them)."""
        found = self._capped_ranks.get(top)
        if found is None:
            found = self._capped_ranks[top] = {g: min(r, top) for g, r in _RANKS_BY_TEXT.items()}
        return found

    @property
    def distinct_signatures(self) -> int:
        return len(self._memo)

    def _lens(self, target_id: str) -> _Lens:
        lens = self._lenses.get(target_id)
        if lens is None:
            rules = list(self.book.grundlaggande.routes)
            if self.book.grundlaggande.advanced is not None:
                rules.append(self.book.grundlaggande.advanced)
            extra: dict[str, set[str]] = {}
            if target_id in self.book.target_ids and target_id != GRUNDLAGGANDE:
                programme = self.book.programme(target_id)
                rules.append(programme.rule)
                for substitution in programme.substitutions:
                    extra.setdefault(substitution.replaces, set()).update(substitution.by)
            requirements = [
                r for rule in rules for r in rule.requirements if isinstance(r, CourseRequirement)
            ]
            named = {code for r in requirements for course_set in r.any_of for code in course_set}
            lens = _Lens(
                codes=frozenset(reaching(named, self._counts_towards, extra)),
                # Only rules that decide on the date matter (a proposed minimum grade does not).
                top_rank=max(
                    (r.min_grade.rank for r in requirements if r.basis.decides(self.on)),
                    default=1,
                ),
                facts=tuple(f for rule in rules for f in _fact_requirements(rule)),
                deadlines=tuple(
                    (
                        rule.courses_completed_by,
                        _fact_requirements(rule),
                        frozenset(reaching(_named(rule), self._counts_towards, {})),
                    )
                    for rule in rules
                    if rule.courses_completed_by is not None
                ),
            )
            self._lenses[target_id] = lens
        return lens


_FACT_VALUES = attrgetter(*FACTS)  # the facts as stored: hashable, one C call
_Share = tuple[str, int, tuple[bool, ...]]  # a passed record's part of a signature


@dataclass(frozen=True, slots=True)
class _Lens:
    """The courses that can count towards a target, and the highest grade it asks for."""

    codes: frozenset[str]
    top_rank: int
    facts: tuple[FactRequirement, ...]  # every fact test of the target's rules
    # with their route's facts and the courses that can count towards the route
    deadlines: tuple[tuple[date, tuple[FactRequirement, ...], frozenset[str]], ...]


_Deadlines = tuple[tuple[date, frozenset[str]], ...]


def _named(rule: Rule) -> set[str]:
    return {
        code
        for r in rule.requirements
        if isinstance(r, CourseRequirement)
        for course_set in r.any_of
        for code in course_set
    }


def _fact_requirements(rule: Rule) -> tuple[FactRequirement, ...]:
    return tuple(r for r in rule.requirements if isinstance(r, FactRequirement))


def _rules(book: RuleBook) -> list[Rule]:
    advanced = [book.grundlaggande.advanced] if book.grundlaggande.advanced else []
    return [
        *book.grundlaggande.routes,
        *advanced,
        *(p.rule for p in book.programmes),
        *(examen.rule for examen in book.examens.values()),
    ]


def rule_boundaries(book: RuleBook) -> tuple[date, ...]:
    """Every date on which some rule starts to apply or some deadline has passed."""
    found: set[date] = set()
    for rule in _rules(book):
        found.add(rule.valid_from)
        if rule.basis.valid_to is not None:
            found.add(rule.basis.valid_to + timedelta(days=1))
        if rule.courses_completed_by is not None:
            found.add(rule.courses_completed_by + timedelta(days=1))
        for requirement in rule.requirements:
            if requirement.basis.valid_from is not None:
                found.add(requirement.basis.valid_from)
            if requirement.basis.valid_to is not None:
                found.add(requirement.basis.valid_to + timedelta(days=1))
    return tuple(sorted(found))


def rules_key(book: RuleBook, catalogue: Catalogue, on: date) -> str:
    """Names the rules and catalogue and which of their date boundaries ``on`` has passed."""
    passed = [d.isoformat() for d in rule_boundaries(book) if d <= on]
    digest = hashlib.sha256()
    digest.update(repr(book).encode())
    digest.update(repr(sorted(catalogue.courses.items())).encode())
    digest.update(repr(catalogue.equivalences).encode())
    digest.update(",".join(passed).encode())
    return digest.hexdigest()[:32]
