"""Meritvärde, högskoleprov results and competitiveness against last round's cut-offs.

The learner page and ``larsam-desktop merit`` share this: ``merit`` computes the
jämförelsetal per urvalsgrupp for a transcript (the target decides which courses are
required, and whether the learner is eligible on the grade document alone — BI — or needed
completions — BII); ``standing`` adds the best valid högskoleprov result, the comparison
with the target's cut-offs of the latest imported round and the what-if options.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from larsam_desktop.domain.courses.records import Provider
from larsam_desktop.domain.courses.transcript import Transcript
from larsam_desktop.domain.cutoffs import CutoffRow, last_round, matching
from larsam_desktop.domain.eligibility.rules import (
    GRUNDLAGGANDE,
    CourseRequirement,
    RuleNotInForce,
)
from larsam_desktop.domain.errors import NotFound
from larsam_desktop.domain.merit.competitive import Comparison, WhatIf, compare, what_if
from larsam_desktop.domain.merit.compute import MeritResult, compute_merit
from larsam_desktop.domain.merit.hogskoleprov import (
    HpResult,
    StoredHpResult,
    best_valid,
    validate_hp,
)
from larsam_desktop.domain.merit.subjects import MeritSubject, required_levels
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.cutoff_import import CutoffImport, CutoffImporter
from larsam_desktop.services.eligibility_data import EligibilityData
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.repositories.merit import CutoffRepository, HpRepository


@dataclass(frozen=True, slots=True)
class MeritStanding:
    """What the merit panel and the plan show for one learner and their target."""

    merit: MeritResult
    hp: HpResult | None  # the best valid result
    target_id: str | None
    comparisons: tuple[Comparison, ...]  # the target's last round, per group and university
    what_ifs: tuple[WhatIf, ...]  # for the first grade-group cut-off not yet reached
    what_if_for: Comparison | None

    @property
    def term(self) -> str | None:
        return self.comparisons[0].row.term if self.comparisons else None


def _aim(short: Comparison | None, rows: list[CutoffRow]) -> Comparison | None:
    """What the what-if aims at: a completion puts the learner in BII, so the BII cut-off
    of the university where the learner fell short (that row itself if it has no BII)."""
    if short is None:
        return None
    bii = next((r for r in rows if r.group == "BII" and r.university == short.row.university), None)
    if bii is None or bii.value is None:
        return short
    return Comparison(bii, short.learner, bool(short.learner >= bii.value))


class MeritCalculator:
    """The computations (no storage): a transcript file on the command line needs only this."""

    def __init__(self, data: EligibilityData, clock: Clock = utc_now) -> None:
        self._data = data
        self._clock = clock

    # ---- meritvärde
    def merit(self, transcript: Transcript, target_id: str | None = None) -> MeritResult:
        """The meritvärde per urvalsgrupp; with a target, its requirements give no
        meritpoäng and decide whether the grade document alone makes the learner eligible."""
        has_completions = any(r.provider is Provider.KOMVUX for r in transcript.records)
        eligible = self._eligible_on_document(transcript, target_id) if has_completions else None
        return self._compute(transcript, target_id, eligible)

    def _compute(
        self, transcript: Transcript, target_id: str | None, eligible: bool | None
    ) -> MeritResult:
        codes, levels = self._required(target_id)
        return compute_merit(
            transcript,
            self._data.catalogue,
            required_codes=codes,
            required=levels,
            eligible_on_document=eligible,
        )

    def standing(
        self,
        transcript: Transcript,
        target_id: str | None,
        hp_results: list[HpResult],
        cutoffs: list[CutoffRow],
        *,
        on: date | None = None,
    ) -> MeritStanding:
        """Merit, the best högskoleprov result, last round's comparison and the what-if."""
        day = on or local_today(self._clock)
        result = self.merit(transcript, target_id)
        hp = best_valid(hp_results, day)
        rows = self.target_cutoffs(target_id, cutoffs)
        comparisons = tuple(compare(result, hp, rows))
        short = next(
            (c for c in comparisons if c.competitive is False and c.group in ("BI", "BII")),
            None,
        )
        options: tuple[WhatIf, ...] = ()
        aim = _aim(short, rows)
        if aim is not None and aim.row.value is not None:
            # A course added at komvux leaves the grade document as it is: its eligibility
            # is worked out once, not for every course and grade tried.
            eligible = self._eligible_on_document(transcript, target_id)
            options = tuple(
                what_if(
                    transcript,
                    self._data.catalogue,
                    lambda t: self._compute(t, target_id, eligible),
                    "BII",
                    aim.row.value,
                )
            )
            short = aim
        return MeritStanding(result, hp, target_id, comparisons, options, short)

    def target_cutoffs(self, target_id: str | None, cutoffs: list[CutoffRow]) -> list[CutoffRow]:
        """The target's rows of the latest round imported (matched by programme name)."""
        if target_id is None or target_id == GRUNDLAGGANDE:
            return []
        try:
            name = self._data.book.programme(target_id).rule.name
        except KeyError:
            return []
        return last_round(matching(cutoffs, name))

    # ---- helpers
    def _required(self, target_id: str | None) -> tuple[frozenset[str], dict[MeritSubject, int]]:
        if target_id is None or target_id == GRUNDLAGGANDE:
            return frozenset(), {}
        try:
            programme = self._data.book.programme(target_id)
        except KeyError:
            return frozenset(), {}
        sets = [r.any_of for r in programme.rule.requirements if isinstance(r, CourseRequirement)]
        codes = frozenset(code for any_of in sets for codes in any_of for code in codes)
        return codes, required_levels(sets, self._data.catalogue)

    def _eligible_on_document(self, transcript: Transcript, target_id: str | None) -> bool | None:
        if target_id is None:
            return None
        from larsam_desktop.domain.eligibility.engine import Evaluator

        document = dataclasses.replace(
            transcript,
            records=tuple(r for r in transcript.records if r.provider is not Provider.KOMVUX),
        )
        try:
            evaluator = Evaluator(
                self._data.book,
                self._data.catalogue,
                document,
                on=local_today(self._clock),
            )
            return evaluator.is_eligible(target_id)
        except (RuleNotInForce, KeyError, ValueError):
            return None


