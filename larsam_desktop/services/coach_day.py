"""The coach's day services for one open store, with the preferences of one data folder."""

from __future__ import annotations

from dataclasses import dataclass

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.calendar_export import CalendarExport
from larsam_desktop.services.caseload_export import CaseloadExport
from larsam_desktop.services.contacts import ContactService, FollowUpService
from larsam_desktop.services.lc_services import ActivityService, ExamBookingService
from larsam_desktop.services.preferences import Preferences, load_preferences
from larsam_desktop.services.today import TodayService
from larsam_desktop.storage.database import Database


@dataclass(frozen=True, slots=True)
class CoachDayServices:
    preferences: Preferences
    contacts: ContactService
    follow_ups: FollowUpService
    today: TodayService
    activities: ActivityService
    exams: ExamBookingService
    calendar: CalendarExport
    caseload_export: CaseloadExport

    @classmethod
    def create(cls, paths: AppPaths, database: Database) -> CoachDayServices:
        preferences = load_preferences(paths)
        return cls(
            preferences,
            ContactService(database),
            FollowUpService(database),
            TodayService(database),
            ActivityService(database),
            ExamBookingService(
                database,
                preferences.exams,
                de_facto_holidays=preferences.count_de_facto_holidays,
            ),
            CalendarExport(database),
            CaseloadExport(database),
        )

    @property
    def current_coach(self) -> str | None:
        return self.preferences.current_coach
