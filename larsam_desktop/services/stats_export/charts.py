"""Figures the charts show, computed from *published* cells only (never from hidden ones)."""

from __future__ import annotations

from dataclasses import dataclass

from larsam_desktop.domain.statistics.protection import ProtectedTable


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float | None  # None: not publishable (shown as "..")


def funnel(table: ProtectedTable) -> list[Bar]:
    """Learners who reached at least each stage: sums of the published total row from the
    right. A stage whose sum needs a hidden cell has no bar."""
    t = table.table
    total_row = t.shape[0] - 1
    bars: list[Bar] = []
    running: int | None = 0
    for c in range(len(t.columns) - 1, -1, -1):
        value = table.published(total_row, c)
        running = None if running is None or value is None else running + value
        bars.append(Bar(t.columns[c], running))
    return bars[::-1]


def share_reaching(table: ProtectedTable, first_column: int) -> list[Bar]:
    """Per row, the share (%) whose furthest stage is ``first_column`` or later, from the
    published row total and the published cells before it."""
    t = table.table
    bars = []
    for r in range(len(t.rows)):
        total = table.published(r, len(t.columns))
        before = [table.published(r, c) for c in range(first_column)]
        if not total or any(v is None for v in before):
            bars.append(Bar(t.rows[r], None))
            continue
        reached = total - sum(v for v in before if v is not None)
        bars.append(Bar(t.rows[r], 100.0 * reached / total))
    return bars


def column_series(table: ProtectedTable, column: int) -> list[Bar]:
    """One column over the rows (e.g. a stage reached per term), hidden cells as None."""
    t = table.table
    return [Bar(t.rows[r], table.published(r, column)) for r in range(len(t.rows))]
