"""``larsam-desktop merit`` and ``cutoffs`` as a user runs them (in-process, files on disk)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from cli_runner import run_cli

from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.merit import MeritService
from larsam_desktop.services.profiles import ProfileService
from larsam_desktop.services.store import open_store

FIXTURE = Path(__file__).parents[1] / "fixtures" / "cutoffs" / "antagningsstatistik_ht2025.csv"
TRANSCRIPT = {
    "courses": [
        {"code": "SVESVE01", "grade": "C"},
        {"code": "ENGENG05", "grade": "B"},
        {"code": "ENGENG06", "grade": "C"},
        {"code": "MATMAT01b", "grade": "E"},
        {"code": "MATMAT02b", "grade": "A", "provider": "komvux"},
        {"code": "ENGENG07", "grade": "C", "provider": "komvux"},
    ],
    "examen": "hogskoleforberedande",
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


def write(tmp_path: Path, content: object) -> Path:
    path = tmp_path / "transcript.json"
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def test_merit_of_a_transcript_as_json(tmp_path: Path, folder: Path) -> None:
    result = run_cli("merit", "--transcript", str(write(tmp_path, TRANSCRIPT)), "--format",
                     "json", data_dir=folder)  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    groups = {g["group"]: g for g in data["groups"]}
    assert groups["BI"]["jamforelsetal"] == 14.38  # (15 + 17.5 + 15 + 10) / 4, half-up
    assert groups["BII"]["meritpoang_by_subject"] == {"engelska": 1.0, "matematik": 0.5}
    assert data["hogskoleprov"] is None and data["document"] == "gymnasieexamen"


def test_merit_of_a_transcript_as_text(tmp_path: Path, folder: Path) -> None:
    path = write(tmp_path, TRANSCRIPT)
    result = run_cli("merit", "--transcript", str(path), data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert "BI: jämförelsetal 14,38 + meritpoäng 0,00 = meritvärde 14,38" in result.stdout
    assert "Högskoleprov: no valid result recorded." in result.stdout


def test_a_stored_learner_with_cutoffs_and_a_hogskoleprov_result(folder: Path) -> None:
    assert run_cli("cutoffs", "import", str(FIXTURE), data_dir=folder).returncode == 0
    store = open_store(AppPaths(folder), None)
    try:
        data = load_eligibility_data()
        draft = LearnerDraft(given_name="Ali", family_name="Hassan", birth_date=date(1988, 2, 1))
        learner = LearnerService(store.database).create(draft).learner.id
        ProfileService(store.database, data).set_target(learner, "sjukskoterska")
        MeritService(store.database, data).record_hp(learner, "1,15", date(2024, 10, 20))
    finally:
        store.database.dispose()
    result = run_cli("merit", "--learner", str(learner), data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert "Högskoleprov: 1,15 (2024-10-20, valid until 2032-12-31)" in result.stdout
    assert "HP 1,15 against 1,05 (HT2025, Mittuniversitetet): yes" in result.stdout
    missing = run_cli("merit", "--learner", "999", data_dir=folder)
    assert missing.returncode == 1 and "learners list" in missing.stderr


def test_cutoffs_import_and_list(folder: Path) -> None:
    imported = run_cli("cutoffs", "import", str(FIXTURE), data_dir=folder)
    assert imported.returncode == 0, imported.stderr
    assert "Imported 7 cut-offs (HT2025 urval 2, VT2025 urval 2)." in imported.stdout
    listed = run_cli("cutoffs", "list", "--format", "json", "--target", "sjukskoterska",
                     data_dir=folder)  # fmt: skip
    rows = json.loads(listed.stdout)
    assert len(rows) == 5 and rows[0]["term"] == "VT2025"
    assert {r["cutoff"] for r in rows if r["term"] == "HT2025" and r["group"] == "BII"} == {
        16.85,
        17.2,
    }
    text = run_cli("cutoffs", "list", data_dir=folder).stdout
    assert (
        "HT2025 urval 2\tMittuniversitetet\tMIU-34567\tFörskollärarprogrammet, 210 hp\tBI\t*"
        in text
    )


def test_a_damaged_file_names_its_lines_and_stores_nothing(tmp_path: Path, folder: Path) -> None:
    damaged = tmp_path / "damaged.csv"
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    lines[5] = lines[5].replace("16,85", "sexton")  # line 6
    damaged.write_text("\n".join(lines), encoding="utf-8")
    result = run_cli("cutoffs", "import", str(damaged), data_dir=folder)
    assert result.returncode == 1
    assert "nothing was stored" in result.stderr and "Line 6: sexton" in result.stderr
    assert "No cut-offs imported" in run_cli("cutoffs", "list", data_dir=folder).stdout


def test_usage_errors(tmp_path: Path, folder: Path) -> None:
    both = run_cli("merit", "--transcript", "x.json", "--learner", "1", data_dir=folder)
    assert both.returncode == 1 and "either --transcript" in both.stderr
    unknown = run_cli("merit", "--transcript", str(write(tmp_path, TRANSCRIPT)), "--target",
                      "nosuch", data_dir=folder)  # fmt: skip
    assert unknown.returncode == 1 and "unknown target" in unknown.stderr


def test_the_plan_printed_from_the_command_line_has_the_competitiveness_line(
    folder: Path, tmp_path: Path
) -> None:
    import io
    import sys

    from pypdf import PdfReader

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "services"))
    from plan_setup import DRAFT, add_learner

    from larsam_desktop.services.plans import PlanService

    store = open_store(AppPaths(folder), None)
    try:
        learner = add_learner(store.database)  # Svenska 1 C and 2 D: BI 13,75
        PlanService(store.database, load_eligibility_data()).save(
            learner, DRAFT, author="karin", expected_revision=None
        )
    finally:
        store.database.dispose()
    assert run_cli("cutoffs", "import", str(FIXTURE), data_dir=folder).returncode == 0
    out = tmp_path / "plan.pdf"
    result = run_cli(
        "plan", "pdf", "--learner", str(learner), "--out", str(out), "--language", "sv",
        data_dir=folder,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Konkurrenskraftig förra omgången? BI 13,75 mot 15,70 (HT2025, Mittuniversitetet)" in (
        text
    )


def test_the_text_takes_a_language(tmp_path: Path, folder: Path) -> None:
    """Labels come from the catalogue (Swedish once translated); numbers in Swedish form."""
    path = write(tmp_path, TRANSCRIPT)
    english = run_cli("merit", "--transcript", str(path), "--language", "en", data_dir=folder)
    assert english.returncode == 0 and "Grade document: gymnasieexamen" in english.stdout
    swedish = run_cli("merit", "--transcript", str(path), "--language", "sv", data_dir=folder)
    assert swedish.returncode == 0 and "meritvärde 14,38" in swedish.stdout
    bad = run_cli("merit", "--transcript", str(path), "--language", "fi", data_dir=folder)
    assert bad.returncode == 2
