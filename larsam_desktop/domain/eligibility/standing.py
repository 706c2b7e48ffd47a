"""Which courses a learner's passed records satisfy, and with which grade.

Starting from the best grade per passed course, the standing is closed under the catalogue's
relations until nothing improves:

* ``covers`` — a higher course of the same subject line satisfies the lower one;
* one-to-one equivalences — Svenska A counts as Svenska 1, Engelska nivå 2 as Engelska 6;
* composite equivalences — all of Biologi A, Kemi A, Fysik A together count as
  Naturkunskap 2 (with the lowest of their grades); programme-scoped substitutions join
  these for one programme.

For each satisfied course the standing keeps the best *support*: the highest grade, then the
fewest records. The work list starts from the passed codes in sorted order, so the result is a
function of the set of passed courses, never of the order they were entered in. Each support
names the records it rests on (``satisfied_by``) and the sources of the rules used.
"""

from __future__ import annotations

import weakref
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from larsam_desktop.domain.courses.catalogue import COVERS_SOURCE, Catalogue, Equivalence


@dataclass(frozen=True, slots=True)
class Support:
    rank: int  # grade rank: E=1 … A=5
    records: tuple[str, ...]  # the learner's course codes, sorted
    via: frozenset[str] = frozenset()  # sources of the rules applied

    def better_than(self, other: Support) -> bool:
        return (self.rank, -len(self.records)) > (other.rank, -len(other.records))

    def derived(self, source: str) -> Support:
        if source in self.via:
            return self
        return Support(self.rank, self.records, self.via | {source})


# A support while the standing is closed: (rank, records, via), as ``Support`` holds them.
_Held = tuple[int, tuple[str, ...], frozenset[str]]
# What the closure follows from one course: the courses it covers, its one-to-one
# equivalences (source, counts as) and the composite equivalences it is part of.
_Node = tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...], tuple[Equivalence, ...]]
_GRAPHS: weakref.WeakKeyDictionary[Catalogue, dict[str, _Node]] = weakref.WeakKeyDictionary()


def _graph(catalogue: Catalogue) -> dict[str, _Node]:
    found = _GRAPHS.get(catalogue)
    if found is None:
        found = _GRAPHS[catalogue] = {}
    return found


def _node(catalogue: Catalogue, graph: dict[str, _Node], code: str) -> _Node:
    found = graph[code] = (
        catalogue.get(code).covers,
        tuple((row.source, row.counts_as) for row in catalogue.equivalences_from(code)),
        tuple(catalogue.composites_with(code)),
    )
    return found


class Standing:
    """The courses a set of passed records satisfies, closed under covers and equivalences.

    ``ranks`` holds each satisfied course's best grade rank (what most checks read)."""

    __slots__ = ("_best", "ranks")

    def __init__(
        self,
        passed: Mapping[str, int],
        catalogue: Catalogue,
        extra: Iterable[Equivalence] = (),
        refused: frozenset[str] = frozenset(),
    ) -> None:
        """``passed`` maps each passed course code to its best grade rank (E=1 … A=5);
        the one-to-one equivalences from ``refused`` codes do not count (a programme's)."""
        best: dict[str, _Held] = {}
        extra_with: dict[str, list[Equivalence]] = {}
        for row in extra:
            for code in row.from_codes:
                extra_with.setdefault(code, []).append(row)
        work: deque[str] = deque()

        def offer(code: str, held: _Held) -> None:
            # better: a higher grade, then fewer records (``Support.better_than``)
            current = best.get(code)
            if (
                current is None
                or held[0] > current[0]
                or (held[0] == current[0] and len(held[1]) < len(current[1]))
            ):
                best[code] = held
                work.append(code)

        for code in sorted(passed):
            offer(code, (passed[code], (code,), frozenset()))
        graph = _graph(catalogue)
        while work:
            code = work.popleft()
            held = best[code]
            node = graph.get(code) or _node(catalogue, graph, code)
            covers, singles, composites = node
            if covers:
                derived = _derived(held, COVERS_SOURCE)
                for lower in covers:
                    offer(lower, derived)
            if singles and code not in refused:
                for source, counts_as in singles:
                    derived = _derived(held, source)
                    for target in counts_as:
                        offer(target, derived)
            if extra_with and code in extra_with:
                composites = (*composites, *extra_with[code])
            for row in composites:
                parts = [best.get(part) for part in row.from_codes]
                if all(parts):
                    combined = _combine([p for p in parts if p], row.source)
                    for target in row.counts_as:
                        offer(target, combined)
        self._best = best
        self.ranks: dict[str, int] = {code: held[0] for code, held in best.items()}

    def rank(self, code: str) -> int:
        """The best grade rank ``code`` is satisfied with; 0 when it is not satisfied."""
        return self.ranks.get(code, 0)

    def support(self, code: str) -> Support | None:
        held = self._best.get(code)
        return Support(*held) if held is not None else None

    def resting_on(self, codes: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The records the supports of ``codes`` (each satisfied) rest on, and the sources
        of the rules they use, each sorted."""
        records: set[str] = set()
        via: set[str] = set()
        best = self._best
        for code in codes:
            held = best[code]
            records.update(held[1])
            via.update(held[2])
        return tuple(sorted(records)), tuple(sorted(via))

    def differences(self, other: Standing) -> frozenset[str]:
        """The codes whose support (or its absence) differs between the two standings:
        whatever reads only other codes reads both alike."""
        mine, theirs = self._best, other._best
        return frozenset(
            code for code in mine.keys() | theirs.keys() if mine.get(code) != theirs.get(code)
        )


def _derived(held: _Held, source: str) -> _Held:
    via = held[2]
    return held if source in via else (held[0], held[1], via | {source})


def _combine(parts: list[_Held], source: str) -> _Held:
    records: set[str] = set()
    via: set[str] = {source}
    for part in parts:
        records.update(part[1])
        via.update(part[2])
    return (min(part[0] for part in parts), tuple(sorted(records)), frozenset(via))
