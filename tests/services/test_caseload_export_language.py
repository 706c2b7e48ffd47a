"""The caseload export names stages in the export's language (the domain's one table)."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from larsam_desktop.domain.learner import LearnerDraft
from larsam_desktop.domain.pathway import TransitionDraft
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.caseload_export import CaseloadExport, ExportFormat
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.pathway import PathwayService
from larsam_desktop.services.store import open_store


def test_stage_names_follow_the_language(tmp_path: Path) -> None:
    store = open_store(AppPaths(tmp_path / "data"))
    database = store.database
    learner = (
        LearnerService(database)
        .create(LearnerDraft(given_name="Åsa", family_name="Öberg", birth_date=date(1990, 1, 1)))
        .learner.id
    )
    pathway = PathwayService(database)
    pathway.record(learner, TransitionDraft(stage="komvux", recorded_by="Anna"))
    pathway.record(
        learner,
        TransitionDraft(
            stage="preparation", recorded_by="Anna", preparation_kind="introduktionskurs"
        ),
    )
    exporter = CaseloadExport(database)
    shown = {}
    for language in ("sv", "en"):
        out = tmp_path / f"{language}.csv"
        exporter.export(out, ExportFormat.CSV, ["given_name", "stage"], language=language)
        rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig")), delimiter=";"))
        shown[language] = rows
    assert shown["sv"] == [["Förnamn", "Steg"], ["Åsa", "Förberedande steg"]]
    assert shown["en"] == [["Given name", "Stage"], ["Åsa", "Preparation step"]]
    database.dispose()
