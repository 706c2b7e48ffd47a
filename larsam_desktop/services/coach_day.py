"""The coach's day services for one open store, with the preferences of one data folder.

The Today page needs only the contacts, follow-ups and the day's report; the calendar
export (icalendar, dateutil, zoneinfo), the Lärcentrum services (the Swedish holidays) and
the caseload export are imported on first use, not when the window opens its store
(issue 19: ~0.3 s of CPU and ~11 MB the window's start does without).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.contacts import ContactService, FollowUpService
from larsam_desktop.services.preferences import Preferences, load_preferences
from larsam_desktop.services.today import TodayService
from larsam_desktop.storage.database import Database

if TYPE_CHECKING:
    from larsam_desktop.services.calendar_export import CalendarExport
    from larsam_desktop.services.caseload_export import CaseloadExport
    from larsam_desktop.services.lc_services import ActivityService, ExamBookingService


@dataclass(frozen=True, slots=True)
class CoachDayServices:
    preferences: Preferences
    contacts: ContactService
    follow_ups: FollowUpService
    today: TodayService
    database: Database

    @classmethod
    def create(cls, paths: AppPaths, database: Database) -> CoachDayServices:
        return cls(
            load_preferences(paths),
            ContactService(database),
            FollowUpService(database),
            TodayService(database),
            database,
        )

    # Built on each use, as the whole value is (nothing is read until a method is called).
    @property
    def activities(self) -> ActivityService:
        from larsam_desktop.services.lc_services import ActivityService

        return ActivityService(self.database)

    @property
    def exams(self) -> ExamBookingService:
        from larsam_desktop.services.lc_services import ExamBookingService

        preferences = self.preferences
        return ExamBookingService(
            self.database,
            preferences.exams,
            de_facto_holidays=preferences.count_de_facto_holidays,
        )

    @property
    def calendar(self) -> CalendarExport:
        from larsam_desktop.services.calendar_export import CalendarExport

        return CalendarExport(self.database)

    @property
    def caseload_export(self) -> CaseloadExport:
        from larsam_desktop.services.caseload_export import CaseloadExport

        return CaseloadExport(self.database)

    @property
    def current_coach(self) -> str | None:
        return self.preferences.current_coach
