"""The printed study plan says whether the learner could compete last round (issue 15),
read back from the PDF with pypdf — in Swedish and English, with and without cut-offs."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from plan_setup import DRAFT, TODAY, add_learner, clock
from pypdf import PdfReader

from larsam_desktop.services.cutoff_import import CutoffImporter
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.merit import MeritService
from larsam_desktop.services.plan_merit import MeritPlanPrinter
from larsam_desktop.services.plan_printing import PrintOptions
from larsam_desktop.services.plans import PlanService
from larsam_desktop.services.print_settings import PrintSettings
from larsam_desktop.services.store import OpenedStore

SETTINGS = PrintSettings("Lärcentrum Strömsund", "Box 500\n833 24 Strömsund", "")
FIXTURE = Path(__file__).parents[1] / "fixtures" / "cutoffs" / "antagningsstatistik_ht2025.csv"


@pytest.fixture(scope="module")
def data() -> EligibilityData:
    return load_eligibility_data()


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join("\n".join(page.extract_text() for page in reader.pages).split())


def test_the_plan_prints_the_competitiveness_line(
    store: OpenedStore, data: EligibilityData
) -> None:
    plans = PlanService(store.database, data, clock)
    merit = MeritService(store.database, data, clock)
    printer = MeritPlanPrinter(store.database, plans, merit, clock)
    learner = add_learner(store.database)  # Svenska 1 C, Svenska 2 D; sjuksköterska
    plans.save(learner, DRAFT, author="karin", expected_revision=None)
    pdf, document = printer.pdf(learner, SETTINGS, PrintOptions(on=TODAY))
    assert document.merit_line == "Meritvärde: BI 13,75."
    assert "Meritvärde: BI 13,75." in text_of(pdf)

    CutoffImporter(store.database, clock).import_file(FIXTURE)
    merit.record_hp(learner, "1,15", date(2024, 10, 20))
    pdf, _document = printer.pdf(learner, SETTINGS, PrintOptions(on=TODAY))
    assert (
        "Konkurrenskraftig förra omgången? BI 13,75 mot 15,70 (HT2025, Mittuniversitetet); "
        "HP 1,15 mot 1,05 (HT2025, Mittuniversitetet)."
    ) in text_of(pdf)
    english, _document = printer.pdf(learner, SETTINGS, PrintOptions(on=TODAY, language="en"))
    assert "Competitive last round? BI 13,75 against 15,70 (HT2025, Mittuniversitetet)" in (
        text_of(english)
    )
