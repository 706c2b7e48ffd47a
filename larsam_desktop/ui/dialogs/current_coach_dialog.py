"""Who is using the program: the default owner of follow-ups and "recorded by" of meetings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.paths import AppPaths
from larsam_desktop.services.preferences import set_current_coach
from larsam_desktop.ui.messages import os_error_text
from larsam_desktop.ui.widgets.choice_combo import ChoiceCombo


class CurrentCoachDialog(QDialog):
    def __init__(
        self,
        coaches: list[str],
        current: str | None,
        paths: AppPaths,
        parent: QWidget | None = None,
    ) -> None:
        """``coaches``: the names to choose from; the choice is saved in ``paths``."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Current coach"))
        self._paths = paths
        self.coach = ChoiceCombo(self)
        self.coach.setObjectName("currentCoach")
        self.coach.setAccessibleName(self.tr("Current coach"))
        self.coach.set_choices(
            [(self.tr("(nobody chosen)"), None)] + [(name, name) for name in coaches]
        )
        self.coach.set_value(current)
        text = QLabel(
            self.tr(
                "Your follow-ups and learners fill the Today page; new follow-ups and "
                "meetings are yours unless you choose otherwise. The choice is kept in this "
                "data folder, and the command line uses it too."
            ),
            self,
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("I am:"), self.coach)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        value = self.coach.value()
        try:
            set_current_coach(self._paths, value if isinstance(value, str) else None)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), os_error_text(exc))
            return
        super().accept()
