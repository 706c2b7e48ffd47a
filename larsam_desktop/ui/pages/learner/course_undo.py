"""Ctrl+Z for the courses panel (learner/plan/undo.py): the inverse of its last save.

A record added is removed, a record changed gets its former values back, a record removed
is added again: each through the same service, on the panel's worker thread, published
like any save. An added or changed record is undone only while the panel shows it as it
was saved (no one changed it since); nothing is undone while a save is running.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from larsam_desktop.domain.courses.records import StoredCourseRecord
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.courses import CourseRecordService
from larsam_desktop.services.learner_snapshot import LearnerSnapshot
from larsam_desktop.ui.pages.learner.course_form import record_draft
from larsam_desktop.ui.pages.learner.plan.status import confirm

if TYPE_CHECKING:
    from larsam_desktop.ui.pages.learner.courses_panel import CoursesPanel

# What a save returns on the worker thread: its Changes, and how the snapshot shown follows.
Saved = tuple[Changes, Callable[[LearnerSnapshot], LearnerSnapshot]]


def removal(courses: CourseRecordService, record_id: int) -> Callable[[], Saved]:
    """The call that removes record ``record_id`` (a removal, or an addition undone)."""

    def call() -> Saved:
        changes = courses.remove(record_id)
        return changes, lambda snapshot: snapshot.without_record(record_id)

    return call


class CourseUndo:
    """The inverses of ``panel``'s saves; each is True when it started."""

    def __init__(self, panel: CoursesPanel, courses: CourseRecordService) -> None:
        self._panel = panel
        self._courses = courses

    def added(self, saved: StoredCourseRecord) -> bool:
        if self._panel.busy or not self._current(saved):
            return False
        self._panel.run_save(removal(self._courses, saved.id), reset=True)
        return True

    def changed(self, saved: StoredCourseRecord, before: StoredCourseRecord) -> bool:
        if self._panel.busy or not self._current(saved):
            return False
        courses, draft = self._courses, record_draft(before.record)

        def call() -> Saved:
            restored = courses.update(saved.id, draft)
            return restored.changes, lambda snapshot: snapshot.with_record(restored.record)

        self._panel.run_save(call, reset=True)
        return True

    def removed(self, removed: StoredCourseRecord) -> bool:
        snapshot = self._panel.snapshot
        if self._panel.busy or snapshot is None or snapshot.learner_id != removed.learner_id:
            return False
        courses, draft = self._courses, record_draft(removed.record)

        def call() -> Saved:
            added = courses.add(removed.learner_id, draft)
            return added.changes, lambda snapshot: snapshot.with_record(added.record)

        self._panel.run_save(call, reset=True)
        return True

    def _current(self, record: StoredCourseRecord) -> bool:
        """The record is shown as the panel saved it (no one changed it since)."""
        snapshot = self._panel.snapshot
        if snapshot is None or snapshot.learner_id != record.learner_id:
            return False
        if next((s for s in snapshot.records if s.id == record.id), None) == record:
            return True
        confirm(
            self._panel,
            QCoreApplication.translate(
                "CoursesPanel", "Not undone: the course record was changed since."
            ),
        )
        return False
