"""The attacker of issue 12 against team mode (issue 16): each team (lärcentrum) publishes
its own exports with its own register, and a reader holds two teams' exports of the same
period.

* **Overlapping caseloads**: some learners are visible in both teams (a coach in two teams,
  a learner followed by both); the reader knows each team's export is its own learners plus
  the shared ones (and when one team's learners are all the other's too), and solves for
  all three groups together.
* **Adjacent caseloads**: one team's caseload is the other's plus one learner; the reader
  knows the two differ by exactly one learner (one team's export minus the other's) and
  asks for that learner's group.

Neither may pin a hidden count of 1..k-1 (in the exports or in the groups behind them) nor
the one learner's group. ``test_attacker_itself`` shows the same attacks find the leak when
the figures are published without perturbation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

import pytest
from attacker import Attacker, Grid, hidden_small_cells
from depth import rounds
from hypothesis import given, settings
from hypothesis import strategies as st
from test_attacker import (
    QUICK,
    YEAR_2025,
    Person,
    _cell,
    _group,
    _is_empty_period,
    _labels,
    people,
    report,
)

from larsam_desktop.domain.statistics.report import ProtectedReport

pytestmark = pytest.mark.heavy  # integer programs: seconds per cohort, scheduled first
K = 5


def latent_parts(attacker: Attacker, shape: ProtectedReport, count: int) -> list[dict[str, Grid]]:
    """``count`` unpublished groups, each a full set of tables shaped like ``shape``."""
    return [
        {p.table.name: attacker.table(p, published=False) for p in shape.tables}
        for _ in range(count)
    ]


def is_sum_of(
    attacker: Attacker,
    whole: tuple[ProtectedReport, Mapping[str, Grid]],
    shape: ProtectedReport,
    parts: Sequence[Mapping[str, Grid]],
) -> None:
    """Every cell of ``whole`` is the sum of the same cell of ``parts`` (shaped like
    ``shape``); a row the whole does not list is empty in every part."""
    report_w, grids_w = whole
    for name, grid in grids_w.items():
        rows = [*_labels(report_w, name), "Total"]
        shape_rows = _labels(shape, name)
        for r, label in enumerate(rows):
            for c in range(len(grid[0])):
                terms: dict[int, float] = {grid[r][c]: -1.0}
                for part in parts:
                    v = _cell(part[name], shape_rows, label, c)
                    if v is not None:
                        terms[v] = terms.get(v, 0.0) + 1.0
                attacker.constrain(terms, 0, 0)
        for label in shape_rows:
            if label not in rows:
                for part in parts:
                    for c in range(len(grid[0])):
                        v = _cell(part[name], shape_rows, label, c)
                        assert v is not None
                        attacker.bound(v, 0, 0)


Leak = tuple[object, ...]  # what the attacker pinned, for the message


def small_counts_pinned(
    attacker: Attacker, exports: Sequence[tuple[ProtectedReport, Mapping[str, Grid]]]
) -> list[Leak]:
    """Every hidden count of 1..k-1 of the exports that the attacker pins."""
    return [
        ("hidden", name, r, c, value)
        for report_, grids in exports
        for name, r, c, v, value in hidden_small_cells(report_, grids, K)
        if attacker.pinned({v: 1}, value)
    ]


def small_parts_pinned(
    attacker: Attacker,
    shape: ProtectedReport,
    parts: Sequence[tuple[Sequence[Person], Mapping[str, Grid]]],
) -> list[Leak]:
    """Every cell of a group behind the exports with a true count of 1..k-1 that the
    attacker pins."""
    found: list[Leak] = []
    for persons, grids in parts:
        if not persons:
            continue
        truth = report(persons, YEAR_2025, K)
        for protected in shape.tables:
            name = protected.table.name
            true_rows = _labels(truth, name)
            for r, label in enumerate([*_labels(shape, name), "Total"]):
                if label != "Total" and label not in true_rows:
                    continue
                row = true_rows.index(label) if label != "Total" else -1
                for c in range(protected.table.shape[1]):
                    value = truth.table(name).table.values[row][c]
                    if (
                        value is not None
                        and 0 < value < K
                        and attacker.pinned({grids[name][r][c]: 1}, value)
                    ):
                        found.append(("part", name, label, c, value))
    return found


def overlapping_attack(
    only_a: Sequence[Person],
    only_b: Sequence[Person],
    shared: Sequence[Person],
    *,
    exact: bool = False,
) -> list[Leak]:
    """Both teams' exports and the three groups behind them, solved together: what the
    attacker pins (``exact``: every figure shown read as its true count, protection off
    for the test of the attacker)."""
    everyone = [*only_a, *only_b, *shared]
    team_a = report([*only_a, *shared], YEAR_2025, K)
    team_b = report([*only_b, *shared], YEAR_2025, K)
    shape = report(everyone, YEAR_2025, K)  # labels only: never published
    attacker = Attacker(k=K)
    g_a = attacker.export(team_a, exact=exact)
    g_b = attacker.export(team_b, exact=exact)
    l_only_a, l_only_b, l_shared = latent_parts(attacker, shape, 3)
    is_sum_of(attacker, (team_a, g_a), shape, [l_only_a, l_shared])
    is_sum_of(attacker, (team_b, g_b), shape, [l_only_b, l_shared])
    if not only_b:  # the reader knows it: team B's learners are all team A's too
        for protected in shape.tables:
            if protected.table.population == "learners":
                attacker.bound(l_only_b[protected.table.name][-1][-1], 0, 0)
    assert attacker.feasible()  # the truth is one solution: the model is sound
    return [
        *small_counts_pinned(attacker, [(team_a, g_a), (team_b, g_b)]),
        *small_parts_pinned(
            attacker, shape, [(only_a, l_only_a), (only_b, l_only_b), (shared, l_shared)]
        ),
    ]


def adjacent_attack(persons: Sequence[Person], extra: Person, *, exact: bool = False) -> list[Leak]:
    """Team A's caseload is team B's plus ``extra``; the reader knows they differ by one
    learner and asks, table by table, for that learner's group: what the attacker pins."""
    team_a = report([*persons, extra], YEAR_2025, K)
    team_b = report(persons, YEAR_2025, K)
    attacker = Attacker(k=K)
    g_a = attacker.export(team_a, exact=exact)
    g_b = attacker.export(team_b, exact=exact)
    (l_extra, l_rest) = latent_parts(attacker, team_a, 2)
    is_sum_of(attacker, (team_a, g_a), team_a, [l_extra, l_rest])
    is_sum_of(attacker, (team_b, g_b), team_a, [l_rest])
    truth: list[tuple[int, str, str]] = []
    for protected in team_a.tables:
        t = protected.table
        if t.population != "learners":
            continue
        attacker.bound(l_extra[t.name][-1][-1], 1, 1)  # one learner
        group = _group(t.name, extra)
        if group is not None:
            truth.append((l_extra[t.name][list(t.rows).index(group)][-1], t.name, group))
    assert attacker.feasible()
    return [
        *small_counts_pinned(attacker, [(team_a, g_a), (team_b, g_b)]),
        *(("learner", name, group) for v, name, group in truth if attacker.pinned({v: 1}, 1)),
    ]


