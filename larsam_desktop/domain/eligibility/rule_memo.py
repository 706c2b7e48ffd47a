"""Whether one rule is met, remembered across learners (bulk eligibility's cold path).

``Evaluator.is_eligible`` decides a target from a few rule checks (``Evaluator._rule_met``):
the programme's own rule, the routes to grundläggande behörighet in order, and the
programme's requirements bound to the route met. Each check reads the transcript only
through

* the facts its requirements test (``Transcript.fact``: the kärnämne share among them
  counts recorded points) and whether the intyg covers the subjects its courses name,
* the passed courses that can count towards a course the rule names (the rule's ``reach``:
  the named courses and every course from which covers, equivalences or the programme's
  substitutions lead to one), each with its grade up to the highest minimum the rule asks
  and whether it ended by the rule's deadline.

So learners whose transcripts agree on that share the check's answer, even when the
learners differ elsewhere (another route's courses, a course only the programme names):
``RuleMemo`` keeps one answer per such key and ``MemoEvaluator`` asks it first. Far fewer
rule keys than whole signatures occur (a few hundred per rule at 100,000 learners, against
thousands of signatures), so a bulk evaluation's first run builds few standings. A test
holds the answers against the plain ``Evaluator``.
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date
from typing import NamedTuple

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.records import CourseStatus
from larsam_desktop.domain.courses.transcript import Transcript
from larsam_desktop.domain.eligibility.engine import Evaluator
from larsam_desktop.domain.eligibility.rules import (
    CourseRequirement,
    FactRequirement,
    Programme,
    Rule,
    RuleBook,
)

_COMPLETED = CourseStatus.COMPLETED
_RANKS = {grade: grade.rank for grade in Grade}


class RuleMemo:
    """Rule checks' answers on one date, by what each check reads (see the module)."""

    def __init__(self, catalogue: Catalogue, on: date) -> None:
        self.catalogue = catalogue
        self.on = on
        self._answers: dict[Hashable, bool] = {}
        self._lenses: dict[tuple[int, str | None], _Lens] = {}
        self._one_step = counts_towards(catalogue)

    def lens(self, rule: Rule, programme: Programme | None) -> _Lens:
        """What a check of ``rule`` reads: its reach (see the module), the highest minimum
        grade it decides on, the facts its requirements test and the intyg subjects that can
        stand in for its courses."""
        key = (id(rule), programme.id if programme is not None else None)
        found = self._lenses.get(key)
        if found is None:
            extra: dict[str, set[str]] = {}
            for substitution in programme.substitutions if programme is not None else ():
                extra.setdefault(substitution.replaces, set()).update(substitution.by)
            requirements = [r for r in rule.requirements if isinstance(r, CourseRequirement)]
            named = {code for r in requirements for course_set in r.any_of for code in course_set}
            named.update(code for codes in extra.values() for code in codes)
            found = self._lenses[key] = _Lens(
                frozenset(reaching(named, self._one_step, extra)),
                max(
                    (r.min_grade.rank for r in requirements if r.basis.decides(self.on)),
                    default=1,
                ),
                tuple(
                    sorted({r.fact for r in rule.requirements if isinstance(r, FactRequirement)})
                ),
                tuple(sorted({r.intyg_subject for r in requirements if r.intyg_subject})),
            )
        return found

    def key(
        self,
        transcript: Transcript,
        rule: Rule,
        programme: Programme | None,
        route_id: str | None,
        conditional_only: bool,
    ) -> Hashable:
        reach, top, fact_names, subjects = self.lens(rule, programme)
        deadline = rule.courses_completed_by
        passed = frozenset(
            (
                record.code,
                min(_RANKS[record.grade], top),
                deadline is None or record.end_date is None or record.end_date <= deadline,
            )
            for record in transcript.records
            if record.status is _COMPLETED
            and record.grade is not None
            and record.grade.passes
            and record.code in reach
        )
        # Exactly what the rule's fact tests and intyg subjects read of the facts.
        facts = (
            tuple(transcript.fact(name) for name in fact_names),
            tuple(transcript.covers_subject(subject) for subject in subjects),
        )
        programme_id = programme.id if programme is not None else None
        return (id(rule), programme_id, route_id, conditional_only, facts, passed)

    def get(self, key: Hashable) -> bool | None:
        return self._answers.get(key)

    def put(self, key: Hashable, met: bool) -> None:
        self._answers[key] = met

    def __len__(self) -> int:
        return len(self._answers)


class MemoEvaluator(Evaluator):
    """An ``Evaluator`` whose rule checks ask a shared ``RuleMemo`` first (``is_eligible``
    only: the full ``evaluate`` does not go through ``_rule_met``)."""

    def __init__(self, book: RuleBook, memo: RuleMemo, transcript: Transcript) -> None:
        super().__init__(book, memo.catalogue, transcript, on=memo.on)
        self._memo = memo

    def _rule_met(
        self,
        rule: Rule,
        programme: Programme | None = None,
        route_id: str | None = None,
        *,
        conditional_only: bool = False,
    ) -> bool:
        key = self._memo.key(self.transcript, rule, programme, route_id, conditional_only)
        known = self._memo.get(key)
        if known is None:
            known = super()._rule_met(rule, programme, route_id, conditional_only=conditional_only)
            self._memo.put(key, known)
        return known


class _Lens(NamedTuple):
    reach: frozenset[str]
    top_rank: int
    fact_names: tuple[str, ...]
    subjects: tuple[str, ...]


def counts_towards(catalogue: Catalogue) -> dict[str, set[str]]:
    """For each course, the courses whose passing can make it count as passed (one step):
    a higher course of the line that covers it, or a course of an equivalence naming it."""
    sources: dict[str, set[str]] = {}
    for code, course in catalogue.courses.items():
        for lower in course.covers:
            sources.setdefault(lower, set()).add(code)
    for row in catalogue.equivalences:
        for counted in row.counts_as:
            sources.setdefault(counted, set()).update(row.from_codes)
    return sources


def reaching(
    named: set[str], one_step: dict[str, set[str]], extra: dict[str, set[str]]
) -> set[str]:
    """``named`` and every course from which some chain of steps leads to one of them."""
    found = set(named)
    work = list(named)
    while work:
        code = work.pop()
        for source in (*one_step.get(code, ()), *extra.get(code, ())):
            if source not in found:
                found.add(source)
                work.append(source)
    return found
