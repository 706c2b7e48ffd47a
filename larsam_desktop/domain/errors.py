"""The errors a person reads, and validation errors that name their field.

Every message is an English *template* with named parameters. The window translates the
template (context ``UserError`` or ``FieldError``, through ``ui/messages.py``) and then fills
in the parameters; the command line does the same through the catalogue
(``services.catalogue.Texts.error``) in its ``--language``. No screen shows
``str(exc)`` of anything else: an exception that is not a ``UserError`` is a bug.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import ClassVar

Param = str | int | float


class UserError(Exception):
    """Root of every error meant for the person at the keyboard.

    ``template`` is a literal English sentence with ``{name}`` placeholders (so that the
    translation tools can collect it); ``params`` fill them in. Subclasses set
    ``default_template``; a call site may pass a more specific literal template.
    """

    default_template: ClassVar[str] = "The operation could not be completed."

    def __init__(self, template: str | None = None, /, **params: Param) -> None:
        self.template: str = template or type(self).default_template
        self.params: dict[str, Param] = dict(params)
        # Parameters that are errors of their own (``{reason}``: what failed the check):
        # ``params`` holds their English message, and each is translated where it is shown.
        self.causes: dict[str, UserError] = {}
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English text, parameters filled in (what the command line prints)."""
        return fill(self.template, self.params)


def fill(template: str, params: Mapping[str, Param]) -> str:
    """``template.format(**params)``, never failing on a translation's stray braces."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


class NotFound(UserError):
    """A record asked for by id does not exist (any more)."""

    default_template = "{kind} {id} does not exist; it may have been deleted."

    def __init__(
        self, kind: str, id: int | str, template: str | None = None, /, **params: Param
    ) -> None:
        self.kind = kind
        self.id = id
        super().__init__(template, kind=kind, id=id, **params)


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one input field."""

    field: str
    code: str
    template: str
    params: Mapping[str, str | int] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class ValidationError(UserError, ValueError):
    """Raised when input is refused; carries every field error found, not just the first.

    Shown field by field (each ``FieldError`` is translated on its own); ``message`` is the
    English summary the command line prints.
    """

    default_template = "{details}"

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors: tuple[FieldError, ...] = tuple(errors)
        super().__init__(details="; ".join(f"{e.field}: {e.message}" for e in self.errors))

    def for_field(self, name: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == name]
