from __future__ import annotations

import unicodedata

import pytest

from larsam_desktop.domain.text import fold, search_terms, swedish_sort_key


def test_swedish_alphabetical_order_puts_a_ring_a_umlaut_o_umlaut_after_z() -> None:
    names = [
        "Öberg",
        "Zetterlund",
        "Åberg",
        "Ärlig",
        "Andersson",
        "Eklund",
        "Élise",
        "Ygberg",
        "Über",
        "östlund",
        "Olsson",
    ]
    ordered = sorted(names, key=swedish_sort_key)
    assert ordered == [
        "Andersson",
        "Eklund",
        "Élise",
        "Olsson",
        "Über",
        "Ygberg",
        "Zetterlund",
        "Åberg",
        "Ärlig",
        "Öberg",
        "östlund",
    ]


def test_sort_key_ignores_case_and_extra_spaces() -> None:
    assert swedish_sort_key("  ÅSA   Berg ") == swedish_sort_key("åsa berg")


def test_fold_keeps_swedish_letters_distinct() -> None:
    assert fold("Örebro") == "örebro"
    assert fold("Örebro") != fold("Orebro")


def test_fold_treats_composed_and_decomposed_letters_alike() -> None:
    decomposed = unicodedata.normalize("NFD", "Åsa")
    assert fold(decomposed) == fold("Åsa")


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("", []),
        ("  Anna   Berg ", ["anna", "berg"]),
        ("anna anna", ["anna"]),
        ("900101-9802 Öster", ["9001019802", "öster"]),
    ],
)
def test_search_terms(query: str, terms: list[str]) -> None:
    assert search_terms(query) == terms
