"""The shipped catalogue against domain.md, and the loader's refusal of malformed files."""

from __future__ import annotations

import pytest

from larsam_desktop.domain.courses.catalogue import Catalogue, CourseSystem
from larsam_desktop.domain.courses.catalogue_files import parse_catalogue
from larsam_desktop.domain.data_files import DataFileError
from larsam_desktop.paths import resources_dir

# Every course a requirement in domain.md names (Gy11 codes), plus the komvuxarbete.
REQUIRED_GY11 = [
    "SVESVE01",
    "SVESVE02",
    "SVESVE03",
    "SVASVA01",
    "SVASVA02",
    "SVASVA03",
    "ENGENG05",
    "ENGENG06",
    "ENGENG07",
    "MATMAT01a",
    "MATMAT01b",
    "MATMAT01c",
    "MATMAT02a",
    "MATMAT02b",
    "MATMAT02c",
    "MATMAT03b",
    "MATMAT03c",
    "MATMAT04",
    "MATMAT05",
    "NAKNAK01a1",
    "NAKNAK01a2",
    "NAKNAK01b",
    "NAKNAK02",
    "SAMSAM01a1",
    "SAMSAM01a2",
    "SAMSAM01b",
    "HISHIS01a1",
    "HISHIS01a2",
    "HISHIS01b",
    "RELREL01",
    "BIOBIO01",
    "BIOBIO02",
    "FYSFYS01a",
    "FYSFYS02",
    "KEMKEM01",
    "KEMKEM02",
    "IDRIDR01",
    "MEDMED01",
    "VÅRVÅR01",
    "VÅRVÅR02",
    "KVARSH",
    "KVARNT",
]
# Codes domain.md spells out.
LPF94 = [
    "SV1201",
    "SV1202",
    "SVA1202",
    "EN1201",
    "EN1202",
    "EN1203",
    "MA1201",
    "MA1202",
    "MA1203",
    "MA1204",
    "MA1205",
    "NK1202",
    "SH1201",
    "SH1202",
]
GY25 = [
    "SVEN1000X",
    "SVEN2000X",
    "SVEN3000X",
    "SVEA3000X",
    "ENGE1000X",
    "ENGE2000X",
    "ENGE3000X",
    "MATE1A00X",
    "MATE1B00X",
    "MATE1C00X",
    "MATE2A00X",
    "MATE2B00X",
    "MATE2C00X",
    "MATO1B00X",
    "MATO1C00X",
    "MATO2000X",
    "MATF1000X",
    "NATU2000X",
    "NATU1A10X",
    "SAMH1B00X",
    "SAMH1A10X",
    "SAMH1A20X",
    "HIST1B00X",
    "HIST1A10X",
    "HIST1A20X",
]

# domain.md's equivalence table, Gy11 side → (older courses, Gy25 levels).
EQUIVALENCES = [
    (("SV1201",), ("SVESVE01",)),
    (("SV1202",), ("SVESVE02",)),
    (("EN1201",), ("ENGENG05",)),
    (("EN1202",), ("ENGENG06",)),
    (("EN1203",), ("ENGENG07",)),
    (("MA1201",), ("MATMAT01a", "MATMAT01b", "MATMAT01c")),
    (("MA1202",), ("MATMAT02a", "MATMAT02b", "MATMAT02c")),
    (("MA1203",), ("MATMAT03b",)),
    (("MA1204",), ("MATMAT04",)),
    (("MA1205",), ("MATMAT05",)),
    (("NK1202",), ("NAKNAK02",)),
    (("BI1201", "KE1201", "FY1201"), ("NAKNAK02",)),
    (("NK1201",), ("NAKNAK01a1",)),
    (("SH1201",), ("SAMSAM01b",)),
    (("HI1201",), ("HISHIS01b",)),
    (("SVEN1000X",), ("SVESVE01",)),
    (("SVEN2000X",), ("SVESVE02",)),
    (("SVEN3000X",), ("SVESVE03",)),
    (("SVEA3000X",), ("SVASVA03",)),
    (("ENGE1000X",), ("ENGENG05",)),
    (("ENGE2000X",), ("ENGENG06",)),
    (("ENGE3000X",), ("ENGENG07",)),
    (("MATE1A00X",), ("MATMAT01a",)),
    (("MATE2C00X",), ("MATMAT02c",)),
    (("MATO1B00X",), ("MATMAT03b",)),
    (("MATO1C00X",), ("MATMAT03c",)),
    (("MATO2000X",), ("MATMAT04",)),
    (("MATF1000X",), ("MATMAT05",)),
    (("NATU2000X",), ("NAKNAK02",)),
    (("NATU1A10X",), ("NAKNAK01a1",)),
    (("SAMH1B00X",), ("SAMSAM01b",)),
    (("SAMH1A10X",), ("SAMSAM01a1",)),
    (("SAMH1A20X",), ("SAMSAM01a2",)),
    (("HIST1B00X",), ("HISHIS01b",)),
    (("SAMSAM01a1", "SAMSAM01a2"), ("SAMSAM01b",)),
    (("HISHIS01a1", "HISHIS01a2"), ("HISHIS01b",)),
]


