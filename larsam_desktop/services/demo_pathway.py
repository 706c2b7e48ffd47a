"""Plausible pathway histories for demo learners (komvux → … → studying, side exits)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from larsam_desktop.domain.pathway import PreparationKind, Stage

# Where demo learners stand today (rough shares; most are early on the path).
_CURRENT = {
    Stage.KOMVUX: 0.30,
    Stage.PREPARATION: 0.18,
    Stage.GRUNDLAGGANDE: 0.14,
    Stage.SARSKILD: 0.10,
    Stage.APPLIED: 0.08,
    Stage.ADMITTED: 0.04,
    Stage.STUDYING: 0.07,
    Stage.COMPLETED: 0.02,
    Stage.PAUSED: 0.04,
    Stage.DISCONTINUED: 0.03,
}
_FORWARD = (
    Stage.KOMVUX,
    Stage.PREPARATION,
    Stage.GRUNDLAGGANDE,
    Stage.SARSKILD,
    Stage.APPLIED,
    Stage.ADMITTED,
    Stage.STUDYING,
    Stage.COMPLETED,
)
_REASONS = ("Arbete", "Flytt", "Föräldraledighet", "Ekonomi", "Byte av studieväg")


def demo_path(
    rng: random.Random, today: date, place: str, coach: str, no_steps_share: float = 0.08
) -> list[dict[str, Any]]:
    """The steps of one learner, oldest first, as column values without ``learner_id``."""
    if rng.random() < no_steps_share:
        return []  # newly registered: nothing recorded yet
    current = rng.choices(list(_CURRENT), list(_CURRENT.values()))[0]
    side_exit = current if current in (Stage.PAUSED, Stage.DISCONTINUED) else None
    last = rng.choice(_FORWARD[:5]) if side_exit else current
    stages = [
        s
        for s in _FORWARD[: _FORWARD.index(last) + 1]
        if s is not Stage.PREPARATION or rng.random() < 0.7 or s is last
    ]
    if side_exit is not None:
        stages.append(side_exit)
    gaps = [rng.randint(30, 240) for _ in stages]
    span = rng.randint(max(len(stages) * 10, 60), 1500)
    scale = min(1.0, span / sum(gaps))
    on = today - timedelta(days=span)
    steps = []
    for stage, gap in zip(stages, gaps, strict=True):
        on = min(today, on + timedelta(days=max(1, int(gap * scale))))
        preparation = stage is Stage.PREPARATION
        steps.append(
            {
                "stage": stage.value,
                "preparation_kind": rng.choice(list(PreparationKind)).value
                if preparation
                else None,
                "preparation_place": place if preparation else None,
                "reason": rng.choice(_REASONS) if stage.is_side_exit else None,
                "on_date": on,
                "recorded_by": coach,
            }
        )
    return steps
