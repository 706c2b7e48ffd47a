"""Individual study plans as A4 PDFs (ReportLab), one plan or many in one file.

Every page carries the lärcentrum's header (name, address, logo) and a footer with the
learner's name, the revision and "page x of y" counted per plan. Tables wrap long names and
repeat their header row after a page break. The bytes are deterministic: ReportLab's
invariant mode fixes the creation date and document id, and nothing else varies.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from larsam_desktop.domain.plans.terms import FULL_TIME, HALF_TIME, pace_percent
from larsam_desktop.services.pdf.fonts import BOLD, REGULAR, register_fonts
from larsam_desktop.services.pdf.labels import labels
from larsam_desktop.services.pdf.plan_document import PlanDocument
from larsam_desktop.services.print_settings import PrintSettings

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
HEADER_HEIGHT = 24 * mm
FOOTER_HEIGHT = 12 * mm
BODY_WIDTH = PAGE_WIDTH - 2 * MARGIN
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c5ccd6")
SHADE = colors.HexColor("#eef1f5")
ACCENT = colors.HexColor("#1d4e89")
MET = colors.HexColor("#1b5e20")
MISSING = colors.HexColor("#b00020")

Progress = Callable[[int, int], None]


def render_plans(
    documents: Sequence[PlanDocument],
    settings: PrintSettings,
    *,
    language: str = "sv",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """One PDF holding every plan, each starting on a new page with its own page count.

    ``cancelled`` is asked between plans while the story is built; it raises nothing itself —
    the caller checks it again after this returns (the PDF is then discarded).
    """
    register_fonts()
    words = labels(language)
    styles = _styles()
    logo = _logo(settings.logo_path)
    story: list[Flowable] = []
    footers: dict[int, str] = {}
    for position, document in enumerate(documents):
        if cancelled is not None and cancelled():
            break
        if position:
            story.append(PageBreak())
        story.append(_Group(position))
        footers[position] = (
            f"{words['title']} · {document.learner_name} · "
            f"{words['revision']} {document.revision.number}"
        )
        story.extend(_plan(document, words, styles, language))
        if progress is not None:
            progress(position + 1, len(documents))
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT,
        bottomMargin=MARGIN + FOOTER_HEIGHT,
        title=words["title"],
        author="LärSam Desktop",
        creator="LärSam Desktop",
        producer="LärSam Desktop (ReportLab)",
        subject=words["title"],
        invariant=1,
        initialFontName=REGULAR,
        lang="en" if language == "en" else "sv",
    )
    frame = Frame(
        MARGIN,
        MARGIN + FOOTER_HEIGHT,
        BODY_WIDTH,
        PAGE_HEIGHT - 2 * MARGIN - HEADER_HEIGHT - FOOTER_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    template.addPageTemplates(
        [PageTemplate("plan", [frame], onPage=lambda canvas, _doc: _header(canvas, settings, logo))]
    )
    page_text = words["page"]

    def make_canvas(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        return _NumberedCanvas(footers, page_text, *args, **kwargs)

    template.build(story or [Spacer(1, 1)], canvasmaker=make_canvas)
    return buffer.getvalue()


# ---- the plan ------------------------------------------------------------------------------
def _plan(
    document: PlanDocument, words: dict[str, str], styles: dict[str, ParagraphStyle], language: str
) -> list[Flowable]:
    revision = document.revision
    content = revision.content
    p = _paragraphs(styles)
    flow: list[Flowable] = [p(words["title"], "title")]

    facts = [(words["learner"], document.learner_name)]
    if document.identity:
        facts.append((words["personnummer"], document.identity))
    if document.address_lines:
        facts.append((words["address"], ", ".join(document.address_lines)))
    facts.append(
        (
            words["revision"],
            words["revision_text"].format(
                number=revision.number, date=revision.created_at.date().isoformat()
            ),
        )
    )
    if revision.number > 1:
        facts.append((words["reason"], revision.reason))
    facts.append((words["coach"], content.coach or words["none"]))
    facts.append(
        (
            words["agreed_on"],
            content.agreed_on.isoformat() if content.agreed_on else words["not_agreed"],
        )
    )
    flow.append(_facts_table(facts, p))

    flow.append(p(words["goal_heading"], "h2"))
    if document.goal and content.target_term:
        goal = words["goal_programme"].format(name=document.goal, term=content.target_term)
    else:
        goal = document.goal or words["goal_none"]
    csn = (
        words["full_time"]
        if content.pace >= FULL_TIME
        else words["half_time"]
        if content.pace >= HALF_TIME
        else ""
    )
    goal_facts = [(words["goal"], goal)]
    if document.main_programme:
        goal_facts.append((words["main_programme"], document.main_programme))
    goal_facts.append((words["scope"], words["scope_text"].format(points=content.scope_points)))
    goal_facts.append(
        (
            words["pace"],
            words["pace_text"].format(
                pace=content.pace, percent=pace_percent(content.pace), csn=csn
            ),
        )
    )
    flow.append(_facts_table(goal_facts, p))

    flow.append(CondPageBreak(40 * mm))
    flow.append(p(words["courses_heading"], "h2"))
    flow.append(_courses_table(document, words, p))

    flow.append(CondPageBreak(35 * mm))
    flow.append(p(words["activities_heading"], "h2"))
    activities = content.activities
    flow.append(
        _facts_table(
            [
                (
                    words["introduction_course"],
                    words["yes"] if activities.introduction_course else words["no"],
                ),
                (
                    words["study_technique"],
                    words["yes"] if activities.study_technique else words["no"],
                ),
                (
                    words["hogskoleprov"],
                    activities.hogskoleprov_on.isoformat()
                    if activities.hogskoleprov_on
                    else words["none"],
                ),
                (words["mentor"], activities.mentor or words["none"]),
                (
                    words["guidance"],
                    content.guidance_offered_on.isoformat()
                    if content.guidance_offered_on
                    else words["no"],
                ),
            ],
            p,
        )
    )

    flow.append(CondPageBreak(45 * mm))
    flow.append(p(words["eligibility_heading"], "h2"))
    flow.extend(_eligibility(document, words, p))

    flow.append(Spacer(1, 6 * mm))
    flow.append(KeepTogether([p(words["signatures_heading"], "h2"), _signatures(words, p)]))
    return flow


ParagraphMaker = Callable[..., Paragraph]


def _paragraphs(styles: dict[str, ParagraphStyle]) -> ParagraphMaker:
    def make(text: str, style: str = "body", *, raw: bool = False) -> Paragraph:
        return Paragraph(text if raw else escape(text), styles[style])

    return make


def _facts_table(rows: Iterable[tuple[str, str]], p: ParagraphMaker) -> Table:
    data = [[p(label, "label"), p(value)] for label, value in rows]
    table = Table(data, colWidths=[58 * mm, BODY_WIDTH - 58 * mm], hAlign="LEFT")
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _courses_table(document: PlanDocument, words: dict[str, str], p: ParagraphMaker) -> Flowable:
    """Only the course name may wrap; the other cells are plain strings (drawn ~10x faster)."""
    if not document.courses:
        return p(words["no_courses"], "muted")
    data: list[list[Any]] = [[words["term"], words["code"], words["course"], words["points"]]]
    style: list[tuple[Any, ...]] = [
        *_TEXT_CELLS,
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("ALIGN", (3, 0), (3, -1), "RIGHT"),
        ("FONTNAME", (0, 1), (0, -1), BOLD),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
    ]
    terms: dict[str, int] = {}
    for line in document.courses:
        terms[line.term] = terms.get(line.term, 0) + line.points
    current = None
    for line in document.courses:
        if current is not None and line.term != current:
            _subtotal(data, style, words["term_total"].format(term=current), terms[current])
        term = line.term if line.term != current else ""
        data.append([term, line.code, p(line.name), str(line.points)])
        current = line.term
    assert current is not None
    _subtotal(data, style, words["term_total"].format(term=current), terms[current])
    total = sum(line.points for line in document.courses)
    data.append(["", "", words["total"], str(total)])
    last = len(data) - 1
    style.append(("LINEABOVE", (0, last), (-1, last), 1, INK))
    style.append(("FONTNAME", (2, last), (-1, last), BOLD))
    table = Table(
        data,
        colWidths=[22 * mm, 30 * mm, BODY_WIDTH - 22 * mm - 30 * mm - 20 * mm, 20 * mm],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(_table_style(style))
    return table


def _subtotal(data: list[list[Any]], style: list[tuple[Any, ...]], text: str, points: int) -> None:
    data.append(["", "", text, str(points)])
    row = len(data) - 1
    style.append(("BACKGROUND", (0, row), (-1, row), SHADE))
    style.append(("TEXTCOLOR", (0, row), (-1, row), MUTED))


def _eligibility(document: PlanDocument, words: dict[str, str], p: ParagraphMaker) -> list[Any]:
    check = document.check
    if check is None or (check.goal is None and check.problem is None):
        return [p(words["no_goal_check"], "muted")]
    flow: list[Any] = []
    if check.problem:
        return [p(check.problem, "muted")]
    flow.append(
        p(
            words["eligibility_intro"].format(
                date=document.evaluated_on.isoformat(), goal=check.goal
            ),
            "muted",
        )
    )
    if check.result is not None:
        flow.append(
            p(words["eligible"] if check.result.eligible else words["not_eligible"], "bold")
        )
    if document.requirements:
        data: list[list[Any]] = [
            [words["requirement"], words["status"], p(words["how"], "th"), words["source"]]
        ]
        style: list[tuple[Any, ...]] = [
            *_TEXT_CELLS,
            ("FONTSIZE", (1, 1), (-1, -1), 8.5),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("FONTNAME", (0, 0), (-1, 0), BOLD),
            ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ]
        numbers: dict[str, int] = {}  # each source once, as a numbered note under the table
        for line in document.requirements:
            status = words["met"] if line.met else words["missing"]
            cited = [numbers.setdefault(src, len(numbers) + 1) for src in _sources(line.sources)]
            data.append(
                [
                    p(line.description, "small"),
                    f"{'✓' if line.met else '✗'} {status}",
                    p(line.how, "small"),
                    _cite(cited),
                ]
            )
            style.append(("TEXTCOLOR", (1, len(data) - 1), (1, len(data) - 1),
                          MET if line.met else MISSING))  # fmt: skip
        table = Table(
            data,
            colWidths=[72 * mm, 22 * mm, BODY_WIDTH - 72 * mm - 22 * mm - 20 * mm, 20 * mm],
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(_table_style(style))
        flow.append(Spacer(1, 2 * mm))
        flow.append(table)
        flow.append(Spacer(1, 1.5 * mm))
        flow.extend(p(f"[{n}] {source}", "tiny") for source, n in numbers.items())
    if document.not_covered:
        items = "; ".join(document.not_covered)
        text = (
            words["not_covered"].format(term=check.deadline, items=items)
            if check.deadline
            else words["not_covered_no_term"].format(items=items)
        )
        flow.append(Spacer(1, 2 * mm))
        flow.append(p(text, "warning"))
    if check.points_short:
        flow.append(p(words["points_short"].format(points=check.points_short), "warning"))
    return flow


# Plain-string cells look like the "body" paragraphs.
_TEXT_CELLS: tuple[tuple[Any, ...], ...] = (
    ("FONTSIZE", (0, 0), (-1, -1), 9.5),
    ("LEADING", (0, 0), (-1, -1), 12.5),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
)


def _table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """Plain-string cells (the empty ones too) would otherwise use unembedded Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


