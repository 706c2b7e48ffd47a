"""Remembered results are bounded by the positions they hold, and stay right."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from larsam_desktop.domain import caseload_recent
from larsam_desktop.domain.caseload import CaseloadQuery, SortColumn
from larsam_desktop.domain.caseload_index import CaseloadIndex, IndexEntry

NAMES = ["anna berg", "anders berg", "ali hassan", "åsa ström", "bo ek", "eva öst"]
STAMP = datetime(2026, 1, 1, tzinfo=UTC)


def entries() -> list[IndexEntry]:
    found = []
    for i in range(300):
        name = NAMES[i % 6]
        coach = name.split()[1]
        found.append(
            IndexEntry(
                i, f"{name} {i}", f"{name} {i:04}", None, None, None, None, None, None, None,
                coach, None, STAMP,
            )
        )  # fmt: skip
    return found


def test_remembered_results_hold_at_most_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(caseload_recent, "RECENT_POSITIONS", 150)
    index = CaseloadIndex(entries())
    typed = ["a", "an", "and", "b", "be", "ber", "e", "ev", "1", "12", "a", "", "ali h"]
    for sort in (SortColumn.NAME, SortColumn.COACH):
        for text in typed:
            query = CaseloadQuery(text=text, sort=sort)
            fresh = CaseloadIndex(entries()).search(query)  # remembers nothing yet
            assert index.search(query) == fresh, query
            assert index.search_view(query) == fresh, query
            held = sum(index._recent.own_size(kept) for kept in index._recent.values())
            assert held == index._recent.held
            assert held <= 150 or len(index._recent) == 1
