"""Role and flag constants, bound once at module level.

``Qt.ItemDataRole.DisplayRole`` looked up inside ``data()`` costs ~6 µs per call in
PySide6 6.12; a module constant costs ~0.05 µs (stack-notes.md).
"""

from PySide6.QtCore import Qt

DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
USER = Qt.ItemDataRole.UserRole
ACCESSIBLE_TEXT = Qt.ItemDataRole.AccessibleTextRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
HORIZONTAL = Qt.Orientation.Horizontal
