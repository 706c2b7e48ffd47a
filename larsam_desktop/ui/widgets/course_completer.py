"""Completion of course codes from the catalogue, by code or by words of the name."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from larsam_desktop.domain.courses.catalogue import Catalogue


class CourseCompleter(QCompleter):
    """Rows read "CODE — Name"; choosing one puts the bare code in the line edit."""

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self.entries = QStringListModel(
            [f"{course.code} — {course.name}" for course in catalogue.courses.values()], self
        )
        self.setModel(self.entries)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)  # "matem" finds MATMAT01a by its name
        self.setMaxVisibleItems(12)

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        text = str(index.data())
        return text.split(" — ", 1)[0]

    def attach(self, edit: QLineEdit) -> None:
        edit.setCompleter(self)
