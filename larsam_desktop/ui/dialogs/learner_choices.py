"""The learner dialog's choice lists and the parsing of its date and year fields.

The texts keep the dialog's translation context (``LearnerDialog``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from larsam_desktop.domain.learner import Gender, PriorEducation, ProtectedIdentity


def protected_identity_choices() -> list[tuple[str, ProtectedIdentity]]:
    return [
        (QCoreApplication.translate("LearnerDialog", "None"), ProtectedIdentity.NONE),
        (
            QCoreApplication.translate("LearnerDialog", "Sekretessmarkering"),
            ProtectedIdentity.SEKRETESSMARKERING,
        ),
        (
            QCoreApplication.translate("LearnerDialog", "Skyddad folkbokföring"),
            ProtectedIdentity.SKYDDAD_FOLKBOKFORING,
        ),
    ]


def gender_choices() -> list[tuple[str, Gender]]:
    return [
        (QCoreApplication.translate("LearnerDialog", "Not stated"), Gender.NOT_STATED),
        (QCoreApplication.translate("LearnerDialog", "Woman"), Gender.WOMAN),
        (QCoreApplication.translate("LearnerDialog", "Man"), Gender.MAN),
        (QCoreApplication.translate("LearnerDialog", "Other"), Gender.OTHER),
    ]


def yes_no_choices() -> list[tuple[str, bool | None]]:
    return [
        (QCoreApplication.translate("LearnerDialog", "Unknown"), None),
        (QCoreApplication.translate("LearnerDialog", "Yes"), True),
        (QCoreApplication.translate("LearnerDialog", "No"), False),
    ]


def prior_education_choices() -> list[tuple[str, PriorEducation]]:
    education = PriorEducation
    return [
        (QCoreApplication.translate("LearnerDialog", "Unknown"), education.UNKNOWN),
        (QCoreApplication.translate("LearnerDialog", "Grundskola"), education.GRUNDSKOLA),
        (
            QCoreApplication.translate("LearnerDialog", "Upper secondary, 2 years"),
            education.UPPER_SECONDARY_2_YEARS,
        ),
        (
            QCoreApplication.translate("LearnerDialog", "Upper secondary, 3 years"),
            education.UPPER_SECONDARY_3_YEARS,
        ),
        (QCoreApplication.translate("LearnerDialog", "Folkhögskola"), education.FOLKHOGSKOLA),
        (QCoreApplication.translate("LearnerDialog", "Education abroad"), education.FOREIGN),
    ]


def parse_date(text: str) -> date | None:
    """A YYYY-MM-DD date, or None for an empty or unreadable text (``save`` tells which)."""
    try:
        return date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None


def parse_year(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdigit() and len(text) == 4 else None
