"""A form label whose mnemonic (&X) focuses a given field, for rows that hold a layout."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def buddy_label(text: str, buddy: QWidget, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label
