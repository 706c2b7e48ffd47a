"""A table test per merit rule; each case names the source it comes from (``sources.py``
holds the full citations: URL, page title, the date the page was last updated)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus, Provider
from larsam_desktop.domain.courses.transcript import Examen, Transcript
from larsam_desktop.domain.merit import sources
from larsam_desktop.domain.merit.compute import (
    GradeDocument,
    MeritNote,
    compute_merit,
    grade_document,
)
from larsam_desktop.domain.merit.subjects import MeritSubject, required_levels
from larsam_desktop.domain.merit.values import GRADE_VALUES, two_decimals, weighted_mean

D = Decimal


def rec(code: str, grade: str, provider: Provider | None = None) -> CourseRecord:
    return CourseRecord(
        code, CourseStatus.COMPLETED, Grade(grade), _points(code), provider=provider
    )


def _points(code: str) -> int:
    return {"MA1202": 50, "MA1205": 50}.get(code, 100)


def examen(*records: CourseRecord) -> Transcript:
    return Transcript(records=records, examen=Examen.HOGSKOLEFORBEREDANDE)


def slutbetyg(year: int, *records: CourseRecord) -> Transcript:
    return Transcript(records=records, slutbetyg_issued_year=year)


@pytest.mark.parametrize(
    ("grade", "value", "source"),
    [
        ("A", "20.0", sources.HOW_COMPUTED),
        ("B", "17.5", sources.HOW_COMPUTED),
        ("C", "15.0", sources.HOW_COMPUTED),
        ("D", "12.5", sources.HOW_COMPUTED),
        ("E", "10.0", sources.HOW_COMPUTED),
        ("F", "0", sources.HOW_COMPUTED),
        ("MVG", "20.0", sources.OLD_GRADES),
        ("VG", "15.0", sources.OLD_GRADES),
        ("G", "10.0", sources.OLD_GRADES),
        ("IG", "0", sources.OLD_GRADES),
    ],
)
def test_grade_values(grade: str, value: str, source: str) -> None:
    assert GRADE_VALUES[Grade(grade)] == D(value), source


@pytest.mark.parametrize(
    ("pairs", "expected", "source"),
    [
        # 8 500 / 800 = 10.625: half-up gives 10.63 (Python's round() would give 10.62).
        ([("15.0", 100), ("10.0", 700)], "10.63", sources.HOW_COMPUTED),
        ([("17.5", 100), ("15.0", 700)], "15.31", sources.HOW_COMPUTED),  # 15.3125
        ([("20.0", 100), ("20.0", 50)], "20.00", sources.HOW_COMPUTED),  # max 20,00
        ([("0", 100)], "0.00", sources.HOW_COMPUTED),
        ([], "0.00", "no graded course: nothing to divide"),
    ],
)
def test_jamforelsetal_is_points_weighted_and_rounded_half_up(
    pairs: list[tuple[str, int]], expected: str, source: str
) -> None:
    assert weighted_mean([(D(v), p) for v, p in pairs]) == D(expected), source


def test_two_decimals_rounds_a_third_decimal_of_five_up() -> None:
    assert two_decimals(D("16.845")) == D("16.85")  # HOW_COMPUTED
    assert two_decimals(D("16.844")) == D("16.84")


def test_the_komvuxarbete_and_an_f_in_the_document(catalogue: Catalogue) -> None:
    # HOW_COMPUTED: gymnasiearbetet is left out (the komvuxarbete likewise); an F counts 0.
    result = compute_merit(
        examen(rec("SVESVE01", "A"), rec("ENGENG05", "F"), rec("KVARSH", "A")), catalogue
    )
    (bi,) = result.groups
    assert (bi.group, bi.jamforelsetal, bi.points) == ("BI", D("10.00"), 200)
    assert "KVARSH" not in bi.courses


MERITPOANG_CASES = [
    # (document, records, target requirement sets, expected by subject, source)
    (
        "examen",
        ["MATMAT02c", "MATMAT03c", "MATMAT04"],
        [],
        {"matematik": "1.5"},
        sources.MERITPOANG_EXAMEN,
    ),
    ("examen", ["MATMAT05"], [], {"matematik": "1.0"}, sources.MERITPOANG_OVERVIEW),
    (
        "examen",
        ["MATMAT02b", "MATMAT03b"],
        [[["MATMAT02a"], ["MATMAT02b"], ["MATMAT02c"]]],
        {"matematik": "0.5"},
        sources.MERITPOANG_OVERVIEW,
    ),  # Ma 2 required: only Ma 3 counts
    (
        "examen",
        ["MATMAT04", "MATMAT05"],
        [[["MATMAT04"]]],
        {"matematik": "1.0"},
        sources.MERITPOANG_OVERVIEW,
    ),  # Ma 4 required: Ma 5 gives 1,0
    ("examen", ["ENGENG06", "ENGENG07"], [], {"engelska": "1.0"}, sources.MERITPOANG_EXAMEN),
    ("examen", ["MODSPA03", "MODSPA04"], [], {"moderna_sprak": "1.5"}, sources.MERITPOANG_EXAMEN),
    ("examen", ["MODSPA04"], [], {"moderna_sprak": "1.0"}, sources.MERITPOANG_EXAMEN),
    (
        "examen",
        ["MODSPA03", "MODFRA03"],
        [],
        {"moderna_sprak": "0.5"},
        sources.MERITPOANG_EXAMEN,
    ),  # two språk 3: only one 0,5
    (
        "examen",
        ["MODSPA04", "MODTYS02"],
        [],
        {"moderna_sprak": "1.5"},
        sources.MERITPOANG_EXAMEN,
    ),  # a second language ≥ 2 after språk 4
    (
        "examen",
        ["MODSPA03", "MODSPA04", "MODSPA05"],
        [[["MODSPA03"]]],
        {"moderna_sprak": "1.5"},
        sources.MERITPOANG_EXAMEN,
    ),  # språk 3 required: 4 + 5
    (
        "examen",
        ["MODSPA03", "MODSPA04", "MATMAT02c", "MATMAT03c", "MATMAT04", "ENGENG07"],
        [],
        {"moderna_sprak": "1.5", "engelska": "1.0"},
        sources.MERITPOANG_OVERVIEW,
    ),  # max 2,5
    ("slutbetyg", ["MA1203"], [], {"matematik": "1.0"}, sources.MERIT_COMPLETIONS_SLUTBETYG),
    ("slutbetyg", ["MA1202"], [], {"matematik": "0.5"}, sources.MERITPOANG_OVERVIEW),
    ("slutbetyg", ["EN1203"], [], {"engelska": "1.0"}, sources.MERITPOANG_OVERVIEW),
    ("slutbetyg", ["ENGENG07"], [], {"engelska": "1.0"}, sources.MERIT_COMPLETIONS_SLUTBETYG),
    ("slutbetyg", ["MODSPA04"], [], {"moderna_sprak": "1.0"}, sources.MODERNA_SLUTBETYG),
    ("slutbetyg", ["MODSPA05"], [], {"moderna_sprak": "1.5"}, sources.MODERNA_SLUTBETYG),
    ("slutbetyg", ["MODSPA03"], [[["MODSPA03"]]], {}, sources.MODERNA_SLUTBETYG),
]


@pytest.mark.parametrize(("document", "codes", "sets", "expected", "source"), MERITPOANG_CASES)
def test_meritpoang(
    catalogue: Catalogue,
    document: str,
    codes: list[str],
    sets: list[list[list[str]]],
    expected: dict[str, str],
    source: str,
) -> None:
    records = [
        rec(code, "E" if catalogue.get(code).system.value != "lpf94" else "G") for code in codes
    ]
    transcript = examen(*records) if document == "examen" else slutbetyg(2012, *records)
    requirement_sets = [tuple(tuple(s) for s in any_of) for any_of in sets]
    codes_required = frozenset(c for any_of in requirement_sets for s in any_of for c in s)
    result = compute_merit(
        transcript,
        catalogue,
        required_codes=codes_required,
        required=required_levels(requirement_sets, catalogue),
    )
    (bi,) = result.groups
    got = {subject.value: str(points) for subject, points in bi.by_subject}
    assert got == expected, source
    assert bi.meritpoang <= D("2.5")
    assert bi.meritvarde == min(bi.jamforelsetal + bi.meritpoang, D("22.50"))


def test_required_levels_take_the_lowest_alternative_and_the_highest_requirement(
    catalogue: Catalogue,
) -> None:
    sets = [(("MATMAT02a",), ("MATMAT02b",)), (("MATMAT03b",), ("MATMAT03c",))]
    assert required_levels(sets, catalogue) == {MeritSubject.MATEMATIK: 3}


@pytest.mark.parametrize(
    ("transcript", "document", "source"),
    [
        (examen(rec("SVESVE01", "C")), GradeDocument.GYMNASIEEXAMEN, sources.HOW_COMPUTED),
        (
            slutbetyg(2008, rec("MA1201", "G")),
            GradeDocument.SLUTBETYG_BEFORE_2010,
            sources.SLUTBETYG_BEFORE_2010_GROUPS,
        ),
        (slutbetyg(2011, rec("MA1201", "G")), GradeDocument.SLUTBETYG, sources.SLUTBETYG_2010),
        (
            Transcript(records=(rec("MA1201", "G"),)),
            GradeDocument.SLUTBETYG,
            "no year: old courses make it a slutbetyg",
        ),
    ],
)
def test_the_grade_document(
    catalogue: Catalogue, transcript: Transcript, document: GradeDocument, source: str
) -> None:
    assert grade_document(transcript, catalogue) is document, source


def test_a_higher_komvux_grade_puts_the_learner_in_bi_and_bii(catalogue: Catalogue) -> None:
    # GROUPS: an utbyte that raises the value — BI with the old value, BII with the new.
    document = [rec("SVESVE01", "C"), rec("MATMAT01b", "E"), rec("ENGENG05", "C")]
    completions = [rec("MATMAT01b", "A", Provider.KOMVUX)]
    result = compute_merit(examen(*document, *completions), catalogue)
    bi, bii = result.group("BI"), result.group("BII")
    assert bi is not None and bi.jamforelsetal == D("13.33")  # (15+10+15)/3
    assert bii is not None and bii.jamforelsetal == D("16.67")  # (15+20+15)/3
    assert bii.points == 300  # the retaken course replaces the old grade


def test_a_lower_komvux_grade_changes_nothing(catalogue: Catalogue) -> None:
    # GROUPS_RAISE_ONLY: a completion counts only if it raises the value.
    result = compute_merit(
        examen(rec("SVESVE01", "C"), rec("MATMAT01b", "B"), rec("MATMAT01b", "E", Provider.KOMVUX)),
        catalogue,
    )
    assert [g.group for g in result.groups] == ["BI"]


def test_completions_needed_for_eligibility_give_bii_only(catalogue: Catalogue) -> None:
    # GROUPS: those who completed courses to become eligible compete in BII; a required
    # komplettering always counts, even when it lowers the value (SLUTBETYG_2010).
    transcript = examen(rec("SVESVE01", "A"), rec("MATMAT02b", "E", Provider.KOMVUX))
    result = compute_merit(
        transcript,
        catalogue,
        required_codes=frozenset({"MATMAT02b"}),
        eligible_on_document=False,
    )
    assert [g.group for g in result.groups] == ["BII"]
    assert result.groups[0].jamforelsetal == D("15.00")
    assert MeritNote.NOT_ELIGIBLE_ON_DOCUMENT in result.notes


def test_a_komvux_document_of_two_thirds_is_bi_as_a_whole(catalogue: Catalogue) -> None:
    # GROUPS: a komvux examen/slutbetyg with ≥ 2/3 of its points from komvux is in BI.
    transcript = examen(
        rec("SVESVE01", "C"),
        rec("ENGENG05", "A", Provider.KOMVUX),
        rec("MATMAT01b", "A", Provider.KOMVUX),
    )
    result = compute_merit(transcript, catalogue)
    assert [g.group for g in result.groups] == ["BI"]
    assert result.groups[0].points == 300
    assert MeritNote.KOMVUX_DOCUMENT in result.notes


def test_an_utbyte_uses_the_new_courses_points(catalogue: Catalogue) -> None:
    # UTBYTE_POINTS: Gy2000 Ma B 50 gyp G → Gy11 Ma 2 100 gyp C: 100 × 15.
    transcript = slutbetyg(
        2008, rec("EN1201", "G"), rec("MA1202", "G"), rec("MATMAT02b", "C", Provider.KOMVUX)
    )
    result = compute_merit(transcript, catalogue)
    bii = result.group("BII")
    assert bii is not None and bii.points == 200 and "MATMAT02b" in bii.courses
    assert bii.jamforelsetal == D("12.50")  # (10 × 100 + 15 × 100) / 200


def test_a_meritpoang_completion_on_a_slutbetyg_adds_only_its_points(
    catalogue: Catalogue,
) -> None:
    # SLUTBETYG_2010 / MERIT_COMPLETIONS_SLUTBETYG: the grade is not in the jämförelsetal.
    transcript = slutbetyg(2012, rec("EN1201", "VG"), rec("MA1203", "A", Provider.KOMVUX))
    bii = compute_merit(transcript, catalogue).group("BII")
    assert bii is not None
    assert bii.jamforelsetal == D("15.00") and bii.courses == ("EN1201",)
    assert bii.meritpoang == D("1.00")


def test_on_an_examen_a_meritpoang_completion_counts_in_the_jamforelsetal(
    catalogue: Catalogue,
) -> None:
    # HOW_COMPUTED step 6: kompletteringar that give meritpoäng count in the jämförelsetal.
    transcript = examen(
        rec("SVESVE01", "C"), rec("ENGENG05", "C"), rec("ENGENG07", "A", Provider.KOMVUX)
    )
    bii = compute_merit(transcript, catalogue).group("BII")
    assert bii is not None and bii.jamforelsetal == D("16.67") and bii.meritpoang == D("1.00")


def test_before_2010_an_old_course_added_counts_only_if_it_raises(catalogue: Catalogue) -> None:
    # SLUTBETYG_BEFORE_2010_GROUPS: tilläggskompletteringar, never Gy11 courses.
    document = ("EN1201", "MA1201", "SVA1201")
    old = [
        code
        for code, course in catalogue.courses.items()
        if course.system.value == "lpf94"
        and course.points == 100
        and course.line not in ("engelska", "matematik")
        and code not in document
    ]
    extra_high, extra_low = old[:2]
    transcript = slutbetyg(
        2005,
        *(rec(code, "VG") for code in document),
        rec(extra_high, "MVG", Provider.KOMVUX),
        rec(extra_low, "G", Provider.KOMVUX),
    )
    bii = compute_merit(transcript, catalogue).group("BII")
    assert bii is not None and extra_high in bii.courses and extra_low not in bii.courses


def test_folkhogskola_gives_no_meritvarde_and_bf_is_not_computed(catalogue: Catalogue) -> None:
    # NO_FOLKHOGSKOLA_MERIT
    transcript = Transcript(
        records=(rec("SVESVE01", "A", Provider.FOLKHOGSKOLA),), folkhogskola_intyg=True
    )
    result = compute_merit(transcript, catalogue)
    assert result.groups == ()
    assert MeritNote.BF_NOT_COMPUTED in result.notes


def test_planned_and_ongoing_courses_do_not_count(catalogue: Catalogue) -> None:
    planned = CourseRecord("MATMAT05", CourseStatus.PLANNED, None, 100)
    result = compute_merit(examen(rec("SVESVE01", "C"), planned), catalogue)
    assert result.groups[0].courses == ("SVESVE01",) and result.groups[0].meritpoang == 0


def test_no_omradesspecifika_meritpoang(catalogue: Catalogue) -> None:
    # NO_AREA_MERIT (unverified): Biologi 2, Fysik 2, Kemi 2 give no meritpoäng.
    codes = [c for c in ("BIOBIO02", "FYSFYS02", "KEMKEM02") if c in catalogue]
    assert codes, "the catalogue holds the old area courses"
    result = compute_merit(examen(*(rec(code, "A") for code in codes)), catalogue)
    assert result.groups[0].meritpoang == 0, sources.NO_AREA_MERIT
