"""PDF/A-2b for every document LärSam writes: one pass over ReportLab's finished bytes.

ReportLab (invariant mode) gives deterministic bytes with every font embedded as a subset
(callers pass ``initialFontName`` so no standard-14 Helvetica is referenced). This module
adds what PDF/A-2b asks for beyond that, with pikepdf:

- XMP metadata: dc:title, dc:creator, dc:language, xmp:CreateDate/ModifyDate, pdf:Producer,
  xmp:CreatorTool and the identification ``pdfaid:part=2``, ``pdfaid:conformance=B``;
  the document information dictionary carries the same values (ISO 19005-2, 6.6.3);
- an sRGB output intent (``resources/color/sRGB.icc``, zlib licence, from Debian's
  icc-profiles-free) so ReportLab's DeviceRGB colours are defined;
- ``/Lang`` on the catalogue and ``/MarkInfo`` left unset (no structure tree, see
  docs/architecture.md "Files others accept");
- real creation and modification dates from the caller's clock, and a document id derived
  from the content: the same input and the same clock give the same bytes.
"""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from larsam_desktop import __version__
from larsam_desktop.paths import resources_dir

if TYPE_CHECKING:  # imported when a PDF is made (≈0.3 s), not when the window starts
    import pikepdf

PRODUCER = "LärSam Desktop (ReportLab, pikepdf)"


@dataclass(frozen=True, slots=True)
class ArchivalInfo:
    """What a reader and an archive see about a document."""

    title: str
    language: str  # BCP 47: "sv" or "en"
    created: datetime  # aware; the time the file is made
    author: str = "LärSam Desktop"
    subject: str = ""


@cache
def _srgb_profile() -> bytes:
    """The sRGB profile, zlib-compressed (a ``/FlateDecode`` stream's content)."""
    return zlib.compress((resources_dir() / "color" / "sRGB.icc").read_bytes(), 9)


def pdf_date(moment: datetime) -> str:
    """``D:YYYYMMDDHHmmSS+HH'mm'`` (PDF 32000-1, 7.9.4) in the moment's own offset."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    offset = aware.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"D:{aware.strftime('%Y%m%d%H%M%S')}{sign}{hours:02d}'{rest:02d}'"


def _xmp_date(moment: datetime) -> str:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.replace(microsecond=0).isoformat()


def make_archival(pdf: bytes, info: ArchivalInfo) -> bytes:
    """Return ``pdf`` as PDF/A-2b (the content is not re-rendered, only completed)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        _metadata(document, info)
        _output_intent(document)
        document.Root.Lang = pikepdf.String(info.language)
        _check_fonts_embedded(document)
        out = io.BytesIO()
        # ReportLab's streams are compressed already and the added profile is compressed
        # once per process: qpdf passes every stream through as it is (decoding and
        # recompressing them took ~4 ms, half the cost of this pass; issue 19).
        document.save(
            out,
            deterministic_id=True,
            min_version="1.7",
            object_stream_mode=pikepdf.ObjectStreamMode.preserve,
            compress_streams=False,
            stream_decode_level=pikepdf.StreamDecodeLevel.none,
        )
        return out.getvalue()


def _metadata(document: pikepdf.Pdf, info: ArchivalInfo) -> None:
    import pikepdf

    created = pdf_date(info.created)
    creator_tool = f"LärSam Desktop {__version__}"
    docinfo = document.make_indirect(pikepdf.Dictionary())
    docinfo.Title = pikepdf.String(info.title)
    docinfo.Author = pikepdf.String(info.author)
    if info.subject:
        docinfo.Subject = pikepdf.String(info.subject)
    docinfo.Creator = pikepdf.String(creator_tool)
    docinfo.Producer = pikepdf.String(PRODUCER)
    docinfo.CreationDate = pikepdf.String(created)
    docinfo.ModDate = pikepdf.String(created)
    document.trailer.Info = docinfo
    metadata = pikepdf.Stream(document, xmp_packet(info, creator_tool))
    metadata.Type = pikepdf.Name.Metadata
    metadata.Subtype = pikepdf.Name.XML
    document.Root.Metadata = metadata


_DC = 'xmlns:dc="http://purl.org/dc/elements/1.1/"'
_XMP = 'xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
_PDFAID = 'xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"'


def xmp_packet(info: ArchivalInfo, creator_tool: str) -> bytes:
    """The XMP metadata packet, written as text: the same bytes pikepdf's
    ``open_metadata`` makes for these properties (tests/services/test_pdf_speed.py compares
    them), without its XML round trip (~3 ms a document, a third of this pass)."""
    date = _xmp_date(info.created)
    title = escape(info.title)
    parts = [
        f'<dc:title {_DC}><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt>'
        "</dc:title>",
        f"<dc:creator {_DC}><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>",
        f"<dc:language {_DC}><rdf:Bag><rdf:li>{escape(info.language)}</rdf:li></rdf:Bag>"
        "</dc:language>",
    ]
    if info.subject:
        parts.append(
            f'<dc:description {_DC}><rdf:Alt><rdf:li xml:lang="x-default">'
            f"{escape(info.subject)}</rdf:li></rdf:Alt></dc:description>"
        )
    parts += [
        f"<xmp:CreatorTool {_XMP}>{escape(creator_tool)}</xmp:CreatorTool>",
        f"<xmp:CreateDate {_XMP}>{date}</xmp:CreateDate>",
        f"<xmp:ModifyDate {_XMP}>{date}</xmp:ModifyDate>",
        f"<xmp:MetadataDate {_XMP}>{date}</xmp:MetadataDate>",
        f'<pdf:Producer xmlns:pdf="http://ns.adobe.com/pdf/1.3/">{escape(PRODUCER)}</pdf:Producer>',
        f"<pdfaid:part {_PDFAID}>2</pdfaid:part>",
        f"<pdfaid:conformance {_PDFAID}>B</pdfaid:conformance>",
    ]
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="pikepdf">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        ' <rdf:Description rdf:about="">' + "".join(parts) + "</rdf:Description></rdf:RDF>\n"
        "</x:xmpmeta>\n\n"
        '<?xpacket end="w"?>\n'
    ).encode("utf-8")


def _output_intent(document: pikepdf.Pdf) -> None:
    import pikepdf

    profile = pikepdf.Stream(document, b"")
    profile.write(_srgb_profile(), filter=pikepdf.Name.FlateDecode)
    profile.N = 3
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier=pikepdf.String("sRGB IEC61966-2.1"),
        Info=pikepdf.String("sRGB IEC61966-2.1"),
        RegistryName=pikepdf.String("http://www.color.org"),
        DestOutputProfile=profile,
    )
    document.Root.OutputIntents = pikepdf.Array([document.make_indirect(intent)])


def _check_fonts_embedded(document: pikepdf.Pdf) -> None:
    """A font without its program (ReportLab's default Helvetica) is a bug in the caller."""
    import pikepdf

    for page in document.pages:
        for name, font in page.Resources.get("/Font", pikepdf.Dictionary()).items():
            holders = list(font.get("/DescendantFonts", [font]))
            if not all(
                any(k in h.get("/FontDescriptor", {}) for k in _FONT_FILES) for h in holders
            ):
                raise ValueError(f"font {name} ({font.get('/BaseFont')}) is not embedded")


_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")
