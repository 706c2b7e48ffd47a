"""What made the plan PDF faster (issue 19) keeps the file the same: the XMP packet written
as text is the one pikepdf's metadata editor makes, the sRGB profile decodes to the shipped
file, and a plan's paragraphs print the same with their parsed fragments and their layouts
reused."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from xml.sax.saxutils import escape

import pikepdf
import pytest
from plan_setup import DRAFT, TODAY, add_learner, clock, draft_with
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from larsam_desktop import __version__
from larsam_desktop.domain.plans.plan import CourseDraft
from larsam_desktop.paths import resources_dir
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.pdf import archival, plan_page, plan_pdf
from larsam_desktop.services.pdf.fonts import register_fonts
from larsam_desktop.services.pdf.plan_pdf import render_plans
from larsam_desktop.services.plan_printing import PlanPrinter, PrintOptions
from larsam_desktop.services.plans import PlanService
from larsam_desktop.services.print_settings import PrintSettings
from larsam_desktop.services.store import OpenedStore

INFOS = [
    archival.ArchivalInfo("Individuell studieplan", "sv", datetime(2026, 12, 6, 9, tzinfo=UTC)),
    archival.ArchivalInfo(
        "Plan & <Åsa> \"Öberg\" 'x'",
        "en",
        datetime(2026, 1, 2, 3, 4, 5, 600, tzinfo=timezone(timedelta(hours=1))),
        author="Karin <K> & co",
        subject="Anonymised statistics — HT2025",
    ),
]


def _blank() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.rect(10, 10, 50, 50)
    canvas.save()
    return buffer.getvalue()


def _pikepdf_packet(info: archival.ArchivalInfo) -> bytes:
    """The packet as pikepdf's XMP editor writes these properties (the code before)."""
    with pikepdf.open(io.BytesIO(_blank())) as document:
        with document.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
            xmp["dc:title"] = info.title
            xmp["dc:creator"] = [info.author]
            xmp["dc:language"] = {info.language}
            if info.subject:
                xmp["dc:description"] = info.subject
            xmp["xmp:CreatorTool"] = f"LärSam Desktop {__version__}"
            date = info.created.replace(microsecond=0).isoformat()
            xmp["xmp:CreateDate"] = date
            xmp["xmp:ModifyDate"] = date
            xmp["xmp:MetadataDate"] = date
            xmp["pdf:Producer"] = archival.PRODUCER
            xmp["pdfaid:part"] = "2"
            xmp["pdfaid:conformance"] = "B"
        return bytes(document.Root.Metadata.read_bytes())


@pytest.mark.parametrize("info", INFOS, ids=["plan", "escaped"])
def test_the_xmp_packet_is_the_one_pikepdf_writes(info: archival.ArchivalInfo) -> None:
    packet = archival.xmp_packet(info, f"LärSam Desktop {__version__}")
    assert packet == _pikepdf_packet(info)


def test_a_finished_file_reads_back_its_metadata_and_profile() -> None:
    info = INFOS[1]
    archival_check = archival._check_fonts_embedded
    try:  # the blank page names Helvetica, which the check refuses
        archival._check_fonts_embedded = lambda _document: None  # type: ignore[assignment]
        data = archival.make_archival(_blank(), info)
    finally:
        archival._check_fonts_embedded = archival_check
    with pikepdf.open(io.BytesIO(data)) as document:
        metadata = document.Root.Metadata
        assert metadata.Type == pikepdf.Name.Metadata and metadata.Subtype == pikepdf.Name.XML
        assert "/Filter" not in metadata  # XMP stays readable as it is
        meta = document.open_metadata()
        assert meta["dc:title"] == info.title
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        profile = document.Root.OutputIntents[0].DestOutputProfile
        assert profile.read_bytes() == (resources_dir() / "color" / "sRGB.icc").read_bytes()


def _drawn(paragraph: object) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    paragraph.wrap(120, 1000)  # type: ignore[attr-defined]
    paragraph.drawOn(canvas, 20, 200)  # type: ignore[attr-defined]
    canvas.save()
    return buffer.getvalue()


def test_reused_fragments_print_the_same_paragraph() -> None:
    register_fonts()
    styles = plan_page.paragraph_styles()
    make = plan_page.paragraphs(styles)
    text = "Svenska 3 & matematik 2c — ett långt kursnamn som bryts på flera rader " * 3
    first = make(text)
    drawn = _drawn(first)
    again = make(text)  # from the kept fragments
    assert again.frags is not first.frags
    assert _drawn(again) == drawn
    assert _drawn(make(text)) == drawn  # and again, after two layouts
    assert plan_page.paragraph_styles() is styles


