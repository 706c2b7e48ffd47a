"""The caseload list: what a coach asks for (query) and what each row shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from larsam_desktop.domain.identity import mask_digits
from larsam_desktop.domain.learner import ProtectedIdentity
from larsam_desktop.domain.pathway import Stage
from larsam_desktop.domain.text import search_terms


class SortColumn(StrEnum):
    NAME = "name"
    PERSONNUMMER = "personnummer"
    MUNICIPALITY = "municipality"
    LEARNING_CENTRE = "learning_centre"
    COACH = "coach"
    CITY = "city"
    UPDATED = "updated"
    STAGE = "stage"  # in the order of the path
    IN_STAGE = "in_stage"  # longest in their stage first
    TARGET = "target"  # eligible first, then not yet, unknown, and no target last


class TargetStanding(StrEnum):
    """A learner against their target programme, as the caseload shows and filters it."""

    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    UNKNOWN = "unknown"  # the target is one the current rules do not know
    NO_TARGET = "no_target"

    @classmethod
    def of(cls, target_id: str | None, eligible: bool | None) -> TargetStanding:
        if target_id is None:
            return cls.NO_TARGET
        if eligible is None:
            return cls.UNKNOWN
        return cls.ELIGIBLE if eligible else cls.NOT_ELIGIBLE


TARGET_STANDING_RANK: dict[str, int] = {s.value: rank for rank, s in enumerate(TargetStanding)}


@dataclass(frozen=True, slots=True)
class CaseloadQuery:
    """Search text (every word must match), optional filters, and the order."""

    text: str = ""
    coach_id: int | None = None
    learning_centre_id: int | None = None
    municipality_code: str | None = None
    stage: str | None = None
    target_standing: TargetStanding | None = None
    sort: SortColumn = SortColumn.NAME
    descending: bool = False

    @property
    def terms(self) -> list[str]:
        return search_terms(self.text)


@dataclass(frozen=True, slots=True)
class CaseloadRow:
    """One learner as a list shows it. Address fields are blank for protected identities."""

    id: int
    given_name: str
    family_name: str
    personnummer: str | None
    birth_date: date | None
    birth_year: int
    municipality: str | None
    learning_centre: str | None
    coach: str | None
    phone: str | None
    email: str | None
    city: str | None
    protected_identity: ProtectedIdentity
    updated_at: datetime
    stage: str | None = None
    stage_since: date | None = None
    target_id: str | None = None
    target_standing: TargetStanding = TargetStanding.NO_TARGET

    @property
    def display_name(self) -> str:
        return f"{self.family_name}, {self.given_name}"

    def identity_text(self, *, show_full: bool = False) -> str:
        """Masked personnummer by default; the birth date when there is no number."""
        if self.personnummer:
            digits = self.personnummer
            return f"{digits[:8]}-{digits[8:]}" if show_full else mask_digits(digits)
        return self.birth_date.isoformat() if self.birth_date else str(self.birth_year)


def caseload_row(
    learner_id: int,
    given_name: str,
    family_name: str,
    personnummer: str | None,
    birth_date: date | None,
    birth_year: int,
    municipality: str | None,
    learning_centre: str | None,
    coach: str | None,
    phone: str | None,
    email: str | None,
    city: str | None,
    protection: str,
    updated_at: datetime,
    stage: str | None = None,
    stage_since: date | None = None,
    target_id: str | None = None,
    target_eligible: bool | None = None,
) -> CaseloadRow:
    """A list row from stored column values (in ``LIST_COLUMNS`` order), contact data masked."""
    protected = ProtectedIdentity(protection)
    return CaseloadRow(
        id=learner_id,
        given_name=given_name,
        family_name=family_name,
        personnummer=personnummer,
        birth_date=birth_date,
        birth_year=birth_year,
        municipality=municipality,
        learning_centre=learning_centre,
        coach=coach,
        phone=list_safe_address(protected, phone),
        email=list_safe_address(protected, email),
        city=list_safe_address(protected, city),
        protected_identity=protected,
        updated_at=updated_at,
        stage=stage,
        stage_since=stage_since,
        target_id=target_id,
        target_standing=TargetStanding.of(target_id, target_eligible),
    )


def list_safe_address(protection: ProtectedIdentity, value: str | None) -> str | None:
    """Address and contact data of a protected learner never appear in lists."""
    return None if protection.hides_address else value


# Sorting by stage follows the path (domain.pathway.Stage's order), side exits last.
STAGE_RANK: dict[str, int] = {stage.value: rank for rank, stage in enumerate(Stage)}
