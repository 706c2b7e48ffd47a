"""Disclosure control: which cells of a count table an export may publish.

* **Primary suppression**: a count in 1..k-1 is hidden (shown ".." as Skolverket does);
  an unknown value (a hidden cell of a merged input) stays hidden.
* **Secondary suppression**: a hidden cell must not be recoverable from the totals. Each
  row and column of the extended table is an equation (cells add up to the total); a hidden
  value is recoverable exactly when it is a *bridge* in the bipartite graph whose vertices
  are the rows and columns and whose edges are the hidden cells (the kernel of those
  equations is the graph's cycle space). So the rule is: no row or column with exactly one
  hidden cell, and no hidden cell outside a cycle. Lines with one hidden cell are completed
  with the smallest published non-zero cell; a remaining bridge is closed into a rectangle.
  A line with a hidden cell never keeps a published total of 0 (it would pin the cell to 0).
* **Linked tables**: a figure that appears in several tables (the same key, e.g. the
  learners per furthest stage, the column totals of every breakdown) is hidden in all of
  them when any table hides it, and the tables are protected again until nothing changes.

* **Zero homogeneity**: in a table of learners (``HOMOGENEITY_POPULATIONS``), a group of
  fewer than ``HOMOGENEITY_FACTOR * k`` learners who all sit in one cell (zeros elsewhere in
  the row) tells every member's furthest stage; that cell is hidden as if it were small,
  together with a neighbouring zero of the row (secondary suppression does the rest).
* **Perturbation** (``cellkey``): a published non-zero count is shown as its true count
  plus the noise its cell key gives; suppression is decided on the true counts.

k is at least ``MIN_K``; a data folder fixes it (``services.statistics_settings``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.domain.statistics.cellkey import perturbed
from larsam_desktop.domain.statistics.tables import CountTable, TimeTable

DEFAULT_K = 10
MIN_K = 5
SUPPRESSED = ".."
HOMOGENEITY_FACTOR = 2
# Tables whose rows are groups of learners each counted once (zero homogeneity applies):
# the statistics' tables of learners, the regional demand and throughput (issue 17).
HOMOGENEITY_POPULATIONS = ("learners", "demand", "throughput")
METHOD = (
    "cell key perturbation, threshold-k primary, zero homogeneity below 2k, "
    "bridge-free secondary suppression, linked tables (larsam-sdc-2)"
)


class CellStatus(StrEnum):
    PUBLISHED = "published"
    PRIMARY = "primary"  # below k (or unknown)
    SECONDARY = "secondary"  # hidden so that a primary cell cannot be recovered
    HOMOGENEOUS = "homogeneous"  # a small group all in this one cell


def validate_k(k: int) -> int:
    if k < MIN_K:
        raise ValidationError(
            [
                FieldError(
                    "k",
                    "below_minimum",
                    "The threshold k must be at least {minimum} (it was {k}).",
                    {"minimum": MIN_K, "k": k},
                )
            ]
        )
    return k


@dataclass(frozen=True, slots=True)
class ProtectedTable:
    """A count table with the status of every cell of its extended grid."""

    table: CountTable
    k: int
    status: tuple[tuple[CellStatus, ...], ...]

    def published(self, r: int, c: int) -> int | None:
        """The value an export shows (perturbed), None where it shows ``SUPPRESSED``."""
        if self.status[r][c] is not CellStatus.PUBLISHED:
            return None
        value = self.table.values[r][c]
        keys = self.table.keys
        if value is None or keys is None:
            return value
        return perturbed(value, keys[r][c])

    def text(self, r: int, c: int) -> str:
        value = self.published(r, c)
        return SUPPRESSED if value is None else str(value)

    def hidden(self, r: int, c: int) -> bool:
        return self.status[r][c] is not CellStatus.PUBLISHED

    @property
    def hidden_count(self) -> int:
        return sum(s is not CellStatus.PUBLISHED for row in self.status for s in row)


@dataclass(frozen=True, slots=True)
class ProtectedTimes:
    """Quartiles published only for groups of at least k."""

    table: TimeTable
    k: int

    def published(self, r: int, m: int) -> tuple[float, float, float] | None:
        q = self.table.quartiles[r][m]
        if q is None or self.table.sizes[r][m] < self.k:
            return None
        return q.q1, q.median, q.q3


def protect(table: CountTable, k: int, forced: Iterable[tuple[str, ...]] = ()) -> ProtectedTable:
    """Primary and secondary suppression of one table; ``forced`` keys are hidden too."""
    validate_k(k)
    forced_keys = set(forced)
    rows, columns = table.shape
    homogeneous = _homogeneous_cells(table, k)
    status = [
        [
            _primary(table.values[r][c], k)
            if _primary(table.values[r][c], k) is not CellStatus.PUBLISHED
            else (CellStatus.SECONDARY if table.key(r, c) in forced_keys else CellStatus.PUBLISHED)
            for c in range(columns)
        ]
        for r in range(rows)
    ]
    for r, c, r2, c2 in homogeneous:
        if status[r][c] is CellStatus.PUBLISHED:
            status[r][c] = CellStatus.HOMOGENEOUS
        # and one of the group's zeros, so that the published zeros do not tell the group
        if status[r2][c2] is CellStatus.PUBLISHED:
            status[r2][c2] = CellStatus.SECONDARY
        if r2 == r and table.values[rows - 1][c2] == 0:
            status[rows - 1][c2] = CellStatus.SECONDARY
        if c2 == c and table.values[r2][columns - 1] == 0:
            status[r2][columns - 1] = CellStatus.SECONDARY
    while (
        _complete_lines(table, status)
        or _free_zero_lines(table, status)
        or _close_bridge(table, status)
    ):
        pass
    return ProtectedTable(table, k, tuple(tuple(row) for row in status))


def _free_zero_lines(table: CountTable, status: list[list[CellStatus]]) -> bool:
    """A hidden cell in a line whose published total is 0 is 0 for anyone who reads it (no
    count is negative): hide such a total too. True if anything changed."""
    rows, columns = table.shape
    changed = False
    for r in range(rows):
        hidden = any(status[r][c] is not CellStatus.PUBLISHED for c in range(columns - 1))
        if hidden and status[r][-1] is CellStatus.PUBLISHED and table.values[r][-1] == 0:
            status[r][columns - 1] = CellStatus.SECONDARY
            changed = True
    for c in range(columns):
        hidden = any(status[r][c] is not CellStatus.PUBLISHED for r in range(rows - 1))
        if hidden and status[-1][c] is CellStatus.PUBLISHED and table.values[-1][c] == 0:
            status[rows - 1][c] = CellStatus.SECONDARY
            changed = True
    return changed


# Figures of different tables bound by a relation rather than equal: everyone whose
# furthest stage is s reached s, and nobody reached s with a furthest stage below s. So the
# learners per furthest stage and the learners reaching each stage are hidden together.
RELATED_FIGURES: dict[tuple[str, str], tuple[str, str]] = {
    ("learners", "Furthest stage"): ("stage_reached", "Stage reached"),
    ("stage_reached", "Stage reached"): ("learners", "Furthest stage"),
}


def _related(key: tuple[str, ...]) -> tuple[str, ...] | None:
    if len(key) != 3:
        return None
    other = RELATED_FIGURES.get((key[0], key[1]))
    return None if other is None else (*other, key[2])


def protect_all(tables: Sequence[CountTable], k: int) -> list[ProtectedTable]:
    """Protect linked tables as one system: a figure hidden in one table is hidden wherever
    it appears, and with the figures it is related to (``RELATED_FIGURES``)."""
    validate_k(k)
    forced: set[tuple[str, ...]] = set()
    while True:
        result = [protect(table, k, forced) for table in tables]
        hidden = {
            p.table.key(r, c)
            for p in result
            for r in range(p.table.shape[0])
            for c in range(p.table.shape[1])
            if p.hidden(r, c)
        }
        hidden |= {other for key in hidden if (other := _related(key)) is not None}
        if hidden <= forced:
            return result
        forced |= hidden


def protect_times(table: TimeTable, k: int) -> ProtectedTimes:
    return ProtectedTimes(table, validate_k(k))


def _homogeneous_cells(table: CountTable, k: int) -> list[tuple[int, int, int, int]]:
    """(cell, zero partner) pairs: a group of fewer than ``HOMOGENEITY_FACTOR * k`` learners
    all in one cell of its row (all at one stage), or all in one row of a column (everyone
    at that stage, or everyone in the table, in one group)."""
    if table.population not in HOMOGENEITY_POPULATIONS:
        return []
    rows, columns = table.shape
    limit = HOMOGENEITY_FACTOR * k
    values = table.values
    found = []
    for r in range(rows):
        total = values[r][columns - 1]
        nonzero = [c for c in range(columns - 1) if values[r][c] != 0]
        if total is not None and 0 < total < limit and len(nonzero) == 1:
            partner = _partner(nonzero[0], columns - 1, lambda c2: values[rows - 1][c2])
            if partner is not None:
                found.append((r, nonzero[0], r, partner))
    for c in range(columns):
        total = values[rows - 1][c]
        nonzero = [r for r in range(rows - 1) if values[r][c] != 0]
        if total is not None and 0 < total < limit and len(nonzero) == 1:
            partner = _partner(nonzero[0], rows - 1, lambda r2: values[r2][columns - 1])
            if partner is not None:
                found.append((nonzero[0], c, partner, c))
    return found


def _partner(index: int, size: int, occupied: Callable[[int], int | None]) -> int | None:
    """The zero beside a homogeneous cell to hide with it: the nearest line with someone in
    it (else its published zero total would pin it), else the nearest line."""
    others = sorted((abs(i - index), i) for i in range(size) if i != index)
    for _, i in others:
        if occupied(i):
            return i
    return others[0][1] if others else None


def _primary(value: int | None, k: int) -> CellStatus:
    if value is None or 0 < value < k:
        return CellStatus.PRIMARY
    return CellStatus.PUBLISHED


def _lines(rows: int, columns: int) -> list[list[tuple[int, int]]]:
    return [[(r, c) for c in range(columns)] for r in range(rows)] + [
        [(r, c) for r in range(rows)] for c in range(columns)
    ]


def _cost(table: CountTable, r: int, c: int) -> tuple[int, int, int]:
    """Which published cell to hide first: non-zero before zero, inner before totals, small."""
    value = table.values[r][c] or 0
    rows, columns = table.shape
    is_total = r == rows - 1 or c == columns - 1
    return (value == 0, is_total, value)


def _line_cost(
    table: CountTable, status: list[list[CellStatus]], r: int, c: int, along_row: bool
) -> tuple[int, int, int, int]:
    """As ``_cost``, but prefer a cell whose crossing line also has one hidden cell alone."""
    rows, columns = table.shape
    crossing = (
        [status[r2][c] for r2 in range(rows)]
        if along_row
        else [status[r][c2] for c2 in range(columns)]
    )
    lonely = sum(s is not CellStatus.PUBLISHED for s in crossing) == 1
    zero, total, value = _cost(table, r, c)
    return (zero, not lonely, total, value)


def _complete_lines(table: CountTable, status: list[list[CellStatus]]) -> bool:
    """Give every line with exactly one hidden cell a second one; True if anything changed."""
    rows, columns = table.shape
    changed = False
    for index, line in enumerate(_lines(rows, columns)):
        along_row = index < rows
        hidden = [cell for cell in line if status[cell[0]][cell[1]] is not CellStatus.PUBLISHED]
        if len(hidden) != 1:
            continue
        candidates = [cell for cell in line if cell not in hidden]
        if not candidates:
            continue  # a line of one cell cannot leak: there is no equation
        r, c = min(
            candidates, key=lambda cell: _line_cost(table, status, cell[0], cell[1], along_row)
        )
        status[r][c] = CellStatus.SECONDARY
        changed = True
    return changed


def _close_bridge(table: CountTable, status: list[list[CellStatus]]) -> bool:
    """Hide the cheapest rectangle through one recoverable hidden cell; True if one existed."""
    rows, columns = table.shape
    bridge = next(iter(hidden_bridges(status)), None)
    if bridge is None:
        return False
    r, c = bridge
    best: tuple[tuple[int, int, int], list[tuple[int, int]]] | None = None
    for r2 in range(rows):
        for c2 in range(columns):
            if r2 == r or c2 == c:
                continue
            corners = [
                cell
                for cell in ((r, c2), (r2, c), (r2, c2))
                if status[cell[0]][cell[1]] is CellStatus.PUBLISHED
            ]
            costs = [_cost(table, *cell) for cell in corners]
            cost = (
                sum(cost[0] for cost in costs),
                sum(cost[1] for cost in costs),
                sum(cost[2] for cost in costs),
            )
            if best is None or cost < best[0]:
                best = (cost, corners)
    if best is None or not best[1]:
        return False  # a 1×n grid: nothing to pair with (cannot happen with a totals row)
    for r2, c2 in best[1]:
        status[r2][c2] = CellStatus.SECONDARY
    return True


def hidden_bridges(status: Sequence[Sequence[CellStatus]]) -> list[tuple[int, int]]:
    """Hidden cells that the row and column equations determine (bridges), in grid order."""
    rows = len(status)
    columns = len(status[0]) if rows else 0
    edges = [
        (r, c)
        for r in range(rows)
        for c in range(columns)
        if status[r][c] is not CellStatus.PUBLISHED
    ]
    adjacency: dict[int, list[tuple[int, int]]] = {}
    for index, (r, c) in enumerate(edges):
        adjacency.setdefault(r, []).append((rows + c, index))
        adjacency.setdefault(rows + c, []).append((r, index))
    order: dict[int, int] = {}
    low: dict[int, int] = {}
    bridges: set[int] = set()
    counter = 0
    for root in adjacency:
        if root in order:
            continue
        order[root] = low[root] = counter
        counter += 1
        stack: list[tuple[int, int, int]] = [(root, -1, 0)]  # vertex, edge in, next neighbour
        while stack:
            vertex, via, position = stack[-1]
            neighbours = adjacency[vertex]
            if position < len(neighbours):
                stack[-1] = (vertex, via, position + 1)
                other, edge = neighbours[position]
                if edge == via:
                    continue
                if other in order:
                    low[vertex] = min(low[vertex], order[other])
                else:
                    order[other] = low[other] = counter
                    counter += 1
                    stack.append((other, edge, 0))
            else:
                stack.pop()
                if stack:
                    parent = stack[-1][0]
                    low[parent] = min(low[parent], low[vertex])
                    if low[vertex] > order[parent]:
                        bridges.add(via)
    return [edges[index] for index in sorted(bridges)]