@pytest.mark.parametrize("code", REQUIRED_GY11)
def test_every_required_course_is_a_gy11_course(catalogue: Catalogue, code: str) -> None:
    assert catalogue.get(code).system is CourseSystem.GY11


@pytest.mark.parametrize(
    ("codes", "system"), [(LPF94, CourseSystem.LPF94), (GY25, CourseSystem.GY25)]
)
def test_older_courses_and_gy25_levels_are_there(
    catalogue: Catalogue, codes: list[str], system: CourseSystem
) -> None:
    assert [catalogue.get(code).system for code in codes] == [system] * len(codes)


def test_gy25_codes_have_nine_characters_ending_in_x(catalogue: Catalogue) -> None:
    gy25 = [c for c in catalogue.courses.values() if c.system is CourseSystem.GY25]
    assert gy25 and all(len(c.code) == 9 and c.code.endswith("X") for c in gy25)


def test_points_domain_md_gives(catalogue: Catalogue) -> None:
    points = catalogue.points
    assert points("SVESVE01") + points("SVESVE02") + points("SVESVE03") == 300
    assert points("ENGENG05") + points("ENGENG06") == 200
    maths = [
        c
        for c in catalogue.courses.values()
        if c.subject == "Matematik" and c.system != CourseSystem.LPF94
    ]
    assert {c.points for c in maths} == {100}
    assert points("RELREL01") == 50
    assert points("KVARSH") == points("KVARNT") == 100
    assert points("SVEN3000X") == 100


def test_every_row_names_its_source_and_unverified_rows_are_marked(catalogue: Catalogue) -> None:
    assert all(c.source for c in catalogue.courses.values())
    assert all(e.source for e in catalogue.equivalences)
    # domain.md: Gy25 codes other than Svenska and Matematik come from a secondary source.
    for code in ("NATU2000X", "SAMH1B00X", "HIST1B00X", "ENGE2000X"):
        assert not catalogue.get(code).verified
    assert catalogue.get("SVEN3000X").verified


@pytest.mark.parametrize(("from_codes", "counts_as"), EQUIVALENCES)
def test_the_equivalence_table_is_domain_mds(
    catalogue: Catalogue, from_codes: tuple[str, ...], counts_as: tuple[str, ...]
) -> None:
    assert any(
        e.from_codes == from_codes and e.counts_as == counts_as for e in catalogue.equivalences
    )


def test_svenska_c_does_not_replace_svenska_3(catalogue: Catalogue) -> None:
    rows = [e for e in catalogue.equivalences if e.from_codes == ("SV1203",)]
    assert len(rows) == 1 and rows[0].counts_as == ()
    assert all(
        "SVESVE03" not in e.counts_as for e in catalogue.equivalences if "SV1203" in e.from_codes
    )


