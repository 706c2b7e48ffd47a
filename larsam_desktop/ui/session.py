"""``Services``: every service for one open data store, built once in the composition root.

``ui/application.py`` builds it off the GUI thread (after the first paint); the window hands
each page or dialog the one or two services it needs. Nothing below the composition root
builds a service from ``store.database`` itself. Building is cheap: the constructors only
keep the database handle (nothing is read).

The services of the study plan PDFs (ReportLab, Pillow, pikepdf), of the statistics (the
exports) and of the register extract are built on first use: importing them is most of
a second of CPU that the window's start need not wait for (issue 19). ``LATER_MODULES``
names them; the window imports them in the background once the store is open (``warm_up``,
``WARM_UP_MODULES``), so that the first use finds them loaded: a learner's page builds the
plan printer when it opens, the dashboard the statistics when first shown, both on the GUI
thread. What they hold is watched (issue 19 holds the window to 200 MB): the statistics
count with the standard library (no numpy: ~1–2 MB), the plan printer's ReportLab and
Pillow ~9 MB. A module that would pull in a large library nobody's next step needs belongs
in ``LATER_MODULES`` only.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.actor import release_actor_paths
from larsam_desktop.services.audit import AuditService, use_actor_paths
from larsam_desktop.services.backups import BackupService
from larsam_desktop.services.caseload import CaseloadService
from larsam_desktop.services.coach_day import CoachDayServices
from larsam_desktop.services.courses import CourseRecordService
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.eligibility import EligibilityService
from larsam_desktop.services.eligibility_data import EligibilityData, load_eligibility_data
from larsam_desktop.services.eligibility_decisions import DecisionService
from larsam_desktop.services.importing import ImportService
from larsam_desktop.services.learner_snapshot import LearnerSnapshots
from larsam_desktop.services.learners import LearnerService
from larsam_desktop.services.merit import MeritService
from larsam_desktop.services.pathway import PathwayService
from larsam_desktop.services.plans import PlanService
from larsam_desktop.services.profiles import ProfileService
from larsam_desktop.services.reference_data import ReferenceService
from larsam_desktop.services.retention import ErasureService, RetentionService
from larsam_desktop.services.store import OpenedStore, open_store
from larsam_desktop.services.target_standing import RefreshResult, TargetStandings

if TYPE_CHECKING:
    from larsam_desktop.services.access_request import AccessRequestService
    from larsam_desktop.services.demand_report import DemandTools
    from larsam_desktop.services.plan_printing import PlanPrinter
    from larsam_desktop.services.statistics import StatisticsService
    from larsam_desktop.services.statistics_register import StatisticsRegister
    from larsam_desktop.services.stats_export.export import StatisticsExporter
    from larsam_desktop.services.student_group import OfferingTools
    from larsam_desktop.services.university import UniversityTools

# Imported on first use (see the module's docstring).
LATER_MODULES = (
    "larsam_desktop.services.access_request",
    "larsam_desktop.services.plan_merit",
    "larsam_desktop.services.statistics",
    "larsam_desktop.services.statistics_register",
    "larsam_desktop.services.stats_export.export",
)
# Of those, imported ahead by ``warm_up``: what a page builds on the GUI thread when it
# opens (the learner's page: the plan printer; the dashboard: the statistics, the register
# and the exporter) or a menu's first step reads (the register extract).
WARM_UP_MODULES = LATER_MODULES


def warm_up() -> None:
    """Import what the pages build on first use (on a worker thread, after the store
    opened), so a learner's page or the dashboard opens without importing them."""
    for name in WARM_UP_MODULES:
        importlib.import_module(name)


