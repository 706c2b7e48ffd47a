"""The meritvärde per urvalsgrupp (BI, BII) of one transcript.

Which records are the grade document and which are completions: a record from komvux is a
completion (komplettering) of a gymnasium document, unless at least two thirds of the points
are from komvux — then the komvux examen/slutbetyg is the document (GROUPS). Folkhögskola
records give no meritvärde (NO_FOLKHOGSKOLA_MERIT). Records without a provider count as the
document. Only completed, graded records count (F counts as 0 in the document).

BI is the document's value (when the learner is eligible on it); BII adds the completions:
required ones always, an utbyte when its grade is higher (with the new course's points,
UTBYTE_POINTS), meritpoäng courses (their grade in the jämförelsetal only for an examen),
and — for a slutbetyg issued before 2010 — older courses when they raise the value. A
learner eligible on the document is in BII too only when the completions raise the value
(GROUPS_RAISE_ONLY).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from larsam_desktop.domain.courses.catalogue import Catalogue, CourseSystem
from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus, Provider
from larsam_desktop.domain.courses.transcript import Transcript
from larsam_desktop.domain.merit.points import meritpoang
from larsam_desktop.domain.merit.subjects import (
    MeritCourse,
    MeritSubject,
    counts_in_jamforelsetal,
    merit_course,
)
from larsam_desktop.domain.merit.values import (
    GRADE_VALUES,
    MAX_MERITVARDE,
    two_decimals,
    weighted_mean,
)

_EXHAUSTIVE = 6  # optional completions tried in every combination (2⁶ = 64 at most)


class GradeDocument(StrEnum):
    GYMNASIEEXAMEN = "gymnasieexamen"
    SLUTBETYG = "slutbetyg"  # issued 2010 or later (or the year is not known)
    SLUTBETYG_BEFORE_2010 = "slutbetyg_before_2010"


class MeritNote(StrEnum):
    """What the coach should know about a computed value (translated where shown)."""

    BF_NOT_COMPUTED = "bf_not_computed"  # folkhögskola: no studieomdöme in LärSam
    DOCUMENT_GUESSED = "document_guessed"  # no examen or slutbetyg year recorded
    KOMVUX_DOCUMENT = "komvux_document"  # ≥ 2/3 of the points from komvux: all in BI
    NOT_ELIGIBLE_ON_DOCUMENT = "not_eligible_on_document"  # completions needed: BII only


@dataclass(frozen=True, slots=True)
class GroupMerit:
    group: str  # "BI" or "BII"
    jamforelsetal: Decimal
    meritpoang: Decimal
    points: int  # gymnasiepoäng in the jämförelsetal
    courses: tuple[str, ...]  # the codes counted in the jämförelsetal
    by_subject: tuple[tuple[MeritSubject, Decimal], ...] = ()

    @property
    def meritvarde(self) -> Decimal:
        return min(self.jamforelsetal + self.meritpoang, MAX_MERITVARDE)


@dataclass(frozen=True, slots=True)
class MeritResult:
    document: GradeDocument
    groups: tuple[GroupMerit, ...]
    notes: tuple[MeritNote, ...] = ()

    def group(self, name: str) -> GroupMerit | None:
        return next((g for g in self.groups if g.group == name), None)


@dataclass(frozen=True, slots=True)
class _Counted:
    record: CourseRecord
    value: Decimal
    merit: MeritCourse | None


def grade_document(transcript: Transcript, catalogue: Catalogue) -> GradeDocument:
    """The document's kind: an examen, else a slutbetyg by its year, else by its courses."""
    if transcript.examen is not None:
        return GradeDocument.GYMNASIEEXAMEN
    year = transcript.slutbetyg_issued_year
    if year is not None:
        return GradeDocument.SLUTBETYG_BEFORE_2010 if year < 2010 else GradeDocument.SLUTBETYG
    old = any(
        r.code in catalogue and catalogue.get(r.code).system is CourseSystem.LPF94
        for r in transcript.records
    )
    return GradeDocument.SLUTBETYG if old else GradeDocument.GYMNASIEEXAMEN


def compute_merit(
    transcript: Transcript,
    catalogue: Catalogue,
    *,
    required_codes: frozenset[str] = frozenset(),
    required: Mapping[MeritSubject, int] | None = None,
    eligible_on_document: bool | None = None,
) -> MeritResult:
    """The jämförelsetal, meritpoäng and meritvärde per urvalsgrupp.

    ``required_codes``: courses the target requires (always counted in BII);
    ``required``: the merit subjects' required levels (``subjects.required_levels``);
    ``eligible_on_document``: False puts the learner in BII only, None means not known.
    """
    document = grade_document(transcript, catalogue)
    examen = document is GradeDocument.GYMNASIEEXAMEN
    levels = required or {}
    notes: list[MeritNote] = []
    if transcript.examen is None and transcript.slutbetyg_issued_year is None:
        notes.append(MeritNote.DOCUMENT_GUESSED)
    if transcript.folkhogskola_intyg or any(
        r.provider is Provider.FOLKHOGSKOLA for r in transcript.records
    ):
        notes.append(MeritNote.BF_NOT_COMPUTED)
    base: list[_Counted] = []
    completions: list[_Counted] = []
    for record in transcript.records:
        counted = _counted(record, catalogue)
        if counted is None:
            continue
        (completions if record.provider is Provider.KOMVUX else base).append(counted)
    if not base and not completions:
        return MeritResult(document, (), tuple(notes))
    komvux_points = sum(c.record.points for c in completions)
    all_points = komvux_points + sum(c.record.points for c in base)
    if not base or 3 * komvux_points >= 2 * all_points:
        if base:
            notes.append(MeritNote.KOMVUX_DOCUMENT)
        bi = _group("BI", [*base, *completions], [], levels, examen)
        return MeritResult(document, (bi,), tuple(notes))
    bi = _group("BI", base, [], levels, examen)
    bii = _bii(base, completions, catalogue, levels, required_codes, document)
    if eligible_on_document is False:
        notes.append(MeritNote.NOT_ELIGIBLE_ON_DOCUMENT)
        return MeritResult(document, (bii,), tuple(notes))
    groups = (bi, bii) if bii.meritvarde > bi.meritvarde else (bi,)
    return MeritResult(document, groups, tuple(notes))


