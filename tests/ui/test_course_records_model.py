"""The course records model tells the view what one saved record changed, not a reset."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt

from larsam_desktop.domain.courses.grades import Grade
from larsam_desktop.domain.courses.records import CourseRecord, CourseStatus, StoredCourseRecord
from larsam_desktop.services.eligibility_data import load_eligibility_data
from larsam_desktop.ui.models.course_records_model import CourseRecordsModel

CODES = ("SVESVE01", "SVESVE02", "MATMAT01a", "ENGENG05", "BIOBIO01")


def stored(number: int, grade: Grade = Grade.C) -> StoredCourseRecord:
    record = CourseRecord(CODES[number], CourseStatus.COMPLETED, grade, 100)
    return StoredCourseRecord(id=number + 1, learner_id=1, record=record)


@pytest.fixture
def model() -> CourseRecordsModel:
    return CourseRecordsModel(load_eligibility_data().catalogue)


def signals(model: CourseRecordsModel) -> list[tuple[str, int, int]]:
    seen: list[tuple[str, int, int]] = []
    model.modelReset.connect(lambda: seen.append(("reset", -1, -1)))
    model.rowsInserted.connect(lambda _p, first, last: seen.append(("inserted", first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: seen.append(("removed", first, last)))
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): seen.append(("changed", top.row(), bottom.row()))
    )
    return seen


def texts(model: CourseRecordsModel) -> list[str]:
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_records_added_edited_or_removed_are_told_so(qtmodeltester, model) -> None:  # type: ignore[no-untyped-def]
    rows = [stored(0), stored(1), stored(3)]
    model.set_rows(rows)
    seen = signals(model)
    model.set_rows([stored(0), stored(1), stored(2), stored(3)])  # added in the middle
    assert seen == [("inserted", 2, 2)]
    assert texts(model) == ["SVESVE01", "SVESVE02", "MATMAT01a", "ENGENG05"]
    seen.clear()
    edited = replace(stored(2), record=replace(stored(2).record, grade=Grade.A))
    model.set_rows([stored(0), stored(1), edited, stored(3)])
    assert seen == [("changed", 2, 2)]
    assert model.index(2, 3).data() == "A"
    seen.clear()
    model.set_rows([stored(0), edited, stored(3)])
    assert seen == [("removed", 1, 1)]
    assert texts(model) == ["SVESVE01", "MATMAT01a", "ENGENG05"]
    seen.clear()
    model.set_rows([stored(0), edited, stored(3)])  # the same rows: nothing to tell
    assert seen == []
    model.set_rows([stored(4), stored(1)])  # everything different: a reset
    assert seen == [("reset", -1, -1)]
    assert texts(model) == ["BIOBIO01", "SVESVE02"]
    model.set_rows([])
    assert model.rowCount() == 0 and model.rowCount(QModelIndex()) == 0
    model.set_rows(rows)
    qtmodeltester.check(model, force_py=True)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Course"
