"""Files an import accepts (issue 20): templates, .ods, numeric phone numbers from XLSX, and
an encoding the program does not read named as such."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from cli_runner import run_cli

from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.importing import Column, ImportKind, guess_mapping
from larsam_desktop.services.import_templates import write_template
from larsam_desktop.services.importing import ImportService, read_table
from larsam_desktop.services.store import OpenedStore

T = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
X = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def ods(path: Path, body: str, *, prolog: str = "") -> Path:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}'
        f'<office:document-content xmlns:office="{OFFICE}" xmlns:table="{T}" xmlns:text="{X}">'
        f"<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED
        )
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    return path


def text(value: str) -> str:
    return (
        f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'
    )


def number(value: int) -> str:
    return f'<table:table-cell office:value-type="float" office:value="{value}"/>'


def row(*cells: str, repeated: int = 1) -> str:
    cells_xml = "".join(cells)
    return f'<table:table-row table:number-rows-repeated="{repeated}">{cells_xml}</table:table-row>'


HEADER = row(text("Förnamn"), text("Efternamn"), text("Födelsedatum"), text("Telefon"))


def test_an_ods_list_is_read_with_types_spaces_and_repeats(tmp_path: Path) -> None:
    body = (
        '<table:table table:name="Blad1">'
        + HEADER
        + row(
            text('Åsa<text:s text:c="2"/>Lena'),
            text("Öberg"),
            '<table:table-cell office:value-type="date" office:date-value="1990-01-02"/>',
            number(701234567),
            '<table:table-cell table:number-columns-repeated="16000"/>',
        )
        + row('<table:table-cell table:number-columns-repeated="1024"/>', repeated=1_048_000)
        + "</table:table>"
        + '<table:table table:name="Blad2">'
        + row(text("ignored"))
        + "</table:table>"
    )
    table = read_table(ods(tmp_path / "lista.ods", body))
    assert table.encoding == "ods" and table.headers[0] == "Förnamn"
    assert table.rows == ((2, ("Åsa  Lena", "Öberg", "1990-01-02", "0701234567")),)
    (note,) = table.notes
    assert note.code == "leading_zero_restored" and "lines 2" in note.message


def test_an_ods_with_a_document_type_or_too_many_rows_is_refused(tmp_path: Path) -> None:
    bomb = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
    with pytest.raises(ValidationError) as refused:
        read_table(
            ods(tmp_path / "bomb.ods", "<table:table>" + HEADER + "</table:table>", prolog=bomb)
        )
    assert "document type" in refused.value.errors[0].message
    many = "<table:table>" + HEADER + row(text("Bo"), text("Ek"), repeated=200_000)
    with pytest.raises(ValidationError) as refused:
        read_table(ods(tmp_path / "many.ods", many + "</table:table>"))
    assert refused.value.errors[0].code == "too_large"


def test_a_numeric_phone_number_from_xlsx_gets_its_zero_back_with_a_note(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Förnamn", "Efternamn", "Personnummer", "Telefon", "Postnummer"])
    sheet.append(["Åsa", "Öberg", "19900101-9802", 701234567, 83131])
    sheet.append(["Bo", "Ek", "19121212-1212", "070-765 43 21", 83132])
    path = tmp_path / "lista.xlsx"
    book.save(path)
    table = read_table(path)
    phones = [cells[3] for _, cells in table.rows]
    assert phones == ["0701234567", "070-765 43 21"]
    assert [cells[4] for _, cells in table.rows] == ["83131", "83132"]  # postcodes untouched
    (note,) = table.notes
    assert note.params["count"] == 1 and note.params["lines"] == "2"


def test_a_mac_roman_csv_is_refused_naming_the_encodings_read(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(
        "Förnamn;Efternamn;Personnummer\r\nÅsa;Öberg;19900101-9802\r\n".encode("mac_roman")
    )
    with pytest.raises(ValidationError) as refused:
        read_table(path)
    error = refused.value.errors[0]
    assert error.code == "unsupported_encoding"
    assert "UTF-8" in error.message and "Windows-1252" in error.message
    path.write_bytes(
        "Förnamn;Efternamn;Personnummer\r\nÅsa;Öberg;19900101-9802\r\n".encode("cp1252")
    )
    assert read_table(path).rows[0][1][:2] == ("Åsa", "Öberg")


@pytest.mark.parametrize("kind", [ImportKind.LEARNERS, ImportKind.ADMITTED])
def test_a_template_is_recognised_by_the_import_it_is_for(kind: ImportKind, tmp_path: Path) -> None:
    path = tmp_path / f"{kind.value}.xlsx"
    write_template(kind, path)
    book = openpyxl.load_workbook(path)
    data, notes = book.worksheets
    assert notes.title == "Anvisningar" and notes.max_row > 5
    assert data.freeze_panes == "A2" and data.auto_filter.ref
    headers = [c.value for c in data[1]]
    pnr = data.cell(2, headers.index("Personnummer") + 1)
    assert (pnr.value, pnr.data_type, pnr.number_format) == ("19121212-1212", "s", "@")
    table = read_table(path)
    mapping = guess_mapping(table.headers)
    assert len(mapping) == len(headers)  # every header recognised
    if kind is ImportKind.LEARNERS:
        born = data.cell(2, headers.index("Födelsedatum") + 1)
        assert born.is_date and born.value.date() == date(1912, 12, 12)
        assert table.rows[0][1][mapping[Column.PHONE]] == "070-123 45 67"


def test_the_learners_template_example_row_imports(store: OpenedStore, tmp_path: Path) -> None:
    path = tmp_path / "learners.xlsx"
    write_template(ImportKind.LEARNERS, path)
    result = ImportService(store.database).run(ImportKind.LEARNERS, read_table(path), dry_run=True)
    assert result.bad_rows == () and result.good_rows == 1


def test_import_template_on_the_command_line(tmp_path: Path) -> None:
    out = tmp_path / "mall.xlsx"
    result = run_cli("import", "template", "admitted", "--out", str(out), data_dir=tmp_path / "d")
    assert result.returncode == 0, result.stderr
    assert out.is_file() and "admitted template" in result.stdout
    assert openpyxl.load_workbook(out).worksheets[0].title == "Antagna"
    wrong = run_cli("import", "template", "courses", "--out", str(out), data_dir=tmp_path / "d")
    assert wrong.returncode == 1 and "import template learners|admitted" in wrong.stderr
