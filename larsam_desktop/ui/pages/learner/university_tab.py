"""The learner page's tab for issue 17: mentors and faddrar, and högskoleprov sittings."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from larsam_desktop.services.university import UniversityTools
from larsam_desktop.ui.pages.learner.hp_sittings_box import HpSittingsBox
from larsam_desktop.ui.pages.learner.mentor_panel import MentorPanel


class UniversityTab(QWidget):
    def __init__(self, tools: UniversityTools, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mentors = MentorPanel(tools.mentors, self)
        self.sittings = HpSittingsBox(tools.sittings, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mentors, 1)
        layout.addWidget(self.sittings)

    def show_learner(self, learner_id: int) -> None:
        """Read the learner's mentors and sittings (only when another learner is shown)."""
        self.mentors.show_learner(learner_id)
        self.sittings.show_learner(learner_id)
