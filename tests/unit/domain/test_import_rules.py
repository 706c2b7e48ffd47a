"""Reading import files: encodings, separators, headers, mapping, row checks (pure)."""

from __future__ import annotations

import codecs
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.importing import (
    Column,
    ImportKind,
    apply_overrides,
    check_rows,
    decode,
    fold_header,
    guess_mapping,
    normalise_term,
    read_csv,
    split_full_name,
)

TODAY = date(2026, 11, 28)
GOOD = ("199009012387", "199305202393", "199803302380", "200309242386", "190606039824")


def test_headers_are_recognised_in_swedish_and_english() -> None:
    headers = [
        "Personnummer (Student)",
        "Förnamn (Student)",
        "Efternamn (Student)",
        "E-post",
        "Telefon",
        "Kommun",
        "Program",
        "Termin",
    ]
    mapping = guess_mapping(headers)
    assert mapping == {
        Column.PERSONNUMMER: 0,
        Column.GIVEN_NAME: 1,
        Column.FAMILY_NAME: 2,
        Column.EMAIL: 3,
        Column.PHONE: 4,
        Column.MUNICIPALITY: 5,
        Column.PROGRAMME: 6,
        Column.TERM: 7,
    }
    english = guess_mapping(["First name", "Last name", "E-mail", "Municipality", "Term", "Name"])
    assert english[Column.GIVEN_NAME] == 0 and english[Column.FULL_NAME] == 5
    assert fold_header("  Förnamn (Student) ") == "fornamn"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Förnamn;Efternamn\nÅsa;Öberg\n".encode(), "utf-8"),
        (codecs.BOM_UTF8 + "Förnamn;Efternamn\nÅsa;Öberg\n".encode(), "utf-8-sig"),
        ("Förnamn;Efternamn\nÅsa;Öberg\n".encode("cp1252"), "cp1252"),
        ("Förnamn;Efternamn\nÅsa;Öberg\n".encode("utf-16"), "utf-16"),
    ],
)
def test_encodings(data: bytes, encoding: str) -> None:
    text, found = decode(data)
    assert found == encoding
    assert "Åsa;Öberg" in text
    table = read_csv(data)
    assert table.rows == ((2, ("Åsa", "Öberg")),)


def test_a_file_with_lines_in_two_encodings_reads_every_line_right() -> None:
    data = (
        "Förnamn;Efternamn\n".encode() + "Åsa;Öberg\n".encode("cp1252") + "Märta;Ödling\n".encode()
    )
    assert decode(data)[1] == "mixed utf-8/cp1252"
    table = read_csv(data)
    assert [cells for _, cells in table.rows] == [("Åsa", "Öberg"), ("Märta", "Ödling")]


@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_separators_and_quotes(separator: str) -> None:
    lines = [
        separator.join(["Förnamn", "Efternamn", '"Adress"']),
        separator.join(["Åsa", "Öberg", f'"Storgatan 1{separator} lgh 2"']),
    ]
    table = read_csv("\r\n".join(lines).encode())
    assert table.delimiter == separator
    assert table.rows[0][1][2] == f"Storgatan 1{separator} lgh 2"


def test_the_separator_is_the_one_that_splits_the_header() -> None:
    """Found by hypothesis: a ',' file whose cells hold many ';' was read as ';'."""
    table = read_csv('Personnummer,Förnamn,Efternamn\n199009012387,,";;;;"\n'.encode())
    assert table.delimiter == ","
    assert table.rows == ((2, ("199009012387", "", ";;;;")),)


def test_ladok_metadata_lines_before_the_header_are_skipped() -> None:
    data = (
        '"Rapport: Antagna";"";""\n'
        '"Skapad: 2026-11-20";"";""\n'
        "\n"
        '"Personnummer (Student)";"Förnamn (Student)";"Efternamn (Student)";"Termin"\n'
        '"19900901-2387";"Åsa";"Öberg";"HT2026"\n'
    ).encode()
    table = read_csv(data)
    assert table.header_line == 4
    assert table.rows == ((5, ("19900901-2387", "Åsa", "Öberg", "HT2026")),)


def test_a_file_without_a_known_header_is_refused() -> None:
    with pytest.raises(ValidationError, match="No header row"):
        read_csv(b"a;b;c\n1;2;3\n")


