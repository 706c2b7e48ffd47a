"""The Today page's thresholds and the exam booking policy, saved in ``preferences.ini``."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.exam_bookings import ExamPolicy
from larsam_desktop.domain.pathway import Stage
from larsam_desktop.domain.today import TodaySettings
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.preferences import load_preferences, save_preferences
from larsam_desktop.ui.messages import os_error_text
from larsam_desktop.ui.models.timeline_model import stage_text
from larsam_desktop.ui.text import fill

STAGES = (
    Stage.KOMVUX,
    Stage.PREPARATION,
    Stage.GRUNDLAGGANDE,
    Stage.SARSKILD,
    Stage.APPLIED,
    Stage.ADMITTED,
    Stage.PAUSED,
)


def _spin(
    parent: QWidget, low: int, high: int, value: int, name: str, suffix: str = ""
) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setAccessibleName(name)
    spin.setSuffix(suffix)
    return spin


class DaySettingsDialog(QDialog):
    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("daySettingsDialog")
        self.setWindowTitle(self.tr("Today and exam settings"))
        self._paths = paths
        preferences = load_preferences(paths)
        today = preferences.today
        exams = preferences.exams
        self.quiet_weeks = _spin(
            self, 1, 520, today.quiet_weeks, self.tr("Weeks without contact"), self.tr(" weeks")
        )
        self.upcoming_days = _spin(
            self, 1, 366, today.upcoming_days, self.tr("Days ahead"), self.tr(" days")
        )
        self.stage_months: dict[Stage, QSpinBox] = {}
        stages = QFormLayout()
        for stage in STAGES:
            spin = _spin(
                self,
                0,
                240,
                today.stage_months.get(stage, 0),
                fill(self.tr("Months in %1"), stage_text(stage)),
                self.tr(" months"),
            )
            spin.setSpecialValueText(self.tr("never"))
            self.stage_months[stage] = spin
            stages.addRow(stage_text(stage), spin)
        self.lead_days = _spin(
            self,
            0,
            100,
            exams.lead_working_days,
            self.tr("Booking lead time"),
            self.tr(" working days"),
        )
        self.fee = _spin(self, 0, 100_000, exams.fee_kr, self.tr("Fee"), " kr")
        self.free_resits = _spin(self, 0, 100, exams.free_resits, self.tr("Free re-sits"))
        self.de_facto = QCheckBox(
            self.tr("Midsummer, Christmas and New Year's Eve are not working days"), self
        )
        self.de_facto.setChecked(preferences.count_de_facto_holidays)

        today_box = QGroupBox(self.tr("Today page"), self)
        today_form = QFormLayout(today_box)
        today_form.addRow(self.tr("Not contacted for:"), self.quiet_weeks)
        today_form.addRow(self.tr("Exams and activities:"), self.upcoming_days)
        stuck_box = QGroupBox(self.tr("In the same stage for longer than"), self)
        stuck_box.setLayout(stages)
        exam_box = QGroupBox(self.tr("Exam proctoring"), self)
        exam_form = QFormLayout(exam_box)
        exam_form.addRow(self.tr("Book at least:"), self.lead_days)
        exam_form.addRow("", self.de_facto)
        exam_form.addRow(self.tr("Fee for non-residents and paid re-sits:"), self.fee)
        exam_form.addRow(self.tr("Free re-sits per course:"), self.free_resits)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(today_box)
        left.addWidget(exam_box)
        columns.addLayout(left)
        columns.addWidget(stuck_box)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)

    def accept(self) -> None:
        current = load_preferences(self._paths)
        updated = dataclasses.replace(
            current,
            today=TodaySettings(
                quiet_weeks=self.quiet_weeks.value(),
                stage_months={s: spin.value() for s, spin in self.stage_months.items()},
                upcoming_days=self.upcoming_days.value(),
            ),
            exams=ExamPolicy(
                lead_working_days=self.lead_days.value(),
                fee_kr=self.fee.value(),
                free_resits=self.free_resits.value(),
            ),
            count_de_facto_holidays=self.de_facto.isChecked(),
        )
        try:
            save_preferences(self._paths, updated)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), os_error_text(exc))
            return
        super().accept()