@dataclass(frozen=True, slots=True)
class Services:
    """One frozen value holding every service of one open store.

    ``store`` is kept for the composition root (closing, describing the location) and for
    tests; pages and dialogs use the services, never ``store.database``.
    """

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
    plans: PlanService
    audit: AuditService
    backups: BackupService
    importing: ImportService
    retention: RetentionService
    erasure: ErasureService
    standings_current: Callable[[], bool]  # the stored standings follow today's rules
    refresh_standings: Callable[..., RefreshResult]  # (progress=, cancelled=)
    learner_snapshots: LearnerSnapshots
    merit: MeritService  # meritvärde, högskoleprov, cut-offs (issue 15)
    decisions: DecisionService  # the rule book's recorded decisions (issue 15)
    _later: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def create(cls, paths: AppPaths, store: OpenedStore) -> Services:
        database = store.database
        data = load_eligibility_data()
        plans = PlanService(database, data)
        standings = TargetStandings(data)
        use_actor_paths(paths)  # the audit log names this folder's current coach
        return cls(
            paths=paths,
            store=store,
            learners=LearnerService(database),
            caseload=CaseloadService(database),
            reference=ReferenceService(database),
            demo=DemoGenerator(database),
            eligibility_data=data,
            pathway=PathwayService(database),
            courses=CourseRecordService(database, data),
            profiles=ProfileService(database, data),
            eligibility=EligibilityService(database, data),
            standings=standings,
            plans=plans,
            audit=AuditService(database),
            backups=BackupService(paths, database),
            importing=ImportService(database),
            retention=RetentionService(database),
            erasure=ErasureService(database),
            standings_current=partial(standings.is_current, database),
            refresh_standings=partial(standings.refresh_all, database),
            learner_snapshots=LearnerSnapshots(database),
            merit=MeritService(database, data),
            decisions=DecisionService(database, data),
        )

    @classmethod
    def open(
        cls,
        paths: AppPaths,
        database_url: str | None = None,
        passphrase: str | None = None,
        *,
        check_later: bool = False,
    ) -> Services:
        """Open (check, migrate) the store and build the services; may raise ``UserError``.
        ``check_later``: the quick check goes on in the background and writes wait for it
        (services.integrity_later; the window watches it with ui/start_check.py)."""
        store = open_store(paths, database_url, passphrase=passphrase, check_later=check_later)
        return cls.create(paths, store)

    # ---- built on first use (see the module's docstring)
    def _built(self, name: str, build: Callable[[], Any]) -> Any:
        found = self._later.get(name)
        if found is None:
            found = self._later.setdefault(name, build())
        return found

    @property
    def plan_printer(self) -> PlanPrinter:
        def build() -> PlanPrinter:
            from larsam_desktop.services.plan_merit import MeritPlanPrinter

            database, data = self.store.database, self.eligibility_data
            return MeritPlanPrinter(database, self.plans, MeritService(database, data))

        return cast("PlanPrinter", self._built("plan_printer", build))

    @property
    def access_request(self) -> AccessRequestService:
        def build() -> AccessRequestService:
            from larsam_desktop.services.access_request import AccessRequestService

            return AccessRequestService(self.store.database)

        return cast("AccessRequestService", self._built("access_request", build))

    @property
    def statistics(self) -> StatisticsService:
        def build() -> StatisticsService:
            from larsam_desktop.services.statistics import StatisticsService

            return StatisticsService(self.store.database)

        return cast("StatisticsService", self._built("statistics", build))

    @property
    def stats_exporter(self) -> StatisticsExporter:
        def build() -> StatisticsExporter:
            from larsam_desktop.services.stats_export.export import StatisticsExporter

            return StatisticsExporter(self.store.database)

        return cast("StatisticsExporter", self._built("stats_exporter", build))

    @property
    def statistics_register(self) -> StatisticsRegister:
        def build() -> StatisticsRegister:
            from larsam_desktop.services.statistics_register import StatisticsRegister

            return StatisticsRegister(self.store.database)

        return cast("StatisticsRegister", self._built("statistics_register", build))

    @property
    def is_demo(self) -> bool:
        with self.store.database.unit_of_work() as uow:
            return uow.meta.is_demo()

    @property
    def is_local(self) -> bool:
        """A local file (backups, encryption) rather than a shared server."""
        return self.store.database.file_path is not None

    @property
    def location(self) -> str:
        """Where the caseload is stored, as a person reads it (no password)."""
        return self.store.database.describe()

    # ---- the coach's day (issue 5)
    @property
    def day(self) -> CoachDayServices:
        """Contacts, follow-ups, Today, activities, exams, exports — with the preferences
        as saved now (cheap to build: nothing is read from the database)."""
        return CoachDayServices.create(self.paths, self.store.database)

    @property
    def offerings(self) -> OfferingTools:
        """Programme offerings, their meetings, student groups and files (issue 17); cheap
        to build, as ``day``."""
        from larsam_desktop.services.student_group import OfferingTools
        from larsam_desktop.ui.stage_text import interface_language

        return OfferingTools.create(
            self.store.database, self.eligibility_data, interface_language()
        )

    @property
    def demand(self) -> DemandTools:
        """Course demand and the regional demand report (issue 17); cheap, as ``day``."""
        from larsam_desktop.services.demand_report import DemandTools

        return DemandTools.create(self.store.database, self.eligibility_data)

    @property
    def university(self) -> UniversityTools:
        """Mentors, högskoleprov sittings and the university's lists (issue 17); cheap."""
        from larsam_desktop.services.university import UniversityTools

        return UniversityTools.create(self.store.database, self.eligibility_data)

    @property
    def current_coach(self) -> str | None:
        """Who is using the program (File → Current coach…), or None until chosen: the
        default owner of follow-ups and "recorded by" of meetings and steps."""
        from larsam_desktop.services.preferences import load_preferences

        return load_preferences(self.paths).current_coach

    def release(self) -> None:
        """Let go of the database connections (before a file operation replaces the file)."""
        self.store.database.dispose()

    def close(self) -> None:
        from larsam_desktop.ui.workers import settle

        settle()  # no background task may still be using these connections
        self.store.database.dispose()
        release_actor_paths(self.paths)


AppSession = Services  # the name before issue 18; pages written against it keep working
