"""A set of ``FieldRow``s keyed by the field names a service's ``ValidationError`` uses."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from larsam_desktop.domain.errors import FieldError
from larsam_desktop.ui.messages import field_error_text
from larsam_desktop.ui.widgets.field_row import FieldRow


class FieldErrors:
    def __init__(self, rows: Mapping[str, FieldRow], fallback: str) -> None:
        self._rows = dict(rows)
        self._fallback = fallback  # where errors for fields without a row are shown

    def show(self, errors: Iterable[FieldError]) -> None:
        """Show each error at its field (all of a field's errors), focus the first such field."""
        texts: dict[str, list[str]] = {name: [] for name in self._rows}
        first: FieldRow | None = None
        for error in errors:
            name = error.field if error.field in self._rows else self._fallback
            texts[name].append(field_error_text(error))
            first = first or self._rows[name]
        for name, row in self._rows.items():
            row.set_error("\n".join(texts[name]))
        if first is not None:
            first.setFocus()

    def clear(self) -> None:
        self.show([])

    def text(self, name: str) -> str:
        return self._rows[name].error.text()
