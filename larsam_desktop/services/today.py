"""The coach's day: what needs attention today, for the Today page and ``larsam-desktop today``."""

from __future__ import annotations

from datetime import timedelta

from larsam_desktop.domain.contacts import week_end
from larsam_desktop.domain.today import TodayReport, TodaySettings
from larsam_desktop.services.clock import Clock, local_today, utc_now
from larsam_desktop.services.coaches import coach_id_by_name
from larsam_desktop.storage.database import Database, UnitOfWork


class TodayService:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database = database
        self._clock = clock

    def report(self, coach: str, settings: TodaySettings | None = None) -> TodayReport:
        """Everything for one coach; raises ``UnknownCoach``. One read transaction."""
        settings = settings or TodaySettings()
        with self._database.unit_of_work(writes=False) as uow:
            return self._report(uow, coach, settings)

    def _report(self, uow: UnitOfWork, coach: str, settings: TodaySettings) -> TodayReport:
        today = local_today(self._clock)
        limit = settings.row_limit
        coach_id = coach_id_by_name(uow, coach)
        name = next(c.name for c in uow.reference.coaches() if c.key == coach_id)
        follow_ups, overdue = uow.today.follow_ups(
            coach_id, today=today, until=week_end(today), limit=limit
        )
        quiet = uow.today.quiet(coach_id, since=settings.quiet_since(today), limit=limit)
        stuck = uow.today.stuck(coach_id, before=settings.stuck_before(today), limit=limit)
        upcoming = uow.today.upcoming(
            coach_id,
            first=today,
            last=today + timedelta(days=settings.upcoming_days),
            limit=limit,
        )
        return TodayReport(name, today, settings, follow_ups, quiet, stuck, upcoming, overdue)

    def day(
        self, coach: str | None, settings: TodaySettings | None = None
    ) -> tuple[list[str], TodayReport | None]:
        """The coaches' names and, when ``coach`` is one of them, their report: what the
        Today page shows (two read transactions; no lock is taken)."""
        with self._database.unit_of_work(writes=False) as uow:
            names = [c.name for c in uow.reference.coaches()]
        if coach is None or coach not in names:
            return names, None
        return names, self.report(coach, settings)
