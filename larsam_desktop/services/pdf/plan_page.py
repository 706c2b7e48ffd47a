"""The study plan PDF's page furniture: sizes and colours, paragraph styles, the header with
the lärcentrum's name and logo, and the footer's "page x of y" counted per plan."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Paragraph,
    TableStyle,
)

from larsam_desktop.services.pdf.fonts import BOLD, REGULAR
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


ParagraphMaker = Callable[..., Paragraph]


# ReportLab parses every paragraph's text (an HTML parser, ~12 % of a plan's rendering);
# most texts repeat in every plan (labels, headings, course names, requirement wording).
# The parsed fragments of a text in a style are kept and handed to the next Paragraph of
# the same text: ReportLab reads them when it lays a paragraph out and never changes what
# it printed (a split or a wrapped line gets copies). Styles are made once
# (``paragraph_styles`` is cached), so a style's id names it for the life of the process.
_PARSED: dict[tuple[str, int], list[Any]] = {}
_PARSED_LIMIT = 8192  # texts; learner-specific ones stop being added beyond this

# Laying a paragraph out (``wrap``: breaking it into lines) is ReportLab's dearest step,
# and a table does it twice for every cell (once to size its rows, again to draw). The
# outcome depends only on the text, the style and the width, so the attributes ``wrap``
# leaves on a paragraph are kept per (text, style, width) and given to the next paragraph
# asked to wrap the same: a table's second pass and every later plan skip the work.
# ReportLab only reads them when it draws or splits (a split makes new paragraphs).
_WRAPPED: dict[tuple[str, int, float], dict[str, Any]] = {}
_WRAPPED_LIMIT = 4096  # layouts; the store is emptied when full (learner-specific texts)


class _Paragraph(Paragraph):  # type: ignore[misc]
    """A paragraph whose layout is looked up before it is worked out (``_WRAPPED``)."""

    wrap_key: tuple[str, int] | None = None  # (markup, id(style)); None: never kept

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        key = self.wrap_key
        if key is None:
            return super().wrap(availWidth, availHeight)  # type: ignore[no-any-return]
        layout = (key[0], key[1], availWidth)
        kept = _WRAPPED.get(layout)
        if kept is None:
            size: tuple[float, float] = super().wrap(availWidth, availHeight)
            if size[0] == 0:  # too narrow to lay out: nothing to keep
                return size
            if len(_WRAPPED) >= _WRAPPED_LIMIT:
                _WRAPPED.clear()
            _WRAPPED[layout] = {
                name: self.__dict__[name] for name in _LAYOUT if name in self.__dict__
            }
            return size
        self.__dict__.update(kept)
        return self.width, self.height


# What ``Paragraph.wrap`` and ``breakLines`` set (ReportLab 4–5).
_LAYOUT = (
    "width", "height", "blPara", "frags", "_wrapWidths", "_width_max",
    "_splitLongWordCount", "_hyphenations",
)  # fmt: skip


def paragraphs(styles: dict[str, ParagraphStyle]) -> ParagraphMaker:
    def make(text: str, style: str = "body", *, raw: bool = False) -> Paragraph:
        markup = text if raw else escape(text)
        chosen = styles[style]
        key = (markup, id(chosen))
        parsed = _PARSED.get(key)
        if parsed is not None:
            paragraph = _Paragraph(markup, chosen, frags=list(parsed))
        else:
            paragraph = _Paragraph(markup, chosen)
            if paragraph.style is not chosen:
                return paragraph  # ReportLab made its own style: nothing is kept
            if len(_PARSED) < _PARSED_LIMIT:
                _PARSED[key] = list(paragraph.frags)
        paragraph.wrap_key = key
        return paragraph

    return make


def table_style(commands: list[tuple[Any, ...]]) -> TableStyle:
    """Plain-string cells (the empty ones too) would otherwise use unembedded Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


@cache
def paragraph_styles() -> dict[str, ParagraphStyle]:
    """The plan's paragraph styles, made once per process (never changed by a caller)."""
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
def load_logo(path: str) -> ImageReader | None:
    """The logo, or None when there is none or it cannot be read (the header still prints)."""
    if not path:
        return None
    try:
        reader = ImageReader(path)
        reader.getSize()
    except Exception:  # any unreadable image: print without it
        return None
    return reader


def header(canvas: Canvas, settings: PrintSettings, logo: ImageReader | None) -> None:
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


class Group(Flowable):  # type: ignore[misc]
    """Invisible: marks where a plan starts, so pages are counted per plan."""

    def __init__(self, group: int) -> None:
        super().__init__()
        self.group = group

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.plan_group = self.group


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until the end, then writes "page x of y" for each plan."""

    def __init__(self, footers: dict[int, str], page_text: str, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        for name in (REGULAR, BOLD):  # the common letters' codes first (fonts.SUBSET_SEED)
            pdfmetrics.getFont(name).seed(self._doc)
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
