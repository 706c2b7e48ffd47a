"""Two revisions of a study plan side by side: what changed, field by field."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.plans.compare import Difference, compare
from larsam_desktop.domain.plans.plan import PlanRevision
from larsam_desktop.ui.models.list_table_model import ListTableModel
from larsam_desktop.ui.text import fill


class DifferencesModel(ListTableModel[Difference]):
    def __init__(self, before: int, after: int, parent: object = None) -> None:
        super().__init__(parent)
        self._before = before
        self._after = after

    def headers(self) -> Sequence[str]:
        return (
            self.tr("What"),
            fill(self.tr("Revision %1"), str(self._before)),
            fill(self.tr("Revision %1"), str(self._after)),
        )

    def text(self, row: Difference, column: int) -> str:
        return (row.field.replace("_", " "), row.before, row.after)[column] if column < 3 else ""


class PlanCompareDialog(QDialog):
    def __init__(
        self, before: PlanRevision, after: PlanRevision, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planCompare")
        self.setWindowTitle(self.tr("Compare revisions"))
        differences = compare(before.content, after.content)
        self.model = DifferencesModel(before.number, after.number, self)
        self.model.set_rows(differences)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Differences"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        summary = QLabel(
            fill(self.tr("Revision %1 (%2): %3"), str(after.number), after.author, after.reason)
            if differences
            else self.tr("The two revisions have the same content."),
            self,
        )
        summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
