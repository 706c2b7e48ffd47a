"""First start with an empty database: add the first learner, or try the app on demo data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    add_learner_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("Welcome to LärSam Desktop"), self)
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        text = QLabel(
            self.tr(
                "Your caseload is empty. Add your first learner, or try the program on a "
                "separate demo database with synthetic learners (your own data folder is not "
                "touched)."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setMaximumWidth(560)
        self.add_button = QPushButton(self.tr("&Add learner"), self)
        self.add_button.setAccessibleName(self.tr("Add learner"))
        self.add_button.clicked.connect(self.add_learner_requested)
        self.demo_button = QPushButton(self.tr("Try with &demo data"), self)
        self.demo_button.setAccessibleName(self.tr("Try with demo data"))
        self.demo_button.clicked.connect(self.demo_requested)
        for button in (self.add_button, self.demo_button):
            button.setMinimumWidth(260)
            button.setMinimumHeight(36)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, text, self.add_button, self.demo_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setFocusProxy(self.add_button)
