"""The offerings file: Swedish and English headers, bad rows by line, duplicates, all or
nothing, sent again, and written back (CSV and XLSX), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hostile_files import zip_bomb
from offering_setup import clock

from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.offerings import StudyForm
from larsam_desktop.services.audit import AuditAction, AuditFilter, AuditService
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.offering_import import OfferingFiles
from larsam_desktop.services.offerings import OfferingService
from larsam_desktop.services.store import OpenedStore

SWEDISH = (
    "Lärosäte;Program;Starttermin;Studieform;Lärcentrum;Studietakt;Platser;"
    "Sista kompletteringsdag;Anmälningskod\n"
    "Mittuniversitetet;Sjuksköterskeprogrammet;HT2027;campus;;100 %;60;;MIU-10001\n"
    "Mittuniversitetet;socionom;VT2028;distans;;50;40;2027-11-30;MIU-10002\n"
    "Mittuniversitetet;A14;HT2028;decentraliserad;{centre};100;20;;\n"
)


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


@pytest.fixture
def files(store: OpenedStore, data: EligibilityData) -> tuple[OfferingService, OfferingFiles]:
    offerings = OfferingService(store.database, data, clock)
    return offerings, OfferingFiles(store.database, offerings, clock)


def _centre(offerings: OfferingService) -> str:
    return next(iter(offerings.centres().values()))


def _write(tmp_path: Path, text: str, name: str = "utbud.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_swedish_file_is_imported_whole_and_audited(
    store: OpenedStore, files: tuple[OfferingService, OfferingFiles], tmp_path: Path
) -> None:
    offerings, reader = files
    path = _write(tmp_path, SWEDISH.format(centre=_centre(offerings)))
    result = reader.import_file(path, actor="Karin")
    assert (result.rows, result.added, result.updated) == (3, 3, 0)
    stored = offerings.listing()
    assert [(s.offering.target_id, str(s.offering.start_term)) for s in stored] == [
        ("sjukskoterska", "HT2027"), ("socionom", "VT2028"), ("sjukskoterska", "HT2028"),
    ]  # fmt: skip
    social = stored[1].offering
    assert (social.study_form, social.pace_percent, social.places) == (StudyForm.DISTANCE, 50, 40)
    assert social.complete_by == date(2027, 11, 30)
    assert stored[0].offering.complete_by == date(2027, 6, 20)  # the round's usual date
    assert stored[2].learning_centre == _centre(offerings)
    entries = AuditService(store.database, clock=clock).entries(
        AuditFilter(action=AuditAction.IMPORT)
    )
    assert entries[0].details["added"] == 3


def test_english_headers_in_an_xlsx_file_are_read_too(
    files: tuple[OfferingService, OfferingFiles], tmp_path: Path
) -> None:
    offerings, reader = files
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Offerings from the region"])  # a title line above the header
    sheet.append(["University", "Programme", "Start term", "Study form", "Pace", "Complete by"])
    sheet.append(["Umeå universitet", "Nursing", "VT2029", "distance", 75, date(2028, 12, 1)])
    path = tmp_path / "offerings.xlsx"
    book.save(path)
    assert reader.import_file(path).added == 1
    only = offerings.listing()[0].offering
    assert (only.university, only.target_id, only.pace_percent) == (
        "Umeå universitet", "sjukskoterska", 75
    )  # fmt: skip
    assert only.complete_by == date(2028, 12, 1)


def test_bad_rows_are_named_by_line_and_field_and_nothing_is_stored(
    files: tuple[OfferingService, OfferingFiles], tmp_path: Path
) -> None:
    offerings, reader = files
    text = (
        "Lärosäte;Program;Starttermin;Studieform;Lärcentrum;Studietakt;Sista kompletteringsdag\n"
        "Mittuniversitetet;Sjuksköterskeprogrammet;HT2027;campus;;100;\n"
        "Mittuniversitetet;Astronautprogrammet;HT2027;campus;;100;\n"
        "Mittuniversitetet;socionom;HT27;på månen;Ingenstans;60;20 juni\n"
        ";socionom;HT2027;decentraliserad;;100;\n"
        "Mittuniversitetet;Sjuksköterskeprogrammet;ht 2027;Campus;;100;\n"
    )
    with pytest.raises(ValidationError) as refused:
        reader.import_file(_write(tmp_path, text))
    by_line: dict[str, set[str]] = {}
    for error in refused.value.errors:
        line = error.field.split(":")[0]
        by_line.setdefault(line, set()).add(error.code)
    assert by_line == {
        "line 3": {"unknown_target"},
        "line 4": {"invalid_study_form", "unknown_centre", "invalid_pace", "invalid_date"},
        "line 5": {"required"},
        "line 6": {"duplicate"},
    }
    assert "Line 6: the same offering as line 2." in refused.value.message
    assert "line 3: Program" in refused.value.message
    assert offerings.listing() == []


def test_a_file_sent_again_updates_instead_of_doubling_and_a_dry_run_writes_nothing(
    files: tuple[OfferingService, OfferingFiles], tmp_path: Path
) -> None:
    offerings, reader = files
    path = _write(tmp_path, SWEDISH.format(centre=_centre(offerings)))
    dry = reader.import_file(path, dry_run=True)
    assert (dry.added, dry.dry_run) == (3, True)
    assert offerings.listing() == []
    reader.import_file(path)
    changed = _write(tmp_path, SWEDISH.format(centre=_centre(offerings)).replace(";60;", ";80;"))
    again = reader.import_file(changed)
    assert (again.added, again.updated) == (0, 3)
    assert [s.offering.places for s in offerings.listing()] == [80, 40, 20]


def test_no_header_and_a_zip_bomb_are_refused(
    files: tuple[OfferingService, OfferingFiles], tmp_path: Path
) -> None:
    _offerings, reader = files
    with pytest.raises(ValidationError) as no_header:
        reader.import_file(_write(tmp_path, "Namn;Personnummer\nAda;1\n"))
    assert {e.code for e in no_header.value.errors} == {"no_header"}
    with pytest.raises(ValidationError):
        reader.import_file(zip_bomb(tmp_path / "bomb.xlsx"))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_export_reads_back_as_the_same_offerings(
    files: tuple[OfferingService, OfferingFiles],
    tmp_path: Path,
    suffix: str,
    store: OpenedStore,
    data: EligibilityData,
) -> None:
    offerings, reader = files
    reader.import_file(_write(tmp_path, SWEDISH.format(centre=_centre(offerings))))
    before = [s.offering for s in offerings.listing()]
    out = tmp_path / f"export{suffix}"
    assert reader.export(out) == 3
    if suffix == ".xlsx":
        sheet = openpyxl.load_workbook(out).worksheets[0]
        header = [c.value for c in next(sheet.iter_rows(max_row=1))]
        assert header[:3] == ["Lärosäte", "Program", "Programnamn"]
        assert isinstance(sheet.cell(2, 12).value, date | None) or sheet.cell(2, 12).value
    else:
        assert out.read_bytes().startswith("\ufeffLärosäte;Program".encode())
    for stored in offerings.listing():
        offerings.delete(stored.id)
    assert reader.import_file(out).added == 3
    assert [s.offering for s in offerings.listing()] == before
