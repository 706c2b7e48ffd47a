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


class Standing:
    """The courses a set of passed records satisfies, closed under covers and equivalences."""

    def __init__(
        self,
        passed: Mapping[str, int],
        catalogue: Catalogue,
        extra: Iterable[Equivalence] = (),
        refused: frozenset[str] = frozenset(),
    ) -> None:
        """``passed`` maps each passed course code to its best grade rank (E=1 … A=5);
        the one-to-one equivalences from ``refused`` codes do not count (a programme's)."""
        self._best: dict[str, Support] = {}
        extra_with: dict[str, list[Equivalence]] = {}
        for row in extra:
            for code in row.from_codes:
                extra_with.setdefault(code, []).append(row)
        work: deque[str] = deque()
        for code in sorted(passed):
            self._offer(code, Support(passed[code], (code,)), work)
        while work:
            code = work.popleft()
            support = self._best[code]
            for lower in catalogue.get(code).covers:
                self._offer(lower, support.derived(COVERS_SOURCE), work)
            for row in () if code in refused else catalogue.equivalences_from(code):
                for target in row.counts_as:
                    self._offer(target, support.derived(row.source), work)
            for row in (*catalogue.composites_with(code), *extra_with.get(code, ())):
                parts = [self._best.get(part) for part in row.from_codes]
                if all(parts):
                    combined = _combine([p for p in parts if p], row.source)
                    for target in row.counts_as:
                        self._offer(target, combined, work)

    def _offer(self, code: str, support: Support, work: deque[str]) -> None:
        current = self._best.get(code)
        if current is None or support.better_than(current):
            self._best[code] = support
            work.append(code)

    def rank(self, code: str) -> int:
        """The best grade rank ``code`` is satisfied with; 0 when it is not satisfied."""
        support = self._best.get(code)
        return support.rank if support else 0

    def support(self, code: str) -> Support | None:
        return self._best.get(code)


def _combine(parts: list[Support], source: str) -> Support:
    records: set[str] = set()
    via: set[str] = {source}
    for part in parts:
        records.update(part.records)
        via.update(part.via)
    return Support(min(part.rank for part in parts), tuple(sorted(records)), frozenset(via))
