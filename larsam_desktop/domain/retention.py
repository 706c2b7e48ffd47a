"""Retention (gallring): how long each type of record is kept, as the municipality decided.

The periods are settings, each with a field for the decision's reference (the
municipality's information-management plan, SKR "Bevara eller gallra"). The defaults
below are documented starting points, not law: a municipality must set its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from larsam_desktop.domain.errors import FieldError, ValidationError

MAX_MONTHS = 1200


class RecordType(StrEnum):
    # A learner whose path ended (completed or discontinued): the whole case record.
    CLOSED_CASE = "closed_case"
    # A learner nobody has changed for the period, whatever their stage.
    INACTIVE_LEARNER = "inactive_learner"
    # The audit log (it is personal data too, with its own retention).
    AUDIT_LOG = "audit_log"


@dataclass(frozen=True, slots=True)
class RetentionDefault:
    record_type: RecordType
    keep_months: int | None  # None: kept until a decision says otherwise
    description: str


DEFAULTS: dict[RecordType, RetentionDefault] = {
    RecordType.CLOSED_CASE: RetentionDefault(
        RecordType.CLOSED_CASE,
        24,
        "Learners whose path ended (completed or discontinued): 2 years after the last step, "
        "as a provider deletes the individual study plan 2 years after studies end "
        "(Skolverket example).",
    ),
    RecordType.INACTIVE_LEARNER: RetentionDefault(
        RecordType.INACTIVE_LEARNER,
        None,
        "Learners not changed for the period, whatever their stage: kept until decided.",
    ),
    RecordType.AUDIT_LOG: RetentionDefault(
        RecordType.AUDIT_LOG,
        36,
        "Audit log entries: 3 years, the oldest first (the chain keeps its start point).",
    ),
}


@dataclass(frozen=True, slots=True)
class RetentionRuleValue:
    record_type: RecordType
    keep_months: int | None
    decision_reference: str | None


def validate_rule(
    record_type: str, keep_months: int | None, decision_reference: str | None
) -> RetentionRuleValue:
    problems: list[FieldError] = []
    try:
        kind = RecordType(record_type)
    except ValueError:
        problems.append(
            FieldError(
                "record_type", "unknown", "Unknown record type {name}.", {"name": record_type}
            )
        )
        kind = RecordType.CLOSED_CASE
    if keep_months is not None and not 1 <= keep_months <= MAX_MONTHS:
        problems.append(
            FieldError(
                "keep_months", "range", "Keep between 1 and {max} months.", {"max": MAX_MONTHS}
            )
        )
    reference = (decision_reference or "").strip() or None
    if reference is not None and len(reference) > 200:
        problems.append(FieldError("decision_reference", "too_long", "At most 200 characters."))
    if problems:
        raise ValidationError(problems)
    return RetentionRuleValue(kind, keep_months, reference)


def cutoff(today: date, keep_months: int) -> date:
    """The first day that is still kept: ``today`` minus the months (end-of-month safe)."""
    month_index = today.year * 12 + today.month - 1 - keep_months
    year, month = divmod(month_index, 12)
    month += 1
    last_day = [31, 29 if _leap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return date(year, month, min(today.day, last_day))


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
