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
        # antagning.se "Slutbetyg 2010 och framåt"; bedömningshandboken "skärpta krav": the
        # stricter rule asks for the 2,250 passed points besides the core courses.
        "the stricter rule still needs 2,250 passed points",
        GB_COURSES,
        {"slutbetyg_points_passed": 1200},
        date(2025, 7, 1),
        False,
        "hogskoleforberedande-examen",
    ),
    (
        "the stricter rule applies from 1 July 2025",
        GB_COURSES,
        {"slutbetyg_points_passed": 2250},
        date(2025, 7, 1),
        True,
        "komvux-slutbetyg",  # courses without an end date count as finished in time
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
        # domain.md: no UHR source for an automatic "common model"; only a recorded decision.
        "reell kompetens is never automatic: courses and 3 years of work",
        (*GB_COURSES, "SAMSAM01b:E"),
        {"work_years_after_19": 3},
        TODAY,
        False,
        "hogskoleforberedande-examen",
    ),
    (
        "reell kompetens with the university's recorded decision",
        (),
        {"university_decision": True},
        TODAY,
        True,
        "reell-kompetens",
    ),
    (
        # uhr.se/syv "Kolla alltid upp äldre slutbetygs omfattning": 2,250 of 2,500 (90 %).
        "a slutbetyg before 2010 with 90 % of its points passed",
        (),
        {
            "slutbetyg_issued_year": 2004,
            "slutbetyg_points_passed": 2250,
            "slutbetyg_programme_points": 2500,
        },
        BEFORE,
        True,
        "slutbetyg-fore-2010",
    ),
    (
        # the same table: 1,935 of 2,150 for gymnasieskolan 1998-2002
        "a slutbetyg from 2001 with 1,935 of 2,150 points passed",
        (),
        {
            "slutbetyg_issued_year": 2001,
            "slutbetyg_points_passed": 1935,
            "slutbetyg_programme_points": 2150,
        },
        BEFORE,
        True,
        "slutbetyg-fore-2010",
    ),
    (
        "a slutbetyg before 2010 with 89 % passed",
        (),
        {
            "slutbetyg_issued_year": 2004,
            "slutbetyg_points_passed": 2225,
            "slutbetyg_programme_points": 2500,
        },
        BEFORE,
        False,
        "hogskoleforberedande-examen",
    ),
    (
        "the 90 % rule is for slutbetyg issued before 2010 only",
        (),
        {
            "slutbetyg_issued_year": 2010,
            "slutbetyg_points_passed": 2250,
            "slutbetyg_programme_points": 2500,
        },
        BEFORE,
        False,
        "komvux-slutbetyg",  # 2,250 passed, but the core courses are missing
    ),
    (
        # bedömningshandboken "Slutbetyg före 2010 – skärpta krav": Sv 3, En 6, Ma 1 after
        # 1 July 2025, the underlying Swedish and English courses need not be shown.
        "a slutbetyg before 2010 with 93 % passed needs no Sv 3 after 1 July 2025",
        ("SVESVE03:E:2026-01-10", "EN1202:G", "MA1201:G"),
        {
            "slutbetyg_issued_year": 2001,
            "slutbetyg_points_passed": 2000,
            "slutbetyg_programme_points": 2150,
        },
        TODAY,
        True,
        "slutbetyg-fore-2010",
    ),
    (
        # uhr.se/syv avgångsbetyg example: by 1 July 2025 Engelska 5 was enough ...
        "an avgångsbetyg completed with Engelska 5 by 1 July 2025",
        ("ENGENG05:E:2025-05-20",),
        {"avgangsbetyg_years": 2},
        BEFORE,
        True,
        "avgangsbetyg-fore-2025",
    ),
    (
        # ... from 2 July 2025 Svenska 3 and Engelska 6 (a year of maths counts as Ma 1)
        "an avgångsbetyg after 1 July 2025 needs Svenska 3 and Engelska 6",
        ("ENGENG05:E:2025-09-20", "MATMAT01a:E"),
        {"avgangsbetyg_years": 2},
        TODAY,
        False,
        "avgangsbetyg-efter-2025",
    ),
    (
        "an avgångsbetyg completed with Sv 3, En 6 after 1 July 2025",
        ("SVESVE03:E:2025-12-01", "ENGENG06:D:2026-03-01", "MATMAT01a:E"),
        {"avgangsbetyg_years": 2},
        TODAY,
        True,
        "avgangsbetyg-efter-2025",
    ),
    (
        "a recorded assessment of foreign upper-secondary education",
        (),
        {"foreign_assessment": True},
        TODAY,
        True,
        "utlandsk-gymnasieutbildning",
    ),
    (
        "a passed behörighetsprov gives GB for good",
        (),
        {"behorighetsprov_passed": True},
        TODAY,
        True,
        "behorighetsprov",
    ),
    (
        "once eligible, always eligible",
        (),
        {"earlier_eligibility": True},
        TODAY,
        True,
        "tidigare-behorighet",
    ),
    (
        "a folkhögskola intyg without English, completed with Engelska 6 at komvux",
        ("ENGENG06:C",),
        {
            "folkhogskola_subjects": [
                "svenska",
                "matematik",
                "samhallskunskap",
                "naturkunskap",
                "religionskunskap",
                "historia",
            ]
        },
        TODAY,
        True,
        "folkhogskola-komvux",
    ),
    (
        "a partial folkhögskola intyg with a subject still missing",
        (),
        {
            "folkhogskola_subjects": [
                "svenska",
                "engelska",
                "matematik",
                "samhallskunskap",
                "naturkunskap",
                "religionskunskap",
            ]
        },
        TODAY,
        False,
        "folkhogskola-komvux",  # Historia 1a1 (50 points) is the cheapest way left
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
    result = evaluate("grundlaggande", university_decision=True)
    assert any("meritvärde" in note.en for note in result.notes)
    assert any("Ger inget meritvärde" in note.sv for note in result.notes)
    assert result.gather and any("employer" in item for item in result.gather)


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
    # A slutbetyg with 2,300 points lacking English, after 1 July 2025: Sv 3 and English
    # beat an examen.
    result = evaluate(
        "grundlaggande",
        "SVESVE01:C",
        "SVESVE02:C",
        "MATMAT01b:E",
        slutbetyg_points_passed=2300,
    )
    assert result.route == "komvux-efter-2025" and not result.route_met
    assert result.points_missing == 300  # En 5 is listed before En 6 (which covers it)
    assert next(o.codes for o in find(result, "svenska-3").options) == ("SVESVE03",)


def test_an_unverified_route_met_is_a_warning(evaluate: Any) -> None:
    """No source read says a 3- or 4-year avgångsbetyg gives GB: ``unverified``."""
    result = evaluate("grundlaggande", avgangsbetyg_years=3)
    assert not result.eligible
    (warning,) = result.warnings
    assert (warning.rule_id, warning.standing, warning.met) == (
        "avgangsbetyg-3-4-arig",
        "unverified",
        True,
    )


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


OLD_CORE = ("SV1201:G", "SV1202:G", "EN1201:G", "MA1201:G", "SH1201:G", "NK1201:G", "RE1201:G")


@pytest.mark.parametrize(
    ("courses", "programme_points", "short"),
    [
        # bedomningshandboken "Slutbetyg före 2010 – Behörighet": 2 150 gyp → 465 kärnämne
        # points; the seven recorded courses make 100+100+100+100+100+50+50 = 600.
        (OLD_CORE, 2150, False),
        # Svenska A+B and Svenska som andraspråk A+B count once (max 200, UHR "Vid brister").
        (("SV1201:G", "SV1202:G", "SVA1201:G", "SVA1202:G", "EN1201:G"), 2150, True),
        # komvux 1 970 gyp → 373 (bedomningshandboken "Slutbetyg komvux – före 2010")
        (("SV1201:G", "SV1202:G", "EN1201:G"), 1970, True),
        (("SV1201:G", "SV1202:G", "EN1201:G", "MA1201:G"), 1970, False),
        # a failed course gives no kärnämne points
        (("SV1201:G", "SV1202:IG", "EN1201:G", "MA1201:G"), 1970, True),
    ],
)
def test_the_core_subject_points_of_the_90_percent_rule_warn_never_decide(
    evaluate: Any, courses: tuple[str, ...], programme_points: int, short: bool
) -> None:
    result = evaluate(
        "grundlaggande",
        *courses,
        on=BEFORE,
        slutbetyg_issued_year=2001,
        slutbetyg_points_passed=programme_points * 9 // 10 + 5,
        slutbetyg_programme_points=programme_points,
    )
    assert result.eligible and result.route == "slutbetyg-fore-2010"
    core = [w for w in result.warnings if w.rule_id == "slutbetyg-90-karnamnen"]
    assert len(core) == 1 and core[0].met is not short
    assert core[0].standing == "unverified"
    assert any("bedomningshandboken" in source for source in core[0].sources)


def test_a_slutbetyg_size_outside_the_table_leaves_the_core_points_unknown(evaluate: Any) -> None:
    result = evaluate(
        "grundlaggande",
        *OLD_CORE,
        on=BEFORE,
        slutbetyg_issued_year=2001,
        slutbetyg_points_passed=2000,
        slutbetyg_programme_points=2200,
    )
    assert result.eligible
    core = [w for w in result.warnings if w.rule_id == "slutbetyg-90-karnamnen"]
    assert len(core) == 1 and not core[0].met
