"""A registerutdrag as PDF/A-2b: one section per kind of record, field by field.

Written in the language chosen for it (Swedish by default in the Swedish interface): the
document's texts through the catalogue (context ``AccessRequestPdf``), the field names and
stored code values from ``domain.field_names``, personnummer with its dash
(``YYYYMMDD-NNNN``), stages by their titles, ids by what they name (a meeting by its title
and date, an offering by programme, term and university). Section titles are declared in
``access_request_sections``; technical columns (the audit chain's hashes) stay in the JSON.
"""

from __future__ import annotations

import io
import json
import re
from datetime import datetime
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from larsam_desktop.domain.audit_labels import details_text
from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.errors import fill
from larsam_desktop.domain.field_names import field_name, value_name
from larsam_desktop.domain.pathway import Stage, stage_name
from larsam_desktop.services.access_request import WITHHELD, LearnerRecord
from larsam_desktop.services.access_request_sections import SECTION_TITLES, TECHNICAL_COLUMNS
from larsam_desktop.services.audit_text import action_name
from larsam_desktop.services.catalogue import Texts
from larsam_desktop.services.pdf.archival import ArchivalInfo, make_archival
from larsam_desktop.services.pdf.fonts import BOLD, REGULAR, register_fonts

STAGES = frozenset(str(stage) for stage in Stage)
# Numbers stored as integers of tenths or hundredths: how many decimals they have.
SCALED = {"credits_tenths": 1, "score_hundredths": 2}
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(\+00:00|Z)$")


def section_title(table: str, language: Language) -> str:
    known = SECTION_TITLES.get(table)
    return known.in_language(language) if known is not None else field_name(table, language)


def write_pdf(record: LearnerRecord, stream: IO[bytes], language: Language = "sv") -> None:
    texts = Texts(language)
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
        title=fill(
            texts.translate("AccessRequestPdf", "Access request {id}"), {"id": record.learner_id}
        ),
        author="LärSam Desktop",
        initialFontName=REGULAR,
        invariant=True,
        lang=language,
    )
    made = record.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    intro = texts.translate(
        "AccessRequestPdf",
        "Everything stored about the data subject (internal id {id}), produced {made} under "
        "Article 15 of the General Data Protection Regulation.",
    )
    story: list[Any] = [
        Paragraph(
            escape(
                texts.translate("AccessRequestPdf", "Access request – extract from LärSam Desktop")
            ),
            title,
        ),
        Paragraph(escape(fill(intro, {"id": record.learner_id, "made": made})), body),
    ]
    if not record.protected_included:
        withheld = texts.translate(
            "AccessRequestPdf",
            "Protected personal data: address and contact details are left out.",
        )
        story.append(Paragraph(escape(withheld), body))
    story.append(Spacer(1, 6 * mm))
    for section in record.sections:
        story.append(Paragraph(escape(section_title(section.table, language)), heading))
        story.append(Spacer(1, 2 * mm))
        for number, row in enumerate(section.rows, start=1):
            cells = [
                [
                    Paragraph(escape(field_name(key, language)), small),
                    Paragraph(escape(named(record, key, value, texts)), small),
                ]
                for key, value in row.items()
                if (section.table, key) not in TECHNICAL_COLUMNS
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
                of = texts.translate("AccessRequestPdf", "{number} of {total}")
                story.append(
                    Paragraph(fill(of, {"number": number, "total": len(section.rows)}), small)
                )
            story.append(table)
            story.append(Spacer(1, 3 * mm))
    document.build(story)
    info = ArchivalInfo(
        title=fill(
            texts.translate("AccessRequestPdf", "Access request {id}"), {"id": record.learner_id}
        ),
        language=language,
        created=record.created_at,
        subject=texts.translate(
            "AccessRequestPdf",
            "Access request under Article 15 of the General Data Protection Regulation",
        ),
    )
    stream.write(make_archival(buffer.getvalue(), info))


NAME_ONLY = frozenset({"target_id"})  # a programme by its name, not its slug


def named(record: LearnerRecord, key: str, value: object, texts: Texts) -> str:
    """A stored id or code with its name beside it: ``Östersund (2380)``."""
    name = record.names.get(key, {}).get(value)
    if name and key in NAME_ONLY:
        return name
    return f"{name} ({value})" if name else field_text(key, value, texts)


def _decimal(value: int, places: int, language: Language) -> str:
    """Stored tenths or hundredths as the reader writes them: ``7,5`` in Swedish."""
    text = f"{value / 10**places:.{places}f}"
    return text.replace(".", ",") if language == "sv" else text


def field_text(key: str, value: object, texts: Texts) -> str:
    """A stored value as the learner reads it: words for codes, the dashed personnummer."""
    language = texts.language
    if value is None or value == "":
        return "–"
    if value == WITHHELD:
        return texts.translate("AccessRequestPdf", "(withheld: protected identity)")
    if key == "personnummer" and isinstance(value, str) and len(value) == 12 and value.isdigit():
        return f"{value[:8]}-{value[8:]}"
    if key in SCALED and isinstance(value, int) and not isinstance(value, bool):
        return _decimal(value, SCALED[key], language)
    if isinstance(value, float):
        text = f"{value:g}"
        return text.replace(".", ",") if language == "sv" else text
    if key == "stage" and isinstance(value, str) and value in STAGES:
        return stage_name(value, language)
    named = value_name(key, value, language)
    if named is not None:
        return named
    if isinstance(value, str) and _TIMESTAMP.match(value):
        return datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M")
    if key == "details" and isinstance(value, str):
        return _details(value, language)
    if key == "content" and isinstance(value, str):
        return _content(value, texts)
    if key == "action" and isinstance(value, str):
        return action_name(value, texts)
    return str(value)


def _details(stored: str, language: Language) -> str:
    try:
        details = json.loads(stored)
    except ValueError:
        return stored
    if not isinstance(details, dict):
        return stored
    return details_text({k: v for k, v in details.items() if isinstance(v, (str, int))}, language)


def _content(stored: str, texts: Texts) -> str:
    """A study plan revision's stored content, field by field in words (not its JSON)."""
    try:
        content = json.loads(stored)
    except ValueError:
        return stored
    return _readable(content, texts) if isinstance(content, dict) else stored


def _readable(value: object, texts: Texts, key: str = "") -> str:
    if isinstance(value, dict):
        parts = (
            f"{field_name(k, texts.language)}: {_readable(v, texts, k)}" for k, v in value.items()
        )
        return "; ".join(parts)
    if isinstance(value, list):
        return " | ".join(_readable(item, texts, key) for item in value) or "–"
    return field_text(key, value, texts)
