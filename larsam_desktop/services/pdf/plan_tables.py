"""The study plan PDF's tables: facts, courses by term, eligibility with sources, signatures."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Spacer,
    Table,
)

from larsam_desktop.services.pdf.fonts import BOLD
from larsam_desktop.services.pdf.plan_document import PlanDocument
from larsam_desktop.services.pdf.plan_page import (
    ACCENT,
    BODY_WIDTH,
    INK,
    MET,
    MISSING,
    MUTED,
    RULE,
    SHADE,
    ParagraphMaker,
    table_style,
)


def facts_table(rows: Iterable[tuple[str, str]], p: ParagraphMaker) -> Table:
    data = [[p(label, "label"), p(value)] for label, value in rows]
    table = Table(data, colWidths=[58 * mm, BODY_WIDTH - 58 * mm], hAlign="LEFT")
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def courses_table(document: PlanDocument, words: dict[str, str], p: ParagraphMaker) -> Flowable:
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
    table.setStyle(table_style(style))
    return table


def _subtotal(data: list[list[Any]], style: list[tuple[Any, ...]], text: str, points: int) -> None:
    data.append(["", "", text, str(points)])
    row = len(data) - 1
    style.append(("BACKGROUND", (0, row), (-1, row), SHADE))
    style.append(("TEXTCOLOR", (0, row), (-1, row), MUTED))


def eligibility_flow(document: PlanDocument, words: dict[str, str], p: ParagraphMaker) -> list[Any]:
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
            cited = [numbers.setdefault(src, len(numbers) + 1) for src in line.sources]
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
        table.setStyle(table_style(style))
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


def signatures_table(words: dict[str, str], p: ParagraphMaker) -> Table:
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
        table_style(
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