def test_line_numbers_count_physical_lines_with_multiline_cells() -> None:
    data = 'Förnamn,Efternamn,Adress\nÅsa,Öberg,"rad ett\nrad två"\nAli,Hassan,x\n'.encode()
    table = read_csv(data)
    assert [line for line, _ in table.rows] == [2, 4]


def test_overrides_and_wrong_columns() -> None:
    headers = ["PNR", "Namn", "Ort"]
    mapping = apply_overrides(headers, guess_mapping(headers), {"personnummer": "pnr"})
    assert mapping == {Column.PERSONNUMMER: 0, Column.FULL_NAME: 1, Column.CITY: 2}
    assert Column.CITY not in apply_overrides(headers, mapping, {"city": ""})
    with pytest.raises(ValidationError) as refused:
        apply_overrides(headers, mapping, {"shoe_size": "x", "email": "E-post"})
    assert {e.code for e in refused.value.errors} == {"unknown_column", "unknown_header"}
    table = read_csv(b"Program;Termin\nSjuksk;HT2026\n")
    with pytest.raises(ValidationError, match="personnummer"):
        check_rows(ImportKind.ADMITTED, table, guess_mapping(table.headers), today=TODAY)


def test_every_bad_row_is_reported_with_its_line_and_reason() -> None:
    data = "\n".join(
        [
            "Personnummer;Förnamn;Efternamn;E-post",
            f"{GOOD[0]};Åsa;Öberg;asa@example.org",
            "19900101-1234;Bad;Luhn;",
            f"{GOOD[1]};;Ingen förnamn;",
            f"{GOOD[0]};Dubbel;Rad;",
            f"{GOOD[2]};Ali;Hassan;inte-en-adress",
            f"{GOOD[3]};Nul\x00;Byte;",
            f"{GOOD[4]};För;Många;a@b.se;extra",
        ]
    ).encode()
    table = read_csv(data)
    checked = check_rows(ImportKind.LEARNERS, table, guess_mapping(table.headers), today=TODAY)
    assert [row.line for row in checked.good] == [2]
    reasons = {bad.line: bad.message for bad in checked.bad}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8]
    assert "personnummer" in reasons[3]
    assert "given name" in reasons[4]
    assert "line 2" in reasons[5]
    assert "email" in reasons[6]
    assert "NUL" in reasons[7]
    assert "cells" in reasons[8]


def test_admitted_rows_need_a_term_and_a_programme_but_not_names() -> None:
    data = (
        "Personnummer;Program;Termin\n"
        f"{GOOD[0]};Sjuksköterskeprogrammet;ht 2026\n"
        f"{GOOD[1]};;VT2027\n"
        f"{GOOD[2]};Socionom;hösten\n"
    ).encode()
    table = read_csv(data)
    checked = check_rows(ImportKind.ADMITTED, table, guess_mapping(table.headers), today=TODAY)
    assert len(checked.good) == 1
    row = checked.good[0]
    assert (row.learner, row.digits, row.term) == (None, GOOD[0], "HT2026")
    assert {bad.line for bad in checked.bad} == {3, 4}


def test_terms_and_names() -> None:
    assert normalise_term("HT2026") == "HT2026"
    assert normalise_term("vt-2027") == "VT2027"
    assert normalise_term("2026") is None
    assert split_full_name("Öberg, Åsa Maria") == ("Åsa Maria", "Öberg")
    assert split_full_name("Åsa  Maria Öberg") == ("Åsa Maria", "Öberg")


cells = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"),
    max_size=12,
)


@given(
    st.lists(
        st.tuples(st.sampled_from([*GOOD, "", "nonsense", "19900101-1234"]), cells, cells),
        min_size=1,
        max_size=15,
    ),
    st.sampled_from([";", ","]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]),
)
@settings(max_examples=150, deadline=None)
def test_any_rows_are_either_good_or_reported(
    rows: list[tuple[str, str, str]], separator: str, encoding: str
) -> None:
    """Whatever the cells hold, every data row ends up good or bad, never lost or doubled."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator)
    writer.writerow(["Personnummer", "Förnamn", "Efternamn"])
    for number, given_name, family_name in rows:
        writer.writerow([number, given_name, family_name])
    text = buffer.getvalue()
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    table = read_csv(data)
    checked = check_rows(ImportKind.LEARNERS, table, guess_mapping(table.headers), today=TODAY)
    lines = sorted([r.line for r in checked.good] + [b.line for b in checked.bad])
    assert lines == [line for line, _ in table.rows]
    assert all(bad.reasons for bad in checked.bad)
