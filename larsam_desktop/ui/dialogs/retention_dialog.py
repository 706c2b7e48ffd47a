"""Retention settings (periods per record type, with the decision's reference) and runs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.retention import MAX_MONTHS, RecordType
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.errors import UserError
from larsam_desktop.services.retention import RetentionPlan, RetentionService
from larsam_desktop.ui.messages import user_error_text
from larsam_desktop.ui.text import fill


class RetentionDialog(QDialog):
    def __init__(
        self,
        service: RetentionService,
        publish: Callable[[Changes], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self.setWindowTitle(self.tr("Retention (gallring)"))
        self.setAccessibleName(self.tr("Retention settings and runs"))
        self._service = service
        self._publish = publish
        names = {
            RecordType.CLOSED_CASE: self.tr("Closed cases (completed or discontinued)"),
            RecordType.INACTIVE_LEARNER: self.tr("Learners not changed for"),
            RecordType.AUDIT_LOG: self.tr("Audit log entries"),
        }
        # What each default means, in the interface's language (the domain keeps English).
        descriptions = {
            RecordType.CLOSED_CASE: self.tr(
                "Learners whose path ended (completed or discontinued): 2 years after the last "
                "step, as a provider deletes the individual study plan 2 years after studies end "
                "(Skolverket example)."
            ),
            RecordType.INACTIVE_LEARNER: self.tr(
                "Learners not changed for the period, whatever their stage: kept until decided."
            ),
            RecordType.AUDIT_LOG: self.tr(
                "Audit log entries: 3 years, the oldest first (the chain keeps its start point)."
            ),
        }
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Record type"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Months (0 = keep)"), self), 0, 1)
        grid.addWidget(QLabel(self.tr("Decision reference"), self), 0, 2)
        self.months: dict[RecordType, QSpinBox] = {}
        self.references: dict[RecordType, QLineEdit] = {}
        for row, rule in enumerate(service.rules(), start=1):
            label = QLabel(names[rule.record_type], self)
            label.setToolTip(descriptions.get(rule.record_type, rule.description))
            months = QSpinBox(self)
            months.setRange(0, MAX_MONTHS)
            months.setValue(rule.keep_months or 0)
            months.setAccessibleName(names[rule.record_type])
            reference = QLineEdit(rule.decision_reference or "", self)
            reference.setAccessibleName(self.tr("Decision reference"))
            reference.setMinimumWidth(320)
            reference.setPlaceholderText(
                self.tr("e.g. the information-management plan, KS 2026/12")
            )
            self.months[rule.record_type] = months
            self.references[rule.record_type] = reference
            grid.addWidget(label, row, 0)
            grid.addWidget(months, row, 1)
            grid.addWidget(reference, row, 2)
        self.due = QLabel(self)
        self.due.setObjectName("retentionDue")
        self.due.setWordWrap(True)
        save = QPushButton(self.tr("&Save periods"), self)
        save.setAccessibleName(self.tr("Save the retention periods"))
        save.clicked.connect(self.save)
        self.run_button = QPushButton(self.tr("&Delete what is due…"), self)
        self.run_button.setAccessibleName(self.tr("Delete what is due"))
        self.run_button.clicked.connect(self.run)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.run_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.due)
        layout.addWidget(buttons)
        self.refresh()

    def save(self) -> bool:
        try:
            for kind, spin in self.months.items():
                value = spin.value() or None
                self._service.save_rule(str(kind), value, self.references[kind].text())
        except UserError as exc:  # shown in the dialog, beside what is due
            self.due.setText(user_error_text(exc))
            return False
        self.refresh()
        return True

    def refresh(self) -> RetentionPlan | None:
        try:
            plan = self._service.plan()
        except UserError as exc:
            self.due.setText(user_error_text(exc))
            return None
        self.due.setText(
            fill(
                self.tr(
                    "Due now: %1 learners and %2 audit log entries; %3 learners on hold are kept."
                ),
                str(len(plan.learner_ids)),
                str(plan.audit_entries),
                str(plan.held),
            )
        )
        self.run_button.setEnabled(not plan.empty)
        return plan

    def run(self, *, confirm: bool = True) -> None:
        plan = self.refresh()
        if plan is None or plan.empty:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete what is due?"),
                fill(
                    self.tr(
                        "%1 learners with everything stored about them and %2 audit log entries "
                        "will be deleted in one step. This cannot be undone."
                    ),
                    str(len(plan.learner_ids)),
                    str(plan.audit_entries),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            result = self._service.run()
        except UserError as exc:
            self.due.setText(user_error_text(exc))
            return
        self._publish(result.changes)
        self.refresh()
