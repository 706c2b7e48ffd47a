"""Course demand's pure part: counts merged, ordered, filtered; terms checked."""

from __future__ import annotations

import pytest

from larsam_desktop.domain.course_demand import check_term, demand_from_counts


def test_counts_are_merged_ordered_and_named() -> None:
    demand = demand_from_counts(
        [
            ("MATMAT02b", "HT2027", "B", 2),
            ("MATMAT02b", "VT2027", "B", 4),
            ("MATMAT02b", "VT2027", "B", 1),  # the same group twice (points differed): merged
            ("ENGENG06", "VT2027", "A", 9),
            ("SVESVE03", "VT2027", None, 3),
            ("XYZ", "VT2027", "A", 9),
        ],
        {"MATMAT02b": "Matematik 2b", "ENGENG06": "Engelska 6"},
        plans=12,
    )
    assert [(r.course_name, r.term, r.learning_centre, r.learners) for r in demand.rows] == [
        ("Engelska 6", "VT2027", "A", 9),
        ("XYZ", "VT2027", "A", 9),  # no name: the code
        ("Matematik 2b", "VT2027", "B", 5),
        ("SVESVE03", "VT2027", "", 3),  # no lärcentrum: last in its term
        ("Matematik 2b", "HT2027", "B", 2),
    ]
    assert demand.terms == ["VT2027", "HT2027"]
    assert demand.learning_centres == ["", "A", "B"]
    assert demand.total == 28 and demand.plans == 12
    assert demand.only(term="HT2027").total == 2
    assert demand.only(learning_centre="").total == 3
    assert demand.only(term="VT2027", learning_centre="B").total == 5


def test_a_term_is_checked() -> None:
    assert check_term("vt 2027") == "VT2027"
    with pytest.raises(ValueError):
        check_term("2027-01")
