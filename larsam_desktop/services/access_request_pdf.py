"""A registerutdrag as PDF/A-2b: one section per kind of record, field by field."""

from __future__ import annotations

import io
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from larsam_desktop.services.access_request import LearnerRecord
from larsam_desktop.services.pdf.archival import ArchivalInfo, make_archival
from larsam_desktop.services.pdf.fonts import BOLD, REGULAR, register_fonts

# Swedish titles for the tables a coach's learner record may hold; others keep their name.
SECTION_TITLES = {
    "learner": "Personuppgifter och kontaktuppgifter",
    "pathway_transition": "Studievägen (steg och datum)",
    "course_record": "Kurser och betyg",
    "learner_profile": "Behörighetsunderlag och mål",
    "learner_hold": "Spärr mot gallring",
    "eligibility_decision": "Beslut om behörighet (bedömningar och intyg)",
    "hogskoleprov_result": "Resultat på högskoleprovet",
    "audit_entry": "Logg över åtkomst och utlämnanden",
}


def write_pdf(record: LearnerRecord, stream: IO[bytes]) -> None:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=11)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    heading = ParagraphStyle("heading", parent=body, fontName=BOLD, fontSize=12, leading=15)
    title = ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=16, leading=20)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=f"Registerutdrag {record.learner_id}",
        author="LärSam Desktop",
        initialFontName=REGULAR,
        invariant=True,
        lang="sv",
    )
    story: list[Any] = [
        Paragraph("Registerutdrag – utdrag ur LärSam Desktop", title),
        Paragraph(
            escape(
                f"Allt som finns lagrat om den registrerade (intern id {record.learner_id}), "
                f"framtaget {record.created_at.astimezone().strftime('%Y-%m-%d %H:%M')} "
                "enligt dataskyddsförordningen artikel 15."
            ),
            body,
        ),
    ]
    if not record.protected_included:
        story.append(
            Paragraph("Skyddade personuppgifter: adress- och kontaktuppgifter är utelämnade.", body)
        )
    story.append(Spacer(1, 6 * mm))
    for section in record.sections:
        story.append(Paragraph(escape(SECTION_TITLES.get(section.table, section.table)), heading))
        story.append(Spacer(1, 2 * mm))
        for number, row in enumerate(section.rows, start=1):
            cells = [
                [Paragraph(escape(str(key)), small), Paragraph(escape(_text(value)), small)]
                for key, value in row.items()
            ]
            table = Table(cells, colWidths=[45 * mm, 125 * mm], hAlign="LEFT")
            table.setStyle(
                TableStyle(
                    [
                        ("FONT", (0, 0), (-1, -1), REGULAR),  # not Helvetica (PDF/A)
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.grey),
                        ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
                    ]
                )
            )
            if len(section.rows) > 1:
                story.append(Paragraph(f"{number} av {len(section.rows)}", small))
            story.append(table)
            story.append(Spacer(1, 3 * mm))
    document.build(story)
    info = ArchivalInfo(
        title=f"Registerutdrag {record.learner_id}",
        language="sv",
        created=record.created_at,
        subject="Registerutdrag enligt dataskyddsförordningen artikel 15",
    )
    stream.write(make_archival(buffer.getvalue(), info))


def _text(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    return str(value)
