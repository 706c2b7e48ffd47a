"""The PDF report: manifest, charts (reportlab.graphics) and every table, DejaVu Sans embedded.

Deterministic for the same report (ReportLab's invariant mode): the manifest carries the
time it was made, the PDF's own metadata does not vary.
"""

from __future__ import annotations

import io
import threading
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.pathway import Stage, stage_name
from larsam_desktop.domain.statistics.aggregate import BEGINNING
from larsam_desktop.domain.statistics.facts import MAIN_LINE
from larsam_desktop.domain.statistics.labels import canonical, label
from larsam_desktop.domain.statistics.protection import SUPPRESSED, ProtectedTable
from larsam_desktop.domain.statistics.report import ProtectedReport
from larsam_desktop.paths import resources_dir
from larsam_desktop.services.catalogue import Texts
from larsam_desktop.services.pdf.archival import ArchivalInfo, make_archival
from larsam_desktop.services.stats_export.charts import Bar, column_series, funnel, share_reaching
from larsam_desktop.services.stats_export.layout import legend, notes, sections

FONT = "LarSamStats"
FONT_BOLD = "LarSamStats-Bold"
_lock = threading.Lock()
_registered = False
HIDDEN_FILL = colors.Color(0.93, 0.93, 0.93)
BAR_COLOUR = colors.Color(0.16, 0.38, 0.62)
GB_COLUMN = MAIN_LINE.index(Stage.GRUNDLAGGANDE)
TARGET_TABLES = (
    "furthest_stage_by_foreign_born",
    "furthest_stage_by_first_generation",
    "furthest_stage_by_prior_education",
    "furthest_stage_by_age_band",
    "furthest_stage_by_gender",
)


def _register_fonts() -> None:
    global _registered
    with _lock:
        if not _registered:
            folder = resources_dir() / "fonts"
            pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
            pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
            _registered = True


def _styles() -> dict[str, ParagraphStyle]:
    return {
        "title": ParagraphStyle("title", fontName=FONT_BOLD, fontSize=17, leading=21),
        "h2": ParagraphStyle("h2", fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=8),
        "body": ParagraphStyle("body", fontName=FONT, fontSize=8.5, leading=11),
        "small": ParagraphStyle("small", fontName=FONT, fontSize=7.5, leading=9.5),
        "header": ParagraphStyle("header", fontName=FONT_BOLD, fontSize=6.8, leading=8.2),
    }


def _all_hidden(title: str, bars: list[Bar], *, width: float, message: str) -> Drawing | None:
    """When no bar above zero can be published, the chart's title and ``message`` instead
    of empty axes (a 0–0.01 scale told the reader nothing)."""
    if any(bar.value for bar in bars):
        return None
    drawing = Drawing(width, 40)
    drawing.initialFontName = FONT
    drawing.add(String(0, 28, title, fontName=FONT_BOLD, fontSize=9))
    drawing.add(String(0, 12, message, fontName=FONT, fontSize=8))
    return drawing


