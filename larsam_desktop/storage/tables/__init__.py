"""Mapped tables, one module per area. Portable between SQLite and PostgreSQL: no
dialect-only types. Everything is importable from ``larsam_desktop.storage.tables`` as before
(importing the package maps every table, so relationships across areas resolve)."""

from __future__ import annotations

from larsam_desktop.domain.audit import GENESIS_HASH as AUDIT_GENESIS_HASH
from larsam_desktop.storage.tables.base import (
    NAMING_CONVENTION,
    Base,
    SearchText,
    SortKey,
    UtcDateTime,
    new_record_key,
)
from larsam_desktop.storage.tables.coach_day import (
    ActivityParticipantRow,
    ActivityRow,
    ContactRow,
    ExamBookingRow,
    ExamRoomRow,
    FollowUpRow,
    RestrictedNoteRow,
)
from larsam_desktop.storage.tables.data_safety import (
    AuditEntryRow,
    AuditHead,
    LearnerHold,
    RetentionRule,
)
from larsam_desktop.storage.tables.group_gap_memo import GroupGapMemoRow
from larsam_desktop.storage.tables.offerings import (
    ActivityInvitationRow,
    OfferingMeetingRow,
    OfferingRow,
)
from larsam_desktop.storage.tables.people import (
    AppMeta,
    Coach,
    CourseRecordRow,
    Learner,
    LearnerProfile,
    LearningCentre,
    Municipality,
    PathwayTransition,
)
from larsam_desktop.storage.tables.plans import (
    StatisticsPublication,
    StudyPlanRevisionRow,
    StudyPlanRow,
)
from larsam_desktop.storage.tables.rule_book import (
    AdmissionCutoff,
    EligibilityDecision,
    HogskoleprovResult,
)
from larsam_desktop.storage.tables.university import (
    HogskoleprovSittingRow,
    MentorRow,
    NonEligibleApplicantRow,
    UniversityProgressRow,
)

__all__ = [
    "AUDIT_GENESIS_HASH",
    "NAMING_CONVENTION",
    "ActivityInvitationRow",
    "ActivityParticipantRow",
    "ActivityRow",
    "AdmissionCutoff",
    "AppMeta",
    "AuditEntryRow",
    "AuditHead",
    "Base",
    "Coach",
    "ContactRow",
    "CourseRecordRow",
    "EligibilityDecision",
    "ExamBookingRow",
    "ExamRoomRow",
    "FollowUpRow",
    "GroupGapMemoRow",
    "HogskoleprovResult",
    "HogskoleprovSittingRow",
    "Learner",
    "LearnerHold",
    "LearnerProfile",
    "LearningCentre",
    "MentorRow",
    "Municipality",
    "NonEligibleApplicantRow",
    "OfferingMeetingRow",
    "OfferingRow",
    "PathwayTransition",
    "RestrictedNoteRow",
    "RetentionRule",
    "SearchText",
    "SortKey",
    "StatisticsPublication",
    "StudyPlanRevisionRow",
    "StudyPlanRow",
    "UniversityProgressRow",
    "UtcDateTime",
    "new_record_key",
]
