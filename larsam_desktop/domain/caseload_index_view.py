"""Two small pieces of the caseload index that keep 100,000 learners cheap.

``IdView``: a search result as the index found it — positions into its name-ordered
columns — with each learner id looked up only when the table asks for that row. Building
a list of 100,000 ids for every keystroke that shows them all (an empty box, a sort, one
letter) cost ~5–10 ms of the GUI thread; the view costs nothing until rows are painted.

``Deferred``: a column kept encoded (as a snapshot stores it) until the index really needs
its values — a filter, a sort order to recompute after an edit. Reading the snapshot then
costs only the ids, the search texts and the prepared orders, and the unused columns never
become 100,000 Python objects each.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload


class IdView(Sequence[int]):
    """Learner ids at ``positions`` of ``ids`` (all of ``ids``, in order, when None).

    Read only, like the arrays it wraps (the index replaces its arrays, never changes them).
    """

    __slots__ = ("_ids", "_positions")

    def __init__(self, ids: array[int], positions: Sequence[int] | None = None) -> None:
        self._ids = ids
        self._positions = positions

    def __len__(self) -> int:
        return len(self._ids if self._positions is None else self._positions)

    @overload
    def __getitem__(self, item: int) -> int: ...

    @overload
    def __getitem__(self, item: slice) -> list[int]: ...

    def __getitem__(self, item: int | slice) -> int | list[int]:
        if self._positions is None:
            if isinstance(item, slice):
                return self._ids[item].tolist()
            return self._ids[item]
        if isinstance(item, slice):
            return list(map(self._ids.__getitem__, self._positions[item]))
        return self._ids[self._positions[item]]

    def __iter__(self) -> Iterator[int]:
        if self._positions is None:
            return iter(self._ids)
        return map(self._ids.__getitem__, self._positions)

    def __contains__(self, value: object) -> bool:
        try:
            self.index(value)  # type: ignore[arg-type]
        except ValueError:
            return False
        return True

    def index(self, value: int, start: int = 0, stop: int | None = None) -> int:
        """Where learner ``value`` is in this result (ValueError if it is not)."""
        if not isinstance(value, int):
            raise ValueError(value)
        stop = len(self) if stop is None else stop
        position = self._ids.index(value)  # ids are unique: one position at most (C speed)
        at = position if self._positions is None else self._positions.index(position)
        if not start <= at < stop:
            raise ValueError(value)
        return at

    def __eq__(self, other: object) -> bool:
        if isinstance(other, IdView | list | tuple):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def tolist(self) -> list[int]:
        return list(self)


class Deferred:
    """A column whose values are made only when first asked for (``values()``), once."""

    __slots__ = ("_decode", "count")

    def __init__(self, count: int, decode: Callable[[], list[Any]]) -> None:
        self.count = count
        self._decode = decode

    def __len__(self) -> int:
        return self.count

    def values(self) -> list[Any]:
        values = self._decode()
        if len(values) != self.count:
            raise ValueError("a deferred column decoded to the wrong length")
        return values
