"""A learner's course records as a table, with course names from the catalogue.

A typed grade adds, changes or removes one record: ``set_rows`` then tells the view just that
(rows inserted, removed or changed) instead of resetting the model, so the table keeps its
selection and scroll position and repaints only what changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex

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
        self._headers: tuple[str, ...] | None = None  # tr() is slow and Qt asks often

    def headers(self) -> Sequence[str]:
        if self._headers is None:
            self._headers = (
                self.tr("Code"),
                self.tr("Course"),
                self.tr("Status"),
                self.tr("Grade"),
                self.tr("Points"),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Provider"),
            )
        return self._headers

    def set_rows(self, rows: Sequence[StoredCourseRecord]) -> None:
        """Show ``rows``: what differs from the rows shown is inserted, removed or changed
        (one contiguous stretch: a record added, edited or removed); a reset otherwise."""
        new, old = list(rows), self._rows
        if not old or not new:
            super().set_rows(new)
            return
        start = 0
        while start < min(len(old), len(new)) and old[start] == new[start]:
            start += 1
        end_old, end_new = len(old), len(new)
        while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
            end_old, end_new = end_old - 1, end_new - 1
        changed, removed, added = (
            min(end_old, end_new) - start,
            max(end_old - end_new, 0),
            max(end_new - end_old, 0),
        )
        if changed and (removed or added):
            super().set_rows(new)  # a stretch both changed and resized: rare, reset
            return
        if removed:
            self.beginRemoveRows(QModelIndex(), start, end_old - 1)
            self._rows = new
            self.endRemoveRows()
        elif added:
            self.beginInsertRows(QModelIndex(), start, end_new - 1)
            self._rows = new
            self.endInsertRows()
        else:
            self._rows = new
            if changed:
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(start, 0), self.index(end_new - 1, last))

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
