"""Checks against the eligibility engine and the pace; spreading missing courses."""

from __future__ import annotations

from dataclasses import replace

from plan_helpers import TODAY, plan_of

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.transcript import Examen, Transcript
from larsam_desktop.domain.eligibility.rules import RuleBook
from larsam_desktop.domain.plans.checks import check_plan
from larsam_desktop.domain.plans.compare import compare
from larsam_desktop.domain.plans.plan import GoalKind
from larsam_desktop.domain.plans.spread import add_courses
from larsam_desktop.domain.plans.terms import Term

# Sjuksköterska: grundläggande (a yrkesexamen needs Sv 3 and En 6 here) + Ma 2, Nk 2, Sh 1b.
YRKES = Transcript(examen=Examen.YRKESEXAMEN)
ALL_MISSING = ("SVESVE03", "ENGENG06", "MATMAT02a", "NAKNAK02", "SAMSAM01b")


def test_a_plan_that_covers_every_missing_requirement_in_time(
    book: RuleBook, catalogue: Catalogue
) -> None:
    plan = plan_of(
        "SVESVE03@VT2027", "ENGENG06@VT2027", "MATMAT02a@VT2027", "NAKNAK02@VT2027",
        "SAMSAM01b@HT2026",
    )  # fmt: skip
    check = check_plan(plan, YRKES, book, catalogue, on=TODAY)
    assert check.goal == "Sjuksköterskeprogrammet"
    assert len(check.missing_now) == 5
    assert check.not_covered == ()
    assert check.covered
    assert check.missing_codes == ()


def test_what_the_plan_leaves_out_or_puts_too_late_is_not_covered(
    book: RuleBook, catalogue: Catalogue
) -> None:
    plan = plan_of(
        "SVESVE03@VT2027", "ENGENG06@VT2027", "MATMAT02a@VT2027", "NAKNAK02@HT2027"
    )  # Sh 1b missing, Nk 2 in the start term itself
    check = check_plan(plan, YRKES, book, catalogue, on=TODAY)
    assert not check.covered
    assert {r.id for r in check.not_covered} == {
        "samhallskunskap-1b",
        "naturkunskap-2-eller-bi-fy-ke",
    }
    assert [c.code for c in check.late_courses] == ["NAKNAK02"]
    assert check.missing_codes == ("SAMSAM01b",)  # NAKNAK02 is planned, just too late


def test_a_higher_course_in_the_plan_covers_a_lower_requirement(
    book: RuleBook, catalogue: Catalogue
) -> None:
    plan = plan_of(
        "SVESVE03@VT2027", "ENGENG06@VT2027", "MATMAT02c@HT2026", "MATMAT03c@VT2027",
        "NAKNAK02@VT2027", "SAMSAM01b@VT2027",
    )  # fmt: skip
    check = check_plan(plan, YRKES, book, catalogue, on=TODAY)
    assert check.covered


def test_pace_warnings_name_each_term_that_does_not_fit(
    book: RuleBook, catalogue: Catalogue
) -> None:
    plan = plan_of("SVESVE03@VT2027:300", "ENGENG06@HT2027:500", pace=20, term="")
    check = check_plan(plan, YRKES, book, catalogue, on=TODAY)
    warnings = {str(w.term): w for w in check.pace_warnings}
    assert warnings["VT2027"].points == 300 and not warnings["VT2027"].over
    assert warnings["VT2027"].fitting_pace == 15
    assert warnings["HT2027"].over and warnings["HT2027"].fitting_pace is None
    exact = plan_of("SVESVE03@VT2027:400", term="")
    assert check_plan(exact, YRKES, book, catalogue, on=TODAY).pace_warnings == ()


def test_scope_and_csn_minimum(book: RuleBook, catalogue: Catalogue) -> None:
    plan = replace(plan_of("SVESVE03@VT2027:100", pace=5), scope_points=800)
    check = check_plan(plan, YRKES, book, catalogue, on=TODAY)
    assert check.scope_differs
    assert check.below_half_time


