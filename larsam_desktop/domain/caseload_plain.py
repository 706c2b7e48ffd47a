"""The caseload search retried without diacritics: "aslund" finds "Åslund".

Letters are compared without their diacritics, letter for letter (å → a, é → e; æ, ø and ß
stay). ``PlainTexts`` holds every search text so folded, joined by newlines, built once per
index change in one C-speed pass; ``CaseloadIndex.search_plain`` uses it after a search
found nothing, and the window says which words matched.
"""

from __future__ import annotations

import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate


def _plain_table() -> dict[int, int]:
    """Lower-case Latin letters with diacritics → their base letter, one to one (å → a,
    é → e); letters that do not decompose (æ, ø, ß) stay."""
    table: dict[int, int] = {}
    for code in range(0xC0, 0x250):
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0]
        if ch.islower() and base != ch and base.isascii() and base.isalpha():
            table[code] = ord(base)
    return table


_PLAIN = _plain_table()


_PLAIN_PAIRS = tuple((chr(code), chr(base)) for code, base in _PLAIN.items())


def plain_letters(text: str) -> str:
    """``text`` (already folded) without diacritics, letter for letter: "åslund" → "aslund"."""
    return text.translate(_PLAIN)


def _plain_long(text: str) -> str:
    """``plain_letters`` for megabytes: one C-speed scan per letter beats ``translate``
    (which looks each character up in a dict) ~10 times on 5 MB of Swedish text."""
    for letter, base in _PLAIN_PAIRS:
        if letter in text:
            text = text.replace(letter, base)
    return text


@dataclass(frozen=True, slots=True)
class PlainMatch:
    """The result of a search retried without diacritics, and the words it matched in the
    first learner found (as stored, folded: "åslund")."""

    ids: list[int]
    matched: tuple[str, ...]


class PlainTexts:
    """Every search text without diacritics, joined by newlines, and where each starts."""

    def __init__(self, texts: Sequence[str]) -> None:
        starts = array("q", [0])
        starts.extend(accumulate(len(text) + 1 for text in texts))
        self._starts = starts
        self._plain = _plain_long("\n".join(texts))

    def rows(self, terms: Sequence[str]) -> set[int]:
        """Positions whose text holds every term (already without diacritics): the first
        term found through the joined text, the others in each text still in."""
        plain, starts = self._plain, self._starts
        hits = self._rows(terms[0])  # the longest: usually the fewest rows
        for term in terms[1:]:  # then only the texts still in, each sliced out
            hits = {row for row in hits if term in plain[starts[row] : starts[row + 1]]}
        return hits

    def _rows(self, term: str) -> set[int]:
        """Positions whose text contains ``term`` (a term never holds a newline, so a match
        never spans two texts)."""
        plain, starts = self._plain, self._starts
        found: set[int] = set()
        at = plain.find(term)
        while at != -1:
            row = bisect_right(starts, at) - 1
            found.add(row)
            at = plain.find(term, starts[row + 1])  # on to the next text
        return found


def matched_words(text: str, plain_terms: Sequence[str]) -> tuple[str, ...]:
    """The words of ``text`` that the diacritic-free terms matched, in ``text``'s order."""
    words = text.split()
    found = [word for word in words if any(term in plain_letters(word) for term in plain_terms)]
    return tuple(dict.fromkeys(found))