def _plain_paragraphs(styles: dict[str, Any]) -> plan_page.ParagraphMaker:
    """ReportLab's own paragraphs: parsed and laid out afresh every time (no kept work)."""

    def make(text: str, style: str = "body", *, raw: bool = False) -> Paragraph:
        return Paragraph(text if raw else escape(text), styles[style])

    return make


def test_kept_layouts_print_the_plans_reportlab_prints_alone(
    sqlite_store: OpenedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Plans that share most texts (as a batch's do), long names that wrap and a plan that
    breaks over pages: the same bytes with every layout kept as with none."""
    data = load_eligibility_data()
    database = sqlite_store.database
    plans = PlanService(database, data, clock)
    printer = PlanPrinter(database, plans, clock)
    codes = [c.code for c in data.catalogue.courses.values() if c.system.value == "gy11"][:40]
    terms = ["VT2027", "HT2027", "VT2028", "HT2028", "VT2029"]
    forty = tuple(CourseDraft(code, terms[i % 5]) for i, code in enumerate(codes))
    documents = []
    for given, family, draft in (
        ("Åsa", "Öberg", DRAFT),
        ("Bo", "Ek", DRAFT),
        ("Maria-Magdalena Anna-Karin Eleonora", "Ångström-Nguyễn Zaleska-Ørsted", DRAFT),
        ("Ali", "Hassan", draft_with(courses=forty, target_term="HT2030")),
        ("Eva", "Lund", draft_with(courses=())),
    ):
        learner = add_learner(database, given, family, personnummer="")
        plans.save(learner, draft, author="karin", expected_revision=None)
        documents.append(printer.document(learner, PrintOptions(on=TODAY)))
    created = datetime(2026, 12, 7, 9, tzinfo=UTC)
    settings = PrintSettings("Lärcentrum Strömsund", "Box 500\n833 24 Strömsund", "")

    def each(language: str) -> list[bytes]:
        return [render_plans([d], settings, language=language, created=created) for d in documents]

    kept = {language: each(language) for language in ("sv", "en")}
    again = each("sv")  # every layout now found in the store
    together = render_plans(documents, settings, created=created)
    assert plan_page._WRAPPED  # the store was used
    with monkeypatch.context() as patched:
        patched.setattr(plan_pdf, "paragraphs", _plain_paragraphs)
        alone = {language: each(language) for language in ("sv", "en")}
        together_alone = render_plans(documents, settings, created=created)
    assert kept == alone
    assert again == alone["sv"]
    assert together == together_alone
    assert len(PdfReader(io.BytesIO(alone["sv"][3])).pages) >= 3  # the 40 courses broke


def test_a_full_layout_store_starts_again(monkeypatch: pytest.MonkeyPatch) -> None:
    register_fonts()
    monkeypatch.setattr(plan_page, "_WRAPPED", {})
    monkeypatch.setattr(plan_page, "_WRAPPED_LIMIT", 3)
    make = plan_page.paragraphs(plan_page.paragraph_styles())
    for number in range(5):
        make(f"Text {number}").wrap(100, 100)
    assert 1 <= len(plan_page._WRAPPED) <= 3
    narrow = make("Ord")
    assert narrow.wrap(0, 100) == (0, 0x7FFFFFFF)  # too narrow: nothing kept
    assert all(width for _text, _style, width in plan_page._WRAPPED)


def _drawn_at(paragraph: Paragraph, width: float) -> tuple[float, bytes]:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    _width, height = paragraph.wrap(width, 1000)
    paragraph.drawOn(canvas, 20, 200)
    canvas.save()
    return height, buffer.getvalue()


def test_a_kept_layout_is_one_texts_in_one_style_at_one_width() -> None:
    register_fonts()
    styles = plan_page.paragraph_styles()
    make = plan_page.paragraphs(styles)
    text = "Svenska 3 och matematik 2c — ett långt kursnamn som bryts " * 2
    seen = set()
    for style in ("body", "bold", "small"):
        for width in (60.0, 140.0, 400.0):
            fresh = _drawn_at(Paragraph(escape(text), styles[style]), width)
            assert _drawn_at(make(text, style), width) == fresh
            assert _drawn_at(make(text, style), width) == fresh  # from the store
            seen.add(fresh)
    assert len(seen) == 9  # each style and width laid out differently
