"""The export's content as rows of text cells, shared by the CSV and XLSX writers.

A section starts with a marker row (``[manifest]``, ``[table]`` or ``[times]``) with the
table's language-neutral name, then ``key;value`` lines, then a header row and the data
rows; a blank row ends it. Hidden cells are written ``..``; numbers are integers, quartiles
months with one decimal. Titles, headers and row labels are in the export's language
(``domain/statistics/labels.py``); markers, keys and names stay English, so that ``stats
merge`` reads an export in either language. Manifest lines carry a third cell saying what
the line is, in the export's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.statistics.labels import LEGEND, MANIFEST_LABELS, label, note
from larsam_desktop.domain.statistics.protection import SUPPRESSED
from larsam_desktop.domain.statistics.report import ProtectedReport
from larsam_desktop.domain.statistics.tables import TOTAL

Cell = str | int | float
MANIFEST = "[manifest]"
TABLE = "[table]"
TIMES = "[times]"
QUARTILE_HEADINGS = ("lower quartile", "median", "upper quartile")


@dataclass(frozen=True, slots=True)
class Section:
    marker: str
    name: str
    meta: tuple[tuple[str, ...], ...]
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def legend(language: Language) -> str:
    return LEGEND.in_language(language)


def notes(report: ProtectedReport, language: Language) -> list[str]:
    return [note(text, language) for text in report.notes]


def manifest_lines(report: ProtectedReport, language: Language) -> tuple[tuple[str, ...], ...]:
    """``key, value, what it is`` for every manifest line, then the export's language."""
    items = [*report.manifest.items(), ("language", language)]
    return tuple(
        (key, value, MANIFEST_LABELS[key].in_language(language) if key in MANIFEST_LABELS else "")
        for key, value in items
    )


def sections(report: ProtectedReport, language: Language = "en") -> list[Section]:
    result = [Section(MANIFEST, "manifest", manifest_lines(report, language), (), ())]
    for protected in report.tables:
        table = protected.table
        rows_out: list[tuple[Cell, ...]] = []
        for r in range(table.shape[0]):
            values: list[Cell] = [label(table.row_label(r), language)]
            for c in range(table.shape[1]):
                value = protected.published(r, c)
                values.append(SUPPRESSED if value is None else value)
            rows_out.append(tuple(values))
        result.append(
            Section(
                TABLE,
                table.name,
                (
                    ("title", label(table.title, language)),
                    ("population", table.population),
                    ("columns", label(table.column_dimension, language)),
                ),
                tuple(
                    label(text, language) for text in (table.row_dimension, *table.columns, TOTAL)
                ),
                tuple(rows_out),
            )
        )
    times = report.times.table
    header = [label(times.row_dimension, language)]
    milestones = [label(m, language) for m in times.milestones]
    headings = [label(h, language) for h in QUARTILE_HEADINGS]
    for milestone in milestones:
        header.extend(f"{milestone}: {heading}" for heading in headings)
    time_rows: list[tuple[Cell, ...]] = []
    for r, group in enumerate(times.rows):
        cells: list[Cell] = [label(group, language)]
        for m in range(len(times.milestones)):
            published = report.times.published(r, m)
            cells.extend(
                (SUPPRESSED,) * 3 if published is None else (round(v, 1) for v in published)
            )
        time_rows.append(tuple(cells))
    result.append(
        Section(
            TIMES,
            times.name,
            (("title", label(times.title, language)), ("milestones", "|".join(milestones))),
            tuple(header),
            tuple(time_rows),
        )
    )
    return result
