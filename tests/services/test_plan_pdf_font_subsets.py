"""A plan's embedded font subsets made once per list of letters and its common texts'
encoding kept (issue 19): the same bytes as ReportLab's own subsetting and encoding, one
program shared by learners whose names use only common letters, and a name's rare letters
still printed and extracted."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest
from plan_setup import DRAFT, TODAY, add_learner, clock
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFace

from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.pdf import fonts
from larsam_desktop.services.pdf.fonts import BOLD, REGULAR, SubsetCachingFace, register_fonts
from larsam_desktop.services.pdf.plan_document import PlanDocument
from larsam_desktop.services.pdf.plan_pdf import render_plans
from larsam_desktop.services.plan_printing import PlanPrinter, PrintOptions
from larsam_desktop.services.plans import PlanService
from larsam_desktop.services.print_settings import PrintSettings
from larsam_desktop.services.store import OpenedStore

CREATED = datetime(2026, 12, 8, 9, tzinfo=UTC)
SETTINGS = PrintSettings("Lärcentrum Strömsund", "Box 500\n833 24 Strömsund", "")
COMMON = [("Björn", "Sjöberg"), ("André", "Müller"), ("Åsa", "Öberg"), ("Ali", "Hassan")]
RARE = ("Zoë", "Łukasiewicz-Nguyễn")


def _faces() -> list[SubsetCachingFace]:
    register_fonts()
    faces = [pdfmetrics.getFont(name).face for name in (REGULAR, BOLD)]
    assert all(isinstance(face, SubsetCachingFace) for face in faces)
    return faces


@pytest.fixture
def documents(sqlite_store: OpenedStore) -> list[PlanDocument]:
    database = sqlite_store.database
    plans = PlanService(database, load_eligibility_data(), clock)
    printer = PlanPrinter(database, plans, clock)
    found = []
    for given, family in [*COMMON, RARE]:
        learner = add_learner(database, given, family, personnummer="")
        plans.save(learner, DRAFT, author="karin", expected_revision=None)
        found.append(printer.document(learner, PrintOptions(on=TODAY)))
    return found


@pytest.fixture
def fresh_programs() -> Iterator[list[SubsetCachingFace]]:
    faces = _faces()
    for face in faces:
        face.__dict__.pop("_programs", None)
    yield faces
    for face in faces:
        face.__dict__.pop("_programs", None)


def _render(document: PlanDocument, language: str = "sv") -> bytes:
    return render_plans([document], SETTINGS, language=language, created=CREATED)


def test_kept_programs_print_what_reportlab_subsets_itself(
    documents: list[PlanDocument],
    fresh_programs: list[SubsetCachingFace],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = [_render(d, language) for language in ("sv", "en") for d in documents]
    again = [_render(d, language) for language in ("sv", "en") for d in documents]
    together = render_plans(documents, SETTINGS, created=CREATED)
    assert all(font.__dict__.get("_splits") for font in map(pdfmetrics.getFont, (REGULAR, BOLD)))
    monkeypatch.setattr(fonts, "KEEP_SPLITS", False)  # every text encoded afresh
    for face in fresh_programs:  # ReportLab's own face: every subset made afresh
        face.__class__ = TTFontFace
    try:
        alone = [_render(d, language) for language in ("sv", "en") for d in documents]
        together_alone = render_plans(documents, SETTINGS, created=CREATED)
    finally:
        for face in fresh_programs:
            face.__class__ = SubsetCachingFace
    assert kept == alone and again == alone
    assert together == together_alone


def test_common_names_share_one_program_and_rare_letters_add_one(
    documents: list[PlanDocument], fresh_programs: list[SubsetCachingFace]
) -> None:
    regular, bold = fresh_programs
    for document in documents[: len(COMMON)]:
        _render(document)
    # å, ä, ö, é, ü given their codes first: the letters' order in a name changes nothing.
    assert len(regular.__dict__["_programs"]) == 1
    assert len(bold.__dict__["_programs"]) == 1
    data = _render(documents[-1])
    assert len(regular.__dict__["_programs"]) == 2  # ë, Ł and ễ: a subset of its own
    with pikepdf.open(io.BytesIO(data)) as pdf:
        names = {str(font.BaseFont) for page in pdf.pages for font in page.Resources.Font.values()}
    assert all("DejaVuSans" in name for name in names)


def test_a_rare_name_is_printed_and_extracted(
    documents: list[PlanDocument], fresh_programs: list[SubsetCachingFace], tmp_path: Path
) -> None:
    for document in documents:
        _render(document)  # the programs are kept now
    path = tmp_path / "plan.pdf"
    path.write_bytes(_render(documents[-1]))
    text = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "Zoë Łukasiewicz-Nguyễn" in text
    assert "Lärcentrum Strömsund" in text


def test_a_full_store_of_programs_starts_again(
    fresh_programs: list[SubsetCachingFace], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "SUBSETS_KEPT", 2)
    regular = fresh_programs[0]
    programs = [regular.program([0, 65 + n], compressed=True) for n in range(5)]
    assert 1 <= len(regular.__dict__["_programs"]) <= 2
    assert regular.program([0, 69], compressed=True) == programs[4]
    raw, length = regular.program([0, 69], compressed=False)
    assert len(raw) == length == programs[4][1]


def test_only_texts_of_common_letters_keep_their_encoding(fresh_programs: object) -> None:
    """A text with a rare letter is encoded by the document's own codes each time (they
    depend on what came first); an unseeded document (other reports) keeps nothing."""
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    font = pdfmetrics.getFont(REGULAR)
    font.__dict__.pop("_splits", None)
    first, second = Canvas(BytesIO())._doc, Canvas(BytesIO())._doc
    font.seed(first)
    font.seed(second)
    font.splitString("Ørsted", second)  # the second document meets ø before Nguyễn
    common = "Åsa Öberg – ✓ Uppfyllt"
    assert font.splitString(common, first) == font.splitString(common, second)
    assert common in font.__dict__["_splits"]
    rare = font.splitString("Nguyễn", first)
    assert rare != font.splitString("Nguyễn", second)
    assert "Nguyễn" not in font.__dict__["_splits"]
    plain = Canvas(BytesIO())._doc
    font.splitString("Bo Ek", plain)
    assert "Bo Ek" not in font.__dict__["_splits"]


def test_a_report_that_registered_the_same_font_first_changes_nothing(
    documents: list[PlanDocument], monkeypatch: pytest.MonkeyPatch
) -> None:
    """ReportLab keeps one font object per face: the statistics report registers the same
    DejaVu files under its own names, and when it came first a plan got its plain TTFont
    (the window makes both). The plan is seeded and printed the same either way."""
    from reportlab.pdfbase.ttfonts import TTFont

    from larsam_desktop.paths import resources_dir

    normal = _render(documents[0])
    kept = {k: v for k, v in pdfmetrics._fonts.items() if not k.startswith("LarSam")}
    monkeypatch.setattr(pdfmetrics, "_fonts", kept)
    monkeypatch.setattr(pdfmetrics, "_dynFaceNames", {})
    monkeypatch.setattr(fonts, "_registered", False)
    folder = resources_dir() / "fonts"
    for name, file in (("LarSamStats", "DejaVuSans"), ("LarSamStats-Bold", "DejaVuSans-Bold")):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{file}.ttf")))
    first = _render(documents[0])
    assert isinstance(pdfmetrics.getFont(REGULAR), fonts.SeededTTFont)
    assert pdfmetrics.getFont(REGULAR) is pdfmetrics.getFont("LarSamStats")
    assert _render(documents[0]) == first
    assert _text(first) == _text(normal)


def _text(data: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-", "-"], input=data, check=True, capture_output=True
    ).stdout.decode("utf-8")
