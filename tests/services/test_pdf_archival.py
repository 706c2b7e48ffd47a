"""Every PDF LärSam writes is PDF/A-2b: checked property by property with pikepdf.

veraPDF (the validator archives use) is a Java program not installed here; these tests check
what it checks first: identification in XMP, metadata matching the information dictionary,
an sRGB output intent, embedded fonts only, /Lang, real dates, no encryption, a file id.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, time
from pathlib import Path

import pikepdf
import pytest
from plan_setup import TODAY, add_learner, draft_with

from larsam_desktop.services.access_request import AccessRequestService
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.services.pdf.archival import ArchivalInfo, make_archival, pdf_date
from larsam_desktop.services.plan_printing import PlanPrinter, PrintOptions
from larsam_desktop.services.plans import PlanService
from larsam_desktop.services.print_settings import PrintSettings
from larsam_desktop.services.statistics import StatisticsFilter
from larsam_desktop.services.stats_export.export import StatisticsExporter
from larsam_desktop.services.store import OpenedStore

MADE = datetime(2026, 12, 3, 14, 30, 5, tzinfo=UTC)
STANDARD_14 = {
    "Courier",
    "Courier-Bold",
    "Courier-Oblique",
    "Courier-BoldOblique",
    "Helvetica",
    "Helvetica-Bold",
    "Helvetica-Oblique",
    "Helvetica-BoldOblique",
    "Times-Roman",
    "Times-Bold",
    "Times-Italic",
    "Times-BoldItalic",
    "Symbol",
    "ZapfDingbats",
}


def made() -> datetime:
    return MADE


def _fonts(resources: pikepdf.Object, seen: set[tuple[int, int]]) -> list[pikepdf.Object]:
    """Every font in a resource dictionary, including inside form XObjects (charts)."""
    found: list[pikepdf.Object] = []
    for font in resources.get("/Font", pikepdf.Dictionary()).values():
        found.append(font)
    for xobject in resources.get("/XObject", pikepdf.Dictionary()).values():
        key = xobject.objgen
        if key in seen or xobject.get("/Subtype") != pikepdf.Name.Form:
            continue
        seen.add(key)
        found.extend(_fonts(xobject.get("/Resources", pikepdf.Dictionary()), seen))
    return found


def assert_pdfa_2b(data: bytes, *, title: str, language: str) -> None:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert not pdf.is_encrypted
        assert pdf.pdf_version == "1.7"
        assert len(pdf.trailer.ID) == 2
        # Identification and metadata (ISO 19005-2 6.6), the same in XMP and /Info.
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == title == str(pdf.docinfo.Title)
        assert meta["dc:language"] == {language}
        assert meta["dc:creator"] == [str(pdf.docinfo.Author)]
        assert meta["pdf:Producer"] == str(pdf.docinfo.Producer)
        assert meta["xmp:CreatorTool"] == str(pdf.docinfo.Creator)
        assert meta["xmp:CreateDate"] == MADE.isoformat()
        assert str(pdf.docinfo.CreationDate) == pdf_date(MADE) == "D:20261203143005+00'00'"
        assert str(pdf.docinfo.ModDate) == pdf_date(MADE)
        assert "/Filter" not in pdf.Root.Metadata  # readable without decoding
        # An sRGB output intent with a real ICC profile.
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == pikepdf.Name.GTS_PDFA1
        profile = intent.DestOutputProfile
        icc = profile.read_bytes()
        assert profile.N == 3 and icc[36:40] == b"acsp" and icc[16:20] == b"RGB "
        assert str(pdf.Root.Lang) == language
        # Every font embedded; no standard-14 reference anywhere.
        seen: set[tuple[int, int]] = set()
        fonts = [f for page in pdf.pages for f in _fonts(page.Resources, seen)]
        assert fonts
        for font in fonts:
            base = str(font.BaseFont).lstrip("/")
            assert base.split("+")[-1] not in STANDARD_14, base
            descriptors = [font] if "/FontDescriptor" in font else list(font.DescendantFonts)
            for descriptor_of in descriptors:
                descriptor = descriptor_of.FontDescriptor
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        # Nothing PDF/A forbids.
        assert "/JavaScript" not in pdf.Root.get("/Names", pikepdf.Dictionary())
        assert "/OpenAction" not in pdf.Root


def test_the_archival_pass_is_deterministic_and_keeps_the_pages() -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from larsam_desktop.services.pdf.fonts import REGULAR, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, initialFontName=REGULAR, invariant=True).build(
        [Paragraph("Hej Åsa", ParagraphStyle("b", fontName=REGULAR))]
    )
    info = ArchivalInfo(title="Prov å", language="sv", created=MADE)
    first = make_archival(buffer.getvalue(), info)
    assert make_archival(buffer.getvalue(), info) == first
    later = ArchivalInfo(title="Prov å", language="sv", created=MADE.replace(minute=31))
    assert make_archival(buffer.getvalue(), later) != first
    assert_pdfa_2b(first, title="Prov å", language="sv")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_study_plans_are_pdfa(store: OpenedStore, language: str) -> None:
    plans = PlanService(store.database, load_eligibility_data(), made)
    learner = add_learner(store.database)
    plans.save(learner, draft_with(), author="karin", expected_revision=None)
    printer = PlanPrinter(store.database, plans, made)
    options = PrintOptions(language=language, on=TODAY)
    data, _document = printer.pdf(learner, PrintSettings("Lärcentrum", "", ""), options)
    title = "Individuell studieplan" if language == "sv" else "Individual study plan"
    assert_pdfa_2b(data, title=title, language=language)
    assert printer.pdf(learner, PrintSettings("Lärcentrum", "", ""), options)[0] == data


def test_a_registerutdrag_is_pdfa(store: OpenedStore, tmp_path: Path) -> None:
    learner = add_learner(store.database)
    files = AccessRequestService(store.database, clock=made).export(
        learner, tmp_path, actor="kerstin"
    )
    assert_pdfa_2b(files.pdf_path.read_bytes(), title=f"Registerutdrag {learner}", language="sv")


def test_a_statistics_report_is_pdfa(store: OpenedStore, tmp_path: Path) -> None:
    demo_clock = lambda: datetime.combine(TODAY, time(12), tzinfo=UTC)  # noqa: E731
    DemoGenerator(store.database, clock=demo_clock).generate(80, seed=3)
    out = tmp_path / "report.pdf"
    StatisticsExporter(store.database, clock=made).export(out, StatisticsFilter(), k=10)
    assert_pdfa_2b(out.read_bytes(), title="LärSam Desktop – anonymised statistics", language="en")
