"""The student group of an offering (issue 17): every learner in the caseload sorted into
eligible now, reachable by the completion date at half or at full pace, or not in time.

The gap is the rule book's shortest one (``EligibilityResult.plan``) on today's transcript
(completed, passed courses and the recorded qualifications and decisions), counted in terms
at 10 and 20 points a week against the terms left before the offering's last day to complete
(``domain.offering_terms``). Learners are read in bulk as eligibility's bulk reading does
(``eligibility_rows``) and one full evaluation serves every learner with the same signature
(``domain.offering_gap``). From the group: plans drafted towards the offering (helper C's
``services.plan_draft.draft_plan``, what "Add the missing courses" does, saved).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.eligibility.target_standing import rules_key
from larsam_desktop.domain.errors import UserError
from larsam_desktop.domain.group_gaps import GroupGapCalculator, Placement
from larsam_desktop.domain.offering_terms import terms_left
from larsam_desktop.domain.offerings import (
    Gap,
    GroupCategory,
    GroupFilter,
    StoredOffering,
    TargetGroup,
    categorise,
    target_groups,
    terms_at,
)
from larsam_desktop.domain.plans.terms import FULL_TIME, HALF_TIME, Term
from larsam_desktop.services.cancellation import CancelCheck, Cancelled, never
from larsam_desktop.services.catalogue import QT_TRANSLATE_NOOP
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.eligibility_data import EligibilityData
from larsam_desktop.services.group_reading import GroupReading
from larsam_desktop.services.lc_services import ActivityService
from larsam_desktop.services.offering_import import OfferingFiles
from larsam_desktop.services.offerings import OfferingService
from larsam_desktop.services.target_standing import _NO_PROFILE, _qualifications_of_key
from larsam_desktop.storage.database import Database
from larsam_desktop.storage.errors import StorageError
from larsam_desktop.storage.repositories import group_gap_memo

log = logging.getLogger(__name__)

# What a person reads for each category and target group (window, command line, files).
CATEGORY_TEXTS: dict[GroupCategory, str] = {
    GroupCategory.ELIGIBLE: QT_TRANSLATE_NOOP("StudentGroup", "Eligible now"),
    GroupCategory.REACHABLE_HALF_PACE: QT_TRANSLATE_NOOP(
        "StudentGroup", "Can be eligible in time at half pace"
    ),
    GroupCategory.REACHABLE_FULL_PACE: QT_TRANSLATE_NOOP(
        "StudentGroup", "Can be eligible in time at full pace"
    ),
    GroupCategory.NOT_IN_TIME: QT_TRANSLATE_NOOP("StudentGroup", "Cannot make it in time"),
}
TARGET_GROUP_TEXTS: dict[TargetGroup, str] = {
    TargetGroup.UPPER_SECONDARY_2_YEARS: QT_TRANSLATE_NOOP(
        "StudentGroup", "Two-year upper secondary"
    ),
    TargetGroup.FOREIGN_BORN: QT_TRANSLATE_NOOP("StudentGroup", "Foreign-born"),
    TargetGroup.FIRST_GENERATION: QT_TRANSLATE_NOOP("StudentGroup", "First generation"),
    TargetGroup.NO_UPPER_SECONDARY: QT_TRANSLATE_NOOP(
        "StudentGroup", "No complete upper secondary"
    ),
}


class GroupMember(NamedTuple):  # a tuple: 100,000 of them are made in a second
    learner_id: int
    name: str
    category: GroupCategory
    gap_points: int  # 0 when eligible
    gap_codes: tuple[str, ...]  # the courses of the shortest gap
    terms_full: int  # terms the gap takes at full pace
    terms_half: int
    studyable: bool  # False: some requirement cannot be met by studying
    groups: frozenset[TargetGroup]
    municipality_code: str | None
    learning_centre_id: int | None


@dataclass(frozen=True, slots=True)
class StudentGroup:
    offering: StoredOffering
    on: date
    terms_left: tuple[Term, ...]  # the terms whose courses are graded by the deadline
    members: tuple[GroupMember, ...]  # after the filter, by category then name
    counts: dict[GroupCategory, int]  # after the filter
    considered: int  # learners read (before the target-group and category filters)

    @property
    def deadline(self) -> date:
        return self.offering.offering.complete_by


@dataclass(frozen=True, slots=True)
class DraftOutcome:
    drafted: tuple[int, ...]  # learners whose plan was saved
    refused: tuple[tuple[int, UserError], ...]  # learner and why
    changes: Changes


_ORDER = {category: index for index, category in enumerate(GroupCategory)}


class StudentGroupService:
    def __init__(
        self,
        database: Database,
        data: EligibilityData,
        offerings: OfferingService,
        clock: Clock = utc_now,
    ) -> None:
        self._database = database
        self._data = data
        self._offerings = offerings
        self._clock = clock
        self._kept: GroupGapCalculator | None = None
        self._lock = threading.Lock()

    def group(
        self,
        offering_id: int,
        where: GroupFilter | None = None,
        *,
        on: date | None = None,
        cancelled: CancelCheck = never,
    ) -> StudentGroup:
        """Raises ``OfferingNotFound``; ``Cancelled`` when ``cancelled`` says so."""
        where = where or GroupFilter()
        offering = self._offerings.get(offering_id)
        today = on or local_today(self._clock)
        left = terms_left(today, offering.offering.complete_by)
        target = offering.offering.target_id
        calculator = self._calculator(today)
        dates = calculator.deadline_dates
        gap_of = calculator.gap_of_joined
        group_of: dict[tuple[object, ...], frozenset[TargetGroup]] = {}
        # Members by category, each in name order: the list's order without a sort.
        buckets: dict[GroupCategory, list[GroupMember]] = {c: [] for c in GroupCategory}
        known_gap = calculator.exact_gaps(target).get
        # What a learner read alike to one seen before gets, in one look-up: the category,
        # the gap and the terms at each pace (GroupMember's fields from the third on).
        placed_of = calculator.placements(target, len(left))
        by_gap: dict[int, Placement] = {}
        placed_by_id: dict[int, Placement] = {}
        kept_since = self._recall(calculator, target)
        # Read on a thread of its own: a batch is read while the one before is evaluated;
        # the people (by name) come last.
        with GroupReading(self._database, where, dates, cancelled) as reading:
            for batch in reading.batches():
                if cancelled():
                    raise Cancelled()
                records_of, profile_of = batch.records.get, batch.profiles.get
                kinds_of = batch.kinds.get
                for learner_id in batch.ids:
                    profile = profile_of(learner_id, _NO_PROFILE)
                    facts_key = (profile[:10], kinds_of(learner_id, _NONE))
                    joined = records_of(learner_id, "")
                    exact = (facts_key, joined)
                    placed = placed_of.get(exact)
                    if placed is None:
                        gap = known_gap(exact)
                        if gap is None:
                            facts = functools.partial(_qualifications_of_key, facts_key)
                            gap = gap_of(joined, facts_key, facts, target)
                        placed = by_gap.get(id(gap))  # gaps are shared: placed once each
                        if placed is None:
                            placed = by_gap[id(gap)] = _placing(gap, len(left))
                        placed_of[exact] = placed
                    placed_by_id[learner_id] = placed
            learners = reading.people()
        self._keep(calculator, target, kept_since)
        placed_for = placed_by_id.get
        admits = where.admits
        everyone = not where.groups and not where.categories
        appends = {category: buckets[category].append for category in GroupCategory}
        considered = 0
        for learner_id, name, municipality, centre, prior, foreign, first_gen in learners:
            placed = placed_for(learner_id)  # by name
            if placed is None:
                continue  # added on a server after the batches were read: the next build
            considered += 1
            person = (prior, foreign, first_gen)
            groups = group_of.get(person)
            if groups is None:
                groups = group_of[person] = target_groups(prior, foreign, first_gen)
            if everyone or admits(groups, placed[0]):
                appends[placed[0]](_member(
                    GroupMember, (learner_id, name, *placed, groups, municipality, centre)
                ))  # fmt: skip
        return StudentGroup(
            offering,
            today,
            left,
            tuple(member for category in GroupCategory for member in buckets[category]),
            {c: len(buckets[c]) for c in GroupCategory},
            considered,
        )

    def _calculator(self, on: date) -> GroupGapCalculator:
        """One calculator a day, kept: its memo is keyed by what a gap depends on (the
        transcript's signature), so it stays right when learners change, and a group built
        again (another offering of the programme, a filter changed) evaluates only the
        signatures not seen before. Dropped at the next date."""
        with self._lock:
            kept = self._kept
            if kept is None or kept.on != on:
                kept = self._kept = GroupGapCalculator(self._data.book, self._data.catalogue, on=on)
            return kept

    def _recall(self, calculator: GroupGapCalculator, target: str) -> str | None:
        """The gaps an earlier build kept for ``target`` under today's rules, once per
        calculator (a local SQLite file only: see ``storage.tables.group_gap_memo``), and
        the memo's ``forgotten`` mark as this build begins (None: nothing to keep)."""
        if not self._database.is_sqlite:
            return None
        first = not calculator.remembers(target)
        key = memo_key(calculator) if first else ""
        try:
            with self._database.unit_of_work(writes=False) as uow:
                mark = group_gap_memo.forgotten(uow.session) or ""
                rows = group_gap_memo.load(uow.session, key, target) if first else []
        except StorageError:
            log.warning("the student group's kept gaps could not be read", exc_info=True)
            return None
        if first:
            gaps: dict[Gap, Gap] = {}  # one object per gap: members are placed per object
            calculator.remember(target, (
                (signature, gaps.setdefault(g, g))
                for signature, eligible, points, codes, studyable in rows
                for g in (Gap(eligible, points, tuple(codes.split(";")) if codes else (),
                              studyable),)
            ))  # fmt: skip
        return mark

    def _keep(self, calculator: GroupGapCalculator, target: str, since: str | None) -> None:
        """Save the gaps this build evaluated for the first time, unless a learner was
        deleted since it began (the memo was emptied for them: what this build read may
        hold them); a store that refuses the write (read-only, locked, full) costs only
        the next first build."""
        new = calculator.unsaved(target)
        if not new or since is None:
            return
        rows = [
            (signature, gap.eligible, gap.points, ";".join(gap.codes), gap.studyable)
            for signature, gap in new
        ]
        try:
            with self._database.unit_of_work() as uow:
                if (group_gap_memo.forgotten(uow.session) or "") == since:
                    group_gap_memo.save(uow.session, memo_key(calculator), target, rows)
        except StorageError:
            log.warning("the student group's gaps could not be kept", exc_info=True)

    @property
    def distinct_gaps(self) -> int:
        """Distinct signatures the day's calculator has a gap for (the benchmark's figure)."""
        return self._kept.distinct_gaps if self._kept is not None else 0

    @property
    def evaluations(self) -> int:
        """Signatures the day's calculator evaluated (not kept by an earlier build)."""
        return self._kept.evaluations if self._kept is not None else 0

    def draft_plans(
        self,
        offering_id: int,
        learner_ids: Sequence[int],
        *,
        author: str,
        coach: str = "",
        half_pace: Sequence[int] = (),
    ) -> DraftOutcome:
        """Draft each learner's plan towards the offering (its programme and start term),
        with the missing courses spread from the first open term: at half pace for the
        learners in ``half_pace``, else full time. Each plan is saved on its own; a learner
        refused (no such learner, a plan changed meanwhile) does not stop the others."""
        from larsam_desktop.services.plan_draft import draft_plan
        from larsam_desktop.services.plans import PlanService
        from larsam_desktop.services.profiles import ProfileService

        offering = self._offerings.get(offering_id).offering
        plans = PlanService(self._database, self._data, self._clock)
        profiles = ProfileService(self._database, self._data, self._clock)
        slow = set(half_pace)
        drafted: list[int] = []
        refused: list[tuple[int, UserError]] = []
        for learner_id in dict.fromkeys(learner_ids):
            try:
                draft_plan(
                    plans,
                    profiles,
                    learner_id,
                    target=offering.target_id,
                    start_term=str(offering.start_term),
                    pace="half" if learner_id in slow else "full",
                    author=author,
                    coach=coach,
                )
            except UserError as exc:
                refused.append((learner_id, exc))
            else:
                drafted.append(learner_id)
        return DraftOutcome(tuple(drafted), tuple(refused), Changes(learners=frozenset(drafted)))


@dataclass(frozen=True, slots=True)
class OfferingTools:
    """The offering services of one store, as the window uses them (``Services.offerings``)."""

    offerings: OfferingService
    files: OfferingFiles
    groups: StudentGroupService
    activities: ActivityService

    @classmethod
    def create(
        cls, database: Database, data: EligibilityData, language: Language = "sv"
    ) -> OfferingTools:
        """``language``: the window's, for programme names on lists (files stay Swedish)."""
        offerings = OfferingService(database, data, names_language=language)
        return cls(
            offerings,
            OfferingFiles(database, OfferingService(database, data)),
            StudentGroupService(database, data, offerings),
            ActivityService(database),
        )


def _placing(gap: Gap, terms: int) -> Placement:
    """A gap's part of a member: category, points, courses, terms at each pace, studyable."""
    return (categorise(gap, terms), gap.points, gap.codes, terms_at(gap, FULL_TIME),
            terms_at(gap, HALF_TIME), gap.studyable)  # fmt: skip


_member = tuple.__new__  # a GroupMember without NamedTuple's Python-level __new__ (100,000)


_NONE: frozenset[str] = frozenset()


def memo_key(calculator: GroupGapCalculator) -> str:
    """What the kept gaps of ``calculator`` are true for: its rule book, catalogue and the
    date boundaries passed (``rules_key``), and the code that computes gaps."""
    found = calculator.memo_key
    if found is None:
        named = rules_key(calculator.book, calculator.catalogue, calculator.on)
        digest = hashlib.sha256(f"{named}|{_code_digest()}".encode())
        found = calculator.memo_key = digest.hexdigest()[:32]
    return found


@functools.cache
def _code_digest() -> str:
    """The program's version and the source of the modules a gap is computed by (the
    engine, the courses, the group's signature and the bulk reading's strings): a change
    to any of them, even within a version, leaves the kept gaps unused. A frozen build
    without sources has its version."""
    from pathlib import Path

    from larsam_desktop import __version__

    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(f"{_MEMO_FORMAT}|{__version__}".encode())
    files = [
        *sorted((root / "domain" / "eligibility").glob("*.py")),
        *sorted((root / "domain" / "courses").glob("*.py")),
        *(root / "domain" / name for name in _GAP_MODULES),
        root / "services" / "target_standing.py",
        root / "storage" / "repositories" / "eligibility_rows.py",
        root / "storage" / "repositories" / "group_gap_memo.py",  # its packed reading
    ]
    for path in files:
        try:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        except OSError:
            continue
    return digest.hexdigest()


_MEMO_FORMAT = 1
_GAP_MODULES = ("offering_gap.py", "group_gaps.py", "group_layout.py", "offerings.py")
