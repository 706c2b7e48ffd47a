"""Särskild behörighet for every programme in domain.md's table, and the rules across it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.eligibility.engine import Evaluator
from larsam_desktop.domain.eligibility.rules import RuleBook, RuleNotInForce, UnknownTarget

TODAY = date(2026, 11, 28)
HF = {"examen": "hogskoleforberedande"}  # grundläggande behörighet, so only särskild is tested

# domain.md's table, one course set per requirement as the table writes it (grade E unless
# given; from 2026-07-01 teacher programmes need D or C in Svenska 3).
PROGRAMMES: dict[str, tuple[str, ...]] = {
    "sjukskoterska": ("MATMAT02a", "NAKNAK02", "SAMSAM01b"),
    "arbetsterapeut": ("MATMAT02b", "NAKNAK02", "SAMSAM01b"),
    "audionom": ("MATMAT02c", "NAKNAK02", "SAMSAM01b"),
    "dietist": ("MATMAT02a", "NAKNAK02", "SAMSAM01b"),
    "logoped": ("MATMAT02a", "NAKNAK02", "SAMSAM01b"),
    "forskollarare": ("NAKNAK01b", "SAMSAM01b", "SVESVE03:D"),
    "grundlarare-fritidshem": ("NAKNAK01b", "SAMSAM01b", "SVESVE03:C"),
    "grundlarare-f3": ("MATMAT02b", "NAKNAK01b", "SAMSAM01b", "SVESVE03:C"),
    "grundlarare-4-6": ("MATMAT02b", "NAKNAK01b", "SAMSAM01b", "SVASVA03:B"),
    "amneslarare-matematik": ("SAMSAM01b", "MATMAT04", "SVESVE03:C"),
    "amneslarare-biologi": ("SAMSAM01b", "BIOBIO02", "KEMKEM01", "MATMAT03b", "SVESVE03:C"),
    "amneslarare-historia": ("SAMSAM01b", "HISHIS01b", "SVESVE03:C"),
    "amneslarare-religion": ("SAMSAM01b", "HISHIS01b", "SVESVE03:A"),
    "amneslarare-filosofi": ("SAMSAM01b", "HISHIS01b", "SVESVE03:C"),
    "amneslarare-fysik": ("SAMSAM01b", "FYSFYS02", "MATMAT04", "SVESVE03:C"),
    "amneslarare-kemi": ("SAMSAM01b", "BIOBIO01", "KEMKEM02", "MATMAT04", "SVESVE03:C"),
    "socionom": ("MATMAT02c", "SAMSAM01b"),
    "psykolog": ("MATMAT02a", "SAMSAM01b"),
    "jurist": ("HISHIS01b", "SAMSAM01b"),
    "civilekonom": ("MATMAT03c", "SAMSAM01b"),
    "fysioterapeut": ("IDRIDR01", "MATMAT02a", "NAKNAK02", "SAMSAM01b"),
    "biomedicinsk-analytiker": ("FYSFYS01a", "BIOBIO02", "KEMKEM02", "MATMAT03b"),
    "lakare": ("BIOBIO02", "FYSFYS02", "KEMKEM02", "MATMAT04"),
    "apotekare": ("BIOBIO02", "FYSFYS02", "KEMKEM02", "MATMAT04"),
    "tandlakare": ("BIOBIO02", "FYSFYS02", "KEMKEM02", "MATMAT04"),
    "veterinar": ("BIOBIO02", "FYSFYS02", "KEMKEM02", "MATMAT04"),
    "hogskoleingenjor": ("MATMAT03b", "FYSFYS01a", "KEMKEM01"),
    "kpu": ("ENGENG06", "SVESVE03"),
}
FACTS: dict[str, dict[str, Any]] = {"kpu": {"teaching_subject_hp": 90}}
ISSUE_TARGETS = [
    "grundlaggande",
    "sjukskoterska",
    "forskollarare",
    "grundlarare-fritidshem",
    "grundlarare-f3",
    "grundlarare-4-6",
    "amneslarare-matematik",
    "amneslarare-biologi",
    "amneslarare-historia",
    "amneslarare-religion",
    "amneslarare-filosofi",
    "amneslarare-fysik",
    "amneslarare-kemi",
    "socionom",
    "psykolog",
    "jurist",
    "civilekonom",
    "fysioterapeut",
    "biomedicinsk-analytiker",
    "lakare",
    "hogskoleingenjor",
    "kpu",
]
ALIASES = {
    "A14": "sjukskoterska",
    "A6a": "forskollarare",
    "A6b": "grundlarare-f3",
    "A5": "socionom",
    "A1": "jurist",
    "A4": "civilekonom",
    "A15": "fysioterapeut",
    "A12": "biomedicinsk-analytiker",
    "A13": "lakare",
    "a8": "hogskoleingenjor",
}


def graded(courses: tuple[str, ...]) -> list[str]:
    return [c if ":" in c else f"{c}:E" for c in courses]


def test_every_programme_in_the_table_is_a_target(book: RuleBook) -> None:
    assert set(book.target_ids) == {"grundlaggande", *PROGRAMMES}
    assert set(ISSUE_TARGETS) <= set(book.target_ids)


@pytest.mark.parametrize("target", PROGRAMMES)
def test_the_tables_courses_make_a_learner_eligible(evaluate: Any, target: str) -> None:
    result = evaluate(target, *graded(PROGRAMMES[target]), **HF, **FACTS.get(target, {}))
    assert result.eligible, [r.description for r in result.missing]
    assert result.points_missing == 0 and not result.missing
    assert result.sources[0] == "UHRFS 2019:1 bilaga 1 (Gy11/Vux12)" or target == "kpu"


@pytest.mark.parametrize(
    ("target", "dropped"),
    [(t, course) for t, courses in PROGRAMMES.items() for course in courses],
)
def test_every_course_in_the_table_is_needed(evaluate: Any, target: str, dropped: str) -> None:
    courses = [c for c in graded(PROGRAMMES[target]) if not c.startswith(dropped)]
    result = evaluate(target, *courses, **HF, **FACTS.get(target, {}))
    assert not result.eligible
    (missing,) = result.missing
    code = dropped.partition(":")[0]
    assert any(code in option.codes for option in missing.options)
    assert result.points_missing > 0


@pytest.mark.parametrize("target", PROGRAMMES)
def test_a_programme_also_requires_grundlaggande_behorighet(evaluate: Any, target: str) -> None:
    result = evaluate(target, *graded(PROGRAMMES[target]), **FACTS.get(target, {}))
    assert not result.eligible
    assert all(r.id.startswith("grundlaggande.") for r in result.missing)
    assert "högskoleförordningen 7 kap. 5 §" in result.sources


@pytest.mark.parametrize(("alias", "target"), ALIASES.items())
def test_old_a_codes_are_aliases(evaluate: Any, alias: str, target: str) -> None:
    by_alias = evaluate(alias, "MATMAT02b:C", **HF)
    assert by_alias == evaluate(target, "MATMAT02b:C", **HF)
    assert by_alias.target == target


def test_a6c_and_unknown_targets_are_refused(book: RuleBook) -> None:
    with pytest.raises(UnknownTarget, match="amneslarare-matematik"):
        book.resolve("A6c")
    with pytest.raises(UnknownTarget, match="unknown target 'tandtekniker'"):
        book.resolve("tandtekniker")
    assert book.resolve(" Sjukskoterska ") == "sjukskoterska"


# --- a higher course satisfies a lower requirement ------------------------------------


def test_ma_3c_satisfies_ma_2_even_when_ma_2c_was_failed(evaluate: Any, find: Any) -> None:
    result = evaluate("socionom", "MATMAT02c:F", "MATMAT03c:E", "SAMSAM01b:E", **HF)
    assert result.eligible
    assert find(result, "matematik-2").satisfied_by == ("MATMAT03c",)


def test_ma_4_satisfies_ma_3b_3c(evaluate: Any, find: Any) -> None:
    result = evaluate("civilekonom", "MATMAT04:D", "SAMSAM01b:E", **HF)
    assert result.eligible
    assert "uhr.se/syv" in " ".join(find(result, "matematik-3").sources)


def test_a_lower_course_does_not_satisfy_a_higher_one(evaluate: Any) -> None:
    assert not evaluate("civilekonom", "MATMAT02c:A", "SAMSAM01b:E", **HF).eligible
    assert not evaluate("socionom", "MATMAT01c:A", "SAMSAM01b:E", **HF).eligible


# --- programme-scoped substitution ----------------------------------------------------

VARD = ("MEDMED01:C", "VÅRVÅR01:B", "VÅRVÅR02:E", "MATMAT02a:E", "SAMSAM01b:E")


def test_medicin_and_vard_replace_naturkunskap_2_for_sjukskoterska(
    evaluate: Any, find: Any
) -> None:
    result = evaluate("sjukskoterska", *VARD, **HF)
    assert result.eligible
    naturkunskap = find(result, "naturkunskap-2-eller-bi-fy-ke")
    assert naturkunskap.satisfied_by == ("MEDMED01", "VÅRVÅR01", "VÅRVÅR02")
    assert "uhr.se/syv: motsvarandebedömning i naturkunskap" in naturkunskap.sources


@pytest.mark.parametrize("target", ["dietist", "arbetsterapeut", "fysioterapeut"])
def test_the_substitution_is_for_sjukskoterska_only(evaluate: Any, target: str) -> None:
    result = evaluate(target, *VARD, "IDRIDR01:E", **HF)
    assert not result.eligible
    assert next(r.id for r in result.missing).startswith("naturkunskap-2")


def test_the_ways_to_naturkunskap_2_are_ordered_by_points(evaluate: Any, find: Any) -> None:
    result = evaluate("sjukskoterska", "MEDMED01:E", "VÅRVÅR01:E", **HF)
    options = [(o.codes, o.points) for o in find(result, "naturkunskap-2-eller-bi-fy-ke").options]
    assert options == [
        (("NAKNAK02",), 100),
        (("VÅRVÅR02",), 150),
        (("BIOBIO01", "FYSFYS01a", "KEMKEM01"), 350),
    ]
    plain = evaluate("dietist", "MEDMED01:E", "VÅRVÅR01:E", **HF)
    assert [o.codes for o in find(plain, "naturkunskap-2-eller-bi-fy-ke").options] == [
        ("NAKNAK02",),
        ("BIOBIO01", "FYSFYS01a", "KEMKEM01"),
    ]


def test_bi_fy_ke_replace_naturkunskap_2_for_sjukskoterska(evaluate: Any) -> None:
    courses = ("BIOBIO01:E", "FYSFYS01a:E", "KEMKEM01:E", "MATMAT02b:E", "SAMSAM01b:E")
    assert evaluate("sjukskoterska", *courses, **HF).eligible
    assert not evaluate("fysioterapeut", *courses, "IDRIDR01:E", **HF).eligible


# --- equivalences between grading systems ---------------------------------------------


@pytest.mark.parametrize(
    ("target", "courses", "eligible"),
    [
        (
            "fysioterapeut",
            ("BI1201:G", "KE1201:VG", "FY1201:G", "MA1202:G", "SH1201:G", "IDRIDR01:E"),
            True,
        ),
        (
            "fysioterapeut",
            ("BI1201:G", "KE1201:IG", "FY1201:G", "MA1202:G", "SH1201:G", "IDRIDR01:E"),
            False,
        ),
        ("fysioterapeut", ("NK1202:G", "MA1202:G", "SH1201:G", "IDRIDR01:E"), True),
        ("civilekonom", ("MA1203:G", "SH1201:G"), True),
        ("amneslarare-matematik", ("MA1203:MVG", "SAMSAM01b:E", "SVESVE03:C"), False),
        ("amneslarare-matematik", ("MA1204:G", "SAMSAM01b:E", "SVESVE03:C"), True),
        ("jurist", ("HI1201:G", "SH1201:G"), True),
        ("socionom", ("MATE2B00X:E", "SAMH1A10X:E", "SAMH1A20X:E"), True),
        ("jurist", ("HIST1A10X:E", "HIST1A20X:E", "SAMH1B00X:E"), True),
        ("jurist", ("HIST1A10X:E", "SAMH1B00X:E"), False),
        ("lakare", ("BIOBIO02:E", "FYSFYS02:E", "KEMKEM02:E", "MATO2000X:E"), True),
        ("lakare", ("BIOBIO02:E", "FYSFYS02:E", "KEMKEM02:E", "MATO1C00X:A"), False),
        ("kpu", ("ENGE2000X:E", "SVEN3000X:E"), True),
        ("kpu", ("EN1202:G", "SV1203:MVG"), False),  # Svenska C does not replace Svenska 3
    ],
)
def test_older_courses_and_gy25_levels_count_through_the_equivalence_table(
    evaluate: Any, target: str, courses: tuple[str, ...], eligible: bool
) -> None:
    facts = {**HF, **FACTS.get(target, {})}
    assert evaluate(target, *courses, **facts).eligible is eligible


# --- date-gated rules -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "grade", "on", "eligible"),
    [
        ("forskollarare", "E", TODAY, False),
        ("forskollarare", "D", TODAY, True),
        ("forskollarare", "E", date(2026, 6, 30), True),
        ("forskollarare", "E", date(2026, 7, 1), False),
        ("grundlarare-f3", "D", TODAY, False),
        ("grundlarare-f3", "C", TODAY, True),
        ("grundlarare-fritidshem", "D", TODAY, False),
        ("amneslarare-historia", "D", TODAY, False),
        ("amneslarare-historia", "B", TODAY, True),
        ("amneslarare-historia", "E", date(2026, 6, 30), True),
    ],
)
def test_svenska_3_minimum_grade_for_teachers_from_2026_07_01(
    evaluate: Any, target: str, grade: str, on: date, eligible: bool
) -> None:
    courses = [c for c in graded(PROGRAMMES[target]) if not c.startswith("SVESVE03")]
    result = evaluate(target, *courses, f"SVESVE03:{grade}", on=on, **HF)
    assert result.eligible is eligible
    rule = "högskoleförordningen 7 kap. 8 a § (SFS 2025:1559)"
    assert (rule in result.sources) is (on >= date(2026, 7, 1))
    if not eligible:
        (missing,) = result.missing
        assert "with at least" in missing.description
        assert [o.codes for o in missing.options] == [("SVESVE03",), ("SVASVA03",)]


def test_the_minimum_grade_accepts_a_gy25_level(evaluate: Any) -> None:
    assert evaluate(
        "grundlarare-4-6", "MATE2A00X:E", "NAKNAK01b:E", "SAMSAM01b:E", "SVEN3000X:C", **HF
    ).eligible


def test_requirements_before_they_apply_are_refused(
    book: RuleBook, catalogue: Catalogue, make: Any
) -> None:
    evaluator = Evaluator(book, catalogue, make(), on=date(2021, 6, 1))
    with pytest.raises(RuleNotInForce, match="apply from 2022-01-01"):
        evaluator.evaluate("lakare")
    assert [r.target for r in evaluator.evaluate_all()] == ["grundlaggande"]
    assert len(Evaluator(book, catalogue, make(), on=TODAY).evaluate_all()) == len(book.target_ids)


def test_no_route_before_any_is_in_force(book: RuleBook, catalogue: Catalogue, make: Any) -> None:
    with pytest.raises(RuleNotInForce, match="no route"):
        Evaluator(book, catalogue, make(), on=date(1990, 1, 1)).evaluate("grundlaggande")


# --- options, points, what-if, kpu, unverified rules ----------------------------------


def test_a_half_done_sh_1b_suggests_the_missing_half(evaluate: Any, find: Any) -> None:
    result = evaluate("jurist", "HISHIS01b:E", "SAMSAM01a1:E", **HF)
    options = find(result, "samhallskunskap-1b").options
    assert [(o.codes, o.points) for o in options] == [(("SAMSAM01a2",), 50), (("SAMSAM01b",), 100)]
    assert result.points_missing == 50


def test_points_missing_counts_each_course_once(evaluate: Any) -> None:
    kemi = evaluate("amneslarare-kemi", **HF)
    assert kemi.points_missing == 500  # Sh 1b, Bi 1, Ke 2, Ma 4, Sv 3: 100 each
    assert set(kemi.plan.codes) == {"SAMSAM01b", "BIOBIO01", "KEMKEM02", "MATMAT04", "SVESVE03"}
    # Without GB the examen's 2,400 points are the floor; the programme's courses count to it.
    assert evaluate("lakare").points_missing == 2400


def test_what_if_counts_planned_courses_as_passed(evaluate: Any) -> None:
    courses = ("MATMAT02b:ongoing", "SAMSAM01b:planned")
    assert not evaluate("socionom", *courses, **HF).eligible
    result = evaluate("socionom", *courses, what_if=True, **HF)
    assert result.eligible and result.what_if


@pytest.mark.parametrize(
    ("hp", "eligible"), [(90, True), (150, True), (89.5, False), (None, False)]
)
def test_kpu_needs_90_hp_in_the_teaching_subject(
    evaluate: Any, find: Any, hp: float | None, eligible: bool
) -> None:
    result = evaluate("kpu", "ENGENG06:E", "SVASVA03:E", teaching_subject_hp=hp, **HF)
    assert result.eligible is eligible
    credits = find(result, "amnespoang-90-hp")
    assert credits.met is eligible and credits.options == ()


def test_an_unverified_programme_says_so(evaluate: Any) -> None:
    result = evaluate("hogskoleingenjor", "MATMAT03c:E", **HF)
    own = [r for r in result.requirements if not r.id.startswith("grundlaggande.")]
    assert own and all(r.description.endswith("(unverified rule)") for r in own)
    assert any("unverified" in note for note in result.notes)
