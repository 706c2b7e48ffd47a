"""A learner's course records as a table, with course names from the catalogue."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.courses.records import CourseStatus, Provider, StoredCourseRecord
from larsam_desktop.ui.models.list_table_model import ListTableModel


def status_text(status: CourseStatus) -> str:
    names = {
        CourseStatus.PLANNED: "Planned",
        CourseStatus.ONGOING: "Ongoing",
        CourseStatus.COMPLETED: "Completed",
        CourseStatus.DISCONTINUED: "Discontinued",
    }
    return QCoreApplication.translate("CourseStatus", names[status])


def provider_text(provider: Provider) -> str:
    names = {
        Provider.KOMVUX: "Komvux",
        Provider.FOLKHOGSKOLA: "Folkhögskola",
        Provider.UPPER_SECONDARY: "Upper secondary school",
        Provider.OTHER: "Other",
    }
    return QCoreApplication.translate("Provider", names[provider])


class CourseRecordsModel(ListTableModel[StoredCourseRecord]):
    def __init__(self, catalogue: Catalogue, parent: Any = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Code"),
            self.tr("Course"),
            self.tr("Status"),
            self.tr("Grade"),
            self.tr("Points"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Provider"),
        )

    def text(self, row: StoredCourseRecord, column: int) -> str:
        record = row.record
        if column == 0:
            return record.code
        if column == 1:
            course = self._catalogue.lookup(record.code)
            return course.name if course else ""
        if column == 2:
            return status_text(record.status)
        if column == 3:
            return record.grade.value if record.grade else ""
        if column == 4:
            return str(record.points)
        if column == 5:
            return record.start_date.isoformat() if record.start_date else ""
        if column == 6:
            return record.end_date.isoformat() if record.end_date else ""
        return provider_text(record.provider) if record.provider else ""

    def record_id(self, row: int) -> int:
        return self.row_at(row).id
