"""Recorded decisions that routes to grundläggande behörighet rest on.

A university's decision on reell kompetens, UHR's or a university's assessment of foreign
upper-secondary education, a passed behörighetsprov and an earlier verdict of grundläggande
behörighet ("once eligible, always eligible") are not things a transcript shows: the coach
records each with its date, who decided and the document, and the transcript's matching
fact (``RECORDED_FACTS``) holds while such a record exists.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from larsam_desktop.domain.courses.qualifications import Qualifications
from larsam_desktop.domain.errors import FieldError, ValidationError


class DecisionKind(StrEnum):
    """The kinds, named as the transcript facts they make true."""

    UNIVERSITY_DECISION = "university_decision"  # reell kompetens, decided by a university
    FOREIGN_ASSESSMENT = "foreign_assessment"
    BEHORIGHETSPROV_PASSED = "behorighetsprov_passed"
    EARLIER_ELIGIBILITY = "earlier_eligibility"


@dataclass(frozen=True, slots=True)
class RecordedDecision:
    kind: DecisionKind
    decided_on: date
    decided_by: str  # the university or authority
    document: str  # the document it is recorded in (its name, number or reference)
    note: str | None = None


@dataclass(frozen=True, slots=True)
class StoredDecision:
    id: int
    learner_id: int
    decision: RecordedDecision
    recorded_at: datetime


_LIMITS = {"decided_by": 150, "document": 300, "note": 500}


def validate_decision(
    kind: str, decided_on: date | None, decided_by: str, document: str, note: str, today: date
) -> RecordedDecision:
    """Check a decision as entered; raise ``ValidationError`` naming every problem."""
    errors: list[FieldError] = []
    try:
        parsed_kind: DecisionKind | None = DecisionKind(kind)
    except ValueError:
        parsed_kind = None
        errors.append(
            FieldError(
                "kind",
                "invalid_kind",
                "Unknown kind of decision {kind}.",
                {"kind": kind},
            )
        )
    if decided_on is None:
        errors.append(FieldError("decided_on", "required", "Enter the date of the decision."))
    elif decided_on > today:
        errors.append(
            FieldError("decided_on", "future_date", "A decision cannot be dated in the future.")
        )
    texts = {"decided_by": decided_by.strip(), "document": document.strip(), "note": note.strip()}
    if not texts["decided_by"]:
        errors.append(FieldError("decided_by", "required", "Enter who made the decision."))
    if not texts["document"]:
        errors.append(FieldError("document", "required", "Enter the document it is recorded in."))
    for field, limit in _LIMITS.items():
        if len(texts[field]) > limit:
            errors.append(
                FieldError(field, "too_long", "At most {limit} characters.", {"limit": limit})
            )
    if errors or parsed_kind is None or decided_on is None:
        raise ValidationError(errors)
    return RecordedDecision(
        parsed_kind, decided_on, texts["decided_by"], texts["document"], texts["note"] or None
    )


def with_decisions(qualifications: Qualifications, kinds: Iterable[str]) -> Qualifications:
    """The qualifications with the facts of these recorded kinds set."""
    held = set(kinds)
    return dataclasses.replace(
        qualifications,
        university_decision=DecisionKind.UNIVERSITY_DECISION in held,
        foreign_assessment=DecisionKind.FOREIGN_ASSESSMENT in held,
        behorighetsprov_passed=DecisionKind.BEHORIGHETSPROV_PASSED in held,
        earlier_eligibility=DecisionKind.EARLIER_ELIGIBILITY in held,
    )
