"""The services for one open data store, as the window uses them."""

from __future__ import annotations

from dataclasses import dataclass

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.caseload import CaseloadService
from larsam_desktop.services.coach_day import CoachDayServices
from larsam_desktop.services.courses import CourseRecordService
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.eligibility import EligibilityService
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.pathway import PathwayService
from larsam_desktop.services.profiles import ProfileService
from larsam_desktop.services.reference_data import ReferenceService
from larsam_desktop.services.store import OpenedStore
from larsam_desktop.services.target_standing import TargetStandings


@dataclass(frozen=True, slots=True)
class AppSession:
    paths: AppPaths
    store: OpenedStore
    learners: LearnerService
    caseload: CaseloadService
    reference: ReferenceService
    demo: DemoGenerator
    eligibility_data: EligibilityData
    pathway: PathwayService
    courses: CourseRecordService
    profiles: ProfileService
    eligibility: EligibilityService
    standings: TargetStandings

    @classmethod
    def create(cls, paths: AppPaths, store: OpenedStore) -> AppSession:
        database = store.database
        data = load_eligibility_data()
        return cls(
            paths,
            store,
            LearnerService(database),
            CaseloadService(database),
            ReferenceService(database),
            DemoGenerator(database),
            data,
            PathwayService(database),
            CourseRecordService(database, data),
            ProfileService(database, data),
            EligibilityService(database, data),
            TargetStandings(data),
        )

    @property
    def is_demo(self) -> bool:
        with self.store.database.unit_of_work() as uow:
            return uow.meta.is_demo()

    # ---- the coach's day (issue 5)
    @property
    def day(self) -> CoachDayServices:
        """Contacts, follow-ups, Today, activities, exams, exports — with the preferences
        as saved now (cheap to build: nothing is read from the database)."""
        return CoachDayServices.create(self.paths, self.store.database)

    @property
    def current_coach(self) -> str | None:
        """Who is using the program (File → Current coach…), or None until chosen: the
        default owner of follow-ups and "recorded by" of meetings and steps."""
        from larsam_desktop.services.preferences import load_preferences

        return load_preferences(self.paths).current_coach

    def close(self) -> None:
        self.store.database.dispose()
