"""Which courses a learner's passed records satisfy, and with which grade.

Starting from the best grade per passed course, the standing is closed under the catalogue's
relations until nothing improves:

* ``covers`` — a higher course of the same subject line satisfies the lower one;
* one-to-one equivalences — Svenska A counts as Svenska 1, Engelska nivå 2 as Engelska 6;
* composite equivalences — all of Biologi A, Kemi A, Fysik A together count as
  Naturkunskap 2 (with the lowest of their grades); programme-scoped substitutions join
  these for one programme.

For each satisfied course the standing keeps the best *support*: the highest grade, then the
fewest records, then the smallest codes — a total order, so the result does not depend on the
order of the records. Each support names the records it rests on (``satisfied_by``) and the
sources of the rules used to get there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from larsam_desktop.domain.courses.catalogue import COVERS_SOURCE, Catalogue, Equivalence


@dataclass(frozen=True, slots=True)
class Support:
    rank: int  # grade rank: E=1 … A=5
    records: tuple[str, ...]  # the learner's course codes, sorted
    via: tuple[str, ...] = ()  # sources of the rules applied, sorted

    def order(self) -> tuple[int, int, tuple[str, ...], tuple[str, ...]]:
        """Smaller is better."""
        return (-self.rank, len(self.records), self.records, self.via)

    def derived(self, source: str) -> Support:
        return Support(self.rank, self.records, _merge(self.via, (source,)))


class Standing:
    """The courses a set of passed records satisfies, closed under covers and equivalences."""

    def __init__(
        self,
        passed: Mapping[str, int],
        catalogue: Catalogue,
        extra: Iterable[Equivalence] = (),
    ) -> None:
        """``passed`` maps each passed course code to its best grade rank (E=1 … A=5)."""
        self._best: dict[str, Support] = {}
        for code in sorted(passed):
            self._offer(code, Support(passed[code], (code,)))
        composites = (*catalogue.composites, *extra)
        changed = True
        while changed:
            changed = False
            for code in sorted(self._best):
                support = self._best[code]
                for lower in catalogue.get(code).covers:
                    changed |= self._offer(lower, support.derived(COVERS_SOURCE))
                for row in catalogue.equivalences_from(code):
                    for target in row.counts_as:
                        changed |= self._offer(target, support.derived(row.source))
            for row in composites:
                parts = [self._best.get(code) for code in row.from_codes]
                if all(parts):
                    combined = _combine([p for p in parts if p], row.source)
                    for target in row.counts_as:
                        changed |= self._offer(target, combined)

    def _offer(self, code: str, support: Support) -> bool:
        current = self._best.get(code)
        if current is None or support.order() < current.order():
            self._best[code] = support
            return True
        return False

    def rank(self, code: str) -> int:
        """The best grade rank ``code`` is satisfied with; 0 when it is not satisfied."""
        support = self._best.get(code)
        return support.rank if support else 0

    def support(self, code: str) -> Support | None:
        return self._best.get(code)

    def satisfied(self) -> frozenset[str]:
        return frozenset(self._best)


def _combine(parts: list[Support], source: str) -> Support:
    records: tuple[str, ...] = ()
    via: tuple[str, ...] = (source,)
    for part in parts:
        records = _merge(records, part.records)
        via = _merge(via, part.via)
    return Support(min(part.rank for part in parts), records, via)


def _merge(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(set(first) | set(second)))
