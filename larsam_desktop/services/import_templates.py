"""Import templates: an XLSX a coach fills in and imports as it is.

Swedish headers the import recognises (``domain.importing.HEADER_ALIASES``), one example
row with Skatteverket's well-known test person (Tolvan Tolvansson, 19121212-1212; delete
the row before importing), text-formatted cells for personnummer, phone numbers and
postcodes (Excel keeps their leading zeros), a date cell for the birth date, and a notes
sheet ("Anvisningar") that explains each column.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from larsam_desktop.domain.importing import ImportKind
from larsam_desktop.services.atomic_file import atomic_output
from larsam_desktop.services.spreadsheet import Column, Kind, Value, XlsxTable

_Field = tuple[Column, Value, str]  # column, example value, what it is for

LEARNERS: tuple[_Field, ...] = (
    (Column("Förnamn"), "Tolvan", "Obligatoriskt (eller en kolumn Namn med hela namnet)."),
    (Column("Efternamn"), "Tolvansson", "Obligatoriskt (eller en kolumn Namn)."),
    (
        Column("Personnummer", Kind.TEXT),
        "19121212-1212",
        "ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN; samordningsnummer går också. Utan personnummer "
        "krävs födelsedatum.",
    ),
    (Column("Födelsedatum", Kind.DATE), date(1912, 12, 12), "Bara om personnummer saknas."),
    (Column("E-post", width=28), "tolvan@example.org", "Frivilligt."),
    (Column("Telefon", Kind.TEXT), "070-123 45 67", "Frivilligt. Skrivs som text (nollan kvar)."),
    (Column("Adress", width=24), "Storgatan 1", "Frivilligt."),
    (Column("Postnummer", Kind.TEXT), "831 30", "Frivilligt."),
    (Column("Ort"), "Östersund", "Frivilligt."),
    (Column("Kommun"), "Östersund", "Hemkommun: namn eller kommunkod (2380)."),
)
ADMITTED: tuple[_Field, ...] = (
    (Column("Personnummer", Kind.TEXT), "19121212-1212", "Obligatoriskt."),
    (Column("Förnamn"), "Tolvan", "Frivilligt: den antagna matchas på personnumret."),
    (Column("Efternamn"), "Tolvansson", "Frivilligt."),
    (Column("Program", width=30), "Sjuksköterskeprogrammet", "Obligatoriskt: namn eller kod."),
    (Column("Termin"), "HT2027", "Obligatoriskt: HT eller VT och år, t.ex. HT2027."),
)
TEMPLATES = {ImportKind.LEARNERS: LEARNERS, ImportKind.ADMITTED: ADMITTED}
SHEETS = {ImportKind.LEARNERS: "Deltagare", ImportKind.ADMITTED: "Antagna"}
NOTES = (
    "Fyll i en rad per person under rubrikraden och ta bort exempelraden (Tolvan "
    "Tolvansson är Skatteverkets testperson).",
    "Rubrikerna känns igen automatiskt; kolumner kan stå i vilken ordning som helst.",
    "Importera med Arkiv → Importera… eller larsam-desktop import {kind} FIL.xlsx. "
    "Alla rader kontrolleras först; en felaktig rad och inget skrivs, om du inte väljer "
    "att importera bara de felfria raderna.",
    "Filen kan också sparas som CSV (UTF-8) eller OpenDocument (.ods).",
)


def write_template(kind: ImportKind, path: Path) -> None:
    """Write the template atomically; raises ``OutputNotWritable``."""
    from openpyxl import Workbook

    fields = TEMPLATES[kind]
    book = Workbook(write_only=True)
    table = XlsxTable(book, SHEETS[kind], [column for column, _, _ in fields])
    table.row([example for _, example, _ in fields])
    table.close()
    notes = XlsxTable(
        book, "Anvisningar", [Column("Kolumn", width=16), Column("Så fyller du i", width=90)]
    )
    for column, _, explanation in fields:
        notes.row([column.header, explanation])
    notes.row([None, None])
    for note in NOTES:
        notes.row([None, note.replace("{kind}", kind.value)])
    notes.close()
    book.properties.creator = "LärSam Desktop"
    with atomic_output(path, private=False) as temporary:  # no personal data in it
        book.save(temporary)
