"""The visible marker that the open database holds demo data, not real learners."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class DemoBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBanner")
        self.setText(
            self.tr("DEMO — synthetic learners, not real people. Nothing here is real data.")
        )
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            "QLabel#demoBanner { background: #ffd54f; color: #3e2723; font-weight: bold;"
            " padding: 6px; border-bottom: 1px solid #c8a415; }"
        )
        self.setAccessibleName(self.tr("Demo database"))
