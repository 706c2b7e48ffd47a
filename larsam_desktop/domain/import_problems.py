"""A row that cannot be imported, and its problems as a person reads them.

Each problem is a ``FieldError`` naming its field (``row`` for the row as a whole) with an
English template; the edge that shows it puts the field's name in the reader's language
(``domain.field_names``) before the translated template.
"""

from __future__ import annotations

from dataclasses import dataclass

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.errors import FieldError
from larsam_desktop.domain.field_names import field_name
from larsam_desktop.domain.pathway import Stage, stage_name


@dataclass(frozen=True, slots=True)
class BadRow:
    """A row that cannot be imported: every problem, each naming its field (``row`` for the
    row as a whole); shown as ``Line 3: Personnummer: …`` in the reader's language."""

    line: int
    reasons: tuple[FieldError, ...]
    duplicate_of: int | None = None  # the earlier line with the same personnummer

    @property
    def message(self) -> str:
        """The English text (the command line in English, logs)."""
        return f"line {self.line}: " + "; ".join(english_reason(r) for r in self.reasons)


def english_reason(reason: FieldError) -> str:
    if reason.field == "row":
        return reason.message
    return f"{reason.field.replace('_', ' ')}: {reason.message}"


UNNAMED = frozenset({"row", "file", "mapping"})  # problems of the row or the whole file
OR: dict[Language, str] = {"sv": " eller ", "en": " or "}


def reason_label(reason: FieldError, language: Language) -> str | None:
    """The name of the field a problem is about (``Personnummer``), None for the row."""
    return None if reason.field in UNNAMED else field_name(reason.field, language)


def reason_params(reason: FieldError, language: Language) -> dict[str, str | int]:
    """The parameters to fill into the translated template: a stage by its title, the
    columns a file lacks by their names (``given_name or name`` → ``Förnamn eller Namn``)."""
    params = dict(reason.params)
    stage = params.get("stage")
    if isinstance(stage, str) and stage in set(Stage):
        params["stage"] = stage_name(stage, language)
    column = params.get("column")
    if reason.field == "mapping" and isinstance(column, str):
        names = [field_name(name, language) for name in column.split(" or ")]
        params["column"] = OR[language].join(names)
    return params
