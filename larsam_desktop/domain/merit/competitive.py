"""Whether a learner could compete last round, and what would lift them past a cut-off.

A learner competes in a group only with a value in it: BI/BII from the meritvärde, HP from
the best valid högskoleprov result. At a cut-off equal to the learner's value the learner
counts as competitive (ties are ranked by högskoleprov or lot: an honest "maybe").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from larsam_desktop.domain.courses.catalogue import Catalogue, CourseSystem
from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus, Provider
from larsam_desktop.domain.courses.transcript import Transcript
from larsam_desktop.domain.cutoffs import GRADE_GROUPS, HP_GROUP, CutoffMark, CutoffRow
from larsam_desktop.domain.merit.compute import MeritResult
from larsam_desktop.domain.merit.hogskoleprov import HpResult
from larsam_desktop.domain.merit.subjects import merit_course
from larsam_desktop.domain.merit.values import GRADE_VALUES

_PASSING = (Grade.E, Grade.D, Grade.C, Grade.B, Grade.A)


@dataclass(frozen=True, slots=True)
class Comparison:
    row: CutoffRow
    learner: Decimal  # the learner's meritvärde (BI/BII) or högskoleprov result (HP)
    competitive: bool | None  # None: nobody was admitted in the group

    @property
    def group(self) -> str:
        return self.row.group


def compare(
    result: MeritResult, hp: HpResult | None, rows: Iterable[CutoffRow]
) -> list[Comparison]:
    """One comparison per cut-off row in a group the learner has a value in."""
    found: list[Comparison] = []
    for row in rows:
        if row.group in GRADE_GROUPS:
            group = result.group(row.group)
            learner = group.meritvarde if group is not None else None
        elif row.group == HP_GROUP:
            learner = hp.score if hp is not None else None
        else:
            continue
        if learner is None:
            continue
        if row.mark is CutoffMark.ALL_ADMITTED:
            competitive: bool | None = True
        elif row.mark is CutoffMark.NONE_ADMITTED or row.value is None:
            competitive = None
        else:
            competitive = learner >= row.value
        found.append(Comparison(row, learner, competitive))
    return found


@dataclass(frozen=True, slots=True)
class WhatIf:
    """Study ``code`` at komvux with ``grade``: the meritvärde in the group becomes ``value``."""

    code: str
    name: str
    grade: Grade
    points: int  # what it costs
    retake: bool  # a course the learner has (utbyte), else a course added
    value: Decimal


def what_if(
    transcript: Transcript,
    catalogue: Catalogue,
    compute: Callable[[Transcript], MeritResult],
    group: str,
    cutoff: Decimal,
    *,
    limit: int = 5,
) -> list[WhatIf]:
    """The cheapest single courses (fewest points, then lowest grade) that would lift the
    meritvärde in ``group`` to ``cutoff`` or more: a course retaken at a higher grade, or
    the next course of a merit line the learner has (Gy11: the courses taught now)."""
    options: list[WhatIf] = []
    passed = {r.code for r in transcript.records if r.grade is not None and r.grade.passes}
    for record in _retakes(transcript.records):
        current = GRADE_VALUES[record.grade] if record.grade is not None else Decimal(0)
        grades = [g for g in _PASSING if GRADE_VALUES[g] > current]
        option = _first_reaching(transcript, catalogue, compute, group, cutoff, record.code, grades)
        if option is not None:
            options.append(dataclasses.replace(option, retake=True))
    for code in _next_levels(passed, catalogue):
        option = _first_reaching(
            transcript, catalogue, compute, group, cutoff, code, list(_PASSING)
        )
        if option is not None:
            options.append(option)
    options.sort(key=lambda o: (o.points, o.grade.rank, o.code))
    return options[:limit]


def _next_levels(passed: set[str], catalogue: Catalogue) -> list[str]:
    """The Gy11 merit courses one level above the highest passed in each of the learner's
    lines (Matematik 3c after 2c, Engelska 7 after 6, Spanska 4 after 3): the next course
    a learner would study, and the only ones the search tries (cheap enough for the page)."""
    highest: dict[str, int] = {}
    for code in passed:
        found = merit_course(catalogue.get(code)) if code in catalogue else None
        if found is not None:
            line = _line(catalogue.get(code).line)
            highest[line] = max(highest.get(line, 0), found.level)
    wanted = []
    for code, course in catalogue.courses.items():
        if code in passed or course.system is not CourseSystem.GY11:
            continue
        found = merit_course(course)
        line = _line(course.line)
        if found is not None and line in highest and found.level == highest[line] + 1:
            wanted.append(code)
    return wanted


def _line(line: str) -> str:
    """Matematik a, b and c are one line here: Matematik 4 follows Matematik 3b as well."""
    return "matematik" if line.startswith("matematik") else line


def _retakes(records: Sequence[CourseRecord]) -> list[CourseRecord]:
    seen: set[str] = set()
    found = []
    for record in records:
        if record.status is not CourseStatus.COMPLETED or record.grade is None:
            continue
        if record.provider is Provider.FOLKHOGSKOLA or record.code in seen:
            continue
        if record.grade is not Grade.A and record.grade is not Grade.MVG:
            seen.add(record.code)
            found.append(record)
    return found


def _first_reaching(
    transcript: Transcript,
    catalogue: Catalogue,
    compute: Callable[[Transcript], MeritResult],
    group: str,
    cutoff: Decimal,
    code: str,
    grades: Sequence[Grade],
) -> WhatIf | None:
    if code not in catalogue:
        return None
    course = catalogue.get(code)
    if course.system is CourseSystem.LPF94:
        # An old course is retaken as its Gy11 equivalent (the one-to-one equivalence).
        newer = [c for row in catalogue.equivalences_from(code) for c in row.counts_as]
        if not newer or newer[0] not in catalogue:
            return None
        course = catalogue.get(newer[0])
    for grade in grades:
        record = CourseRecord(
            course.code, CourseStatus.COMPLETED, grade, course.points, provider=Provider.KOMVUX
        )
        result = compute(dataclasses.replace(transcript, records=(*transcript.records, record)))
        value = _value(result, group)
        if value is not None and value >= cutoff:
            return WhatIf(course.code, course.name, grade, course.points, False, value)
    return None


def _value(result: MeritResult, group: str) -> Decimal | None:
    found = result.group(group)
    if found is not None:
        return found.meritvarde
    return max((g.meritvarde for g in result.groups), default=None)
