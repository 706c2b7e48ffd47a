"""A search that finds nothing can be retried without diacritics: "aslund" finds "Åslund"."""

from __future__ import annotations

from datetime import UTC, datetime

from larsam_desktop.domain.caseload import CaseloadQuery
from larsam_desktop.domain.caseload_index import CaseloadIndex, IndexEntry, plain_letters


def entry(learner_id: int, text: str, name: str, coach_id: int | None = None) -> IndexEntry:
    when = datetime(2026, 1, 1, tzinfo=UTC)
    return IndexEntry(
        learner_id, text, name, coach_id, None, None, None, None, None, None, None, None, when
    )


def test_plain_letters_drop_diacritics_letter_for_letter() -> None:
    assert plain_letters("åslund öberg édouard müller") == "aslund oberg edouard muller"
    assert plain_letters("æsir øst straße") == "æsir øst straße"  # these do not decompose


def test_the_retry_finds_the_swedish_name_and_names_the_word() -> None:
    index = CaseloadIndex(
        [
            entry(1, "åsa åslund 19900101 östersund", "aslund"),
            entry(2, "anna berg 19850505 umeå", "berg"),
            entry(3, "erik åslund 19700101 örebro", "aslund2", coach_id=7),
        ]
    )
    assert index.search(CaseloadQuery(text="aslund")) == []
    found = index.search_plain(CaseloadQuery(text="aslund"))
    assert found is not None
    assert found.ids == [1, 3]
    assert found.matched == ("åslund",)
    both = index.search_plain(CaseloadQuery(text="Asa aslund"))
    assert both is not None and both.ids == [1] and both.matched == ("åsa", "åslund")
    filtered = index.search_plain(CaseloadQuery(text="aslund", coach_id=7))
    assert filtered is not None and filtered.ids == [3]  # the filters still apply
    assert index.search_plain(CaseloadQuery(text="nobody")) is None
    assert index.search_plain(CaseloadQuery(text="")) is None
