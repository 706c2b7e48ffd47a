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
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.add_button = QPushButton(self.tr("&Add learner"), self)
        self.add_button.setAccessibleName(self.tr("Add learner"))
        self.add_button.clicked.connect(self.add_learner_requested)
        self.demo_button = QPushButton(self.tr("Try with &demo data"), self)
        self.demo_button.setAccessibleName(self.tr("Try with demo data"))
        self.demo_button.clicked.connect(self.demo_requested)
        for button in (self.add_button, self.demo_button):
            button.setMinimumWidth(260)
            button.setMinimumHeight(36)
        # A fixed-width column keeps the wrapped text's height right (height-for-width).
        column = QWidget(self)
        column.setFixedWidth(560)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        inner.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(text)
        inner.addSpacing(8)
        for button in (self.add_button, self.demo_button):
            inner.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setFocusProxy(self.add_button)
