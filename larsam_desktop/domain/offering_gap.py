"""The shortest gap to one target for many learners read in bulk (the student group).

``StandingCalculator`` answers *eligible?* once per eligibility signature; the group also
needs *what is missing*, which the full ``Evaluator.evaluate`` gives (its ``plan``: the
fewest points of courses meeting every unmet requirement). The gap depends on a transcript
through the same things eligibility does — the fact tests and the passed courses that can
count towards the target's or grundläggande behörighet's requirements, with their grades as
far as a requirement asks and which route deadlines they meet — so one full evaluation per
such signature serves every learner who shares it (a test compares it with a direct
evaluation of each learner).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import date, timedelta
from typing import Any

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.qualifications import Qualifications, transcript_of
from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus
from larsam_desktop.domain.courses.transcript import Transcript
from larsam_desktop.domain.eligibility.engine import Evaluator
from larsam_desktop.domain.eligibility.rules import RuleBook, RuleNotInForce, UnknownTarget
from larsam_desktop.domain.eligibility.target_standing import StandingCalculator
from larsam_desktop.domain.offerings import UNKNOWN_TARGET_GAP, Gap

_UNSEEN: tuple[str, int, tuple[bool, ...]] = ("", 0, ())  # a part not taken apart yet
_PASSING = {grade.value: grade for grade in Grade if grade.passes}
_FAILING = {grade.value: grade for grade in Grade if not grade.passes}


def _passes(part: str) -> bool:
    fields = part.split("|")
    return len(fields) != 3 or fields[1] in _PASSING


class GapCalculator(StandingCalculator):
    """Gaps to targets on one date, one full evaluation per distinct signature."""

    def __init__(self, book: RuleBook, catalogue: Catalogue, *, on: date) -> None:
        super().__init__(book, catalogue, on=on)
        self._by_joined: dict[Hashable, Gap] = {}
        self._by_signature: dict[Hashable, Gap] = {}
        self._parts: dict[Hashable, dict[str, tuple[str, int, tuple[bool, ...]] | None]] = {}
        self._dates: dict[date, int] | None = None

    def gap(self, transcript: Transcript, target_id: str) -> Gap:
        """The gap of one transcript (the reference the bulk path is tested against)."""
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
        """``gap`` for completed records (passed and failed) joined as
        ``OfferingRepository.completed_strings`` makes them: the records that can count
        towards the target are the key (as ``StandingCalculator.signature`` makes it, failed
        ones marked), the others only by their points; records are built, all of them, for a
        key not seen before."""
        exact = (target_id, facts_key, joined)
        known = self._by_joined.get(exact)
        if known is not None:
            return known
        lens = self._lens(target_id)
        cache_key = (target_id, facts_key)
        found = self._facts.get(cache_key)
        if found is None:
            found = self._fact_tests(transcript_of((), facts()), target_id, lens)
            self._facts[cache_key] = found
        deadlines = found[1]  # the route deadlines that matter for these facts
        parts = self._parts.get((target_id, deadlines))
        if parts is None:
            parts = self._parts[(target_id, deadlines)] = {}
        keyed = []
        # Courses that count towards no requirement: only their points matter (an examen's
        # floor), passed and failed apart.
        other_passed = other_failed = 0
        for part in joined.split(";") if joined else ():
            known_part = parts.get(part, _UNSEEN)
            if known_part is _UNSEEN:
                known_part = parts[part] = self._part_key(part, lens, deadlines)
            if known_part is not None:
                keyed.append(known_part)
            elif _passes(part):
                other_passed += self._points_of(part)
            else:
                other_failed += self._points_of(part)
        signature = (target_id, found, frozenset(keyed), other_passed, other_failed)
        gap = self._by_signature.get(signature)
        if gap is None:
            every = [p.split("|") for p in joined.split(";")] if joined else []
            gap = self.gap(self._transcript(every, facts()), target_id)
            self._by_signature[signature] = gap
        self._by_joined[exact] = gap
        return gap

    def _part_key(
        self, part: str, lens: Any, deadlines: tuple[tuple[date, frozenset[str]], ...]
    ) -> tuple[str, int, tuple[bool, ...]] | None:
        """One passed record's share of the signature, as ``StandingCalculator.signature``
        makes it: the code, the grade capped at the highest minimum the target asks, and for
        each route deadline that matters whether the course ended by then (always true for a
        course that cannot count towards that route); None for a course that cannot count."""
        fields = part.split("|")
        code = fields[0]
        if code not in lens.codes:
            return None
        grade = self._capped(lens.top_rank).get(fields[1], 0) if len(fields) == 3 else 0
        if len(fields) == 3 and fields[1] not in _PASSING:
            grade = -1 if fields[1] in _FAILING else -2  # failed: the plan still sees it
        flags = fields[-1]
        index = self._date_index()
        return (
            code,
            grade,
            tuple(code not in codes or flags[index[d]] == "1" for d, codes in deadlines),
        )

    def _points_of(self, part: str) -> int:
        code = part.split("|", 1)[0]
        return self.catalogue.points(code) if code in self.catalogue else 1

    def _date_index(self) -> dict[date, int]:
        found = self._dates
        if found is None:
            found = self._dates = {d: i for i, d in enumerate(self.deadline_dates)}
        return found

    def _transcript(self, parts: list[list[str]], facts: Qualifications) -> Transcript:
        dates = self.deadline_dates
        records = []
        for fields in parts:
            code, grade, flags = fields if len(fields) == 3 else (fields[0], "E", fields[1])
            ended = next((d for d, flag in zip(dates, flags, strict=True) if flag == "1"), None)
            if ended is None and dates:
                ended = dates[-1] + timedelta(days=1)  # after every deadline
            points = self.catalogue.points(code) if code in self.catalogue else 1
            graded = _PASSING.get(grade) or _FAILING.get(grade)
            if graded is not None:
                records.append(
                    CourseRecord(code, CourseStatus.COMPLETED, graded, points, None, ended)
                )
        return transcript_of(tuple(records), facts)

    @property
    def distinct_gaps(self) -> int:
        """How many full evaluations were made (for the benchmark)."""
        return len(self._by_signature)
