"""A combo box whose choices carry Python values (enums, ids, None) without QVariant conversion."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget


class ChoiceCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: list[Any] = []

    def set_choices(self, choices: Sequence[tuple[str, Any]]) -> None:
        current = self.value() if self._values else None
        self.blockSignals(True)
        self.clear()
        self._values = [value for _, value in choices]
        self.addItems([text for text, _ in choices])
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        """Select the choice whose value *is* or equals ``value`` (None only matches None)."""
        for index, candidate in enumerate(self._values):
            if (
                (candidate is None) == (value is None)
                and candidate == value
                and type(candidate) is type(value)
            ):
                self.setCurrentIndex(index)
                return
        self.setCurrentIndex(0 if self._values else -1)
