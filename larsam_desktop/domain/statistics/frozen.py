"""A publication is final: its published figures, kept to be written again unchanged.

Exporting the same period, scope, threshold and series a second time writes the figures
that were first published, whatever was edited since. Otherwise an edit followed by a new
export would show the edited learner's old and new cells as differences; the noise of the
cell key method makes that unlikely to pin a learner, not impossible. Only figures that
were already published are kept (aggregates, no record keys, no exact hidden values).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from larsam_desktop.domain.statistics.protection import CellStatus, ProtectedTable, ProtectedTimes
from larsam_desktop.domain.statistics.report import Manifest, ProtectedReport
from larsam_desktop.domain.statistics.tables import CountTable, Quartiles, TimeTable

FORMAT = 1


def figures_json(report: ProtectedReport) -> str:
    """Every published figure of ``report`` (None where it shows "..") as JSON text."""
    tables = []
    for p in report.tables:
        t = p.table
        tables.append(
            {
                "name": t.name,
                "title": t.title,
                "population": t.population,
                "row_dimension": t.row_dimension,
                "column_dimension": t.column_dimension,
                "rows": list(t.rows),
                "columns": list(t.columns),
                "values": [
                    [p.published(r, c) for c in range(t.shape[1])] for r in range(t.shape[0])
                ],
            }
        )
    times = report.times.table
    quartiles = [
        [
            None if (q := report.times.published(r, m)) is None else [round(v, 1) for v in q]
            for m in range(len(times.milestones))
        ]
        for r in range(len(times.rows))
    ]
    return json.dumps(
        {
            "format": FORMAT,
            "tables": tables,
            "times": {
                "name": times.name,
                "title": times.title,
                "row_dimension": times.row_dimension,
                "rows": list(times.rows),
                "milestones": list(times.milestones),
                "quartiles": quartiles,
            },
            "notes": list(report.notes),
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _table(data: dict[str, Any], k: int) -> ProtectedTable:
    values: Sequence[Sequence[int | None]] = data["values"]
    table = CountTable(
        data["name"],
        data["title"],
        data["population"],
        data["row_dimension"],
        data["column_dimension"],
        tuple(data["rows"]),
        tuple(data["columns"]),
        tuple(tuple(row) for row in values),
    )
    status = tuple(
        tuple(CellStatus.PRIMARY if v is None else CellStatus.PUBLISHED for v in row)
        for row in values
    )
    return ProtectedTable(table, k, status)


def report_from_figures(text: str, manifest: Manifest) -> ProtectedReport:
    """The report as first published, under a new manifest (a new ``created_at``)."""
    data = json.loads(text)
    if data.get("format") != FORMAT:
        raise ValueError("unknown figures format")
    k = manifest.k
    times = data["times"]
    quartiles = tuple(
        tuple(None if q is None else Quartiles(*q) for q in row) for row in times["quartiles"]
    )
    table = TimeTable(
        times["name"],
        times["title"],
        times["row_dimension"],
        tuple(times["rows"]),
        tuple(times["milestones"]),
        quartiles,
        tuple(tuple(0 if q is None else k for q in row) for row in quartiles),
    )
    report = ProtectedReport(
        manifest,
        tuple(_table(t, k) for t in data["tables"]),
        ProtectedTimes(table, k),
        notes=tuple(data.get("notes", ())),
    )
    return report.sealed()