def _bar_chart(
    title: str, bars: list[Bar], *, width: float, hidden: str, unit: str = ""
) -> Drawing:
    """Horizontal bars; a bar that cannot be published is drawn as ".." without a bar."""
    empty = _all_hidden(title, bars, width=width, message=hidden)
    if empty is not None:
        return empty
    height = 28 + 16 * len(bars)
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # renderPDF's first state is Helvetica otherwise (PDF/A)
    drawing.add(String(0, height - 12, title, fontName=FONT_BOLD, fontSize=9))
    chart = HorizontalBarChart()
    chart.x = 150
    chart.y = 4
    chart.width = width - 210
    chart.height = 16 * len(bars)
    chart.data = [[bar.value or 0 for bar in reversed(bars)]]
    chart.categoryAxis.categoryNames = [bar.label for bar in reversed(bars)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    if unit == " %":
        chart.valueAxis.valueMax = 100
        chart.valueAxis.valueStep = 20
    chart.bars[0].fillColor = BAR_COLOUR
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    step = chart.height / max(1, len(bars))
    biggest = max((bar.value or 0 for bar in bars), default=0) or 1
    for index, bar in enumerate(reversed(bars)):
        y = chart.y + step * index + step / 2 - 3
        if bar.value is None:
            text, x = SUPPRESSED, chart.x + 4
        else:
            text = f"{bar.value:.0f}{unit}"
            x = chart.x + chart.width * (bar.value / (chart.valueAxis.valueMax or biggest)) + 4
        drawing.add(String(min(x, width - 40), y, text, fontName=FONT, fontSize=7))
    return drawing


def _column_chart(title: str, bars: list[Bar], *, width: float, hidden: str) -> Drawing:
    empty = _all_hidden(title, bars, width=width, message=hidden)
    if empty is not None:
        return empty
    height = 150
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT  # renderPDF's first state is Helvetica otherwise (PDF/A)
    drawing.add(String(0, height - 12, title, fontName=FONT_BOLD, fontSize=9))
    chart = VerticalBarChart()
    chart.x = 40
    chart.y = 30
    chart.width = width - 60
    chart.height = height - 60
    chart.data = [[bar.value or 0 for bar in bars]]
    chart.categoryAxis.categoryNames = [
        bar.label + (f" {SUPPRESSED}" if bar.value is None else "") for bar in bars
    ]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 30
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = BAR_COLOUR
    chart.bars[0].strokeColor = None
    drawing.add(chart)
    return drawing


def _table_flowable(
    protected: ProtectedTable, styles: dict[str, ParagraphStyle], language: Language
) -> Table:
    t = protected.table
    header = [
        Paragraph(label(text, language), styles["header"])
        for text in (t.row_dimension, *t.columns, t.column_label(len(t.columns)))
    ]
    data: list[list[object]] = [header]
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 7.5),
        ("FONT", (0, -1), (-1, -1), FONT_BOLD, 7.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    for r in range(t.shape[0]):
        line: list[object] = [label(t.row_label(r), language)]
        line.extend(protected.text(r, c) for c in range(t.shape[1]))
        data.append(line)
        for c in range(t.shape[1]):
            if protected.hidden(r, c):
                style.append(("BACKGROUND", (c + 1, r + 1), (c + 1, r + 1), HIDDEN_FILL))
    first = 46 * mm
    rest = (landscape(A4)[0] - 30 * mm - first) / (len(t.columns) + 1)
    table = Table(data, colWidths=[first] + [rest] * (len(t.columns) + 1), repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def write_pdf(report: ProtectedReport, path: Path, language: Language = "en") -> None:
    texts = Texts(language)
    _register_fonts()
    styles = _styles()
    page = landscape(A4)
    width = page[0] - 30 * mm
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=texts.translate("StatisticsPdf", "LärSam Desktop – anonymised statistics"),
        author="LärSam Desktop",
        initialFontName=FONT,
        invariant=True,
        lang=language,
    )
    manifest = report.manifest
    since = (
        texts.translate("StatisticsPdf", "from the first recorded start")
        if manifest.period_from <= BEGINNING
        else texts.translate("StatisticsPdf", "from {day}").format(
            day=manifest.period_from.isoformat()
        )
    )
    made = texts.translate(
        "StatisticsPdf",
        "Learners who started on the path {since} to {last}. Threshold k = {k}. "
        "Made {made} UTC by LärSam Desktop {version}.",
    ).format(
        since=since,
        last=manifest.period_to.isoformat(),
        k=manifest.k,
        made=manifest.created_at.strftime("%Y-%m-%d %H:%M"),
        version=manifest.app_version,
    )
    if manifest.merged_from > 1:
        made += " " + texts.translate("StatisticsPdf", "Merged from {count} exports.").format(
            count=manifest.merged_from
        )
    story: list[object] = [
        Paragraph(
            texts.translate("StatisticsPdf", "Widened recruitment: anonymised statistics"),
            styles["title"],
        ),
        Spacer(1, 3 * mm),
        Paragraph(made, styles["body"]),
        Paragraph(legend(language), styles["small"]),
        *(Paragraph(text, styles["small"]) for text in notes(report, language)),
        Spacer(1, 4 * mm),
    ]
    hidden = texts.translate(
        "StatisticsPdf",
        "Every figure of this chart is hidden ({hidden}): fewer than k = {k} learners.",
    ).format(hidden=SUPPRESSED, k=manifest.k)
    gb = stage_name(Stage.GRUNDLAGGANDE, language)
    cohort = report.table("furthest_stage_by_cohort")
    half = width / 2 - 6 * mm
    charts = [
        _bar_chart(
            texts.translate("StatisticsPdf", "Reached at least this stage (all cohorts)"),
            [Bar(label(bar.label, language), bar.value) for bar in funnel(cohort)],
            width=half,
            hidden=hidden,
        ),
        _bar_chart(
            texts.translate(
                "StatisticsPdf", "Share that reached {stage} or further, by target group"
            ).format(stage=gb.lower()),
            [
                Bar(
                    f"{label(report.table(name).table.row_dimension, language)}: "
                    f"{label(bar.label, language)}",
                    bar.value,
                )
                for name in TARGET_TABLES[:3]
                for bar in share_reaching(report.table(name), GB_COLUMN)
                if canonical(bar.label) not in ("Unknown", "No")
            ],
            width=half,
            hidden=hidden,
            unit=" %",
        ),
    ]
    side_by_side = Table([charts], colWidths=[width / 2, width / 2])
    side_by_side.setStyle(
        TableStyle([("FONT", (0, 0), (-1, -1), FONT), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )  # DejaVu, no Helvetica; both charts start at the top (a short one is a message)
    story.append(side_by_side)
    by_term = report.table("stage_reached_by_term")
    story.append(
        KeepTogether(
            [
                Spacer(1, 3 * mm),
                _column_chart(
                    texts.translate("StatisticsPdf", "Learners reaching {stage}, by term").format(
                        stage=gb.lower()
                    ),
                    column_series(by_term, GB_COLUMN),
                    width=width,
                    hidden=hidden,
                ),
            ]
        )
    )
    story.append(PageBreak())
    for protected in report.tables:
        story.append(
            KeepTogether(
                [
                    Paragraph(label(protected.table.title, language), styles["h2"]),
                    Spacer(1, 1.5 * mm),
                    _table_flowable(protected, styles, language),
                ]
            )
        )
    times_section = sections(report, language)[-1]
    story.append(Paragraph(label(report.times.table.title, language), styles["h2"]))
    data = [[Paragraph(h, styles["header"]) for h in times_section.header]] + [
        [str(v).replace(".", ",") if isinstance(v, float) else v for v in row]
        for row in times_section.rows
    ]
    first = 46 * mm
    rest = (width - first) / (len(times_section.header) - 1)
    times = Table(data, colWidths=[first] + [rest] * (len(times_section.header) - 1))
    times.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 7.5),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
            ]
        )
    )
    story.append(times)
    document.build(story)
    info = ArchivalInfo(title=document.title, language=language, created=manifest.created_at)
    path.write_bytes(make_archival(buffer.getvalue(), info))  # PDF/A-2b (services/pdf/archival)
