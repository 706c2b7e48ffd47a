"""Reading published admission statistics (domain/cutoffs.py) and matching them to targets."""

from __future__ import annotations

from decimal import Decimal

import pytest

from larsam_desktop.domain.cutoffs import (
    CutoffMark,
    last_round,
    matching,
    parse_cutoffs,
    parse_term,
    term_key,
)
from larsam_desktop.domain.errors import ValidationError

HEADER = (
    "Termin",
    "Urval",
    "Lärosäte",
    "Anmälningskod",
    "Program/kurs",
    "Urvalsgrupp",
    "Antagningspoäng",
    "Antagna",
)


def records(*rows: tuple[str, ...]) -> list[tuple[int, tuple[str, ...]]]:
    lines = [("Antagningsstatistik HT2025",), (), HEADER, *rows]
    return [(number, tuple(cells)) for number, cells in enumerate(lines, start=1)]


NURSE = ("HT2025", "2", "Mittuniversitetet", "MIU-1", "Sjuksköterskeprogrammet, 180 hp")


def test_the_published_layout_with_marks_and_decimal_commas() -> None:
    rows = parse_cutoffs(
        records((*NURSE, "BII", "16,85", "20"), (*NURSE, "HP", "1,05", ""), (*NURSE, "BI", "*", ""))
    )
    assert [(r.group, r.mark, r.value) for r in rows] == [
        ("BII", CutoffMark.VALUE, Decimal("16.85")),
        ("HP", CutoffMark.VALUE, Decimal("1.05")),
        ("BI", CutoffMark.ALL_ADMITTED, None),
    ]
    assert rows[0].admitted == 20 and rows[0].term == "HT2025" and rows[0].round == 2


def test_columns_are_found_by_name_in_any_order() -> None:
    header = ("Urvalsgrupp", "Antagningspoäng", "Lärosäte", "Utbildning", "Termin")
    found = parse_cutoffs(
        [(1, header), (2, ("BI", "15,70", "Umeå universitet", "Läkarprogrammet", "HT 2025"))]
    )
    assert found[0].university == "Umeå universitet" and found[0].term == "HT2025"
    assert found[0].round == 2  # not given: the published statistics are urval 2


def test_every_bad_line_is_named_and_nothing_is_returned() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_cutoffs(
            records(
                (*NURSE, "BII", "16,85", ""),
                ("HT25", "2", "Mittuniversitetet", "MIU-1", "X", "BI", "15", ""),
                (*NURSE, "HP", "2,50", ""),
                (*NURSE, "BII", "23", ""),
                ("HT2025", "3", "Mittuniversitetet", "MIU-1", "X", "BI", "15", ""),
                ("HT2025", "2", "", "MIU-1", "X", "BI", "15", ""),
            )
        )
    lines = sorted({e.params["line"] for e in caught.value.errors})
    assert lines == [5, 6, 7, 8, 9]
    assert all(e.message.startswith(f"Line {e.params['line']}:") for e in caught.value.errors)


def test_a_file_without_the_columns_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_cutoffs([(1, ("Personnummer", "Namn")), (2, ("1", "2"))])
    assert caught.value.errors[0].code == "no_header"


@pytest.mark.parametrize(
    ("text", "term"),
    [("HT2025", "HT2025"), ("vt 2026", "VT2026"), ("Höstterminen 2025", "HT2025"), ("2025", None)],
)
def test_terms(text: str, term: str | None) -> None:
    assert parse_term(text) == term


def test_a_target_matches_by_programme_name_and_the_last_round_counts() -> None:
    rows = parse_cutoffs(
        records(
            (*NURSE, "BII", "16,85", ""),
            (
                "HT2025",
                "1",
                "Mittuniversitetet",
                "MIU-1",
                "Sjuksköterskeprogrammet",
                "BII",
                "17,10",
                "",
            ),
            (
                "VT2025",
                "2",
                "Mittuniversitetet",
                "MIU-2",
                "Sjuksköterskeprogrammet",
                "BII",
                "14,10",
                "",
            ),
            (
                "HT2025",
                "2",
                "Mittuniversitetet",
                "MIU-3",
                "Förskollärarprogrammet",
                "BI",
                "12,00",
                "",
            ),
        )
    )
    nurse = matching(rows, "sjuksköterskeprogrammet")
    assert len(nurse) == 3
    assert [(r.term, r.round, r.value) for r in last_round(nurse)] == [
        ("HT2025", 2, Decimal("16.85"))
    ]
    assert matching(rows, "", code="miu-3")[0].programme == "Förskollärarprogrammet"
    assert term_key("VT2026") > term_key("HT2025") > term_key("VT2025")
