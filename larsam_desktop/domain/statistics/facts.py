"""What statistics know about one learner: coarse attributes and the dates of milestones.

The service reads these from the database; nothing here identifies a person (no name,
number, address or free text), and dates are reduced to terms before anything is published.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from larsam_desktop.domain.pathway import Stage

# The main line, in order; side exits (paused, discontinued) are not stages reached.
MAIN_LINE: tuple[Stage, ...] = (
    Stage.KOMVUX,
    Stage.PREPARATION,
    Stage.GRUNDLAGGANDE,
    Stage.SARSKILD,
    Stage.APPLIED,
    Stage.ADMITTED,
    Stage.STUDYING,
    Stage.COMPLETED,
)
STAGE_LABELS: dict[Stage, str] = {
    Stage.KOMVUX: "Komvux",
    Stage.PREPARATION: "Preparation",
    Stage.GRUNDLAGGANDE: "Grundläggande behörighet",
    Stage.SARSKILD: "Särskild behörighet",
    Stage.APPLIED: "Applied",
    Stage.ADMITTED: "Admitted",
    Stage.STUDYING: "Studying",
    Stage.COMPLETED: "Completed",
}
# Milestones timed from the start: grundläggande, särskild behörighet, admission.
MILESTONES: tuple[Stage, ...] = (Stage.GRUNDLAGGANDE, Stage.SARSKILD, Stage.ADMITTED)


@dataclass(frozen=True, slots=True)
class LearnerFacts:
    start: date  # the first recorded step on the path
    reached: tuple[date | None, ...]  # first date each MAIN_LINE stage was reached
    municipality: str
    learning_centre: str
    gender: str  # domain.learner.Gender value
    birth_year: int
    foreign_born: bool | None
    first_generation: bool | None
    prior_education: str  # domain.learner.PriorEducation value
    preparation_kind: str | None  # the first preparation step's kind

    @property
    def furthest(self) -> int:
        """Index in MAIN_LINE of the furthest stage reached (0 when only started)."""
        return max((i for i, on in enumerate(self.reached) if on is not None), default=0)


def term_of(on: date) -> str:
    """``VT2026`` for January–June, ``HT2026`` for July–December (as antagning.se writes)."""
    return f"{'VT' if on.month <= 6 else 'HT'}{on.year}"


def term_sort_key(term: str) -> tuple[int, int]:
    return int(term[2:]), 0 if term.startswith("VT") else 1


def age_band(start: date, birth_year: int) -> str:
    age = start.year - birth_year
    if age < 25:
        return "< 25"
    if age < 35:
        return "25–34"
    if age < 45:
        return "35–44"
    return "45+"


AGE_BANDS = ("< 25", "25–34", "35–44", "45+")
