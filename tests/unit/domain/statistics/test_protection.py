"""Disclosure control: primary and secondary suppression, linked tables, quartiles."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from larsam_desktop.domain.errors import ValidationError
from larsam_desktop.domain.statistics.protection import (
    SUPPRESSED,
    CellStatus,
    ProtectedTable,
    hidden_bridges,
    protect,
    protect_all,
    protect_times,
    validate_k,
)
from larsam_desktop.domain.statistics.tables import CountTable, Quartiles, TimeTable, quartiles


def table(cells: list[list[int]], name: str = "t", population: str = "p") -> CountTable:
    return CountTable.from_cells(
        name=name,
        title=name,
        population=population,
        row_dimension="Group",
        column_dimension="Stage",
        rows=[f"r{i}" for i in range(len(cells))],
        columns=[f"c{j}" for j in range(len(cells[0]))],
        cells=cells,
    )


def recoverable(protected: ProtectedTable) -> set[tuple[int, int]]:
    """Hidden cells that the published cells and the row/column equations determine.

    An oracle independent of the bridge search: exact Gaussian elimination over the
    hidden cells' equations; a cell is determined when its unit vector lies in the row
    space of the equations.
    """
    rows, columns = protected.table.shape
    hidden = [(r, c) for r in range(rows) for c in range(columns) if protected.hidden(r, c)]
    index = {cell: i for i, cell in enumerate(hidden)}
    equations: list[list[Fraction]] = []
    for r in range(rows):  # row r: inner cells minus the row total
        equations.append([Fraction(0)] * len(hidden))
        for c in range(columns):
            if (r, c) in index:
                equations[-1][index[(r, c)]] = Fraction(-1 if c == columns - 1 else 1)
    for c in range(columns):
        equations.append([Fraction(0)] * len(hidden))
        for r in range(rows):
            if (r, c) in index:
                equations[-1][index[(r, c)]] = Fraction(-1 if r == rows - 1 else 1)
    basis = _row_reduce(equations)
    rank = len(basis)
    found = set()
    for cell, i in index.items():
        unit = [Fraction(0)] * len(hidden)
        unit[i] = Fraction(1)
        if len(_row_reduce([*basis, unit])) == rank:
            found.add(cell)
    return found


def _row_reduce(matrix: list[list[Fraction]]) -> list[list[Fraction]]:
    rows = [row[:] for row in matrix if any(row)]
    basis: list[list[Fraction]] = []
    width = len(rows[0]) if rows else 0
    for column in range(width):
        pivot = next((row for row in rows if row[column] != 0), None)
        if pivot is None:
            continue
        rows.remove(pivot)
        pivot = [v / pivot[column] for v in pivot]
        rows = [[a - row[column] * b for a, b in zip(row, pivot, strict=True)] for row in rows]
        rows = [row for row in rows if any(row)]
        basis.append(pivot)
    return basis


def test_small_counts_are_hidden_and_completed_into_a_rectangle() -> None:
    protected = protect(table([[3, 20, 30], [15, 14, 40], [12, 22, 50]]), 10)
    shown = [[protected.text(r, c) for c in range(4)] for r in range(4)]
    assert shown[0][0] == SUPPRESSED
    assert protected.status[0][0] is CellStatus.PRIMARY
    # Three more cells hide the 3: one in its row, one in its column, one closing the cycle.
    assert protected.hidden_count == 4
    assert shown[3] == ["30", "56", "120", "206"]  # totals stay published
    assert not recoverable(protected)


def test_zero_is_published_and_a_table_without_small_cells_is_untouched() -> None:
    protected = protect(table([[0, 20], [15, 14]]), 10)
    assert protected.hidden_count == 0
    assert protected.text(0, 0) == "0"


def test_a_small_total_is_hidden_with_a_partner() -> None:
    # Row total 7 < 10; every cell of the row is below 10 too.
    protected = protect(table([[3, 4], [40, 50], [30, 20]]), 10)
    assert protected.hidden(0, 2)
    assert not recoverable(protected)


def test_single_row_table() -> None:
    protected = protect(table([[3, 40, 50]]), 10)
    assert protected.hidden(0, 0)
    assert not recoverable(protected)


def test_k_below_five_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_k(4)
    assert caught.value.errors[0].field == "k"
    with pytest.raises(ValidationError):
        protect(table([[10]]), 3)
    assert validate_k(5) == 5


def test_bridges_in_a_chain_of_two_rectangles() -> None:
    p, h = CellStatus.PUBLISHED, CellStatus.PRIMARY
    # A rectangle (rows 0-1, columns 0-1) with a path hanging off it: every cell of the
    # path is determined, the rectangle's cells are not.
    status = [
        [h, h, p, p, p],
        [h, h, h, p, p],
        [p, p, h, h, p],
        [p, p, p, h, h],
        [p, p, p, p, p],
    ]
    assert hidden_bridges(status) == [(1, 2), (2, 2), (2, 3), (3, 3), (3, 4)]


grids = st.integers(min_value=1, max_value=5).flatmap(
    lambda rows: st.integers(min_value=1, max_value=5).flatmap(
        lambda columns: st.lists(
            st.lists(
                st.one_of(st.integers(0, 12), st.integers(0, 60)),
                min_size=columns,
                max_size=columns,
            ),
            min_size=rows,
            max_size=rows,
        )
    )
)


@settings(max_examples=300, deadline=None)
@given(cells=grids, k=st.integers(min_value=5, max_value=12))
def test_suppression_properties(cells: list[list[int]], k: int) -> None:
    protected = protect(table(cells), k)
    t = protected.table
    rows, columns = t.shape
    # 1. No published cell in 1..k-1.
    for r in range(rows):
        for c in range(columns):
            value = protected.published(r, c)
            assert value is None or value == 0 or value >= k
            if t.values[r][c] is not None and 0 < t.values[r][c] < k:  # type: ignore[operator]
                assert protected.status[r][c] is CellStatus.PRIMARY
    # 2. No row or column with exactly one hidden cell.
    for r in range(rows):
        assert sum(protected.hidden(r, c) for c in range(columns)) != 1
    for c in range(columns):
        assert sum(protected.hidden(r, c) for r in range(rows)) != 1
    # 3. Published totals equal the sum of their published and hidden parts.
    for r in range(rows):
        total = protected.published(r, columns - 1)
        if total is not None:
            assert total == sum(t.values[r][c] or 0 for c in range(columns - 1))
    for c in range(columns):
        total = protected.published(rows - 1, c)
        if total is not None:
            assert total == sum(t.values[r][c] or 0 for r in range(rows - 1))
    # 4. No hidden value can be worked out from the published ones (exact linear algebra).
    assert not recoverable(protected)


@settings(max_examples=100, deadline=None)
@given(cells=grids, k=st.integers(min_value=5, max_value=12))
def test_linked_tables_hide_a_shared_figure_everywhere(cells: list[list[int]], k: int) -> None:
    # Two breakdowns of the same learners: the same column totals and grand total.
    first = table(cells, "a")
    flipped = [list(row) for row in cells[::-1]]
    second = CountTable.from_cells(
        name="b",
        title="b",
        population="p",
        row_dimension="Other",
        column_dimension="Stage",
        rows=[f"s{i}" for i in range(len(flipped))],
        columns=[f"c{j}" for j in range(len(flipped[0]))],
        cells=flipped,
    )
    one, two = protect_all([first, second], k)
    rows = first.shape[0] - 1
    for c in range(first.shape[1]):
        assert one.hidden(rows, c) == two.hidden(rows, c)
        assert first.key(rows, c) == second.key(rows, c)
    assert not recoverable(one) and not recoverable(two)


def test_quartiles_only_from_groups_of_at_least_k() -> None:
    times = TimeTable(
        "m",
        "m",
        "Group",
        ("big", "small"),
        ("GB",),
        ((Quartiles(1.0, 2.0, 3.0),), (Quartiles(1.0, 1.5, 2.0),)),
        ((10,), (9,)),
    )
    protected = protect_times(times, 10)
    assert protected.published(0, 0) == (1.0, 2.0, 3.0)
    assert protected.published(1, 0) is None


def test_quartiles_interpolate_like_excel() -> None:
    assert quartiles([1, 2, 3, 4]) == Quartiles(1.75, 2.5, 3.25)
    assert quartiles([5]) == Quartiles(5, 5, 5)
    with pytest.raises(ValueError):
        quartiles([])
