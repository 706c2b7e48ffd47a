"""Translating errors (English templates with ``{named}`` parameters) for display.

The one place the window turns a ``UserError`` into text: the template is translated in
context ``UserError`` (``FieldError`` for a validation message), then the parameters are
filled in. Never ``str(exc)`` on screen: an exception that is not a ``UserError`` is a bug
and goes to the crash handler.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from larsam_desktop import APP_NAME
from larsam_desktop.domain.errors import fill
from larsam_desktop.services.errors import FieldError, UserError, ValidationError


def field_error_text(error: FieldError) -> str:
    template = QCoreApplication.translate("FieldError", error.template)
    return fill(template, error.params)


def user_error_text(error: UserError) -> str:
    """The error as the person reads it, in the window's language."""
    if isinstance(error, ValidationError):
        return "\n".join(field_error_text(e) for e in error.errors)
    params = {**error.params, **{k: user_error_text(c) for k, c in error.causes.items()}}
    return fill(QCoreApplication.translate("UserError", error.template), params)


def show_user_error(parent: QWidget | None, error: UserError, title: str | None = None) -> None:
    """A calm warning with the translated message (title: the program's name by default)."""
    QMessageBox.warning(parent, title or APP_NAME, user_error_text(error))


def os_error_text(error: OSError) -> str:
    """A file that could not be written, in the catalogue's words: never the system's own
    (``strerror`` is English whatever the interface) nor the exception's repr."""
    from larsam_desktop.services.os_reasons import not_writable

    where = error.filename if isinstance(error.filename, str) else ""
    return user_error_text(not_writable(Path(where), error))
