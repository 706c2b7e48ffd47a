"""What statistics know about one learner: coarse attributes and the dates of milestones.

The service reads these from the database; nothing here identifies a person (no name,
number, address or free text), and dates are reduced to terms before anything is published.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import compress
from typing import TypeVar

from larsam_desktop.domain.pathway import STAGE_TITLES, Stage

_T = TypeVar("_T")

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
# The language-neutral (English) titles the tables are computed with; labels.py translates.
STAGE_LABELS: dict[Stage, str] = {stage: STAGE_TITLES[stage].en for stage in MAIN_LINE}
# Milestones timed from the start: grundläggande, särskild behörighet, admission.
MILESTONES: tuple[Stage, ...] = (Stage.GRUNDLAGGANDE, Stage.SARSKILD, Stage.ADMITTED)


@dataclass(frozen=True, slots=True)
class LearnerFacts:
    start: date  # the first recorded step on the path
    reached: tuple[str | None, ...]  # term each MAIN_LINE stage was first reached, or None
    milestones: tuple[date | None, ...]  # first date of each of MILESTONES (never published)
    municipality: str
    learning_centre: str
    gender: str  # domain.learner.Gender value
    birth_year: int
    foreign_born: bool | None
    first_generation: bool | None
    prior_education: str  # domain.learner.PriorEducation value
    preparation_kind: str | None  # the first preparation step's kind
    record_key: int = 0  # the learner's permanent random key (cellkey.py); never published

    @property
    def furthest(self) -> int:
        """Index in MAIN_LINE of the furthest stage reached (0 when only started)."""
        return max((i for i, term in enumerate(self.reached) if term is not None), default=0)


@dataclass(frozen=True, slots=True)
class FactColumns:
    """The same facts for many learners, one list per attribute (``LearnerFacts`` turned
    sideways): counting a column with ``Counter(zip(...))`` runs at C speed."""

    start: Sequence[date]
    furthest: Sequence[int]
    reached: tuple[Sequence[str | None], ...]  # one column per MAIN_LINE stage
    milestones: tuple[Sequence[date | None], ...]  # one column per MILESTONES entry
    municipality: Sequence[str]
    learning_centre: Sequence[str]
    gender: Sequence[str]
    birth_year: Sequence[int]
    foreign_born: Sequence[bool | None]
    first_generation: Sequence[bool | None]
    prior_education: Sequence[str]
    preparation_kind: Sequence[str | None]
    record_key: Sequence[int]

    def __len__(self) -> int:
        return len(self.start)

    @classmethod
    def from_facts(cls, facts: Sequence[LearnerFacts]) -> FactColumns:
        return cls(
            [f.start for f in facts],
            [f.furthest for f in facts],
            tuple([f.reached[i] for f in facts] for i in range(len(MAIN_LINE))),
            tuple([f.milestones[i] for f in facts] for i in range(len(MILESTONES))),
            [f.municipality for f in facts],
            [f.learning_centre for f in facts],
            [f.gender for f in facts],
            [f.birth_year for f in facts],
            [f.foreign_born for f in facts],
            [f.first_generation for f in facts],
            [f.prior_education for f in facts],
            [f.preparation_kind for f in facts],
            [f.record_key for f in facts],
        )

    def select(self, keep: Sequence[bool]) -> FactColumns:
        """Only the learners where ``keep`` is true."""
        return FactColumns(
            _pick(self.start, keep),
            _pick(self.furthest, keep),
            tuple(_pick(c, keep) for c in self.reached),
            tuple(_pick(c, keep) for c in self.milestones),
            _pick(self.municipality, keep),
            _pick(self.learning_centre, keep),
            _pick(self.gender, keep),
            _pick(self.birth_year, keep),
            _pick(self.foreign_born, keep),
            _pick(self.first_generation, keep),
            _pick(self.prior_education, keep),
            _pick(self.preparation_kind, keep),
            _pick(self.record_key, keep),
        )


def _pick(column: Sequence[_T], keep: Sequence[bool]) -> list[_T]:
    return list(compress(column, keep))


def term_of(on: date) -> str:
    """``VT2026`` for January–June, ``HT2026`` for July–December (as antagning.se writes)."""
    return f"{'VT' if on.month <= 6 else 'HT'}{on.year}"


def term_from_code(code: int) -> str:
    """The term of ``year * 2 + (1 if autumn else 0)``, the form SQL computes cheaply."""
    year, autumn = divmod(code, 2)
    return f"{'HT' if autumn else 'VT'}{year}"


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
