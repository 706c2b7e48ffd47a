"""Help → User guide: docs/user-guide.md (a copy travels in the bundle), shown in-app.

Rendered with Qt's own Markdown support, so it opens on a managed workstation that has no
program for ``.md`` files and without a network. Screenshots are read beside the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from larsam_desktop.paths import resources_dir
from larsam_desktop.ui.window_layout import fitting_size

MAX_IMAGE_WIDTH = 780


def guide_path() -> Path:
    """``docs/user-guide.md`` in a checkout; ``<bundle>/docs/user-guide.md`` when frozen."""
    return resources_dir().parent / "docs" / "user-guide.md"


class GuideDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("LärSam Desktop — user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )
        self.fit_images(MAX_IMAGE_WIDTH)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(fitting_size(self, MAX_IMAGE_WIDTH + 80, 700))

    def fit_images(self, max_width: int) -> None:
        """Scale screenshots (1280 px wide) down to the reading width, keeping their shape."""
        document = self.browser.document()
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                image_format = fragment.charFormat().toImageFormat()
                if image_format.isValid():
                    image = self._image(image_format.name())
                    if image.width() > max_width:
                        image_format.setWidth(max_width)
                        image_format.setHeight(image.height() * max_width / image.width())
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                        )
                        cursor.setCharFormat(image_format)
                iterator += 1
            block = block.next()

    def _image(self, name: str) -> QImage:
        data = self.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name))
        if isinstance(data, QImage):
            return data
        return QImage.fromData(data) if isinstance(data, QByteArray | bytes) else QImage()
