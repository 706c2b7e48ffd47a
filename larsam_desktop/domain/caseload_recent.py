"""The caseload index's recent results, for backspacing and typing on.

Backspacing returns to an earlier search (found here at once), and typing one more letter
narrows within an earlier result instead of scanning every learner. Results are kept as
positions in the index's columns (4 bytes each); a prepared sort order is kept as itself.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from typing import Any

# Recent results kept: up to 64, holding at most 2 million positions of their own (8 MB; a
# prepared order remembered as itself costs nothing). Typing four words and backspacing
# them makes ~25 results, so a coach who searches a name again finds it remembered; a count
# alone (24) let the long ones push out the expensive one-letter results.
RECENT_RESULTS = 64
RECENT_POSITIONS = 2_000_000

Key = tuple[tuple[Any, ...], tuple[str, ...]]  # (order and filters, the words)


class RecentResults:
    """Results by (order and filters, words); ``shared(positions)`` tells a prepared order,
    which costs nothing to keep."""

    def __init__(self, shared: Callable[[array[int]], bool]) -> None:
        self._results: OrderedDict[Key, array[int]] = OrderedDict()
        self._shared = shared
        self.held = 0  # positions held by the remembered results (prepared orders: none)

    def get(self, key: Key) -> array[int] | None:
        found = self._results.get(key)
        if found is not None:
            self._results.move_to_end(key)
        return found

    def values(self) -> Iterator[array[int]]:
        return iter(self._results.values())

    def __len__(self) -> int:
        return len(self._results)

    def clear(self) -> None:
        self._results.clear()
        self.held = 0

    def remember(self, key: Key, keep: Sequence[int]) -> array[int]:
        # Positions fit in 4 bytes: a remembered result costs at most 0.4 MB at 100,000;
        # a prepared order is remembered as itself (no copy).
        positions = keep if isinstance(keep, array) else array("i", keep)
        results = self._results
        if key in results:
            self.held -= self.own_size(results.pop(key))
        results[key] = positions
        self.held += self.own_size(positions)
        while len(results) > 1 and (len(results) > RECENT_RESULTS or self.held > RECENT_POSITIONS):
            _, dropped = results.popitem(last=False)
            self.held -= self.own_size(dropped)
        return positions

    def own_size(self, positions: array[int]) -> int:
        """Positions a remembered result holds of its own (a prepared order: none)."""
        return 0 if self._shared(positions) else len(positions)

    def narrowest_earlier(self, view: tuple[Any, ...], terms: tuple[str, ...]) -> array[int] | None:
        """The smallest remembered result that must contain the new one.

        Typing one more letter is the common case: if every earlier word is contained in some
        new word, with the same filters and order, the new result lies inside the earlier one.
        """
        best: array[int] | None = None
        for (earlier_view, earlier_terms), positions in self._results.items():
            if (
                earlier_view == view
                and earlier_terms
                and all(any(old in new for new in terms) for old in earlier_terms)
                and (best is None or len(positions) < len(best))
            ):
                best = positions
        return best  # read only