shared_cohorts = st.lists(people(), min_size=3, max_size=24).map(
    lambda ps: [
        replace(p, learning_centre=("Lärcentrum A", "Lärcentrum B")[n % 2])
        for n, p in enumerate(ps)
    ]
)


@settings(QUICK, max_examples=rounds(4, 12))  # cohorts (tests/depth.py)
@given(persons=shared_cohorts, every=st.integers(2, 4))
def test_two_teams_whose_caseloads_overlap(persons: list[Person], every: int) -> None:
    shared = persons[::every]
    rest = [p for n, p in enumerate(persons) if n % every]
    only_a = [p for p in rest if p.learning_centre == "Lärcentrum A"]
    only_b = [p for p in rest if p.learning_centre == "Lärcentrum B"]
    if any(_is_empty_period(g, YEAR_2025) for g in ([*only_a, *shared], [*only_b, *shared])):
        return
    assert overlapping_attack(only_a, only_b, shared) == []


@settings(QUICK, max_examples=rounds(4, 12))
@given(persons=st.lists(people(), min_size=1, max_size=30), extra=people())
def test_one_teams_caseload_is_the_others_plus_one_learner(
    persons: list[Person], extra: Person
) -> None:
    if _is_empty_period(persons, YEAR_2025):
        return
    assert adjacent_attack(persons, extra) == []