class MeritService(MeritCalculator):
    """The computations, and the stored högskoleprov results and cut-offs."""

    def __init__(self, database: Database, data: EligibilityData, clock: Clock = utc_now) -> None:
        super().__init__(data, clock)
        self._database = database

    # ---- högskoleprov
    def hp_results(self, learner_id: int) -> list[StoredHpResult]:
        with self._database.unit_of_work() as uow:
            if not uow.learners.exists(learner_id):
                raise LearnerNotFound(learner_id)
            return HpRepository(uow.session).for_learner(learner_id)

    def record_hp(
        self, learner_id: int, score: str, taken_on: date | None
    ) -> tuple[StoredHpResult, Changes]:
        """Validate and store a result; raises ``ValidationError`` or ``LearnerNotFound``."""
        result = validate_hp(score, taken_on, local_today(self._clock))
        with self._database.unit_of_work() as uow:
            if not uow.learners.exists(learner_id):
                raise LearnerNotFound(learner_id)
            stored = HpRepository(uow.session).add(learner_id, result, now=self._clock())
        return stored, Changes(learners=frozenset({learner_id}))

    def remove_hp(self, result_id: int) -> Changes:
        """Remove a result recorded in error; raises ``NotFound``."""
        with self._database.unit_of_work() as uow:
            repository = HpRepository(uow.session)
            stored = repository.get(result_id)
            if stored is None:
                raise NotFound("högskoleprov result", result_id)
            repository.remove(result_id)
        return Changes(learners=frozenset({stored.learner_id}))

    # ---- cut-offs
    def import_cutoffs(self, path: Path) -> CutoffImport:
        """A round's published statistics, all or nothing (``cutoff_import``)."""
        return CutoffImporter(self._database, self._clock).import_file(path)

    def cutoffs(self) -> list[CutoffRow]:
        with self._database.unit_of_work() as uow:
            return CutoffRepository(uow.session).all()
