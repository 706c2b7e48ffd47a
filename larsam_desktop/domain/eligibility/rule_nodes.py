"""One JSON object of a rule file being read: typed getters that name the file and item in
every error, the rule's basis (standing, dates, sources, quote), and a check that no key
went unread (a typo fails loudly)."""

from __future__ import annotations

from datetime import date

from larsam_desktop.domain.bilingual import Bilingual
from larsam_desktop.domain.data_files import DataFileError, parse_iso_date
from larsam_desktop.domain.eligibility.rules import Basis, RuleStanding


class Node:
    """One JSON object being read: typed getters, and a check that no key went unread."""

    def __init__(self, value: object, file: str, where: str) -> None:
        if not isinstance(value, dict):
            raise DataFileError(file, where, "expected a JSON object")
        self.data: dict[str, object] = value
        self.file = file
        self.where = where
        self._read: set[str] = set()

    def error(self, problem: str) -> DataFileError:
        return DataFileError(self.file, self.where, problem)

    def has(self, key: str) -> bool:
        return key in self.data

    def get(self, key: str) -> object:
        self._read.add(key)
        return self.data.get(key)

    def text(self, key: str, default: str | None = None) -> str:
        value = self.get(key)
        if value is None and default is not None:
            return default
        if not isinstance(value, str) or not value:
            raise self.error(f"{key!r} must be non-empty text")
        return value

    def texts(self, key: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        value = self.get(key)
        if value is None:
            return default
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.error(f"{key!r} must be a list of text")
        return tuple(str(v) for v in value)

    def bilinguals(self, key: str) -> tuple[Bilingual, ...]:
        """A list of texts written ``{"sv": …, "en": …}``, Swedish first (notes)."""
        value = self.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.error(f'{key!r} must be a list of {{"sv": …, "en": …}} texts')
        found: list[Bilingual] = []
        for item in value:
            if not isinstance(item, dict) or set(item) != {"sv", "en"} or not item.get("en"):
                raise self.error(f"every item of {key!r} needs a Swedish 'sv' and an English 'en'")
            try:
                found.append(Bilingual.from_data(item))
            except ValueError as exc:
                raise self.error(f"{key!r}: {exc}") from None
        return tuple(found)

    def items(self, key: str) -> list[object]:
        value = self.get(key)
        if not isinstance(value, list) or not value:
            raise self.error(f"{key!r} must be a non-empty list")
        return value

    def date(self, key: str) -> date | None:
        value = self.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.error(f"{key!r} must be a date (YYYY-MM-DD)")
        return parse_iso_date(value, self.file, self.where)

    def integer(self, key: str) -> int:
        value = self.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise self.error(f"{key!r} must be a positive whole number")
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.get(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.error(f"{key!r} must be true or false")
        return value

    def basis(self, inherited: Basis | None = None) -> Basis:
        """``standing`` (default ``in_force``), ``valid_from``, ``valid_to``, ``sources``,
        ``quote``; an in-force or decided rule must name a source."""
        text = self.get("standing")
        try:
            standing = (
                RuleStanding(str(text))
                if text is not None
                else (inherited.standing if inherited else RuleStanding.IN_FORCE)
            )
        except ValueError:
            raise self.error(
                f"standing must be one of {', '.join(s.value for s in RuleStanding)}"
            ) from None
        valid_from = self.date("valid_from") or (inherited.valid_from if inherited else None)
        valid_to = self.date("valid_to")
        if valid_from and valid_to and valid_to < valid_from:
            raise self.error("valid_to lies before valid_from")
        if standing is RuleStanding.DECIDED and valid_from is None:
            raise self.error("a decided rule needs valid_from")
        sources = self.texts("sources", inherited.sources if inherited else ())
        quote = self.get("quote")
        if quote is not None and not isinstance(quote, str):
            raise self.error("'quote' must be text")
        return Basis(standing, valid_from, valid_to, sources, quote or "")

    def optional_text(self, key: str) -> str:
        value = self.get(key)
        if value is None:
            return ""
        if not isinstance(value, str) or not value:
            raise self.error(f"{key!r} must be non-empty text")
        return value

    def done(self) -> None:
        unknown = sorted(set(self.data) - self._read)
        if unknown:
            raise self.error(f"unknown key {unknown[0]!r}")