def _cite(numbers: list[int]) -> str:
    """``[1–3, 5]``: runs of consecutive note numbers shortened."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    parts = [f"{run[0]}–{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)) for run in runs]
    return f"[{', '.join(parts)}]" if parts else ""


def _sources(text: str) -> list[str]:
    return [part.strip() for part in text.split("; ") if part.strip()]


def _signatures(words: dict[str, str], p: ParagraphMaker) -> Table:
    half = BODY_WIDTH / 2 - 5 * mm
    rows = [
        [p(words["sign_learner"], "bold"), "", p(words["sign_coach"], "bold")],
        [Spacer(1, 12 * mm), "", Spacer(1, 12 * mm)],
        [p(words["sign_date"] + " / " + words["sign_learner"].lower(), "muted"), "",
         p(words["sign_date"] + " / " + words["sign_coach"].lower(), "muted")],
        [Spacer(1, 10 * mm), "", Spacer(1, 10 * mm)],
        [p(words["sign_name"], "muted"), "", p(words["sign_name"], "muted")],
    ]  # fmt: skip
    table = Table(rows, colWidths=[half, 10 * mm, half], hAlign="LEFT")
    table.setStyle(
        _table_style(
            [
                ("LINEABOVE", (0, 2), (0, 2), 0.75, INK),
                ("LINEABOVE", (2, 2), (2, 2), 0.75, INK),
                ("LINEABOVE", (0, 4), (0, 4), 0.75, INK),
                ("LINEABOVE", (2, 4), (2, 4), 0.75, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "body": body,
        "title": ParagraphStyle(
            "title", parent=body, fontName=BOLD, fontSize=17, leading=21, spaceAfter=4 * mm,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=11.5, leading=14, spaceBefore=5 * mm,
            spaceAfter=2 * mm, textColor=ACCENT,
        ),
        "label": ParagraphStyle("label", parent=body, textColor=MUTED),
        "muted": ParagraphStyle("muted", parent=body, textColor=MUTED),
        "bold": ParagraphStyle("bold", parent=body, fontName=BOLD),
        "right": ParagraphStyle("right", parent=body, alignment=2),
        "bold_right": ParagraphStyle("bold_right", parent=body, fontName=BOLD, alignment=2),
        "th": ParagraphStyle("th", parent=body, fontName=BOLD, textColor=colors.white),
        "th_right": ParagraphStyle(
            "th_right", parent=body, fontName=BOLD, textColor=colors.white, alignment=2
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11),
        "tiny": ParagraphStyle("tiny", parent=body, fontSize=7, leading=9, textColor=MUTED),
        "met": ParagraphStyle("met", parent=body, fontSize=8.5, leading=11, textColor=MET),
        "missing": ParagraphStyle(
            "missing", parent=body, fontSize=8.5, leading=11, textColor=MISSING
        ),
        "warning": ParagraphStyle("warning", parent=body, fontName=BOLD, textColor=MISSING),
    }  # fmt: skip


# ---- header, footer and page numbers -------------------------------------------------------
def _logo(path: str) -> ImageReader | None:
    """The logo, or None when there is none or it cannot be read (the header still prints)."""
    if not path:
        return None
    try:
        reader = ImageReader(path)
        reader.getSize()
    except Exception:  # any unreadable image: print without it
        return None
    return reader


def _header(canvas: Canvas, settings: PrintSettings, logo: ImageReader | None) -> None:
    canvas.saveState()
    top = PAGE_HEIGHT - MARGIN
    x = MARGIN
    if logo is not None:
        width, height = logo.getSize()
        box = HEADER_HEIGHT - 6 * mm
        scale = min(box / height, 45 * mm / width)
        canvas.drawImage(logo, x, top - height * scale, width * scale, height * scale, mask="auto")
        x += width * scale + 5 * mm
    if settings.centre_name:
        canvas.setFont(BOLD, 12)
        canvas.setFillColor(INK)
        canvas.drawString(x, top - 12, settings.centre_name)
    canvas.setFont(REGULAR, 8.5)
    canvas.setFillColor(MUTED)
    for position, line in enumerate(settings.address_lines[:3]):
        canvas.drawString(x, top - 25 - position * 10.5, line)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.75)
    line_y = PAGE_HEIGHT - MARGIN - HEADER_HEIGHT + 4 * mm
    canvas.line(MARGIN, line_y, PAGE_WIDTH - MARGIN, line_y)
    canvas.restoreState()


class _Group(Flowable):  # type: ignore[misc]
    """Invisible: marks where a plan starts, so pages are counted per plan."""

    def __init__(self, group: int) -> None:
        super().__init__()
        self.group = group

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.plan_group = self.group


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end, then writes "page x of y" for each plan."""

    def __init__(self, footers: dict[int, str], page_text: str, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._footers = footers
        self._page_text = page_text
        self._saved: list[tuple[int, dict[str, Any]]] = []
        self.plan_group = 0

    def showPage(self) -> None:
        self._saved.append((self.plan_group, dict(self.__dict__)))
        self._startPage()

    def save(self) -> None:
        totals = Counter(group for group, _state in self._saved)
        seen: Counter[int] = Counter()
        for group, state in self._saved:
            self.__dict__.update(state)
            seen[group] += 1
            self._footer(self._footers.get(group, ""), seen[group], totals[group])
            super().showPage()
        super().save()

    def _footer(self, text: str, page: int, pages: int) -> None:
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        y = MARGIN + FOOTER_HEIGHT - 5 * mm
        self.line(MARGIN, y, PAGE_WIDTH - MARGIN, y)
        self.setFont(REGULAR, 7.5)
        self.setFillColor(MUTED)
        self.drawString(MARGIN, MARGIN + 2 * mm, text[:110])
        self.drawRightString(
            PAGE_WIDTH - MARGIN, MARGIN + 2 * mm, self._page_text.format(page=page, pages=pages)
        )
        self.restoreState()