def test_higher_courses_cover_lower_ones_on_their_line(catalogue: Catalogue) -> None:
    assert catalogue.get("MATMAT04").covers == ("MATMAT03c",)
    assert catalogue.get("MATMAT03b").covers == ("MATMAT02b",)
    assert catalogue.get("NAKNAK02").covers == ("NAKNAK01b", "NAKNAK01a2")
    assert catalogue.get("MATMAT01a").covers == ()


def test_lookup_ignores_case_and_space(catalogue: Catalogue) -> None:
    course = catalogue.lookup(" matmat01A ")
    assert course is not None and course.code == "MATMAT01a"
    vard = catalogue.lookup("vårvår01")
    assert vard is not None and vard.code == "VÅRVÅR01"
    assert catalogue.lookup("NOPE01") is None
    assert "MATMAT02b" in catalogue.suggest("MATMAT2b")


def test_search_completes_by_code_or_name(catalogue: Catalogue) -> None:
    assert [c.code for c in catalogue.search("matmat03")] == ["MATMAT03b", "MATMAT03c"]
    by_name = {c.code for c in catalogue.search("vård omsorg")}
    assert by_name == {"VÅRVÅR01", "VÅRVÅR02"}
    assert catalogue.search("   ") == []


def test_gy11_alternatives_are_the_combinations_a_learner_can_study(catalogue: Catalogue) -> None:
    assert catalogue.alternatives("SAMSAM01b") == (("SAMSAM01a1", "SAMSAM01a2"),)
    assert catalogue.alternatives("NAKNAK02") == ()  # Bi A + Ke A + Fy A are Lpf94 courses


HEADER = "code;system;name;subject;line;level;points;covers;verified;source\n"
ROW = "SVESVE01;gy11;Svenska 1;Svenska;svenska;1;100;;yes;domain.md\n"
EQ_HEADER = "from;counts_as;note;verified;source\n"


@pytest.mark.parametrize(
    ("courses", "equivalences", "problem"),
    [
        ("", EQ_HEADER, "no header row"),
        (HEADER + ROW + ROW, EQ_HEADER, "repeated"),
        (HEADER + "A;gy11;x;x;x;1;100;;yes\n", EQ_HEADER, "fields"),
        (HEADER + ROW.replace(";100;", ";0;"), EQ_HEADER, "points"),
        (HEADER + ROW.replace("gy11", "gy99"), EQ_HEADER, "unknown system"),
        (HEADER + ROW.replace(";yes;", ";maybe;"), EQ_HEADER, "verified"),
        (HEADER + ROW.replace(";domain.md", ";"), EQ_HEADER, "no source"),
        (HEADER + ROW.replace(";;yes", ";NOPE;yes"), EQ_HEADER, "covers unknown"),
        (HEADER.replace(";source", ";origin"), EQ_HEADER, "missing columns"),
        (HEADER + ROW, EQ_HEADER + "SVESVE01;NOPE;;yes;x\n", "unknown course"),
        (HEADER + ROW, EQ_HEADER + ";SVESVE01;;yes;x\n", "needs"),
        (
            HEADER + ROW + "SV1201;lpf94;Svenska A;Svenska;svenska;A;100;;yes;x\n",
            EQ_HEADER + "SVESVE01;SV1201;;yes;x\n",
            "not a Gy11 course",
        ),
    ],
)
def test_malformed_catalogue_files_are_refused(
    courses: str, equivalences: str, problem: str
) -> None:
    with pytest.raises(DataFileError, match=problem):
        parse_catalogue(courses, equivalences)


def test_blank_lines_are_skipped() -> None:
    catalogue = parse_catalogue(HEADER + "\n" + ROW + "\n", EQ_HEADER)
    assert list(catalogue.courses) == ["SVESVE01"]


def test_the_shipped_files_parse_with_comments() -> None:
    folder = resources_dir() / "catalogue"
    text = (folder / "courses.csv").read_text(encoding="utf-8")
    assert text.startswith("#")
    catalogue = parse_catalogue(text, (folder / "equivalences.csv").read_text(encoding="utf-8"))
    assert len(catalogue) > 80 and "SVESVE01" in catalogue and 3 not in catalogue
