"""``learners list`` as text in the chosen language; the JSON keys stay English."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from cli_runner import run_cli

from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.store import open_store


def test_headers_and_count_follow_the_language(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = open_store(AppPaths(data))
    LearnerService(store.database).create(
        LearnerDraft(given_name="Åsa", family_name="Öberg", birth_date=date(1990, 1, 1))
    )
    store.database.dispose()
    swedish = run_cli("learners", "list", "--language", "sv", data_dir=data)
    assert swedish.returncode == 0, swedish.stderr
    first = swedish.stdout.splitlines()[0].split()
    assert first[:3] == ["Id", "Efternamn", "Förnamn"] and "Kommun" in first
    assert swedish.stdout.splitlines()[-1] == "1 deltagare"
    english = run_cli("learners", "list", "--language", "en", data_dir=data)
    assert english.stdout.splitlines()[0].startswith("Id  Family name  Given name")
    assert english.stdout.splitlines()[-1] == "1 learner"
    keys = json.loads(run_cli("learners", "list", "--format", "json", "--language", "sv",
                              data_dir=data).stdout)[0]  # fmt: skip
    assert "family_name" in keys and "Efternamn" not in keys
