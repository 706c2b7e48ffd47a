from __future__ import annotations

import pytest

from larsam_desktop.domain.courses.grades import Grade, GradeScale, parse_grade


@pytest.mark.parametrize(
    ("old", "new"),
    [(Grade.MVG, Grade.A), (Grade.VG, Grade.C), (Grade.G, Grade.E), (Grade.IG, Grade.F)],
)
def test_old_grades_convert_as_skolfs_2011_196_says(old: Grade, new: Grade) -> None:
    assert old.converted() is new
    assert old.scale is GradeScale.IG_TO_MVG
    assert new.scale is GradeScale.A_TO_F
    assert old.rank == new.rank


@pytest.mark.parametrize("grade", list(Grade))
def test_e_or_better_passes_and_g_counts_as_e_or_better(grade: Grade) -> None:
    assert grade.passes is (grade not in (Grade.F, Grade.IG))


def test_ranks_order_the_a_to_f_scale() -> None:
    ranks = [g.rank for g in (Grade.F, Grade.E, Grade.D, Grade.C, Grade.B, Grade.A)]
    assert ranks == sorted(ranks) and len(set(ranks)) == 6


def test_merit_values_follow_domain_md() -> None:
    weights = {g: g.merit_value for g in (Grade.A, Grade.B, Grade.C, Grade.D, Grade.E, Grade.F)}
    assert weights == {
        Grade.A: 20,
        Grade.B: 17.5,
        Grade.C: 15,
        Grade.D: 12.5,
        Grade.E: 10,
        Grade.F: 0,
    }
    assert Grade.VG.merit_value == 15


@pytest.mark.parametrize(
    ("text", "grade"),
    [
        ("A", Grade.A),
        (" e ", Grade.E),
        ("vg", Grade.VG),
        ("MVG", Grade.MVG),
        ("x", None),
        ("", None),
    ],
)
def test_parse_grade(text: str, grade: Grade | None) -> None:
    assert parse_grade(text) is grade
