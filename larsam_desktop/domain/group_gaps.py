"""The student group's gaps on the cold path: a new signature evaluated from the signature
itself, rule by rule (issue 17, a group over 100,000 learners ≤ 2 s).

``GapCalculator`` (``offering_gap``) gives each distinct signature one evaluation through
``GapEvaluator``, which builds a transcript and asks the shared rule memo for each of the
16 rules it checks (15 routes and the programme) with a key read off that transcript. The
signature already holds everything those keys read (its passed courses with capped grades
and deadline flags, the fact tests and intyg subjects, the points short of each examen), so
here each rule's key is cut from the signature directly:

* the passed courses in the rule's reach, the grade capped at the rule's top and, for a rule
  with a deadline, that deadline's flag (rules that read alike share one set per signature);
* the rule's fact tests and intyg subjects, by their place in the signature's tests;
* for each fact an examen audit stands in for that does not hold, the examen's courses (any
  date), its facts and the points still short of it (``RuleMemo._audit_key`` reads the same).

A transcript is built only when some rule's outcome has not been seen (the outcome is then
the plain ``Evaluator``'s), and the route chosen and the gap are kept by the outcomes they
are made of. What ``GapEvaluator.gap`` does with the outcomes is done the same way here
(``choose_route``, ``Planner``); tests compare every learner's gap with a plain evaluation.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable, Iterable
from datetime import date
from typing import cast

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.qualifications import Qualifications
from larsam_desktop.domain.courses.transcript import CORE_COURSES, Transcript
from larsam_desktop.domain.eligibility.engine import Evaluator
from larsam_desktop.domain.eligibility.requirements import Planner
from larsam_desktop.domain.eligibility.results import RouteOutcome
from larsam_desktop.domain.eligibility.route_choice import (
    choose_for_programme,
    choose_route,
    route_bound,
)
from larsam_desktop.domain.eligibility.rules import (
    Programme,
    Rule,
    RuleBook,
)
from larsam_desktop.domain.group_layout import Layout, Reads, make_layout
from larsam_desktop.domain.offering_gap import GapCalculator
from larsam_desktop.domain.offerings import UNKNOWN_TARGET_GAP, Gap, GroupCategory

# A passed record's share of a signature (``offering_gap``): code, capped rank, deadline
# flags, and its points when it is a kärnämne course
_Share = tuple[str, int, str, int]
_Shares = tuple[_Share, ...]
_NO_COURSES: frozenset[tuple[str, int]] = frozenset()
# A record text read once: its share (None: it passed nothing a rule can count), code,
# points with a known grade, points passed, grade rank (-1: a grade this program does not
# know) and points
_Info = tuple[_Share | None, str, int, int, int, int]
# A gap placed against the terms left: category, points, courses, terms at full and at half
# pace, studyable (a student group member's fields from the third on)
Placement = tuple[GroupCategory, int, tuple[str, ...], int, int, bool]


class _OutcomeEvaluator(Evaluator):
    def outcome(
        self, rule: Rule, programme: Programme | None, route_id: str | None
    ) -> RouteOutcome:
        return self._outcome(rule, programme, route_id)


class GroupGapCalculator(GapCalculator):
    """``GapCalculator`` whose new signatures are evaluated rule by rule from the signature
    (see the module); its answers are ``GapCalculator``'s."""

    def __init__(self, book: RuleBook, catalogue: Catalogue, *, on: date) -> None:
        super().__init__(book, catalogue, on=on)
        self._layouts: dict[str, Layout | None] = {}
        self._outcomes: dict[Hashable, RouteOutcome] = {}
        self._chosen: dict[tuple[int, ...], RouteOutcome] = {}
        self._summaries: dict[int, tuple[bool, bool, int]] = {}  # by outcome (kept alive)
        self._choices: dict[tuple[tuple[bool, bool, int], ...], int] = {}
        self._gaps: dict[tuple[int, int], Gap] = {}
        # per target, per record text: its share (or None), code, rank, and points
        self._text_infos: dict[str, dict[str, _Info]] = {}
        self._short_of: dict[tuple[int, int], tuple[int, ...]] = {}  # by (graded, passed)
        # per target and record string: shares, kärnämnen, points with a grade and passed,
        # and the shares' number (``_numbers``: each distinct shares and tests tuple one)
        self._read: dict[tuple[str, str], tuple[_Shares, _Shares, tuple[int, int], int]] = {}
        self._numbers: dict[Hashable, int] = {}
        self._by_numbers: dict[tuple[str, int, int, tuple[int, ...]], Gap] = {}
        self._placements: dict[tuple[str, int], dict[Hashable, Placement]] = {}
        self._audited_tests: dict[Hashable, tuple[tuple[bool, ...], bool, int]] = {}
        # Gaps kept from an earlier build (by signature digest) and those still to keep
        self._stored: dict[str, dict[str, Gap]] = {}
        self._unsaved: dict[str, dict[str, Gap]] = {}
        self.memo_key: str | None = None  # the caller's name for what the kept gaps hold for
        self.evaluations = 0  # signatures evaluated here (neither seen nor kept before)

    def remember(self, target_id: str, kept: Iterable[tuple[str, Gap]]) -> None:
        """Gaps to ``target_id`` kept from an earlier build under the same rules and code,
        by ``signature_digest``: a new signature found among them is not evaluated, and
        from now on every signature evaluated is offered to ``unsaved``."""
        self._stored.setdefault(target_id, {}).update(kept)

    def remembers(self, target_id: str) -> bool:
        return target_id in self._stored

    def unsaved(self, target_id: str) -> list[tuple[str, Gap]]:
        """The gaps evaluated since the last call (for ``remember``-ed targets), by digest;
        handed over once."""
        found = self._unsaved.pop(target_id, {})
        return list(found.items())

    def placements(self, target_id: str, terms: int) -> dict[Hashable, Placement]:
        """The caller's placements of the gaps to ``target_id`` with ``terms`` left, by
        exactly what was read (``exact_gaps``'s keys), kept as the gaps are."""
        found = self._placements.get((target_id, terms))
        if found is None:
            found = self._placements[(target_id, terms)] = {}
        return found

    def gap_of_joined(
        self,
        joined: str,
        facts_key: Hashable,
        facts: Callable[[], Qualifications],
        target_id: str,
    ) -> Gap:
        exact_gaps = self.exact_gaps(target_id)
        exact = (facts_key, joined)
        known = exact_gaps.get(exact)
        if known is not None:
            return known
        layout = self._layout(target_id)
        if layout is None:  # a rule this reading cannot cut keys for: the plain bulk path
            return super().gap_of_joined(joined, facts_key, facts, target_id)
        lens = self._gap_lens(target_id)
        read = self._read.get((target_id, joined))
        if read is None:
            shares, core, points = self._reading(target_id, joined, layout.dated, lens.reads_core)
            number = self._numbers.setdefault(shares, len(self._numbers))
            read = self._read[(target_id, joined)] = (shares, core, points, number)
        shares, core, points, shares_number = read
        tests_key = (target_id, facts_key, core)
        found = self._audited_tests.get(tests_key)
        if found is None:
            tests = self._fact_results(lens, facts(), core)
            # The points count only where an audit stands in for a fact not held.
            number = self._numbers.setdefault(tests, len(self._numbers))
            found = (tests, any(not tests[index] for index in lens.audited), number)
            self._audited_tests[tests_key] = found
        tests, counts_points, tests_number = found
        short: tuple[int, ...] = ()
        if counts_points:
            short = self._short_of.get(points) or self._short(points)
        # The signature by numbers (hashing the tuples they stand for costs more)
        numbered = (target_id, tests_number, shares_number, short)
        gap = self._by_numbers.get(numbered)
        if gap is not None:
            exact_gaps[exact] = gap
            return gap
        signature = (target_id, tests, shares, short)
        gap = self._by_signature.get(signature)
        if gap is None:
            stored = self._stored.get(target_id)
            digest = signature_digest(signature) if stored is not None else ""
            gap = stored.get(digest) if stored is not None else None
            if gap is None:
                self.evaluations += 1
                gap = self._gap_of(
                    layout, tests, shares, short, lambda: self._transcript(joined, facts())
                )
                if stored is not None:
                    stored[digest] = gap
                    self._unsaved.setdefault(target_id, {})[digest] = gap
            self._by_signature[signature] = gap
        self._by_numbers[numbered] = gap
        exact_gaps[exact] = gap
        return gap

    def _gap_of(
        self,
        layout: Layout,
        tests: tuple[bool, ...],
        shares: _Shares,
        short: tuple[int, ...],
        transcript: Callable[[], Transcript],
    ) -> Gap:
        """``GapEvaluator.gap`` of the signature, through the outcomes' keys."""
        passed: list[frozenset[tuple[str, int]] | None] = [None] * len(layout.classes)
        evaluator: list[_OutcomeEvaluator] = []

        def courses(index: int) -> frozenset[tuple[str, int]]:
            found = passed[index]
            if found is None:
                reach, top, flag = layout.classes[index]
                if not reach:
                    found = _NO_COURSES
                elif flag < 0:
                    found = frozenset(
                        (code, rank if rank < top else top)
                        for code, rank, _flags, _points in shares
                        if code in reach
                    )
                else:  # a rule's standing leaves out the courses ended after its deadline
                    found = frozenset(
                        (code, rank if rank < top else top)
                        for code, rank, flags, _points in shares
                        if code in reach and flags[flag] == "1"
                    )
                passed[index] = found
            return found

        def outcome(reads: Reads, route_id: str | None) -> RouteOutcome:
            audits = (
                tuple(
                    (examen, courses(examen_class), examen_tests(tests), short[at])
                    for test, examen, examen_class, examen_tests, at in reads.audits
                    if not tests[test]
                )
                if reads.audits
                else ()
            )
            key = (reads.identity, route_id, reads.tests(tests), courses(reads.passed), audits)
            found = self._outcomes.get(key)
            if found is None:
                if not evaluator:
                    evaluator.append(
                        _OutcomeEvaluator(self.book, self.catalogue, transcript(), on=self.on)
                    )
                found = self._outcomes[key] = evaluator[0].outcome(
                    reads.rule, reads.programme, route_id
                )
            return found

        outcomes: tuple[RouteOutcome, ...] = ()
        if layout.advanced is not None:
            chosen = outcome(layout.advanced, None)
        else:
            if layout.no_route:
                return UNKNOWN_TARGET_GAP
            # Routes that read only facts (no courses, no audit): outcomes kept by the tests.
            template = layout.by_tests.get(tests)
            if template is None:
                template = layout.by_tests[tests] = [
                    None if route.reads_courses else outcome(route, None) for route in layout.routes
                ]
            found_outcomes = list(template)
            for position in layout.course_routes:
                found_outcomes[position] = outcome(layout.routes[position], None)
            outcomes = cast(tuple[RouteOutcome, ...], tuple(found_outcomes))
            ids = tuple(map(id, outcomes))
            chosen_or_none = self._chosen.get(ids)
            if chosen_or_none is None:
                chosen_or_none = self._chosen[ids] = self._choose(outcomes)
            chosen = chosen_or_none
        programme = layout.programme
        own = outcome(programme, chosen.route.id) if programme else None
        if (
            outcomes
            and programme
            and own
            and programme.programme
            and route_bound(programme.programme)
        ):  # another met route may be the one that holds (Evaluator._programme_result)
            chosen, own = choose_for_programme(
                chosen, own, outcomes, lambda route_id: outcome(programme, route_id)
            )
        combined = (id(chosen), id(own))
        gap = self._gaps.get(combined)
        if gap is None:
            gap = self._gaps[combined] = self._combine(chosen, own)
        return gap

    def _choose(self, outcomes: tuple[RouteOutcome, ...]) -> RouteOutcome:
        """``choose_route``, which reads each outcome's met, open and plan points only: its
        choice is kept by those (a few hundred patterns against thousands of signatures)."""
        summaries = self._summaries
        pattern = []
        for outcome in outcomes:
            summary = summaries.get(id(outcome))
            if summary is None:
                summary = summaries[id(outcome)] = (outcome.met, outcome.open, outcome.plan.points)
            pattern.append(summary)
        key = tuple(pattern)
        index = self._choices.get(key)
        if index is None:
            picked = choose_route(outcomes)
            index = self._choices[key] = next(
                i for i, outcome in enumerate(outcomes) if outcome is picked
            )
        return outcomes[index]

    def _combine(self, chosen: RouteOutcome, own: RouteOutcome | None) -> Gap:
        mine = own.results if own is not None else ()
        everything = (*chosen.results, *mine)
        if all(r.met for r in everything):
            return Gap(True, 0, ())
        plan = Planner(self.catalogue).add(chosen.results).add(mine).plan()
        studyable = all(r.studyable for r in everything if not r.met)
        return Gap(False, plan.points, plan.codes, studyable)

    def _reading(
        self, target_id: str, joined: str, dated: frozenset[str], reads_core: bool
    ) -> tuple[_Shares, _Shares, tuple[int, int]]:
        """One record string's part of the signature, in one pass, a look-up per record
        text: the passed courses (``GapCalculator._records_key``'s first part; the deadline
        flags only of the courses some rule with a deadline reads, ``dated``: no other
        rule's key reads them), the kärnämnen among them when a fact reads them, and the
        points with a grade and passed, each course once at its best (as
        ``GapCalculator.gap_of_joined``)."""
        known = self._text_infos.get(target_id)
        if known is None:
            known = self._text_infos[target_id] = {}
        texts = joined.split(";") if joined else []
        try:
            infos = list(map(known.__getitem__, texts))
        except KeyError:
            lens = self._gap_lens(target_id)
            for text in texts:
                if text not in known:
                    part = self._split(text)[0]
                    share = None if part.rank < 0 else self._share_of(part, lens)
                    if share is not None and share[0] not in dated:
                        share = (share[0], share[1], "", share[3])
                    graded = part.points if part.rank >= 0 else 0  # a known grade
                    passed = part.points if part.rank >= 1 else 0
                    known[text] = (share, part.code, graded, passed, part.rank, part.points)
            infos = list(map(known.__getitem__, texts))
        if not infos:
            return (), (), (0, 0)
        found, codes, graded_points, passed_points, _ranks, _points = zip(*infos, strict=True)
        shares = tuple(sorted(filter(None, found)))
        core = tuple(s for s in shares if s[0] in CORE_COURSES) if reads_core else ()
        if len(set(codes)) == len(codes):  # each course once
            total = sum(graded_points)
            with_pass = sum(passed_points)
        else:
            best: dict[str, tuple[int, int]] = {}
            for _share, code, _graded, _passed, rank, points in infos:
                kept = best.get(code)
                if rank >= 0 and (kept is None or (rank, points) > kept):
                    best[code] = (rank, points)
            total = sum(points for _rank, points in best.values())
            with_pass = sum(points for rank, points in best.values() if rank >= 1)
        return shares, core, (total, with_pass)

    def _short(self, points: tuple[int, int]) -> tuple[int, ...]:
        """The points still short of each examen's totals, from the points with a grade
        (a grade this program does not know is not counted) and passed."""
        total, with_pass = points
        found = self._short_of[points] = tuple(
            max(examen.total_points - total, examen.passed_points - with_pass, 0)
            for examen in self.book.examens.values()
        )
        return found

    def _layout(self, target_id: str) -> Layout | None:
        if target_id not in self._layouts:
            lens = self._gap_lens(target_id)
            self._layouts[target_id] = make_layout(
                self.book, self.rule_memo, (lens.facts, lens.subjects), self.deadline_dates,
                self.on, target_id,
            )  # fmt: skip
        return self._layouts[target_id]


def signature_digest(signature: tuple[str, tuple[bool, ...], _Shares, tuple[int, ...]]) -> str:
    """A gap signature (target, fact tests, passed courses' shares, points short) as 128
    bits: what a kept gap is found by, without the course pattern in clear."""
    return hashlib.blake2b(repr(signature).encode(), digest_size=16).hexdigest()