def test_an_examen_goal_is_audited_with_the_plan(book: RuleBook, catalogue: Catalogue) -> None:
    plan = replace(
        plan_of("SVESVE01@VT2027", term=""),
        goal_kind=GoalKind.EXAMEN,
        target_id=None,
        examen="hogskoleforberedande",
    )
    check = check_plan(plan, Transcript(), book, catalogue, on=TODAY)
    assert check.goal is not None
    assert check.points_short == 2300  # 2,400 points, 100 of them planned
    assert not check.covered
    assert "SVESVE01" not in check.missing_codes
    assert "SVESVE02" in check.missing_codes


def test_adding_the_missing_courses_covers_the_goal_at_the_pace(
    book: RuleBook, catalogue: Catalogue
) -> None:
    empty = plan_of(term="HT2028")
    check = check_plan(empty, YRKES, book, catalogue, on=TODAY)
    assert set(check.missing_codes) == set(ALL_MISSING)
    filled = add_courses(empty, check.missing_codes, catalogue, first_term=Term(2027, False))
    assert filled.codes == set(ALL_MISSING)
    assert filled.scope_points == 500
    per_term = {str(t): sum(c.points for c in filled.courses_in(t)) for t in filled.terms}
    assert per_term == {"VT2027": 400, "HT2027": 100}  # 400 points a term at full time
    assert check_plan(filled, YRKES, book, catalogue, on=TODAY).covered


def test_half_time_spreads_over_more_terms(catalogue: Catalogue) -> None:
    empty = plan_of(pace=10)
    filled = add_courses(empty, ALL_MISSING, catalogue, first_term=Term(2027, False))
    assert [str(t) for t in filled.terms] == ["VT2027", "HT2027", "VT2028"]
    assert all(sum(c.points for c in filled.courses_in(t)) <= 200 for t in filled.terms)


def test_a_course_comes_after_the_lower_course_it_builds_on(catalogue: Catalogue) -> None:
    empty = plan_of(pace=20)
    filled = add_courses(
        empty, ["MATMAT03c", "MATMAT02c", "MATMAT01c"], catalogue, first_term=Term(2027, False)
    )
    terms = {c.code: c.term for c in filled.courses}
    assert terms["MATMAT01c"] < terms["MATMAT02c"] < terms["MATMAT03c"]


def test_planned_and_unknown_codes_are_not_added_twice(catalogue: Catalogue) -> None:
    plan = plan_of("MATMAT02a@VT2027")
    filled = add_courses(plan, ["MATMAT02a", "NOPE01"], catalogue, first_term=Term(2027, False))
    assert filled == plan


def test_a_course_bigger_than_a_term_gets_an_empty_term(catalogue: Catalogue) -> None:
    plan = plan_of("SVESVE03@VT2027:50", pace=5)  # 100 points a term
    filled = add_courses(plan, ["FYSFYS01a"], catalogue, first_term=Term(2027, False))
    assert [c.term for c in filled.courses if c.code == "FYSFYS01a"] == [Term(2027, True)]


def test_comparing_two_revisions(catalogue: Catalogue) -> None:
    before = plan_of("MATMAT02a@VT2027", "SVESVE03@VT2027")
    after = replace(
        plan_of("MATMAT02a@HT2027", "ENGENG06@VT2027", pace=15), coach="Ali", scope_points=100
    )
    differences = {(d.field, d.before, d.after) for d in compare(before, after)}
    assert differences == {
        ("scope_points", "200", "100"),
        ("pace", "20", "15"),
        ("coach", "Karin", "Ali"),
        ("course", "SVESVE03 VT2027", ""),
        ("course", "", "ENGENG06 VT2027"),
        ("course", "MATMAT02a VT2027 100 p", "MATMAT02a HT2027 100 p"),
    }
    assert compare(before, before) == []
