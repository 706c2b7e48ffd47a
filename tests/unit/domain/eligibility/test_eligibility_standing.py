"""The standing (what passed records satisfy) and single requirements, on the real catalogue."""

from __future__ import annotations

from typing import Any

from larsam_desktop.domain.courses.catalogue import COVERS_SOURCE, Catalogue
from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.eligibility.requirements import (
    RequirementResult,
    StudyOption,
    evaluate_courses,
    plan,
)
from larsam_desktop.domain.eligibility.rules import CourseRequirement, Substitution
from larsam_desktop.domain.eligibility.standing import Standing


def test_a_higher_course_covers_the_whole_line_below(catalogue: Catalogue) -> None:
    standing = Standing({"MATMAT05": 3}, catalogue)
    for code in ("MATMAT04", "MATMAT03c", "MATMAT02c", "MATMAT01c"):
        support = standing.support(code)
        assert support is not None and support.rank == 3 and support.records == ("MATMAT05",)
        assert COVERS_SOURCE in support.via
    assert standing.rank("MATMAT03b") == 0  # another line


def test_a_composite_takes_the_lowest_grade(catalogue: Catalogue) -> None:
    standing = Standing({"BI1201": 5, "KE1201": 1, "FY1201": 3}, catalogue)
    assert standing.rank("NAKNAK02") == 1
    assert standing.rank("NAKNAK01b") == 1  # Nk 2 covers Nk 1b
    assert standing.support("NAKNAK02").records == ("BI1201", "FY1201", "KE1201")  # type: ignore[union-attr]
    assert Standing({"BI1201": 5, "KE1201": 1}, catalogue).rank("NAKNAK02") == 0


def test_the_best_support_wins(catalogue: Catalogue) -> None:
    standing = Standing({"SVESVE01": 1, "SVESVE02": 4}, catalogue)
    assert standing.rank("SVESVE01") == 4  # Sv 2 with B covers Sv 1 better than Sv 1's E
    assert standing.support("SVESVE01").records == ("SVESVE02",)  # type: ignore[union-attr]


def test_old_grades_of_several_systems_meet_in_gy11(catalogue: Catalogue) -> None:
    standing = Standing({"MA1202": 3, "MATE2B00X": 4, "SAMSAM01a1": 2, "SAMH1A20X": 1}, catalogue)
    assert standing.rank("MATMAT02a") == 3 and standing.rank("MATMAT02b") == 4
    assert standing.rank("MATMAT01b") == 4
    assert standing.rank("SAMSAM01b") == 1  # Sh 1a1 (D) + Samhällskunskap nivå 1a2 (E)
    # Sh 1a2 covers Sh 1a1, so with a D in 1a2 the pair gives D.
    assert Standing({"SAMH1A10X": 1, "SAMSAM01a2": 2}, catalogue).rank("SAMSAM01b") == 2


def test_a_substitution_only_joins_its_own_standing(catalogue: Catalogue) -> None:
    substitution = Substitution(
        "x", "x", "NAKNAK02", ("MEDMED01", "VÅRVÅR01", "VÅRVÅR02"), ("source",)
    )
    passed = {"MEDMED01": 2, "VÅRVÅR01": 3, "VÅRVÅR02": 4}
    assert Standing(passed, catalogue).rank("NAKNAK02") == 0
    scoped = Standing(passed, catalogue, [substitution.as_equivalence()])
    assert scoped.rank("NAKNAK02") == 2 and scoped.rank("NAKNAK01b") == 2
    assert "source" in scoped.support("NAKNAK02").via  # type: ignore[union-attr]


SH = CourseRequirement("sh", "Sh 1b", (("SAMSAM01b",),))


def test_options_expand_to_combinations_that_count_as_the_course(catalogue: Catalogue) -> None:
    result = evaluate_courses(SH, Standing({}, catalogue), catalogue)
    assert [(o.codes, o.points) for o in result.options] == [
        (("SAMSAM01b",), 100),
        (("SAMSAM01a1", "SAMSAM01a2"), 100),
    ]
    half = evaluate_courses(SH, Standing({"SAMSAM01a1": 1}, catalogue), catalogue)
    assert [o.codes for o in half.options] == [("SAMSAM01a2",), ("SAMSAM01b",)]


def test_a_minimum_grade_asks_for_the_course_again(catalogue: Catalogue) -> None:
    requirement = CourseRequirement("sv", "Sv 3", (("SVESVE03",),), min_grade=Grade.C)
    low = evaluate_courses(requirement, Standing({"SVESVE03": 2}, catalogue), catalogue)
    assert not low.met and low.options[0].codes == ("SVESVE03",)
    high = evaluate_courses(requirement, Standing({"SVESVE03": 3}, catalogue), catalogue)
    assert high.met and high.satisfied_by == ("SVESVE03",)


def test_the_plan_counts_a_shared_course_once_and_respects_a_floor(catalogue: Catalogue) -> None:
    def unmet(*options: StudyOption) -> RequirementResult:
        return RequirementResult("r", "r", met=False, options=options)

    ma = StudyOption(("MATMAT02b",), 100)
    both = StudyOption(("MATMAT02b", "SAMSAM01b"), 200)
    sh = StudyOption(("SAMSAM01b",), 100)
    assert plan([unmet(ma), unmet(both), unmet(sh)], catalogue).points == 200
    floor = StudyOption(("KVARSH",), 100, at_least=1000)
    result = plan([unmet(ma), unmet(floor)], catalogue)
    assert result.codes == ("MATMAT02b", "KVARSH") and result.points == 1000
    extra = StudyOption((), 0, extra_points=100)
    assert plan([unmet(ma), unmet(extra)], catalogue).points == 200
    met = RequirementResult("m", "m", met=True)
    assert plan([met, unmet()], catalogue).points == 0


def test_the_cheapest_option_given_what_is_already_chosen(catalogue: Catalogue) -> None:
    # Nk 2 alone (100) is cheapest, unless Bi 1 and Ke 1 are needed anyway.
    bi_ke = StudyOption(("BIOBIO01", "KEMKEM01"), 200)
    nk = RequirementResult(
        "nk",
        "nk",
        met=False,
        options=(
            StudyOption(("NAKNAK02",), 100),
            StudyOption(("BIOBIO01", "KEMKEM01", "FYSFYS01a"), 350),
        ),
    )
    first: Any = RequirementResult("bk", "bk", met=False, options=(bi_ke,))
    assert plan([first, nk], catalogue).codes == ("BIOBIO01", "KEMKEM01", "NAKNAK02")
