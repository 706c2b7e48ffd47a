"""The standings one evaluation needs, built once each and shared wherever they cannot differ
(see ``TranscriptStandings.standing``)."""

from __future__ import annotations

from datetime import date

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.records import CourseStatus
from larsam_desktop.domain.courses.transcript import Transcript
from larsam_desktop.domain.eligibility.rules import Programme, Rule, Substitution
from larsam_desktop.domain.eligibility.standing import Standing


class TranscriptStandings:
    """One transcript's standings on one date, per deadline and programme."""

    def __init__(
        self, catalogue: Catalogue, transcript: Transcript, *, on: date, what_if: bool
    ) -> None:
        self.catalogue = catalogue
        self.transcript = transcript
        self.on = on
        self.what_if = what_if
        self._standings: dict[tuple[date | None, tuple[str, ...], tuple[str, ...]], Standing] = {}
        self._passed_by: dict[date | None, dict[str, int]] = {}
        self._asked: dict[tuple[date | None, tuple[str, ...], frozenset[str]], Standing] = {}
        self._canon: dict[date | None, date | None] = {}
        self._for_rule: dict[tuple[date | None, int], Standing] = {}  # deadline, programme
        self._records: list[tuple[str, int, bool, date | None]] | None = None
        # a programme's standing: the one without its substitutions and refusals, and the
        # codes the two differ on
        self._made_from: dict[int, tuple[Standing, frozenset[str]]] = {}

    def standing(
        self,
        completed_by: date | None = None,
        substitutions: tuple[Substitution, ...] = (),
        refused: frozenset[str] = frozenset(),
    ) -> Standing:
        """The standing of the courses passed (by ``completed_by``), with a programme's
        substitutions and refused equivalences.

        Standings are shared wherever they cannot differ: a deadline no record misses is no
        deadline, a substitution whose courses are not all satisfied adds nothing, and a
        refusal of an equivalence from a course not satisfied removes nothing.
        """
        asked = (completed_by, tuple(s.id for s in substitutions), refused)
        known = self._asked.get(asked)
        if known is not None:
            return known
        completed_by = self._canonical(completed_by)
        passed = self._passed(completed_by)
        if substitutions or refused:
            base = self.standing(completed_by)
            satisfied = {s.replaces for s in substitutions}
            substitutions = tuple(
                s for s in substitutions if all(base.rank(c) or c in satisfied for c in s.by)
            )
            refused = frozenset(code for code in refused if base.rank(code))
        key = (completed_by, tuple(s.id for s in substitutions), tuple(sorted(refused)))
        found = self._standings.get(key)
        if found is None:
            found = self._standings[key] = Standing(
                passed,
                self.catalogue,
                [s.as_equivalence() for s in substitutions],
                refused,
            )
            if substitutions or refused:
                base = self.standing(completed_by)
                self._made_from[id(found)] = (base, found.differences(base))
        self._asked[asked] = found
        return found

    def standing_reading(self, standing: Standing, codes: frozenset[str]) -> Standing:
        """``standing``, or the standing without the programme's substitutions and refusals
        it was made from when the two read ``codes`` alike (so results are shared)."""
        base = self._made_from.get(id(standing))
        if base is not None and base[1].isdisjoint(codes):
            return base[0]
        return standing

    def _canonical(self, completed_by: date | None) -> date | None:
        """A deadline no record misses is no deadline; two deadlines that keep the same
        records are one."""
        if completed_by in self._canon:
            return self._canon[completed_by]
        passed = self._passed(completed_by)
        found = completed_by
        for other in (None, *self._canon.values()):
            if other != completed_by and passed == self._passed(other):
                found = other
                break
        self._canon[completed_by] = found
        return found

    def _standing_for(self, rule: Rule, programme: Programme | None) -> Standing:
        # Most programmes neither substitute nor refuse: their rule's deadline says it all.
        special = programme is not None and bool(programme.substitutions or programme.refused)
        key = (rule.courses_completed_by, id(programme) if special else 0)
        found = self._for_rule.get(key)
        if found is None:
            if programme is None or not special:
                found = self.standing(rule.courses_completed_by)
            else:
                found = self.standing(
                    rule.courses_completed_by,
                    programme.substitutions,
                    frozenset(r.code for r in programme.refused),
                )
            self._for_rule[key] = found
        return found

    def _passed(self, completed_by: date | None) -> dict[str, int]:
        """Best grade rank per passed course code (planned ones too, with what_if)."""
        cached = self._passed_by.get(completed_by)
        if cached is not None:
            return cached
        passed: dict[str, int] = self._passed_by.setdefault(completed_by, {})
        late = completed_by is not None and self.on > completed_by
        for code, rank, completed, end_date in self._passing():
            if completed_by is not None:
                if not completed:
                    if late:
                        continue  # a course not yet finished cannot finish in time
                elif end_date is not None and end_date > completed_by:
                    continue
            passed[code] = max(passed.get(code, 0), rank)
        return passed

    def _passing(self) -> list[tuple[str, int, bool, date | None]]:
        """The records that count as passed: code, grade rank, completed, end date."""
        if self._records is None:
            self._records = []
            for record in self.transcript.records:
                grade = record.grade_for_eligibility(what_if=self.what_if)
                if grade is not None:
                    completed = record.status is CourseStatus.COMPLETED
                    self._records.append((record.code, grade.rank, completed, record.end_date))
        return self._records
