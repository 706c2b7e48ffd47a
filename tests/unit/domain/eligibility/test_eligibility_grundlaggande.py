"""Grundläggande behörighet, route by route, from domain.md's table."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.transcript import Transcript
from larsam_desktop.domain.eligibility.engine import Evaluator
from larsam_desktop.domain.eligibility.rules import RuleBook

TODAY = date(2026, 11, 28)
BEFORE = date(2025, 6, 1)
GB_COURSES = ("SVESVE01:E", "SVESVE02:E", "SVESVE03:E", "ENGENG05:E", "ENGENG06:E", "MATMAT01a:E")
OLD_SLUTBETYG = ("SV1201:G", "SV1202:G", "EN1201:G", "MA1201:G")

# (case, courses, facts, evaluation date, eligible, route shown)
CASES: list[tuple[str, tuple[str, ...], dict[str, Any], date, bool, str]] = [
    (
        "högskoleförberedande examen gives GB",
        (),
        {"examen": "hogskoleforberedande"},
        TODAY,
        True,
        "hogskoleforberedande-examen",
    ),
    (
        "yrkesexamen with E in Sv 1-3 and En 6",
        ("SVESVE01:E", "SVESVE02:E", "SVESVE03:E", "ENGENG06:E"),
        {"examen": "yrkesexamen"},
        TODAY,
        True,
        "yrkesexamen-gy11",
    ),
    (
        "yrkesexamen with SvA and a Gy25 level",
        ("SVASVA01:D", "SVASVA02:C", "SVEA3000X:E", "ENGE2000X:E"),
        {"examen": "yrkesexamen"},
        TODAY,
        True,
        "yrkesexamen-gy11",
    ),
    (
        "yrkesexamen without Engelska 6",
        ("SVESVE01:E", "SVESVE02:E", "SVESVE03:E", "ENGENG05:A"),
        {"examen": "yrkesexamen"},
        TODAY,
        False,
        "yrkesexamen-gy11",
    ),
    (
        "Gy25 yrkesexamen: E on Svenska nivå 3 and Engelska nivå 2",
        ("SVEN3000X:E", "ENGE2000X:E"),
        {"examen": "yrkesexamen"},
        TODAY,
        True,
        "yrkesexamen-gy11",
    ),
    (
        "yrkesexamen with a failed Svenska 3",
        ("SVESVE01:E", "SVESVE02:E", "SVESVE03:F", "ENGENG06:E"),
        {"examen": "yrkesexamen"},
        TODAY,
        False,
        "yrkesexamen-gy11",
    ),
    (
        "komvux slutbetyg before 1 July 2025",
        OLD_SLUTBETYG,
        {"slutbetyg_points_passed": 2300},
        BEFORE,
        True,
        "komvux-slutbetyg",
    ),
    (
        "a slutbetyg that gave GB still gives it (once eligible, always eligible)",
        OLD_SLUTBETYG,
        {"slutbetyg_points_passed": 2250},
        TODAY,
        True,
        "komvux-slutbetyg",
    ),
    (
        "slutbetyg with fewer than 2,250 points",
        OLD_SLUTBETYG,
        {"slutbetyg_points_passed": 2249},
        BEFORE,
        False,
        "hogskoleforberedande-examen",
    ),
    (
        "Svenska 3 replaces Svenska B on a slutbetyg",
        ("SV1201:G", "SVESVE03:E", "EN1201:VG", "MA1201:MVG"),
        {"slutbetyg_points_passed": 2400},
        BEFORE,
        True,
        "komvux-slutbetyg",
    ),
    (
        "IG is not a pass on a slutbetyg",
        ("SV1201:G", "SV1202:G", "EN1201:G", "MA1201:IG"),
        {"slutbetyg_points_passed": 2400},
        BEFORE,
        False,
        "komvux-slutbetyg",
    ),
    (
        "a course finished after 1 July 2025 does not count for the slutbetyg",
        ("SV1201:G", "SV1202:G", "EN1201:G", "MATMAT01a:E:2025-09-01"),
        {"slutbetyg_points_passed": 2300},
        TODAY,
        False,
        "komvux-efter-2025",
    ),
    (
        "after 1 July 2025 the stricter rule: Sv/SvA 1-3, En 5-6, Ma 1",
        (
            "SV1201:G",
            "SV1202:G",
            "SVASVA03:E:2026-01-10",
            "EN1201:G",
            "ENGENG06:E:2026-03-01",
            "MATMAT01a:E:2025-09-01",
        ),
        {"slutbetyg_points_passed": 2300},
        TODAY,
        True,
        "komvux-efter-2025",
    ),
    (
        "the stricter rule is not in force before 1 July 2025",
        GB_COURSES,
        {"slutbetyg_points_passed": 1200},
        date(2025, 6, 30),
        False,
        "hogskoleforberedande-examen",
    ),
    (
        "the stricter rule applies from 1 July 2025",
        GB_COURSES,
        {"slutbetyg_points_passed": 1200},
        date(2025, 7, 1),
        True,
        "komvux-efter-2025",
    ),
    (
        "folkhögskola behörighetsintyg",
        (),
        {"folkhogskola_intyg": True},
        TODAY,
        True,
        "folkhogskola",
    ),
    (
        "reell kompetens: the courses and 3 years of work after 19",
        (*GB_COURSES, "SAMSAM01b:E"),
        {"work_years_after_19": 3},
        TODAY,
        True,
        "reell-kompetens",
    ),
    (
        "reell kompetens with Sh 1a1 + 1a2",
        (*GB_COURSES, "SAMSAM01a1:E", "SAMSAM01a2:E"),
        {"work_years_after_19": 4.5},
        TODAY,
        True,
        "reell-kompetens",
    ),
    (
        "reell kompetens with too little work",
        (*GB_COURSES, "SAMSAM01b:E"),
        {"work_years_after_19": 2.5},
        TODAY,
        False,
        "hogskoleforberedande-examen",
    ),
    (
        "a samlat betygsdokument (courses, no examen, no slutbetyg) does not give GB",
        (*GB_COURSES, "SAMSAM01b:E"),
        {},
        TODAY,
        False,
        "hogskoleforberedande-examen",
    ),
]


@pytest.mark.parametrize(
    ("courses", "facts", "on", "eligible", "route"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_routes(
    evaluate: Any,
    courses: tuple[str, ...],
    facts: dict[str, Any],
    on: date,
    eligible: bool,
    route: str,
) -> None:
    result = evaluate("grundlaggande", *courses, on=on, **facts)
    assert result.eligible is eligible
    assert result.route == route
    assert all(r.id.startswith(f"grundlaggande.{route}.") for r in result.requirements)
    assert (not result.missing) is eligible
    assert "högskoleförordningen 7 kap. 5 §" in result.sources


def test_a_slutbetyg_cannot_be_completed_after_july_2025(evaluate: Any, find: Any) -> None:
    courses = ("SV1201:G", "SV1202:G", "EN1201:G")
    before = evaluate("grundlaggande", *courses, on=BEFORE, slutbetyg_points_passed=2300)
    assert before.route == "komvux-slutbetyg"
    assert next(o.codes for o in find(before, "matematik-1").options) == ("MATMAT01a",)
    after = evaluate("grundlaggande", *courses, slutbetyg_points_passed=2300)
    assert after.route == "komvux-efter-2025"  # Sv 3, En 6, Ma 1 under the stricter rule
    assert after.points_missing == 300


def test_reell_kompetens_says_it_gives_no_meritvarde(evaluate: Any) -> None:
    result = evaluate("grundlaggande", *GB_COURSES, "SAMSAM01b:E", work_years_after_19=3)
    assert any("meritvärde" in note for note in result.notes)


def test_with_nothing_the_way_is_a_hogskoleforberedande_examen(evaluate: Any, find: Any) -> None:
    result = evaluate("grundlaggande")
    examen = find(result, "examen-hogskoleforberedande")
    assert not examen.met
    assert "0 of 2400 points" in examen.description
    assert result.points_missing == 2400
    (option,) = examen.options
    assert {"SVESVE01", "ENGENG06", "MATMAT01b", "KVARSH", "RELREL01"} <= set(option.codes)
    assert "förordning 2011:1108 om vuxenutbildning 4 kap. 15 §" in result.sources


def test_the_cheapest_open_route_is_shown(evaluate: Any, find: Any) -> None:
    # Work experience opens reell kompetens: Sv 3 and Sh 1a2 (150 points) beat an examen.
    result = evaluate(
        "grundlaggande",
        "SVESVE01:C",
        "SVESVE02:C",
        "ENGENG05:B",
        "ENGENG06:B",
        "MATMAT01b:E",
        "SAMSAM01a1:E",
        work_years_after_19=6,
    )
    assert result.route == "reell-kompetens"
    assert result.points_missing == 150
    assert next(o.codes for o in find(result, "samhallskunskap-1b").options) == ("SAMSAM01a2",)


def test_what_if_counts_planned_and_ongoing_courses(evaluate: Any) -> None:
    courses = ("SVESVE01:E", "SVESVE02:E", "SVESVE03:ongoing", "ENGENG06:planned")
    assert not evaluate("grundlaggande", *courses, examen="yrkesexamen").eligible
    assert evaluate("grundlaggande", *courses, examen="yrkesexamen", what_if=True).eligible


def _audit(book: RuleBook, catalogue: Catalogue, transcript: Transcript, examen: str) -> Any:
    return Evaluator(book, catalogue, transcript, on=TODAY).audit(examen)


EXAMEN_COURSES = [
    "SVESVE01:C",
    "SVESVE02:C",
    "SVESVE03:C",
    "ENGENG05:B",
    "ENGENG06:B",
    "MATMAT01c:D",
    "KVARSH:C",
    "HISHIS01b:E",
    "SAMSAM01b:E",
    "RELREL01:E",
    "NAKNAK01b:E",
    "MATMAT02c:E",
    "MATMAT03c:E",
    "MATMAT04:E",
    "MATMAT05:E",
    "BIOBIO01:E",
    "BIOBIO02:E",
    "FYSFYS01a:E",
    "FYSFYS02:E",
    "KEMKEM01:E",
    "KEMKEM02:E",
    "IDRIDR01:E",
    "MEDMED01:E",
]


def test_a_complete_examen_audit(book: RuleBook, catalogue: Catalogue, make: Any) -> None:
    audit = _audit(book, catalogue, make(*EXAMEN_COURSES, "ENGENG07:F"), "hogskoleforberedande")
    assert (audit.points_total, audit.points_passed) == (2450, 2350)
    assert audit.complete and audit.points_missing == 0
    assert all(r.met for r in audit.requirements)


def test_an_incomplete_examen_audit_counts_what_is_left(
    book: RuleBook, catalogue: Catalogue, make: Any
) -> None:
    courses = [c for c in EXAMEN_COURSES if not c.startswith(("RELREL01", "KVARSH"))]
    audit = _audit(
        book, catalogue, make(*courses, "ENGENG07:F", "ENGENG07:F"), "hogskoleforberedande"
    )
    # 2,450 - 150 points; Engelska 7 counted once although failed twice.
    assert (audit.points_total, audit.points_passed) == (2300, 2200)
    assert not audit.complete
    assert audit.required_plan.codes == ("KVARSH", "RELREL01")
    assert audit.points_missing == 150  # the two courses also bring the totals up


def test_the_points_can_be_short_when_the_required_courses_are_done(
    book: RuleBook, catalogue: Catalogue, make: Any, evaluate: Any, find: Any
) -> None:
    courses = EXAMEN_COURSES[:11]  # the required courses only: 1,050 points
    audit = _audit(book, catalogue, make(*courses), "hogskoleforberedande")
    assert all(r.met for r in audit.requirements)
    assert audit.points_missing == 2400 - 1050
    examen = find(evaluate("grundlaggande", *courses), "examen-hogskoleforberedande")
    assert examen.options[0].codes == () and examen.points_missing == 1350


def test_a_complete_audit_is_not_an_examen(evaluate: Any, find: Any) -> None:
    result = evaluate("grundlaggande", *EXAMEN_COURSES, "ENGENG07:E")
    examen = find(result, "examen-hogskoleforberedande")
    assert not result.eligible and not examen.met
    assert result.route == "hogskoleforberedande-examen"
    assert [(o.codes, o.points) for o in examen.options] == [((), 0)]
    assert result.points_missing == 0
    assert "ask for the examen to be issued" in examen.description


def test_yrkesexamen_audit_cannot_check_the_vocational_komvuxarbete(
    book: RuleBook, catalogue: Catalogue, make: Any
) -> None:
    courses = ("SVESVE01:E", "ENGENG05:E", "MATMAT01a:E", "HISHIS01a1:E", "SAMSAM01a1:E")
    audit = _audit(book, catalogue, make(*courses, "RELREL01:E", "NAKNAK01a1:E"), "yrkesexamen")
    unmet = [r.id for r in audit.requirements if not r.met]
    assert unmet == ["komvuxarbete-yrkes"]
    assert audit.required_plan.points == 100 and not audit.complete


def test_yrkesexamen_audit_requires_matematik_1a_as_domain_md_says(
    book: RuleBook, catalogue: Catalogue, make: Any
) -> None:
    audit = _audit(book, catalogue, make("MATMAT02a:E"), "yrkesexamen")
    maths = next(r for r in audit.requirements if r.id == "matematik-1a")
    assert maths.met and maths.satisfied_by == ("MATMAT02a",)