def _counted(record: CourseRecord, catalogue: Catalogue) -> _Counted | None:
    if record.status is not CourseStatus.COMPLETED or record.grade is None:
        return None
    if record.provider is Provider.FOLKHOGSKOLA or record.code not in catalogue:
        return None
    course = catalogue.get(record.code)
    if not counts_in_jamforelsetal(course):
        return None
    merit = merit_course(course) if record.grade.passes else None
    return _Counted(record, GRADE_VALUES[record.grade], merit)


def _bii(
    base: Sequence[_Counted],
    completions: Sequence[_Counted],
    catalogue: Catalogue,
    levels: Mapping[MeritSubject, int],
    required_codes: frozenset[str],
    document: GradeDocument,
) -> GroupMerit:
    examen = document is GradeDocument.GYMNASIEEXAMEN
    counted = list(base)
    optional: list[_Counted] = []
    for completion in sorted(completions, key=lambda c: -c.value):
        place = _replaces(completion, counted, catalogue)
        if place is not None:
            if completion.value > counted[place].value:
                counted[place] = completion  # utbyte: the new grade and points
            continue
        if completion.record.code in required_codes:
            counted.append(completion)
        elif completion.merit is not None or (
            document is GradeDocument.SLUTBETYG_BEFORE_2010 and _is_old(completion, catalogue)
        ):
            optional.append(completion)
    return _best_with(counted, optional, levels, examen)


def _best_with(
    counted: list[_Counted],
    optional: Sequence[_Counted],
    levels: Mapping[MeritSubject, int],
    examen: bool,
) -> GroupMerit:
    """BII with the optional completions that give the highest meritvärde (a completion
    counts only if it raises the value, GROUPS_RAISE_ONLY): meritpoäng courses — on an
    examen with their grade in the jämförelsetal, on a slutbetyg with their points only —
    and a slutbetyg's older tilläggskompletteringar. Every subset is tried up to
    ``_EXHAUSTIVE`` of them (the best is then exact), one at a time beyond."""

    def group(chosen: Sequence[_Counted]) -> GroupMerit:
        merit = [c for c in chosen if c.merit is not None and not examen]
        graded = [c for c in chosen if c not in merit]
        return _group("BII", [*counted, *graded], merit, levels, examen)

    best = group(())
    if len(optional) <= _EXHAUSTIVE:
        for size in range(1, len(optional) + 1):
            for chosen in itertools.combinations(optional, size):
                candidate = group(chosen)
                if candidate.meritvarde > best.meritvarde:
                    best = candidate
        return best
    chosen_so_far: list[_Counted] = []
    for extra in optional:
        candidate = group([*chosen_so_far, extra])
        if candidate.meritvarde > best.meritvarde:
            best, chosen_so_far = candidate, [*chosen_so_far, extra]
    return best


def _replaces(
    completion: _Counted, counted: Sequence[_Counted], catalogue: Catalogue
) -> int | None:
    """The counted record ``completion`` is an utbyte for: the same course, or the newer
    course an older one is equivalent to (the catalogue's one-to-one equivalences)."""
    code = completion.record.code
    for index, item in enumerate(counted):
        if item.record.code == code:
            return index
        for row in catalogue.equivalences_from(item.record.code):
            if code in row.counts_as:
                return index
    return None


def _is_old(item: _Counted, catalogue: Catalogue) -> bool:
    return catalogue.get(item.record.code).system is CourseSystem.LPF94


def _group(
    name: str,
    counted: Iterable[_Counted],
    points_only: Iterable[_Counted],
    levels: Mapping[MeritSubject, int],
    examen: bool,
) -> GroupMerit:
    counted = list(counted)
    pairs = [(c.value, c.record.points) for c in counted]
    merit_courses = [c.merit for c in [*counted, *points_only] if c.merit is not None]
    by_subject = meritpoang(merit_courses, levels, examen=examen)
    return GroupMerit(
        group=name,
        jamforelsetal=weighted_mean(pairs),
        meritpoang=two_decimals(sum(by_subject.values(), Decimal("0"))),
        points=sum(points for _value, points in pairs),
        courses=tuple(c.record.code for c in counted),
        by_subject=tuple(by_subject.items()),
    )
