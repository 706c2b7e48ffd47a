"""The registerutdrag (access request PDF) in Swedish and English, read back with pdftotext:
field names and code values in the document's language, personnummer with its dash."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from cli_runner import run_cli

from larsam_desktop.domain.learner import Gender, LearnerDraft
from larsam_desktop.domain.pathway import TransitionDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.pathway import PathwayService
from larsam_desktop.services.reference_data import ReferenceService
from larsam_desktop.services.store import open_store

PERSONNUMMER = "199009012387"
ENGLISH_FIELD_NAMES = (
    "home_municipality_code",
    "given_name",
    "family_name",
    "not_stated",
    "protected_identity",
    "created_at",
    "Given name",
    "Personal and contact details",
)


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    )
    return done.stdout


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    store = open_store(AppPaths(data))
    learners = LearnerService(store.database)
    coach = ReferenceService(store.database).ensure_coach("Anna Berg")
    learner = learners.create(
        LearnerDraft(
            given_name="Åsa",
            family_name="Öberg",
            personnummer=PERSONNUMMER,
            gender=Gender.NOT_STATED,
            home_municipality_code="2281",
            coach_id=coach,
        )
    ).learner.id
    assert learner == 1
    PathwayService(store.database).record(
        learner, TransitionDraft(stage="komvux", recorded_by="Anna", on=date(2026, 1, 12))
    )
    store.database.dispose()
    return data


def coach_id(folder: Path) -> int:
    store = open_store(AppPaths(folder))
    found = next(int(c.key) for c in ReferenceService(store.database).choices().coaches)
    store.database.dispose()
    return found


def access_request(folder: Path, out: Path, *language: str) -> str:
    out.mkdir()
    made = run_cli(
        "access-request", "--learner", "1", "--out-dir", str(out), *language, data_dir=folder
    )
    assert made.returncode == 0, made.stderr
    return pdf_text(next(out.glob("registerutdrag-1-*.pdf")))


def test_the_swedish_registerutdrag_has_no_english_field_names(
    folder: Path, tmp_path: Path
) -> None:
    text = access_request(folder, tmp_path / "sv", "--language", "sv")
    assert "Registerutdrag" in text and "dataskyddsförordningen" in text
    assert "Personnummer" in text and "19900901-2387" in text and PERSONNUMMER not in text
    assert "Hemkommun" in text and "Förnamn" in text and "Kön" in text
    assert "Sundsvall (2281)" in text and f"Anna Berg ({coach_id(folder)})" in text
    assert "Inte angivet" in text  # gender: not_stated
    assert "Studievägen" in text and "Komvux" in text
    assert "Logg över åtkomst" not in text or "Händelse" in text
    found = [word for word in ENGLISH_FIELD_NAMES if word in text]
    assert found == []


def test_the_english_registerutdrag(folder: Path, tmp_path: Path) -> None:
    text = access_request(folder, tmp_path / "en", "--language", "en")
    assert "Access request" in text and "General Data Protection Regulation" in text
    assert "Home municipality" in text and "Not stated" in text and "19900901-2387" in text
    assert "home_municipality_code" not in text and "Hemkommun" not in text
