"""Issue 15, rule by rule: each case names the source it was taken from.

Sources (read 2026-12-03, full references in resources/rules/*.json):
[AG]   antagning.se, "Områdesbehörigheter för Gy11 och Vux12"
[AGY]  antagning.se, "Särskild behörighet för utbildningar som leder till en yrkesexamen"
[US6]  utbildningssidan.se, "Områdesbehörighet 6 a/6 b/6 c" (old 6a/6b/6c: Nk A, Sh A, En B, Ma B)
[SLU]  SLU, "Områdesbehörigheter" (A9/9 = Fy 2, Ke 1, Ma 4 / Fy B, Ke A, Ma E; A11/11)
[LU10] Lunds universitet, sjukhusfysiker (A10/10 = Bi 1, Fy 2, Ke 2, Ma 4 / Bi A, Fy B, Ke B, Ma E)
[UHRK] uhr.se/syv, "kompletteringar för särskild behörighet" (a higher course covers a lower)
[UHRN] UHR's naturkunskap table: Bi, Fy, Ke from different syllabi combine (domain.md)
[HF28] högskoleförordningen 7 kap. 28 § (grundläggande behörighet for the advanced level)
[BH25] bedömningshandboken, "Skärpta krav efter 1 juli 2025"
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.data_files import DataFileError
from larsam_desktop.domain.eligibility.engine import Evaluator
from larsam_desktop.domain.eligibility.rule_files import parse_rule_book
from larsam_desktop.paths import resources_dir

TODAY = date(2026, 11, 28)
HF = {"examen": "hogskoleforberedande"}
SLUTBETYG = {"slutbetyg_points_passed": 2400}
OLD_CORE = ("SV1201:G", "SV1202:G", "EN1201:G", "MA1201:G")

# (source, target, courses, facts, evaluation date, eligible)
CASES: list[tuple[str, str, tuple[str, ...], dict[str, Any], date, bool]] = [
    # mixed syllabi, course by course
    ("UHRN", "sjukskoterska", ("BI1201:G", "KEMKEM01:E", "FYSFYS01a:E", "MATMAT02a:E",
                               "SAMSAM01b:E"), HF, TODAY, True),
    ("UHRN", "sjukskoterska", ("BI1201:G", "KE1201:VG", "FYSFYS01a:E", "MATMAT02a:E",
                               "SAMSAM01b:E"), HF, TODAY, True),
    ("AG", "arkitekt", ("BIOBIO01:E", "KEMKEM01:E", "FYSFYS01b1:E", "FYSFYS01b2:E",
                        "MATMAT03c:E", "SAMSAM01b:E"), HF, TODAY, True),
    ("AG", "arkitekt", ("BIOBIO01:E", "KEMKEM01:E", "FYSFYS01b1:E", "MATMAT03c:E",
                        "SAMSAM01b:E"), HF, TODAY, False),  # Fy 1b1 alone is not Fy 1a
    # A6a: Bi 1 + Ke 1 + Fy 1a replaces Nk 1b (as for A6b)
    ("AG", "forskollarare", ("BIOBIO01:E", "KEMKEM01:E", "FYSFYS01a:E", "SAMSAM01b:E"), HF,
     TODAY, True),
    ("AG", "grundlarare-fritidshem", ("BI1201:G", "KE1201:G", "FY1201:G", "SH1201:G"), HF,
     TODAY, True),
    # the old 6a/6b: Naturkunskap A and Samhällskunskap A (6b also Ma B, and En B with older
    # grades)
    ("US6", "forskollarare", ("NK1201:G", "SH1201:G"), HF, TODAY, True),
    ("US6", "grundlarare-f3", ("NK1201:G", "SH1201:G", "MA1202:G"), HF, TODAY, True),
    ("US6", "grundlarare-f3", (*OLD_CORE, "NK1201:G", "SH1201:G", "MA1202:G"), SLUTBETYG,
     date(2025, 6, 1), False),  # a slutbetyg: Engelska B as well
    ("US6", "grundlarare-f3", (*OLD_CORE, "EN1202:G", "NK1201:G", "SH1201:G", "MA1202:G"),
     SLUTBETYG, date(2025, 6, 1), True),
    ("US6", "jurist", ("NK1201:G", "HISHIS01b:E", "SAMSAM01b:E"), HF, TODAY, True),
    # civilingenjör: Matematik E, not D, for Matematik 4
    ("SLU", "civilingenjor", ("MA1205:G", "FY1202:G", "KE1201:G"), HF, TODAY, True),
    ("SLU", "civilingenjor", ("MA1204:MVG", "FY1202:G", "KE1201:G"), HF, TODAY, False),
    ("SLU", "civilingenjor", ("MATO2000X:E", "FYSFYS02:E", "KEMKEM01:E"), HF, TODAY, True),
    ("SLU", "amneslarare-matematik", ("MA1204:G", "SAMSAM01b:E"), HF, TODAY, True),  # D is 4
    ("LU10", "civilingenjor-a10", ("BI1201:G", "FY1202:G", "KE1202:G", "MA1205:G"), HF, TODAY,
     True),
    ("LU10", "sjukhusfysiker", ("BIOBIO01:E", "FYSFYS02:E", "KEMKEM01:E", "MATMAT04:E"), HF,
     TODAY, False),  # Kemi 2
    ("SLU", "agronom-a11", ("BI1202:G", "FYSFYS01a:E", "KE1202:VG", "MATMAT04:D"), HF, TODAY,
     True),
    # a failed lower course with a passed higher one
    ("UHRK", "civilingenjor", ("FYSFYS01a:F", "FYSFYS02:E", "KEMKEM01:E", "MATMAT03c:F",
                               "MATMAT04:E"), HF, TODAY, True),
    ("UHRK", "amneslarare-geografi", ("MATMAT02a:F", "MATMAT03b:E", "SAMSAM01b:E"), HF, TODAY,
     True),
    # advanced level: a degree and Engelska 6, no upper-secondary route needed
    ("HF28", "kpu", ("ENGENG06:E", "SVESVE03:E"), {"degree_hp": 180, "teaching_subject_hp": 90},
     TODAY, True),
    ("HF28", "kpu", ("ENGENG06:E", "SVESVE03:E"), {"degree_hp": 150, "teaching_subject_hp": 90,
                                                  **HF}, TODAY, False),
    # date boundaries of the stricter rule for a slutbetyg
    ("BH25", "grundlaggande", ("SVESVE01:E", "SVESVE02:E", "ENGENG05:E",
                               "MATMAT01a:E:2025-06-30"), SLUTBETYG, date(2025, 6, 30), True),
    ("BH25", "grundlaggande", ("SVESVE01:E", "SVESVE02:E", "ENGENG05:E",
                               "MATMAT01a:E:2025-07-01"), SLUTBETYG, date(2025, 7, 1), False),
    ("BH25", "grundlaggande", ("SVESVE03:E:2025-08-01", "ENGENG06:E:2025-08-01",
                               "MATMAT01a:E:2025-07-01"), SLUTBETYG, date(2025, 8, 1), True),
]  # fmt: skip


@pytest.mark.parametrize(
    ("source", "target", "courses", "facts", "on", "eligible"),
    CASES,
    ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CASES)],
)
def test_rules_from_their_sources(
    evaluate: Any,
    source: str,
    target: str,
    courses: tuple[str, ...],
    facts: dict[str, Any],
    on: date,
    eligible: bool,
) -> None:
    result = evaluate(target, *courses, on=on, **facts)
    assert result.eligible is eligible, [r.description for r in result.missing]


def _docs() -> dict[str, Any]:
    folder = resources_dir() / "rules"
    return {
        name: json.loads((folder / name).read_text(encoding="utf-8"))
        for name in ("requirements.json", "grundlaggande.json", "examen.json", "programmes.json")
    }


def _parse(docs: dict[str, Any], catalogue: Catalogue) -> Any:
    texts = {name: json.dumps(doc, ensure_ascii=False) for name, doc in docs.items()}
    return parse_rule_book(texts, catalogue)


def test_a_decided_rule_shows_beside_the_verdict_until_its_date(
    catalogue: Catalogue, make: Any
) -> None:
    docs = _docs()
    socionom = next(p for p in docs["programmes.json"]["programmes"] if p["id"] == "socionom")
    socionom["requirements"].append(
        {
            "id": "engelska-7-fran-2027",
            "description": "Engelska 7 (a decided example)",
            "any_of": [["ENGENG07"]],
            "standing": "decided",
            "valid_from": "2027-07-01",
            "sources": ["a test's decision"],
        }
    )
    book = _parse(docs, catalogue)
    transcript = make("MATMAT02a:E", "SAMSAM01b:E", **HF)
    before = Evaluator(book, catalogue, transcript, on=TODAY).evaluate("socionom")
    assert before.eligible
    ((start, upcoming),) = before.upcoming
    assert start == date(2027, 7, 1) and not upcoming.met and upcoming.standing == "decided"
    after = Evaluator(book, catalogue, transcript, on=date(2027, 7, 1)).evaluate("socionom")
    assert not after.eligible and after.upcoming == ()


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"standing": "rumoured"}, "standing must be one of"),
        ({"standing": "decided"}, "a decided rule needs valid_from"),
        ({"valid_from": "2026-01-01", "valid_to": "2025-01-01"}, "valid_to lies before"),
        ({"intyg_subject": "latin"}, "intyg_subject must be one of"),
    ],
)
def test_a_rule_with_a_bad_basis_is_refused(
    catalogue: Catalogue, change: dict[str, str], problem: str
) -> None:
    docs = _docs()
    docs["requirements.json"]["requirements"][0].update(change)
    with pytest.raises(DataFileError, match=problem):
        _parse(docs, catalogue)


def test_a_refused_equivalence_must_exist(catalogue: Catalogue) -> None:
    docs = _docs()
    civ = next(p for p in docs["programmes.json"]["programmes"] if p["id"] == "civilingenjor")
    civ["refused"][0]["code"] = "SVESVE01"
    with pytest.raises(DataFileError, match="starts no equivalence"):
        _parse(docs, catalogue)


def test_not_yet_eligible_lists_what_to_gather_for_reell_kompetens(evaluate: Any) -> None:
    """domain.md: reell kompetens is assessed by each university — gather the evidence."""
    result = evaluate("grundlaggande", "SVESVE01:E", work_years_after_19=6)
    assert not result.eligible
    assert any("employer certificates" in item for item in result.gather)
    assert not evaluate("grundlaggande", examen="hogskoleforberedande").gather
