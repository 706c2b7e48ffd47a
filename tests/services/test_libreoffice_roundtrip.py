"""The caseload exports as LibreOffice reads them: converted back headlessly (``soffice``) to
OpenDocument and read cell by cell, values, types and leading zeros survive.

LibreOffice is large (not in CI): without ``soffice`` these tests are skipped, saying so.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from larsam_desktop.domain.contacts import ContactDraft
from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.services.caseload_export import CaseloadExport, ExportFormat
from larsam_desktop.services.contacts import ContactService
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.ods_input import ods_rows
from larsam_desktop.services.reference_data import ReferenceService
from larsam_desktop.services.store import OpenedStore

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui",
)
COLUMNS = ("given_name", "family_name", "personnummer", "phone", "birth_year", "last_contact_on")
MET = date(2026, 11, 2)


def _convert(source: Path, out: Path, *filter_options: str) -> Path:
    assert SOFFICE is not None
    profile = out / "profile"
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            *filter_options,
            "--convert-to",
            "ods",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    converted = out / (source.stem + ".ods")
    assert converted.is_file()
    return converted


def _rows(path: Path) -> list[tuple[object, ...]]:
    return [values for _, values in ods_rows(path, max_rows=100, max_columns=20, max_cells=999)]


@pytest.fixture
def exported(store: OpenedStore, tmp_path: Path) -> dict[str, Path]:
    coach = ReferenceService(store.database).ensure_coach("Anna Berg")
    learner = (
        LearnerService(store.database)
        .create(
            LearnerDraft(
                given_name="Åsa",
                family_name="Öberg",
                personnummer="19900101-9802",
                phone="0701234567",
                coach_id=coach,
            )
        )
        .learner.id
    )
    ContactService(store.database).record(
        learner, ContactDraft(kind="phone", recorded_by="Anna Berg", on=MET)
    )
    files = {}
    for export_format in ExportFormat:
        path = tmp_path / f"caseload.{export_format.value}"
        CaseloadExport(store.database).export(path, export_format, COLUMNS, language="sv")
        files[export_format.value] = path
    return files


def test_libreoffice_reads_the_xlsx_with_its_types_and_zeros(
    exported: dict[str, Path], tmp_path: Path
) -> None:
    header, row = _rows(_convert(exported["xlsx"], tmp_path / "x"))
    assert header == (
        "Förnamn",
        "Efternamn",
        "Personnummer",
        "Telefon",
        "Födelseår",
        "Senaste kontakt",
    )
    assert row == ("Åsa", "Öberg", "19900101-9802", "0701234567", 1990, MET)


def test_libreoffice_reads_the_csv_as_swedish_excel_does(
    exported: dict[str, Path], tmp_path: Path
) -> None:
    raw = exported["csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b";0701234567;" in raw
    # Separator ";", quote '"', UTF-8 (76), from line 1; column 4 (the phone) as text, as a
    # coach chooses it in the import dialog: a CSV has no cell types of its own.
    options = "--infilter=CSV:59,34,76,1,1/1/2/1/3/1/4/2/5/1/6/1"
    header, row = _rows(_convert(exported["csv"], tmp_path / "c", options))
    assert header[0] == "Förnamn" and header[-1] == "Senaste kontakt"
    assert row == ("Åsa", "Öberg", "19900101-9802", "0701234567", 1990, MET)
