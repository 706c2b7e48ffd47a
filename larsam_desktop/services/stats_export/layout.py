"""The export's content as rows of text cells, shared by the CSV and XLSX writers.

A section starts with a marker row (``[manifest]``, ``[table]`` or ``[times]``), then
``key;value`` lines, then a header row and the data rows; a blank row ends it. Hidden cells
are written ``..``; numbers are integers, quartiles months with one decimal.
"""

from __future__ import annotations

from dataclasses import dataclass

from larsam_desktop.domain.statistics.protection import SUPPRESSED
from larsam_desktop.domain.statistics.report import ProtectedReport

Cell = str | int | float
MANIFEST = "[manifest]"
TABLE = "[table]"
TIMES = "[times]"
LEGEND = (
    '".." = fewer than k learners, or hidden so that such a figure cannot be worked out from '
    "totals and other cells. Counts are learners; periods are terms (VT = January–June, "
    "HT = July–December)."
)
QUARTILE_HEADINGS = ("lower quartile", "median", "upper quartile")


@dataclass(frozen=True, slots=True)
class Section:
    marker: str
    name: str
    meta: tuple[tuple[str, str], ...]
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def sections(report: ProtectedReport) -> list[Section]:
    result = [Section(MANIFEST, "manifest", tuple(report.manifest.items()), (), ())]
    for protected in report.tables:
        table = protected.table
        rows_out: list[tuple[Cell, ...]] = []
        for r in range(table.shape[0]):
            values: list[Cell] = [table.row_label(r)]
            for c in range(table.shape[1]):
                value = protected.published(r, c)
                values.append(SUPPRESSED if value is None else value)
            rows_out.append(tuple(values))
        result.append(
            Section(
                TABLE,
                table.name,
                (
                    ("title", table.title),
                    ("population", table.population),
                    ("columns", table.column_dimension),
                ),
                (table.row_dimension, *table.columns, "Total"),
                tuple(rows_out),
            )
        )
    times = report.times.table
    header = [times.row_dimension]
    for milestone in times.milestones:
        header.extend(f"{milestone}: {heading}" for heading in QUARTILE_HEADINGS)
    time_rows: list[tuple[Cell, ...]] = []
    for r, group in enumerate(times.rows):
        cells: list[Cell] = [group]
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
            (("title", times.title), ("milestones", "|".join(times.milestones))),
            tuple(header),
            tuple(time_rows),
        )
    )
    return result
