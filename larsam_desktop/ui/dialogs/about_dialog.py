"""Help → About: version, licence, where the data is kept, and a button to open that folder."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop import APP_NAME, __version__
from larsam_desktop.paths import resources_dir
from larsam_desktop.ui.app_icon import app_icon
from larsam_desktop.ui.text import fill

LICENCE = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About LärSam Desktop"))
        self.data_dir = data_dir

        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("Program icon"))
        title = QLabel(f"<b>{APP_NAME}</b>", self)
        title.setStyleSheet("font-size: 16pt;")
        summary = QLabel(
            self.tr(
                "Case manager for study coaches at municipal learning centres: learners on "
                "the path from komvux to higher education."
            ),
            self,
        )
        summary.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(summary)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.version_label = self._value(__version__, self.tr("Version"))
        self.licence_label = self._value(
            fill(
                self.tr(
                    "%1 — free software: you may share and change it under the terms of "
                    "the GNU General Public License."
                ),
                LICENCE,
            ),
            self.tr("Licence"),
        )
        self.folder_label = self._value(str(data_dir), self.tr("Data folder"))
        self.database_label = self._value(database, self.tr("Database"))
        self.runtime_label = self._value(
            f"Python {platform.python_version()}, Qt {qVersion()}", self.tr("Built with")
        )
        grid = QGridLayout()
        rows = (
            (self.tr("Version:"), self.version_label),
            (self.tr("Licence:"), self.licence_label),
            (self.tr("Data folder:"), self.folder_label),
            (self.tr("Database:"), self.database_label),
            (self.tr("Built with:"), self.runtime_label),
        )
        for row, (caption, value) in enumerate(rows):
            label = QLabel(caption, self)
            label.setBuddy(value)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)

        self.open_folder_button = QPushButton(self.tr("&Open data folder"), self)
        self.open_folder_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_folder_button.clicked.connect(self.open_data_folder)
        licence_button = QPushButton(self.tr("Read the &licence"), self)
        licence_button.setAccessibleName(self.tr("Read the licence"))
        licence_button.clicked.connect(self.open_licence)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(licence_button, QDialogButtonBox.ButtonRole.HelpRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _value(self, text: str, accessible: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(accessible)
        return label

    def licence_url(self) -> QUrl:
        """The LICENSE file shipped with the program, else the licence's web page."""
        path = resources_dir().parent / "LICENSE"
        return QUrl.fromLocalFile(str(path)) if path.exists() else QUrl(LICENCE_URL)

    def open_licence(self) -> bool:
        return QDesktopServices.openUrl(self.licence_url())

    def folder_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.data_dir))

    def open_data_folder(self) -> bool:
        """Show the data folder in the system's file manager."""
        return QDesktopServices.openUrl(self.folder_url())
