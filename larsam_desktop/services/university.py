"""The services of the university's side of issue 17 (part 2), built together for the
window: mentors, högskoleprov sittings, progress lists and non-eligible applicants."""

from __future__ import annotations

from dataclasses import dataclass

from larsam_desktop.services.applicant_import import ApplicantImport
from larsam_desktop.services.eligibility_data import EligibilityData
from larsam_desktop.services.hogskoleprov_sittings import SittingService
from larsam_desktop.services.mentors import MentorService
from larsam_desktop.services.progress_import import ProgressImport
from larsam_desktop.storage.database import Database


@dataclass(frozen=True, slots=True)
class UniversityTools:
    mentors: MentorService
    sittings: SittingService
    progress: ProgressImport
    applicants: ApplicantImport
    data: EligibilityData

    @classmethod
    def create(cls, database: Database, data: EligibilityData) -> UniversityTools:
        """Cheap: the services only keep the handles."""
        return cls(
            MentorService(database),
            SittingService(database),
            ProgressImport(database),
            ApplicantImport(database, data),
            data,
        )
