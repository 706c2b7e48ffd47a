"""Translating domain messages (English templates) for display."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from larsam_desktop.domain.errors import FieldError


def field_error_text(error: FieldError) -> str:
    template = QCoreApplication.translate("FieldError", error.template)
    return template.format(**error.params)
