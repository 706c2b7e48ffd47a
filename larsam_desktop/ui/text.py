"""Filling Qt's numbered placeholders, and English plurals for the source language.

``fill(self.tr("Restored %1 learners from %2."), count, name)`` instead of chains of
``.replace("%1", …)``: one pass, so a value that itself contains ``%2`` (a file name) is
never filled in again, and ``%10`` is not mistaken for ``%1``.

Counted words use Qt's plural forms: ``self.tr("%n learner(s)", "", n)``. The Swedish
translation holds both forms (``numerusform``); for English, the source language, which
has no translation file, ``EnglishPlurals`` (installed by ``ui/i18n.py``) turns
``learner(s)`` into ``learner`` or ``learners``.

Numbers in the window follow the interface's locale (``QLocale()``, set by ``ui/i18n.py``):
``file_size`` gives "14,4 MB" in Swedish, ``decimal`` "2,5".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QTranslator

_PLACEHOLDER = re.compile(r"%(\d{1,2})")
_PLURAL = re.compile(r"\((s|es)\)")


def fill(text: str, *values: object) -> str:
    """``text`` with ``%1``, ``%2`` … replaced by ``values`` (like ``QString.arg``)."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, text)


def file_size(size_bytes: int) -> str:
    """A file size in the interface's language: "14,4 MB" in Swedish, "14.4 MB" in English."""
    return QLocale().formattedDataSize(
        max(size_bytes, 0), 1, QLocale.DataSizeFormat.DataSizeSIFormat
    )


def decimal(value: float, places: int = 1) -> str:
    """A decimal number with the interface's decimal sign: "2,5" in Swedish."""
    return QLocale().toString(float(value), "f", places)


def english_plural(source: str, n: int) -> str:
    """``"%n learner(s)"`` → ``"%n learner"`` for 1, ``"%n learners"`` otherwise."""
    return _PLURAL.sub("" if n == 1 else r"\1", source)


class EnglishPlurals(QTranslator):
    """Answers counted messages (``n`` given) whose source marks the plural with ``(s)``;
    Qt then puts the number in place of ``%n``. Installed first, so asked last: a real
    translation (Swedish) always wins."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if n < 0 or not _PLURAL.search(source_text):
            return None  # not ours: Qt uses the source text
        return english_plural(source_text, n)

    def isEmpty(self) -> bool:
        return False
