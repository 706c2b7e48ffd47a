"""The in-memory index must answer exactly like a plain filter-and-sort over the entries."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from larsam_desktop.domain.caseload import (
    STAGE_RANK,
    TARGET_STANDING_RANK,
    CaseloadQuery,
    SortColumn,
    TargetStanding,
)
from larsam_desktop.domain.caseload_index import CaseloadIndex, IndexEntry
from larsam_desktop.domain.pathway import Stage

WORDS = ["anna", "berg", "öst", "åsa", "ali", "19900101", "ström", "a", "ber"]


def entry(learner_id: int, text: str, name: str, **values: Any) -> IndexEntry:
    base = {
        "id": learner_id,
        "search_text": text,
        "name_sort": name,
        "coach_id": None,
        "learning_centre_id": None,
        "municipality_code": None,
        "personnummer": None,
        "birth_date": None,
        "municipality_sort": None,
        "learning_centre_sort": None,
        "coach_sort": None,
        "visible_city": None,
        "updated_at": datetime(2026, 1, 1, tzinfo=UTC),
    }
    base.update(values)
    return IndexEntry(**base)


def reference_search(entries: list[IndexEntry], query: CaseloadQuery) -> list[int]:
    """The obvious, slow implementation of the documented semantics."""
    rows = [
        e
        for e in entries
        if all(t in e.search_text for t in query.terms)
        and (query.coach_id is None or e.coach_id == query.coach_id)
        and (query.learning_centre_id is None or e.learning_centre_id == query.learning_centre_id)
        and (query.municipality_code is None or e.municipality_code == query.municipality_code)
        and (query.stage is None or e.stage == query.stage)
        and (query.target_standing is None or e.target_standing == query.target_standing)
    ]
    rows.sort(key=lambda e: (e.name_sort, e.id))
    if query.sort is SortColumn.NAME:
        return [e.id for e in (rows[::-1] if query.descending else rows)]

    def keyed(rows: list[IndexEntry], attr: str) -> list[IndexEntry]:
        present = [e for e in rows if getattr(e, attr) is not None]
        present.sort(key=lambda e: getattr(e, attr), reverse=query.descending)
        return present + [e for e in rows if getattr(e, attr) is None]

    if query.sort is SortColumn.PERSONNUMMER:
        rows = keyed(keyed(rows, "birth_date"), "personnummer")
    else:
        attr = {
            SortColumn.MUNICIPALITY: "municipality_sort",
            SortColumn.LEARNING_CENTRE: "learning_centre_sort",
            SortColumn.COACH: "coach_sort",
            SortColumn.CITY: "visible_city",
            SortColumn.UPDATED: "updated_at",
            SortColumn.STAGE: "stage_rank",
            SortColumn.IN_STAGE: "stage_since",
            SortColumn.TARGET: "target_rank",
        }[query.sort]
        rows = keyed(rows, attr)
    return [e.id for e in rows]


maybe = st.none() | st.integers(1, 3)
entries_strategy = st.lists(
    st.builds(
        lambda i, words, name, coach, centre, muni, pnr, born, city, minute, stage, standing: entry(
            i,
            " ".join(words),
            name,
            coach_id=coach,
            learning_centre_id=centre,
            municipality_code=muni,
            personnummer=pnr,
            birth_date=born,
            municipality_sort=muni,
            learning_centre_sort=None if centre is None else f"c{centre}",
            coach_sort=None if coach is None else f"k{coach}",
            visible_city=city,
            updated_at=datetime(2026, 1, 1, 0, minute, tzinfo=UTC),
            stage=None if stage is None else stage.value,
            stage_rank=None if stage is None else STAGE_RANK[stage.value],
            stage_since=None if stage is None else date(2025, 1, 1 + minute % 28),
            target_standing=standing.value,
            target_rank=TARGET_STANDING_RANK[standing.value],
        ),
        st.integers(1, 10_000),
        st.lists(st.sampled_from(WORDS), max_size=4),
        st.sampled_from(["berg anna", "berg åsa", "ali ahmed", "öberg eva", ""]),
        maybe,
        maybe,
        st.none() | st.sampled_from(["2380", "2281"]),
        st.none() | st.sampled_from(["199001019802", "189001019802"]),
        st.none() | st.dates(date(1960, 1, 1), date(2007, 1, 1)),
        st.none() | st.sampled_from(["Östersund", "Sundsvall"]),
        st.integers(0, 59),
        st.none() | st.sampled_from(list(Stage)),
        st.sampled_from(list(TargetStanding)),
    ),
    max_size=40,
    unique_by=lambda e: e.id,
)
queries = st.builds(
    CaseloadQuery,
    text=st.lists(st.sampled_from(WORDS), max_size=3).map(" ".join),
    coach_id=maybe,
    learning_centre_id=maybe,
    municipality_code=st.none() | st.sampled_from(["2380", "2281"]),
    stage=st.none() | st.sampled_from([s.value for s in Stage]),
    target_standing=st.none() | st.sampled_from(list(TargetStanding)),
    sort=st.sampled_from(list(SortColumn)),
    descending=st.booleans(),
)


@settings(max_examples=300, deadline=None)
@given(entries_strategy, st.lists(queries, min_size=1, max_size=4))
def test_index_matches_the_reference_semantics(
    entries: list[IndexEntry], query_list: list[CaseloadQuery]
) -> None:
    index = CaseloadIndex(entries)
    for query in query_list:  # several queries: cached orders must not leak between them
        assert index.search(query) == reference_search(entries, query)


def test_upsert_and_remove_are_seen_by_the_next_search() -> None:
    index = CaseloadIndex([entry(1, "anna berg", "berg anna"), entry(2, "eva berg", "berg eva")])
    assert index.search(CaseloadQuery(text="berg")) == [1, 2]
    index.upsert(entry(1, "anna öberg", "öberg anna"))
    assert index.search(CaseloadQuery(text="berg")) == [2, 1]
    index.remove(2)
    assert index.search(CaseloadQuery(text="berg")) == [1]
    assert len(index) == 1
    index.remove(99)  # unknown ids are ignored
    assert len(index) == 1


def test_an_empty_index_answers_empty() -> None:
    assert CaseloadIndex().search(CaseloadQuery(text="x", sort=SortColumn.COACH)) == []


@settings(max_examples=200, deadline=None)
@given(
    entries_strategy,
    st.sampled_from(WORDS),
    st.sampled_from(list(SortColumn)),
    st.booleans(),
    maybe,
)
def test_typing_letter_by_letter_narrows_correctly(
    entries: list[IndexEntry], word: str, sort: SortColumn, descending: bool, coach: int | None
) -> None:
    """Each keystroke may reuse the previous result; the answers must not change."""
    index = CaseloadIndex(entries)
    typed = ""
    for text in [word[:n] for n in range(1, len(word) + 1)] + [f"{word} a", word[:1], ""]:
        typed = text
        query = CaseloadQuery(text=typed, sort=sort, descending=descending, coach_id=coach)
        assert index.search(query) == reference_search(entries, query), typed


def test_prepare_builds_every_order_up_front() -> None:
    index = CaseloadIndex(
        [entry(i, f"name {i}", f"n{i:03d}", coach_sort=f"k{i % 3}") for i in range(1, 50)]
    )
    index.prepare()
    assert len(index._orders) == 2 * len(SortColumn)
    assert index.search(CaseloadQuery(sort=SortColumn.COACH))[:3] == [3, 6, 9]
