"""The caseload table's columns: their titles, which sort each offers, and each cell's text.

What a cell of the caseload shows for one learner (``column_texts``), in the interface
language: the masked personnummer, the stage as coaches say it, the time in stage in
counted words, how the learner stands against their target. The table model
(``caseload_model``) keeps these texts per row; the table paints them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from larsam_desktop.domain.bilingual import Bilingual
from larsam_desktop.domain.caseload import CaseloadRow, SortColumn, TargetStanding
from larsam_desktop.domain.pathway import STAGE_TITLES as DOMAIN_STAGES
from larsam_desktop.ui.stage_text import stage_title


class Column(IntEnum):
    NAME = 0
    PERSONNUMMER = 1
    MUNICIPALITY = 2
    LEARNING_CENTRE = 3
    COACH = 4
    PHONE = 5
    EMAIL = 6
    CITY = 7
    UPDATED = 8
    STAGE = 9
    IN_STAGE = 10
    TARGET = 11


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    title: str
    sort: SortColumn | None
    visible_by_default: bool


COLUMNS: dict[Column, ColumnSpec] = {
    Column.NAME: ColumnSpec(
        str(QT_TRANSLATE_NOOP("CaseloadTableModel", "Name")), SortColumn.NAME, True
    ),
    Column.PERSONNUMMER: ColumnSpec(
        str(QT_TRANSLATE_NOOP("CaseloadTableModel", "Personnummer")), SortColumn.PERSONNUMMER, True
    ),
    Column.MUNICIPALITY: ColumnSpec(
        str(QT_TRANSLATE_NOOP("CaseloadTableModel", "Municipality")), SortColumn.MUNICIPALITY, True
    ),
    Column.LEARNING_CENTRE: ColumnSpec(
        str(QT_TRANSLATE_NOOP("CaseloadTableModel", "Lärcentrum")), SortColumn.LEARNING_CENTRE, True
    ),
    Column.COACH: ColumnSpec(
        str(QT_TRANSLATE_NOOP("CaseloadTableModel", "Coach")), SortColumn.COACH, True
    ),
    Column.PHONE: ColumnSpec(str(QT_TRANSLATE_NOOP("CaseloadTableModel", "Phone")), None, False),
    Column.EMAIL: ColumnSpec(str(QT_TRANSLATE_NOOP("CaseloadTableModel", "E-mail")), None, False),
    Column.CITY: ColumnSpec(
        str(QT_TRANSLATE_NOOP("CaseloadTableModel", "City")), SortColumn.CITY, False
    ),
    Column.UPDATED: ColumnSpec(
        str(QT_TRANSLATE_NOOP("CaseloadTableModel", "Updated")), SortColumn.UPDATED, False
    ),
    Column.STAGE: ColumnSpec(
        str(QT_TRANSLATE_NOOP("CaseloadTableModel", "Stage")), SortColumn.STAGE, True
    ),
    Column.IN_STAGE: ColumnSpec(
        str(QT_TRANSLATE_NOOP("CaseloadTableModel", "In stage")), SortColumn.IN_STAGE, True
    ),
    Column.TARGET: ColumnSpec(
        str(QT_TRANSLATE_NOOP("CaseloadTableModel", "Eligible for target")),
        SortColumn.TARGET,
        True,
    ),
}
# Stage names as coaches say them: the domain's table, in both languages (ui/stage_text.py
# picks the interface language).
STAGE_TITLES: Mapping[str, Bilingual] = {
    stage.value: title for stage, title in DOMAIN_STAGES.items()
}


# How the caseload says a learner stands against their target (text, never colour alone).
TARGET_STANDING_TITLES: dict[TargetStanding, str] = {
    TargetStanding.ELIGIBLE: str(QT_TRANSLATE_NOOP("TargetStanding", "Eligible")),
    TargetStanding.NOT_ELIGIBLE: str(QT_TRANSLATE_NOOP("TargetStanding", "Not yet")),
    TargetStanding.UNKNOWN: str(QT_TRANSLATE_NOOP("TargetStanding", "Unknown target")),
    TargetStanding.NO_TARGET: str(QT_TRANSLATE_NOOP("TargetStanding", "No target")),
}


def target_standing_title(standing: TargetStanding) -> str:
    return QCoreApplication.translate("TargetStanding", TARGET_STANDING_TITLES[standing])


def time_in_stage(since: date | None, today: date) -> str:
    """ "12 days", "5 weeks", "8 months", "2 years": how long a coach would say."""
    if since is None:
        return ""
    days = max(0, (today - since).days)
    if days == 0:
        return QCoreApplication.translate("CaseloadTableModel", "today")
    global _time_in_stage
    if _time_in_stage is None:
        _time_in_stage = TimeInStage()
    return _time_in_stage.text(days)


class TimeInStage(QObject):
    """Counted words in Qt's plural forms (lupdate sees the count only in ``self.tr``)."""

    def text(self, days: int) -> str:
        if days < 14:
            return self.tr("%n day(s)", "", days)
        if days < 70:
            return self.tr("%n week(s)", "", days // 7)
        if days < 730:
            return self.tr("%n month(s)", "", days // 30)
        return self.tr("%n year(s)", "", days // 365)


_time_in_stage: TimeInStage | None = None


def protected_text() -> str:
    return QCoreApplication.translate("CaseloadTableModel", "(protected)")


def cell_text(
    row: CaseloadRow, column: Column, show_full: bool, target_names: Mapping[str, str]
) -> str:
    """The text of one cell: ``show_full`` the whole personnummer, ``target_names`` the
    programme names by target id."""
    match column:
        case Column.NAME:
            return row.display_name
        case Column.PERSONNUMMER:
            return row.identity_text(show_full=show_full)
        case Column.MUNICIPALITY:
            return row.municipality or ""
        case Column.LEARNING_CENTRE:
            return row.learning_centre or ""
        case Column.COACH:
            return row.coach or ""
        case Column.PHONE:
            return protected_text() if row.protected_identity.hides_address else row.phone or ""
        case Column.EMAIL:
            return protected_text() if row.protected_identity.hides_address else row.email or ""
        case Column.CITY:
            return protected_text() if row.protected_identity.hides_address else row.city or ""
        case Column.UPDATED:
            return row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        case Column.STAGE:
            return stage_title(row.stage)
        case Column.IN_STAGE:
            return time_in_stage(row.stage_since, date.today())
        case Column.TARGET:
            if row.target_id is None:
                return ""
            title = target_standing_title(row.target_standing)
            name = target_names.get(row.target_id)
            if name is None and row.target_standing is TargetStanding.UNKNOWN:
                name = row.target_id
            return f"{title}: {name}" if name else title


def column_texts(
    row: CaseloadRow, show_full: bool, target_names: Mapping[str, str]
) -> tuple[str, ...]:
    """Every column's text for one learner, in column order."""
    return tuple(cell_text(row, column, show_full, target_names) for column in Column)
