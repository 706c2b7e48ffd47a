"""The rows of the grundläggande route are told in one language each, route name included."""

from __future__ import annotations

from typing import Any

import pytest

from larsam_desktop.domain.eligibility.rules import GRUNDLAGGANDE, RuleBook


@pytest.mark.parametrize(
    ("courses", "facts"),
    [((), {}), (("SVESVE01:E", "ENGENG05:E"), {"examen": "yrkesexamen"})],
)
def test_a_route_row_names_its_route_in_the_rows_language(
    book: RuleBook, evaluate: Any, courses: tuple[str, ...], facts: dict[str, str]
) -> None:
    result = evaluate("sjukskoterska", *courses, **facts)
    rows = [r for r in result.requirements if r.id.startswith(f"{GRUNDLAGGANDE}.")]
    assert rows, [r.id for r in result.requirements]
    route = next(r for r in book.grundlaggande.routes if r.id == result.route)
    assert route.title.sv != route.title.en, "a route whose names agree proves nothing here"
    for row in rows:
        assert row.description.startswith(f"{book.grundlaggande.title.en} via {route.title.en}: ")
        assert route.title.sv not in row.description
        assert row.description_sv.startswith(
            f"{book.grundlaggande.title.sv} via {route.title.sv}: "
        )
