"""Individual study plans as A4 PDFs (ReportLab), one plan or many in one file.

Every page carries the lärcentrum's header (name, address, logo) and a footer with the
learner's name, the revision and "page x of y" counted per plan. Tables wrap long names and
repeat their header row after a page break. The bytes are deterministic for a given
``created`` time: ReportLab's invariant mode fixes its own dates and id, and archival.py
(PDF/A-2b) writes the real dates and an id derived from the content.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
)

from larsam_desktop.domain.plans.terms import FULL_TIME, HALF_TIME, pace_percent
from larsam_desktop.services.clock import utc_now
from larsam_desktop.services.pdf.archival import ArchivalInfo, make_archival
from larsam_desktop.services.pdf.fonts import REGULAR, register_fonts
from larsam_desktop.services.pdf.labels import labels
from larsam_desktop.services.pdf.plan_document import PlanDocument
from larsam_desktop.services.pdf.plan_page import (
    BODY_WIDTH,
    FOOTER_HEIGHT,
    HEADER_HEIGHT,
    MARGIN,
    PAGE_HEIGHT,
    Group,
    NumberedCanvas,
    header,
    load_logo,
    paragraph_styles,
    paragraphs,
)
from larsam_desktop.services.pdf.plan_tables import (
    courses_table,
    eligibility_flow,
    facts_table,
    signatures_table,
)
from larsam_desktop.services.print_settings import PrintSettings

Progress = Callable[[int, int], None]


def render_plans(
    documents: Sequence[PlanDocument],
    settings: PrintSettings,
    *,
    language: str = "sv",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    created: datetime | None = None,
) -> bytes:
    """One PDF/A-2b holding every plan, each starting on a new page with its own page count.

    ``created`` is the file's creation date in its metadata (default: now).

    ``cancelled`` is asked between plans while the story is built; it raises nothing itself —
    the caller checks it again after this returns (the PDF is then discarded).
    """
    register_fonts()
    words = labels(language)
    styles = paragraph_styles()
    logo = load_logo(settings.logo_path)
    story: list[Flowable] = []
    footers: dict[int, str] = {}
    for position, document in enumerate(documents):
        if cancelled is not None and cancelled():
            break
        if position:
            story.append(PageBreak())
        story.append(Group(position))
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
        [PageTemplate("plan", [frame], onPage=lambda canvas, _doc: header(canvas, settings, logo))]
    )
    page_text = words["page"]

    def make_canvas(*args: Any, **kwargs: Any) -> NumberedCanvas:
        return NumberedCanvas(footers, page_text, *args, **kwargs)

    template.build(story or [Spacer(1, 1)], canvasmaker=make_canvas)
    info = ArchivalInfo(
        title=words["title"],
        language="en" if language == "en" else "sv",
        created=created or utc_now(),
        subject=words["title"],
    )
    return make_archival(buffer.getvalue(), info)


# ---- the plan ------------------------------------------------------------------------------
def _plan(
    document: PlanDocument, words: dict[str, str], styles: dict[str, ParagraphStyle], language: str
) -> list[Flowable]:
    revision = document.revision
    content = revision.content
    p = paragraphs(styles)
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
    flow.append(facts_table(facts, p))

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
    flow.append(facts_table(goal_facts, p))

    flow.append(CondPageBreak(40 * mm))
    flow.append(p(words["courses_heading"], "h2"))
    flow.append(courses_table(document, words, p))

    flow.append(CondPageBreak(35 * mm))
    flow.append(p(words["activities_heading"], "h2"))
    activities = content.activities
    flow.append(
        facts_table(
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
    flow.extend(eligibility_flow(document, words, p))
    if document.merit_line:
        flow.append(p(document.merit_line))

    flow.append(Spacer(1, 6 * mm))
    flow.append(KeepTogether([p(words["signatures_heading"], "h2"), signatures_table(words, p)]))
    return flow
