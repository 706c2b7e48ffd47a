"""The regional demand report as a PDF/A document: what it counts, the method, and every
table with its hidden cells shaded (the statistics PDF's table layout)."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.statistics.labels import label
from larsam_desktop.domain.statistics.report import ProtectedReport
from larsam_desktop.services.catalogue import Texts
from larsam_desktop.services.pdf.archival import ArchivalInfo, make_archival
from larsam_desktop.services.stats_export.layout import legend, notes
from larsam_desktop.services.stats_export.pdf_report import (
    FONT,
    _register_fonts,
    _styles,
    _table_flowable,
)

CONTEXT = "DemandPdf"


def write_demand_pdf(report: ProtectedReport, path: Path, language: Language = "sv") -> None:
    texts = Texts(language)
    _register_fonts()
    styles = _styles()
    buffer = io.BytesIO()
    title = texts.translate("DemandPdf", "LärSam Desktop – regional demand and throughput")
    document = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=title,
        author="LärSam Desktop",
        initialFontName=FONT,
        invariant=True,
        lang=language,
    )
    manifest = report.manifest
    made = texts.translate(
        "DemandPdf",
        "Period {period} ({first} to {last}). Threshold k = {k}. Made {made} UTC by LärSam "
        "Desktop {version}.",
    ).format(
        period=manifest.period,
        first=manifest.period_from.isoformat(),
        last=manifest.period_to.isoformat(),
        k=manifest.k,
        made=manifest.created_at.strftime("%Y-%m-%d %H:%M"),
        version=manifest.app_version,
    )
    story: list[object] = [
        Paragraph(title, styles["title"]),
        Spacer(1, 3 * mm),
        Paragraph(made, styles["body"]),
        Paragraph(legend(language), styles["small"]),
        *(Paragraph(text, styles["small"]) for text in notes(report, language)),
        Spacer(1, 4 * mm),
    ]
    # The demand table runs over pages (its header row repeats); a heading stays with it.
    heading = ParagraphStyle("demandHeading", parent=styles["h2"], keepWithNext=1)
    for protected in report.tables:
        story.append(Paragraph(label(protected.table.title, language), heading))
        story.append(Spacer(1, 1.5 * mm))
        story.append(_table_flowable(protected, styles, language))
        story.append(Spacer(1, 3 * mm))
    document.build(story)
    info = ArchivalInfo(title=title, language=language, created=manifest.created_at)
    path.write_bytes(make_archival(buffer.getvalue(), info))
