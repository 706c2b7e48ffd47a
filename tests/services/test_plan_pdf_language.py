"""The printed plan in the language chosen for it, read back with pdftotext: Swedish through
and through (headings, requirement rows, the "not covered" line), or English when asked."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from plan_setup import TODAY, add_learner, clock

from larsam_desktop.domain.plans.plan import CourseDraft, PlanDraft
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.plan_printing import PlanPrinter, PrintOptions
from larsam_desktop.services.plans import PlanService
from larsam_desktop.services.print_settings import PrintSettings
from larsam_desktop.services.store import OpenedStore

SETTINGS = PrintSettings("Lärcentrum Strömsund", "Box 500\n833 24 Strömsund", "")
# A teacher programme (Svenska 3 with a proposed minimum grade, Naturkunskap A counting as
# 1b), one course planned: most requirements stay not covered.
DRAFT = PlanDraft(
    target_id="forskollarare",
    target_term="HT2027",
    coach="Karin Berg",
    courses=(CourseDraft("ENGENG06", "VT2027"),),
)
ENGLISH = re.compile(
    r"\b(not|or|and|with|the|at least|only|held|passed|points|instead|counts?|courses?|"
    r"missing|met|covered|requirements?|study plan|learner|eligibility|target|pace)\b",
    re.IGNORECASE,
)


def pdf_text(store: OpenedStore, tmp_path: Path, language: str) -> str:
    plans = PlanService(store.database, load_eligibility_data(), clock)
    learner = add_learner(store.database)
    plans.save(learner, DRAFT, author="karin", expected_revision=None)
    data, _document = PlanPrinter(store.database, plans, clock).pdf(
        learner, SETTINGS, PrintOptions(language=language, on=TODAY)
    )
    path = tmp_path / f"plan-{language}.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def without_sources(text: str) -> list[str]:
    """The lines a learner reads, without the numbered source list (bibliographic data:
    titles and addresses as published)."""
    lines, in_sources = [], False
    for line in text.splitlines():
        if re.match(r"^\[\d+\] ", line):
            in_sources = True
        elif in_sources and (line.startswith(("Täcks inte", "Not covered")) or not line.strip()):
            in_sources = False
        if not in_sources:
            lines.append(re.sub(r"\[\d+(–\d+)?\]", "", line))
    return lines


@pytest.mark.usefixtures("backend")
def test_the_swedish_plan_has_no_english_words(store: OpenedStore, tmp_path: Path) -> None:
    text = pdf_text(store, tmp_path, "sv")
    flat = " ".join(text.split())
    assert "Individuell studieplan" in flat and "Förskollärarprogrammet, start HT2027" in flat
    assert "Svenska 3 eller Svenska som andraspråk 3" in flat  # a requirement row
    assert "Täcks inte av planen före HT2027:" in flat  # the not-covered line
    assert "forskollarare" not in flat  # no target slugs
    english = [line for line in without_sources(text) if ENGLISH.search(line)]
    assert english == []
    # The sources too: their notes are written in Swedish beside the English (addresses and
    # published titles aside).
    cited = [re.sub(r"https?://\S+", "", line) for line in text.splitlines()]
    assert [line for line in cited if ENGLISH.search(line)] == []
    assert "läst 2026-12-03" in flat


@pytest.mark.usefixtures("backend")
def test_the_english_plan_when_chosen(store: OpenedStore, tmp_path: Path) -> None:
    lines = without_sources(pdf_text(store, tmp_path, "en"))
    text = " ".join(" ".join(lines).split())
    assert "Individual study plan" in text and "Preschool teacher, starting HT2027" in text
    assert "Svenska 3 or Svenska som andraspråk 3" in text
    assert "Not covered by the plan before HT2027:" in text
    assert "Individuell studieplan" not in text and "Täcks inte" not in text
    assert not re.search(r"\b(eller|minst|saknas|bara|i stället)\b", text)  # Swedish rules
