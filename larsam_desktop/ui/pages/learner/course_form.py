"""The courses panel's entry form: code, status, grade, points, dates and provider.

Emptied to add a record, filled from a stored one to change it; ``draft`` reads it as a
``CourseRecordDraft`` (text that is no number or date is an error at its field at once) and
``show_errors`` puts the service's errors under their fields.

The texts keep the context of the panel they were written for (``CoursesPanel``): the
catalogue files them there.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QWidget

from larsam_desktop.domain.courses.records import (
    CourseRecord,
    CourseRecordDraft,
    CourseStatus,
    Provider,
)
from larsam_desktop.domain.errors import FieldError, ValidationError
from larsam_desktop.ui.models.course_records_model import provider_text, status_text
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo
from larsam_desktop.ui.widgets.course_completer import CourseCompleter
from larsam_desktop.ui.widgets.field_errors import FieldErrors
from larsam_desktop.ui.widgets.field_row import FieldRow

FIELDS = ("code", "status", "grade", "points", "start_date", "end_date", "provider")


class CourseForm(QWidget):
    """The editors of one course record, each with its error underneath."""

    def __init__(self, completer: CourseCompleter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QLineEdit(self)
        self.code.setAccessibleName(QCoreApplication.translate("CoursesPanel", "Course code"))
        self.code.setPlaceholderText(
            QCoreApplication.translate(
                "CoursesPanel", "Code or name, e.g. MATMAT01a or Matematik 1a"
            )
        )
        completer.attach(self.code)
        self.status = ChoiceCombo(self)
        self.status.setAccessibleName(QCoreApplication.translate("CoursesPanel", "Status"))
        self.status.set_choices(
            [(QCoreApplication.translate("CoursesPanel", "(from the grade)"), None)]
            + [(status_text(s), s) for s in CourseStatus]
        )
        self.grade = QLineEdit(self)
        self.grade.setAccessibleName(QCoreApplication.translate("CoursesPanel", "Grade"))
        self.grade.setPlaceholderText(QCoreApplication.translate("CoursesPanel", "A–F, or IG–MVG"))
        self.points = QLineEdit(self)
        self.points.setAccessibleName(QCoreApplication.translate("CoursesPanel", "Points"))
        self.points.setPlaceholderText(
            QCoreApplication.translate("CoursesPanel", "from the catalogue")
        )
        self.start_date = QLineEdit(self)
        self.start_date.setAccessibleName(QCoreApplication.translate("CoursesPanel", "Start date"))
        self.start_date.setPlaceholderText("YYYY-MM-DD")
        self.end_date = QLineEdit(self)
        self.end_date.setAccessibleName(QCoreApplication.translate("CoursesPanel", "End date"))
        self.end_date.setPlaceholderText("YYYY-MM-DD")
        self.provider = ChoiceCombo(self)
        self.provider.setAccessibleName(QCoreApplication.translate("CoursesPanel", "Provider"))
        self.provider.set_choices(
            [(QCoreApplication.translate("CoursesPanel", "(not given)"), None)]
            + [(provider_text(p), p) for p in Provider]
        )
        editors = (self.code, self.status, self.grade, self.points, self.start_date,
                   self.end_date, self.provider)  # fmt: skip
        rows = {name: FieldRow(editor, self) for name, editor in zip(FIELDS, editors, strict=True)}
        self.errors = FieldErrors(rows, fallback="code")

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(QCoreApplication.translate("CoursesPanel", "&Code:"), rows["code"])
        pair = QHBoxLayout()
        pair.addWidget(rows["status"])
        pair.addWidget(rows["grade"])
        pair.addWidget(rows["points"])
        form.addRow(QCoreApplication.translate("CoursesPanel", "Status, grade, points:"), pair)
        dates = QHBoxLayout()
        dates.addWidget(rows["start_date"])
        dates.addWidget(rows["end_date"])
        dates.addWidget(rows["provider"])
        form.addRow(QCoreApplication.translate("CoursesPanel", "Start, end, provider:"), dates)

    @property
    def line_edits(self) -> tuple[QLineEdit, ...]:
        """The fields typed in (Return in any of them saves)."""
        return (self.code, self.grade, self.points, self.start_date, self.end_date)

    def empty(self) -> None:
        for edit in self.line_edits:
            edit.setText("")  # not clear(): no undo history, so Ctrl+Z reaches the page
        self.status.set_value(None)
        self.provider.set_value(None)
        self.errors.clear()

    def fill(self, record: CourseRecord) -> None:
        """The form holding ``record``, to change it."""
        self.errors.clear()
        self.code.setText(record.code)
        self.status.set_value(record.status)
        self.grade.setText(record.grade.value if record.grade else "")
        self.points.setText(str(record.points))
        self.start_date.setText(record.start_date.isoformat() if record.start_date else "")
        self.end_date.setText(record.end_date.isoformat() if record.end_date else "")
        self.provider.set_value(record.provider)

    def draft(self) -> CourseRecordDraft:
        """The form as a draft; raises ``ValidationError`` for text that is no number or date."""
        errors: list[FieldError] = []
        points = _number(self.points.text(), "points", errors)
        start = _date(self.start_date.text(), "start_date", errors)
        end = _date(self.end_date.text(), "end_date", errors)
        if errors:
            raise ValidationError(errors)
        status = self.status.value()
        provider = self.provider.value()
        return CourseRecordDraft(
            code=self.code.text(),
            grade=self.grade.text(),
            status=status.value if isinstance(status, CourseStatus) else "",
            points=points,
            start_date=start,
            end_date=end,
            provider=provider.value if isinstance(provider, Provider) else "",
        )

    def show_errors(self, exc: ValidationError) -> None:
        self.errors.show(
            FieldError(e.field.removeprefix("course."), e.code, e.template, e.params)
            for e in exc.errors
        )


def record_draft(record: CourseRecord) -> CourseRecordDraft:
    """A stored record as the form would enter it again (undoing a change or removal)."""
    return CourseRecordDraft(
        code=record.code,
        grade=record.grade.value if record.grade else "",
        status=record.status.value,
        points=record.points,
        start_date=record.start_date,
        end_date=record.end_date,
        provider=record.provider.value if record.provider else "",
    )


def _number(text: str, field: str, errors: list[FieldError]) -> int | None:
    if not text.strip():
        return None
    try:
        return int(text.strip())
    except ValueError:
        errors.append(FieldError(field, "not_a_number", "Enter a whole number."))
        return None


def _date(text: str, field: str, errors: list[FieldError]) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        errors.append(FieldError(field, "not_a_date", "Enter a date as YYYY-MM-DD."))
        return None
