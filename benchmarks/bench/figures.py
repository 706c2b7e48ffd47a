"""A figure is one JSON line: name, value, unit, target (same unit, or null), and context."""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Figure:
    name: str
    value: float
    unit: str
    learners: int | None = None
    target: float | None = None  # the value must be <= target; None: for information
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool | None:
        return None if self.target is None else self.value <= self.target

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "value": _round(self.value),
            "unit": self.unit,
            "target": _round(self.target),
            "ok": self.ok,
            "learners": self.learners,
            **{key: _round(value) for key, value in self.extra.items()},
        }

    def as_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False)


def _round(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 2)
    if isinstance(value, list):
        return [_round(v) for v in value]
    if isinstance(value, dict):
        return {k: _round(v) for k, v in value.items()}
    return value


def percentile(values: Sequence[float], p: float) -> float:
    """The ``p``-th percentile (0–100), linear between closest ranks."""
    if not values:
        raise ValueError("no values")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)
