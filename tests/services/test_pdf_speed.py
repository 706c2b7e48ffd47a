"""What made the plan PDF faster (issue 19) keeps the file the same: the XMP packet written
as text is the one pikepdf's metadata editor makes, the sRGB profile decodes to the shipped
file, and a plan's paragraphs print the same with their parsed fragments reused."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone

import pikepdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from larsam_desktop import __version__
from larsam_desktop.paths import resources_dir
from larsam_desktop.services.pdf import archival, plan_page
from larsam_desktop.services.pdf.fonts import register_fonts

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
