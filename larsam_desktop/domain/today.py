"""The coach's day: what the Today page and ``larsam-desktop today`` show, and its thresholds.

* follow-ups of the current coach that are overdue or due by the end of this week;
* the coach's learners with no contact of any kind for ``quiet_weeks`` weeks (or never);
* the coach's learners in the same pathway stage for longer than that stage's limit in
  months (``stage_months``; a stage without a limit — e.g. completed — is never "stuck");
* upcoming exam bookings of the coach's learners and upcoming activities.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Generic, TypeVar

from larsam_desktop.domain.pathway import Stage

DEFAULT_STAGE_MONTHS: Mapping[Stage, int] = {
    Stage.KOMVUX: 18,
    Stage.PREPARATION: 12,
    Stage.GRUNDLAGGANDE: 9,
    Stage.SARSKILD: 9,
    Stage.APPLIED: 6,
    Stage.ADMITTED: 4,
    Stage.PAUSED: 6,
}
DAYS_PER_MONTH = 30.44


@dataclass(frozen=True, slots=True)
class TodaySettings:
    quiet_weeks: int = 6
    stage_months: Mapping[Stage, int] = field(default_factory=lambda: dict(DEFAULT_STAGE_MONTHS))
    upcoming_days: int = 14
    row_limit: int = 200  # rows per section; the totals are counted in full

    def quiet_since(self, today: date) -> date:
        """Learners whose last contact was before this date have gone quiet."""
        return today - timedelta(weeks=self.quiet_weeks)

    def stuck_before(self, today: date) -> dict[Stage, date]:
        """Per stage with a limit: in that stage since before this date means stuck."""
        return {
            stage: today - timedelta(days=round(months * DAYS_PER_MONTH))
            for stage, months in self.stage_months.items()
            if months > 0
        }


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    id: int
    learner_id: int
    learner_name: str
    title: str
    due_on: date
    overdue: bool


@dataclass(frozen=True, slots=True)
class QuietRow:
    learner_id: int
    learner_name: str
    last_contact_on: date | None  # None: never contacted


@dataclass(frozen=True, slots=True)
class StuckRow:
    learner_id: int
    learner_name: str
    stage: Stage
    since: date


@dataclass(frozen=True, slots=True)
class UpcomingRow:
    """An exam booking (with a learner) or an activity (without one)."""

    kind: str  # "exam" or "activity"
    id: int
    on: date
    start: time
    title: str
    place: str
    learner_id: int | None
    learner_name: str


Row = TypeVar("Row")


@dataclass(frozen=True, slots=True)
class Section(Generic[Row]):
    rows: tuple[Row, ...]
    total: int


@dataclass(frozen=True, slots=True)
class TodayReport:
    coach: str
    today: date
    settings: TodaySettings
    follow_ups: Section[FollowUpRow]
    quiet: Section[QuietRow]
    stuck: Section[StuckRow]
    upcoming: Section[UpcomingRow]
    overdue: int  # of ``follow_ups.total``

    @property
    def attention(self) -> int:
        """What the navigation counts: follow-ups due, quiet and stuck learners."""
        return self.follow_ups.total + self.quiet.total + self.stuck.total
