"""Count tables with their totals, as exact values (or unknown, in a merged table).

A table is held *extended*: ``values[r][c]`` for the interior rows and columns, plus a last
row of column totals and a last column of row totals; ``values[-1][-1]`` is the grand total.
Every row and every column of the extended grid is one linear constraint (the cells add up
to the total), which is what secondary suppression protects against.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from larsam_desktop.domain.statistics.cellkey import KEY_RANGE

TOTAL = "Total"


@dataclass(frozen=True, slots=True)
class CountTable:
    """A two-way table of learner counts.

    ``population`` names who is counted; cells with the same population, dimension and
    value in two tables are the same figure (e.g. the column totals of every breakdown by
    furthest stage), so suppression keeps them consistent across tables.
    """

    name: str
    title: str
    population: str
    row_dimension: str
    column_dimension: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    values: tuple[tuple[int | None, ...], ...]  # extended grid; None = unknown
    # The cell key of every cell of the extended grid (cellkey.py), None for a table with
    # no record keys behind it (a merged table: its figures are sums of published ones).
    keys: tuple[tuple[int, ...], ...] | None = None

    @classmethod
    def from_cells(
        cls,
        *,
        name: str,
        title: str,
        population: str,
        row_dimension: str,
        column_dimension: str,
        rows: Sequence[str],
        columns: Sequence[str],
        cells: Sequence[Sequence[int]],
        keys: Sequence[Sequence[int]] | None = None,
    ) -> CountTable:
        """Build the extended grid, computing every total (and its cell key) from the cells."""
        if len(cells) != len(rows) or any(len(row) != len(columns) for row in cells):
            raise ValueError("cells do not match the rows and columns")
        grid: list[tuple[int | None, ...]] = [(*row, sum(row)) for row in cells]
        column_totals = [sum(row[c] for row in cells) for c in range(len(columns))]
        grid.append((*column_totals, sum(column_totals)))
        return cls(
            name,
            title,
            population,
            row_dimension,
            column_dimension,
            tuple(rows),
            tuple(columns),
            tuple(grid),
            None if keys is None else _extended_keys(keys, len(columns)),
        )

    @property
    def shape(self) -> tuple[int, int]:
        """Size of the extended grid (rows + 1, columns + 1)."""
        return len(self.rows) + 1, len(self.columns) + 1

    def row_label(self, r: int) -> str:
        return self.rows[r] if r < len(self.rows) else TOTAL

    def column_label(self, c: int) -> str:
        return self.columns[c] if c < len(self.columns) else TOTAL

    def key(self, r: int, c: int) -> tuple[str, ...]:
        """The figure a cell stands for, independent of the table it appears in."""
        row_part = () if r == len(self.rows) else (self.row_dimension, self.rows[r])
        column_part = () if c == len(self.columns) else (self.column_dimension, self.columns[c])
        return (self.population, *row_part, *column_part)


def _extended_keys(keys: Sequence[Sequence[int]], columns: int) -> tuple[tuple[int, ...], ...]:
    """Cell keys add up like counts: a total's key is the sum of its cells' keys mod 256."""
    grid = [(*row, sum(row) % KEY_RANGE) for row in keys]
    bottom = [sum(row[c] for row in keys) % KEY_RANGE for c in range(columns)]
    grid.append((*bottom, sum(bottom) % KEY_RANGE))
    return tuple(grid)


@dataclass(frozen=True, slots=True)
class Quartiles:
    q1: float
    median: float
    q3: float


@dataclass(frozen=True, slots=True)
class TimeTable:
    """Months from the start to a milestone: quartiles per group (None = group too small).

    ``sizes`` are the exact group sizes; they are used to decide what may be published and
    are never published themselves.
    """

    name: str
    title: str
    row_dimension: str
    rows: tuple[str, ...]
    milestones: tuple[str, ...]
    quartiles: tuple[tuple[Quartiles | None, ...], ...]
    sizes: tuple[tuple[int, ...], ...]


def quartiles(values: Sequence[float]) -> Quartiles:
    """Quartiles by linear interpolation between order statistics (Excel's QUARTILE.INC)."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)

    def at(p: float) -> float:
        position = p * (len(ordered) - 1)
        low = int(position)
        high = min(low + 1, len(ordered) - 1)
        return ordered[low] + (ordered[high] - ordered[low]) * (position - low)

    return Quartiles(at(0.25), at(0.5), at(0.75))
