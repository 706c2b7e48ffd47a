"""What a service call changed, so that every open page can decide whether to refresh."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Changes:
    learners: frozenset[int] = field(default_factory=frozenset)
    learners_bulk: bool = False  # many learners at once (demo, import): reload lists
    reference: bool = False  # municipalities, learning centres or coaches
    database_replaced: bool = False
    coach_day: bool = False  # contacts, follow-ups, activities, exam bookings (Today page)

    @property
    def caseload(self) -> bool:
        return bool(self.learners) or self.learners_bulk or self.database_replaced
