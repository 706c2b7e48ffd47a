"""The one catalogue of texts a person reads, for code that runs without Qt's translator.

The window translates its own strings with ``tr()`` from the compiled ``.qm``. Documents
(study plans, statistics, registerutdrag, calendars, exports) and the command line are
written in services and cli, which may not import Qt: they read the *same* catalogue, the
Qt Linguist file ``resources/translations/larsam_<lang>.ts``, through :class:`Texts`.

Mark a document text where it is used, so that lupdate collects it into the catalogue::

    texts = Texts.for_language(language)
    texts.translate("PlanPdf", "Study plan")            # a literal, extracted by lupdate
    texts.translate("PlanPdf", "%n course(s)", None, n) # counted: Swedish numerusform

A text built elsewhere (a table of titles) is marked with :func:`QT_TRANSLATE_NOOP` and
translated later through a variable. ``UserError`` and ``FieldError`` templates are
collected by ``packaging/dynamic_messages.py`` and translated with :meth:`Texts.error`.
English is the source language: ``Texts("en")`` returns each source, plurals resolved.

Counted texts: lupdate's Python parser marks a message as counted (``numerus``) only for
``tr(source, "", n)``, not for ``translate(context, source, None, n)``, so outside Qt the
Swedish of a counted message is written ``singular|plural`` in one translation; a real
numerus message (shared with the window) works as well. The context must be a literal
string: lupdate silently skips ``translate(CONTEXT, …)`` (tests/test_translations.py).
"""

from __future__ import annotations

import functools
import locale
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from larsam_desktop.domain.bilingual import LANGUAGES, Bilingual, Language
from larsam_desktop.domain.errors import FieldError, UserError, fill
from larsam_desktop.paths import resources_dir

__all__ = ["LANGUAGES", "QT_TRANSLATE_NOOP", "Bilingual", "Language", "Texts", "locale_language"]

SOURCE_LANGUAGE: Language = "en"
ENV_LANGUAGE = "LARSAM_LANGUAGE"  # overrides the locale for the command line (tests, scripts)

_PLURAL = re.compile(r"\((s|es)\)")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for the catalogue (lupdate reads the call); returns it unchanged."""
    return source


def parse_language(text: str) -> Language:
    """``"sv"``/``"en"`` (also ``sv_SE.UTF-8``, ``Svenska``…); raises ``UserError`` otherwise."""
    code = text.strip().lower()[:2]
    for language in LANGUAGES:
        if code == language:
            return language
    raise UserError("Unknown language {language}: choose sv or en.", language=text)


def locale_language(environ: Mapping[str, str] | None = None) -> Language:
    """The language of the command line: ``LARSAM_LANGUAGE``, else the locale (``LC_ALL``,
    ``LC_MESSAGES``, ``LANG``, as gettext reads them); Swedish only for a Swedish locale."""
    env = os.environ if environ is None else environ
    for name in (ENV_LANGUAGE, "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "sv" if value.lower().startswith("sv") else "en"
    if environ is None:
        try:
            system = locale.getlocale()[0] or ""
        except ValueError:
            system = ""
        if system.lower().startswith("sv"):
            return "sv"
    return "en"


def english_plural(source: str, n: int) -> str:
    """``"%n learner(s)"`` → ``"%n learner"`` for 1, ``"%n learners"`` otherwise."""
    return _PLURAL.sub("" if n == 1 else r"\1", source)


@dataclass(frozen=True, slots=True)
class _Entry:
    forms: tuple[str, ...]  # one form, or the numerus forms (Swedish: singular, plural)


@dataclass(frozen=True, slots=True)
class _Catalogue:
    by_context: dict[tuple[str, str], _Entry] = field(default_factory=dict)
    by_source: dict[str, _Entry] = field(default_factory=dict)


def catalogue_path(language: Language) -> Path:
    return resources_dir() / "translations" / f"larsam_{language}.ts"


@functools.cache
def _load(language: Language) -> _Catalogue:
    catalogue = _Catalogue()
    if language == SOURCE_LANGUAGE:
        return catalogue
    path = catalogue_path(language)
    if not path.exists():
        return catalogue
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type"):
                continue  # unfinished, obsolete or vanished: the source is shown
            numerus = translation.findall("numerusform")
            forms = tuple(f.text or "" for f in numerus) if numerus else (translation.text or "",)
            if not all(forms):
                continue
            entry = _Entry(forms)
            catalogue.by_context[(name, source)] = entry
            catalogue.by_source.setdefault(source, entry)
    return catalogue


class Texts:
    """Translations into one language, without Qt (documents and the command line)."""

    def __init__(self, language: Language) -> None:
        self.language: Language = language
        self._catalogue = _load(language)

    @classmethod
    def for_language(cls, language: Language | None = None) -> Texts:
        return cls(language or locale_language())

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """Like ``QCoreApplication.translate``: ``%n`` is replaced by ``n`` when counted."""
        entry = self._catalogue.by_context.get((context, source))
        if entry is None:
            entry = self._catalogue.by_source.get(source)
        if entry is None:
            text = english_plural(source, n) if n >= 0 else source
        else:
            forms = entry.forms
            if n >= 0 and len(forms) == 1 and "|" in forms[0]:
                forms = tuple(forms[0].split("|"))  # see "Counted texts" above
            text = forms[0] if n == 1 or len(forms) == 1 or n < 0 else forms[-1]
        return text.replace("%n", str(n)) if n >= 0 else text

    def error(self, error: UserError) -> str:
        """A ``UserError``'s message in this language, parameters filled in (those that are
        errors of their own, ``causes``, in this language too)."""
        params = {**error.params, **{k: self.error(c) for k, c in error.causes.items()}}
        return fill(self.translate("UserError", error.template), params)

    def field_error(self, error: FieldError) -> str:
        return fill(self.translate("FieldError", error.template), dict(error.params))
