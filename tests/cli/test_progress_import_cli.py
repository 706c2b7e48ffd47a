"""``import progress FILE`` and ``import applicants FILE``, in process: dry run, the real
import, bad lines on stderr with exit 1, the outreach list as text, JSON and CSV."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from cli_runner import run_cli

from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.domain.pathway import Stage, TransitionDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.pathway import PathwayService
from larsam_desktop.services.store import open_store


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    store = open_store(AppPaths(data))
    try:
        learner = LearnerService(store.database).create(
            LearnerDraft(given_name="Anna", family_name="Berg", personnummer="19900101-1239")
        )
        PathwayService(store.database).record(
            learner.learner.id, TransitionDraft("applied", "Karin", date(2026, 1, 10))
        )
    finally:
        store.database.dispose()
    return data


def _stage(folder: Path) -> Stage | None:
    store = open_store(AppPaths(folder))
    try:
        with store.database.unit_of_work(writes=False) as uow:
            history = uow.pathway.history(1)
    finally:
        store.database.dispose()
    return history[-1].transition.stage


def test_import_progress_dry_run_then_for_real(folder: Path, tmp_path: Path) -> None:
    path = tmp_path / "registrerade.csv"
    path.write_text("Personnummer;Status;Datum\n9001011239;Registrerad;2026-09-01\n", "utf-8")
    dry = run_cli("import", "progress", str(path), "--dry-run", "--language", "en",
                  data_dir=folder)  # fmt: skip
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.strip() == ("dry run: 1 lines are fine, 2 pathway steps; nothing was written")
    assert _stage(folder) is Stage.APPLIED
    done = run_cli("import", "progress", str(path), "--language", "en", data_dir=folder)
    assert done.stdout.strip() == ("imported: 1 lines, 2 pathway steps recorded, 0 already known")
    assert _stage(folder) is Stage.STUDYING


def test_import_progress_of_one_kind_and_bad_lines(folder: Path, tmp_path: Path) -> None:
    path = tmp_path / "avbrott.csv"
    path.write_text("Personnummer\n19900101-1239\n19900101-1238\n", "utf-8")
    bad = run_cli("import", "progress", str(path), "--list", "discontinued",
                  "--language", "sv", data_dir=folder)  # fmt: skip
    assert bad.returncode == 1
    assert "3: Personnummer: Kontrollsiffran" in bad.stderr
    assert _stage(folder) is Stage.APPLIED
    path.write_text("Personnummer\n19900101-1239\n", "utf-8")
    done = run_cli("import", "progress", str(path), "--list", "discontinued", data_dir=folder)
    assert done.returncode == 0, done.stderr
    assert _stage(folder) is Stage.DISCONTINUED


def test_import_applicants_prints_the_outreach_list(folder: Path, tmp_path: Path) -> None:
    path = tmp_path / "ej-behoriga.csv"
    path.write_text(
        "Personnummer;Program;Termin;Förnamn;Efternamn\n"
        "19900101-1239;Sjuksköterskeprogrammet;HT2026;;\n"
        "19920371-3459;socionom;HT2026;Camilla;Nyström\n",
        "utf-8",
    )
    dry = run_cli("import", "applicants", str(path), "--dry-run", "--format", "json",
                  data_dir=folder)  # fmt: skip
    assert dry.returncode == 0, dry.stderr
    listing = json.loads(dry.stdout)
    assert listing["written"] is False
    assert {e["name"] for e in listing["outreach"]} == {"Anna Berg", "Camilla Nyström"}
    assert all(e["personnummer"].endswith("-••••") for e in listing["outreach"])
    assert all(not e["eligible"] and e["gap_points"] > 0 for e in listing["outreach"])
    text = run_cli("import", "applicants", str(path), "--language", "en", data_dir=folder)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.strip().splitlines()
    assert lines[-1] == "imported: 2 lines, 1 learners registered"
    camilla = next(line for line in lines if line.startswith("Camilla"))
    assert "(registered now)" in camilla and "missing" in camilla
    assert "no offering of the programme ahead" in camilla
    table = run_cli("import", "applicants", str(path), "--format", "csv", "--language", "sv",
                    data_dir=folder)  # fmt: skip
    header = table.stdout.splitlines()[0]
    assert header.startswith("Namn;Personnummer;Program;Termin;")


def test_import_applicants_bad_line_exits_1(folder: Path, tmp_path: Path) -> None:
    path = tmp_path / "ej-behoriga.csv"
    path.write_text("Personnummer,Programme,Term\n19900101-1239,Astronaut,HT2026\n", "utf-8")
    bad = run_cli("import", "applicants", str(path), "--language", "en", data_dir=folder)
    assert bad.returncode == 1
    assert "Line 2: Programme:" in bad.stderr
