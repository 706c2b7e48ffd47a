"""An attacker who solves published statistics as an integer program (scipy's ``milp``).

The attacker knows every published figure of every export they hold, the method and its
parameters (the manifest says them): a published non-zero figure p means the true count is
in ``[max(k, p - D), p + D]``, a published 0 is 0, a hidden cell is any count >= 0. They
know how the tables of one export relate (cells add up to their totals, the same figure
appears in several tables, the reached/furthest relation), how exports relate (the same
period twice, a period and its parts, a merge and its inputs) and, for an edit, that one
learner moved from one cell to another in every table. ``pinned`` asks whether a linear
expression of the unknowns takes a single value over every solution consistent with all
of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # scipy is imported when a program is first solved: every pytest-xdist
    # worker imports this module while collecting, one of them solves (~2 s CPU each)
    from scipy.optimize import Bounds, LinearConstraint

from larsam_desktop.domain.statistics.cellkey import MAX_NOISE
from larsam_desktop.domain.statistics.protection import ProtectedTable
from larsam_desktop.domain.statistics.report import ProtectedReport

BIG = 10**6
Grid = list[list[int]]  # variable ids of a table's extended grid


@dataclass
class Attacker:
    k: int
    lower: list[float] = field(default_factory=list)
    upper: list[float] = field(default_factory=list)
    rows: list[tuple[dict[int, float], float, float]] = field(default_factory=list)
    _cache: tuple[object, LinearConstraint, Bounds, np.ndarray] | None = None
    # Solutions found so far, of the program as it is now (``_compiled``'s key): any one of
    # them is a consistent solution, so one that gives an expression another value than the
    # truth proves it is not pinned without solving again.
    _solutions: list[np.ndarray] = field(default_factory=list)
    _solutions_of: object = None

    # ---- building the program ---------------------------------------------------------------
    def binary(self) -> int:
        return self.var(0, 1)

    def var(self, lower: float = 0, upper: float = BIG) -> int:
        self.lower.append(lower)
        self.upper.append(upper)
        return len(self.lower) - 1

    def constrain(self, coefficients: Mapping[int, float], low: float, high: float) -> None:
        self.rows.append((dict(coefficients), low, high))

    def equal(self, a: int, b: int) -> None:
        self.constrain({a: 1, b: -1}, 0, 0)

    def bound(self, v: int, lower: float, upper: float) -> None:
        self.lower[v] = max(self.lower[v], lower)
        self.upper[v] = min(self.upper[v], upper)

    def table(
        self,
        protected: ProtectedTable,
        shared: dict[tuple[str, ...], int] | None = None,
        *,
        published: bool = True,
        perturbed: bool = True,
        exact: bool = False,
    ) -> Grid:
        """Unknowns for one table: its cells add up, and each published figure bounds its
        cell. ``shared`` maps a figure's key to its unknown within one export. ``exact``:
        every figure shown is read as its true count (protection off, for the tests of the
        attacker: suppression stays, the noise is gone)."""
        t = protected.table
        rows, columns = t.shape
        grid: Grid = []
        for r in range(rows):
            line = []
            for c in range(columns):
                key = t.key(r, c)
                if shared is not None and key in shared:
                    v = shared[key]
                else:
                    v = self.var()
                    if shared is not None:
                        shared[key] = v
                if published:
                    shown = protected.published(r, c)
                    if exact and shown is not None:
                        shown = t.values[r][c]
                    self._publish(v, shown, perturbed=perturbed and not exact)
                line.append(v)
            grid.append(line)
        for r in range(rows):
            self.constrain({**{grid[r][c]: 1 for c in range(columns - 1)}, grid[r][-1]: -1}, 0, 0)
        for c in range(columns):
            self.constrain({**{grid[r][c]: 1 for r in range(rows - 1)}, grid[-1][c]: -1}, 0, 0)
        return grid

    def _publish(self, v: int, value: int | None, *, perturbed: bool) -> None:
        if value is None:
            return
        if value == 0:
            self.bound(v, 0, 0)
        elif perturbed:
            self.bound(v, max(self.k, value - MAX_NOISE), value + MAX_NOISE)
        else:
            self.bound(v, value, value)

    def export(self, report: ProtectedReport, *, exact: bool = False) -> dict[str, Grid]:
        """Every table of one export, linked: shared figures, reached against furthest
        (``exact``: see ``table``)."""
        shared: dict[tuple[str, ...], int] = {}
        perturbed = report.manifest.merged_from == 1  # the manifest says the method
        grids = {
            p.table.name: self.table(p, shared, perturbed=perturbed, exact=exact)
            for p in report.tables
        }
        self.reached_and_furthest(report, grids)
        return grids

    def reached_and_furthest(self, report: ProtectedReport, grids: dict[str, Grid]) -> None:
        """Everyone whose furthest stage is s reached s; nobody reached s without a furthest
        stage of at least s."""
        furthest = grids["furthest_stage_by_cohort"][-1]
        reached = grids["stage_reached_by_term"][-1]
        stages = len(report.table("furthest_stage_by_cohort").table.columns)
        for s in range(stages):
            self.constrain({reached[s]: 1, furthest[s]: -1}, 0, BIG)
            self.constrain({reached[s]: 1, **{furthest[x]: -1 for x in range(s, stages)}}, -BIG, 0)

    # ---- solving ------------------------------------------------------------------------------
    def _compiled(self) -> tuple[LinearConstraint, Bounds, np.ndarray]:
        key = (len(self.lower), len(self.rows), tuple(self.lower), tuple(self.upper))
        if self._cache is None or self._cache[0] != key:
            from scipy.optimize import Bounds, LinearConstraint
            from scipy.sparse import lil_matrix

            n, m = len(self.lower), max(len(self.rows), 1)
            matrix = lil_matrix((m, n))
            low, high = np.zeros(m), np.zeros(m)
            for i, (coefficients, lo, hi) in enumerate(self.rows):
                for v, w in coefficients.items():
                    matrix[i, v] = w
                low[i], high[i] = lo, hi
            self._cache = (
                key,
                LinearConstraint(matrix.tocsr(), low, high),
                Bounds(np.array(self.lower), np.array(self.upper)),
                np.ones(n),
            )
        return self._cache[1], self._cache[2], self._cache[3]

    def _solve(self, objective: Mapping[int, float], sense: int) -> float | None:
        from scipy.optimize import milp

        constraints, bounds, integrality = self._compiled()
        c = np.zeros(len(self.lower))
        for v, w in objective.items():
            c[v] = sense * w
        result = milp(
            c,
            constraints=constraints,
            integrality=integrality,
            bounds=bounds,
            options={"time_limit": 20},
        )
        if result.status != 0 or result.x is None:
            return None
        self._known_solutions().append(np.asarray(result.x))
        return float(sense * result.fun)

    def _known_solutions(self) -> list[np.ndarray]:
        self._compiled()
        assert self._cache is not None
        if self._solutions_of != self._cache[0]:  # the program changed: they may not fit it
            self._solutions, self._solutions_of = [], self._cache[0]
        return self._solutions

    def feasible(self) -> bool:
        return self._solve({}, 1) is not None

    def pinned(self, expression: Mapping[int, float], truth: float) -> bool:
        """True when every consistent solution gives ``expression`` the value ``truth``."""
        for x in self._known_solutions():
            if round(sum(w * x[v] for v, w in expression.items())) != round(truth):
                return False  # a solution found earlier already gives it another value
        high = self._solve(expression, -1)
        if high is None or round(high) != round(truth):
            return False
        low = self._solve(expression, 1)
        return low is not None and round(low) == round(truth)


def hidden_small_cells(
    report: ProtectedReport, grids: Mapping[str, Grid], k: int
) -> Iterable[tuple[str, int, int, int, int]]:
    """(table, r, c, unknown, true value) of every hidden cell whose true count is 1..k-1."""
    for protected in report.tables:
        t = protected.table
        grid = grids[t.name]
        for r in range(t.shape[0]):
            for c in range(t.shape[1]):
                value = t.values[r][c]
                if protected.hidden(r, c) and value is not None and 0 < value < k:
                    yield t.name, r, c, grid[r][c], value


def assert_no_small_count_pinned(
    attacker: Attacker, exports: Sequence[tuple[ProtectedReport, Mapping[str, Grid]]]
) -> int:
    """Every hidden count of 1..k-1 in any export can take another value; returns how many
    cells were tried."""
    tried = 0
    for report, grids in exports:
        for name, r, c, v, value in hidden_small_cells(report, grids, attacker.k):
            tried += 1
            assert not attacker.pinned({v: 1}, value), (name, r, c, value)
    return tried


def assert_no_group_pinned_to_one_stage(
    attacker: Attacker, report: ProtectedReport, grids: Mapping[str, Grid]
) -> None:
    """Zero homogeneity: for a group of fewer than 2k learners all at one furthest stage,
    the attacker cannot prove that nobody in the group is at another stage."""
    for protected in report.tables:
        t = protected.table
        if t.population != "learners":
            continue
        rows, columns = t.shape
        for r in range(rows):
            total = t.values[r][-1] or 0
            nonzero = [c for c in range(columns - 1) if t.values[r][c]]
            if 0 < total < 2 * attacker.k and len(nonzero) == 1:
                others = {grids[t.name][r][c]: 1.0 for c in range(columns - 1) if c != nonzero[0]}
                assert not attacker.pinned(others, 0), (t.name, t.row_label(r))
