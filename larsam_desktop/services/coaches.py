"""Who is using the program: the current coach, by name, as the window and the CLI know it."""

from __future__ import annotations

from larsam_desktop.domain.errors import FieldError, UserError, ValidationError
from larsam_desktop.domain.text import collapse_spaces, fold
from larsam_desktop.storage.database import UnitOfWork


class UnknownCoach(UserError, LookupError):
    """No coach by that name; the message lists how to find the names."""

    def __init__(self, name: str, known: list[str]) -> None:
        hint = ", ".join(known[:8]) + (", …" if len(known) > 8 else "")
        if known:
            super().__init__("No coach named {name}. Coaches: {hint}.", name=repr(name), hint=hint)
        else:
            super().__init__("No coach named {name}. No coaches yet.", name=repr(name))
        self.name = name


def coach_id_by_name(uow: UnitOfWork, name: str) -> int:
    """The coach with this name (case and spacing ignored); raises ``UnknownCoach``."""
    wanted = fold(collapse_spaces(name))
    coaches = uow.reference.coaches()
    for choice in coaches:
        if fold(choice.name) == wanted:
            return int(choice.key)
    raise UnknownCoach(name, [c.name for c in coaches])


def owner_id(uow: UnitOfWork, name: str) -> int:
    """Like ``coach_id_by_name`` but as a validation error on the ``owner`` field."""
    try:
        return coach_id_by_name(uow, name)
    except UnknownCoach:
        raise ValidationError(
            [FieldError("owner", "unknown_coach", "No coach named {name}.", {"name": name})]
        ) from None
