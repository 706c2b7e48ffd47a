"""Properties the rules guarantee (hypothesis), over random transcripts of real courses.

* Raising one grade never lowers the meritvärde in any group the learner is in: every value
  is a weighted mean with non-negative weights plus meritpoäng that only grow with passes
  (HOW_COMPUTED, MERITPOANG_OVERVIEW). A grade raised from F to a pass can only add points.
* The meritvärde is never above 22,50, the jämförelsetal never above 20,00, meritpoäng never
  above 2,5 (HOW_COMPUTED, MERITPOANG_OVERVIEW).
* A completion at komvux never lowers the best grade-group value of a learner eligible on
  the document: BI stays as it was, BII is listed only when higher (GROUPS_RAISE_ONLY).

Adding a passed course to the *document* can lower the jämförelsetal (a mean): the rules
guarantee nothing there, so no property claims it.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from larsam_desktop.domain.courses.catalogue import Catalogue, CourseSystem
from larsam_desktop.domain.courses.catalogue_files import load_catalogue
from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus, Provider
from larsam_desktop.domain.courses.transcript import Examen, Transcript
from larsam_desktop.domain.merit.compute import MeritResult, compute_merit
from larsam_desktop.paths import resources_dir

CATALOGUE: Catalogue = load_catalogue(resources_dir() / "catalogue")
GY11 = sorted(c for c, course in CATALOGUE.courses.items() if course.system is CourseSystem.GY11)
A_TO_F = [Grade.F, Grade.E, Grade.D, Grade.C, Grade.B, Grade.A]


@st.composite
def transcripts(draw: st.DrawFn) -> Transcript:
    codes = draw(st.lists(st.sampled_from(GY11), min_size=1, max_size=14, unique=True))
    records = []
    for code in codes:
        provider = draw(st.sampled_from([None, Provider.UPPER_SECONDARY, Provider.KOMVUX]))
        records.append(
            CourseRecord(
                code,
                CourseStatus.COMPLETED,
                draw(st.sampled_from(A_TO_F)),
                CATALOGUE.points(code),
                provider=provider,
            )
        )
    return Transcript(records=tuple(records), examen=Examen.HOGSKOLEFORBEREDANDE)


def values(result: MeritResult) -> dict[str, Decimal]:
    return {g.group: g.meritvarde for g in result.groups}


@settings(max_examples=150, deadline=None)
@given(transcripts(), st.data())
def test_raising_a_grade_never_lowers_the_meritvarde(
    transcript: Transcript, data: st.DataObject
) -> None:
    index = data.draw(st.integers(0, len(transcript.records) - 1))
    record = transcript.records[index]
    assert record.grade is not None
    higher = [g for g in A_TO_F if g.rank > record.grade.rank]
    if not higher:
        return
    raised = dataclasses.replace(record, grade=data.draw(st.sampled_from(higher)))
    records = (*transcript.records[:index], raised, *transcript.records[index + 1 :])
    for eligible in (None, True, False):
        before = values(compute_merit(transcript, CATALOGUE, eligible_on_document=eligible))
        after = values(
            compute_merit(
                dataclasses.replace(transcript, records=records),
                CATALOGUE,
                eligible_on_document=eligible,
            )
        )
        assert max(after.values(), default=Decimal(0)) >= max(before.values(), default=Decimal(0))
        for group in before.keys() & after.keys():
            assert after[group] >= before[group], group


@settings(max_examples=150, deadline=None)
@given(transcripts())
def test_the_maxima_hold(transcript: Transcript) -> None:
    for group in compute_merit(transcript, CATALOGUE).groups:
        assert group.jamforelsetal <= Decimal("20.00")
        assert group.meritpoang <= Decimal("2.5")
        assert group.meritvarde <= Decimal("22.50")


@settings(max_examples=150, deadline=None)
@given(transcripts(), st.sampled_from(GY11), st.sampled_from(A_TO_F[1:]))
def test_a_completion_never_lowers_the_best_value_of_an_eligible_learner(
    transcript: Transcript, code: str, grade: Grade
) -> None:
    completion = CourseRecord(
        code, CourseStatus.COMPLETED, grade, CATALOGUE.points(code), provider=Provider.KOMVUX
    )
    documents = tuple(r for r in transcript.records if r.provider is not Provider.KOMVUX)
    if not documents:
        return
    base = dataclasses.replace(transcript, records=documents)
    more = dataclasses.replace(transcript, records=(*documents, completion))
    before = compute_merit(base, CATALOGUE, eligible_on_document=True)
    after = compute_merit(more, CATALOGUE, eligible_on_document=True)
    if after.notes and "komvux_document" in after.notes:
        return  # the completion made it a komvux document: another grade document
    zero = Decimal(0)
    assert max(values(after).values(), default=zero) >= max(values(before).values(), default=zero)
