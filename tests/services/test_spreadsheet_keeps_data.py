"""Every XLSX keeps its data: date cells, text cells for personnummer and phone numbers,
column widths, a frozen header row and an autofilter; CSV stays Swedish-Excel style."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

from openpyxl import Workbook, load_workbook

from larsam_desktop.domain.contacts import ContactDraft
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.services.caseload_export import CaseloadExport, ExportFormat
from larsam_desktop.services.contacts import ContactService
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.spreadsheet import Column, Kind, XlsxTable, sheet_title
from larsam_desktop.services.statistics import StatisticsFilter
from larsam_desktop.services.stats_export.export import StatisticsExporter
from larsam_desktop.services.store import OpenedStore

COLUMNS = ("family_name", "personnummer", "phone", "last_contact_on", "birth_year")


def test_a_table_sheet_types_its_cells(tmp_path: Path) -> None:
    book = Workbook(write_only=True)
    table = XlsxTable(
        book,
        "Deltagare: [HT2026]?",
        [Column("Namn"), Column("Telefon", Kind.TEXT), Column("Datum", Kind.DATE)],
    )
    table.row(["=1+1", 701234567, date(2026, 1, 2)])
    table.row(["Bo", "0701234567", None])
    table.close()
    book.save(tmp_path / "t.xlsx")
    sheet = load_workbook(tmp_path / "t.xlsx").worksheets[0]
    assert sheet.title == sheet_title("Deltagare: [HT2026]?") == "Deltagare   HT2026"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:C3"
    assert sheet["A1"].font.b and sheet.column_dimensions["B"].width >= 16
    assert (sheet["A2"].value, sheet["A2"].data_type) == ("=1+1", "s")  # never a formula
    assert (sheet["B2"].value, sheet["B2"].data_type, sheet["B2"].number_format) == (
        "701234567",
        "s",
        "@",
    )
    assert sheet["B3"].value == "0701234567" and sheet["B3"].number_format == "@"
    assert sheet["C2"].is_date and sheet["C2"].number_format == "yyyy-mm-dd"


def test_the_caseload_export_keeps_dates_and_zeros(store: OpenedStore, tmp_path: Path) -> None:
    learner = (
        LearnerService(store.database)
        .create(
            LearnerDraft(
                given_name="Åsa",
                family_name="Öberg",
                personnummer="19900101-9802",
                phone="0701234567",
            )
        )
        .learner.id
    )
    ContactService(store.database).record(
        learner, ContactDraft(kind="phone", recorded_by="Anna", on=date(2026, 11, 2))
    )
    export = CaseloadExport(store.database)
    export.export(tmp_path / "c.xlsx", ExportFormat.XLSX, COLUMNS, language="sv")
    sheet = load_workbook(tmp_path / "c.xlsx").worksheets[0]
    assert sheet.title == "Deltagare" and sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]] == [
        "Efternamn",
        "Personnummer",
        "Telefon",
        "Senaste kontakt",
        "Födelseår",
    ]
    _family, pnr, phone, contact, born = sheet[2]
    assert pnr.number_format == "@" and phone.value == "0701234567" and phone.data_type == "s"
    assert contact.is_date and contact.value == datetime(2026, 11, 2)
    assert born.value == 1990 and born.data_type == "n"
    assert sheet.auto_filter.ref == "A1:E2"
    export.export(tmp_path / "c.csv", ExportFormat.CSV, COLUMNS)
    raw = (tmp_path / "c.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfFamily name;Personnummer;Phone;Last contact;Birth year")
    assert "Öberg;19900101-9802;0701234567;2026-11-02;1990\r\n".encode() in raw


def test_statistics_tables_have_a_frozen_filterable_header(
    store: OpenedStore, tmp_path: Path
) -> None:
    DemoGenerator(
        store.database, clock=lambda: datetime.combine(date(2026, 11, 28), time(12), tzinfo=UTC)
    ).generate(60, seed=5)
    out = tmp_path / "s.xlsx"
    StatisticsExporter(store.database).export(out, StatisticsFilter(), k=10)
    for sheet in load_workbook(out).worksheets[1:]:
        if sheet.auto_filter.ref:
            header_row = int(sheet.freeze_panes[1:]) - 1
            assert sheet.auto_filter.ref.startswith(f"A{header_row}:")
            assert sheet.cell(header_row, 1).font.b
            break
    else:
        raise AssertionError("no statistics table with a filter")
