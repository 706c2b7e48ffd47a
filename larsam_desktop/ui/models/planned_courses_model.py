"""The courses of a plan being edited: term, code, the catalogue's name, points."""

from __future__ import annotations

from collections.abc import Sequence

from larsam_desktop.domain.courses.catalogue import Catalogue
from larsam_desktop.domain.plans.plan import CourseDraft
from larsam_desktop.ui.models.list_table_model import ListTableModel


class PlannedCoursesModel(ListTableModel[CourseDraft]):
    def __init__(self, catalogue: Catalogue, parent: object = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue

    def headers(self) -> Sequence[str]:
        return (self.tr("Term"), self.tr("Code"), self.tr("Course"), self.tr("Points"))

    def text(self, row: CourseDraft, column: int) -> str:
        course = self._catalogue.lookup(row.code)
        if column == 0:
            return row.term
        if column == 1:
            return course.code if course else row.code
        if column == 2:
            return course.name if course else ""
        if column == 3:
            points = row.points if row.points is not None else (course.points if course else 0)
            return str(points)
        return ""
