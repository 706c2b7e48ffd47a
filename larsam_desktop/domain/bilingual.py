"""Texts kept as data, written in Swedish first with English beside.

Rule and catalogue data (requirement descriptions and notes, course and programme names,
stage titles, statistics table titles) are not messages of the program but data, so they
carry both languages themselves instead of going through the ``.ts`` catalogue. The edge
that shows or prints a text picks the language: the window its interface language, a
document the language chosen for it (``services/catalogue.py`` for messages).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, TypeAlias

Language: TypeAlias = Literal["sv", "en"]
LANGUAGES: tuple[Language, ...] = ("sv", "en")


@dataclass(frozen=True, slots=True)
class Bilingual:
    """One text in Swedish and English; ``en`` defaults to the Swedish (names, terms)."""

    sv: str
    en: str = ""

    def __post_init__(self) -> None:
        if not self.en:
            object.__setattr__(self, "en", self.sv)

    def in_language(self, language: Language) -> str:
        return self.sv if language == "sv" else self.en

    def format(self, **params: object) -> Bilingual:
        """Both languages with ``{name}`` placeholders filled in (a value may itself be
        ``Bilingual``: its own language is used on each side)."""

        def side(language: Language) -> str:
            values = {
                k: v.in_language(language) if isinstance(v, Bilingual) else v
                for k, v in params.items()
            }
            return self.in_language(language).format(**values)

        return Bilingual(side("sv"), side("en"))

    @classmethod
    def from_data(cls, data: Mapping[str, object] | str) -> Bilingual:
        """From a data file's ``{"sv": …, "en": …}`` (or a plain string: a name, the same
        in both languages)."""
        if isinstance(data, str):
            return cls(data)
        sv, en = data.get("sv"), data.get("en", "")
        if not isinstance(sv, str) or not sv or not isinstance(en, str):
            raise ValueError("a text needs a Swedish 'sv' and may have an English 'en'")
        return cls(sv, en)
