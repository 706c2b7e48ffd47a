"""Text folding for search and Swedish alphabetical order.

Search folds case but keeps Swedish letters distinct (``örebro`` finds ``Örebro``,
``orebro`` need not). Sort keys are plain strings whose *binary* order is Swedish order
(å, ä, ö after z; é with e; ü with y), so the database sorts them correctly with a
binary collation on SQLite and ``COLLATE "C"`` on PostgreSQL.
"""

from __future__ import annotations

import re
import unicodedata

from larsam_desktop.domain.identity import normalise_search_token

# Letters that Swedish sorts after z, mapped to the code points just after "z".
_AFTER_Z = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"}
# Letters Swedish sorts as another letter (SAOL: ü as y, é as e, ...).
_SORT_AS = {"ü": "y", "ß": "ss", "đ": "d", "ł": "l", "þ": "th"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case-fold for searching, keeping diacritics (NFC first, so composed and decomposed match)."""
    return unicodedata.normalize("NFC", text).casefold()


def collapse_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def has_control_characters(text: str, *, allow_newlines: bool = False) -> bool:
    if allow_newlines:
        text = text.replace("\n", "").replace("\t", "").replace("\r", "")
    return _CONTROL.search(text) is not None


def swedish_sort_key(text: str) -> str:
    """A key whose code-point order is Swedish alphabetical order."""
    out: list[str] = []
    for ch in fold(collapse_spaces(text)):
        if ch in _AFTER_Z:
            out.append(_AFTER_Z[ch])
        elif ch in _SORT_AS:
            out.append(_SORT_AS[ch])
        elif ch.isascii():
            out.append(ch)
        else:
            base = unicodedata.normalize("NFD", ch)[0]
            # Letters with other diacritics sort with their base letter (é → e).
            out.append(base if base.isascii() else ch)
    return "".join(out)


def search_terms(query: str) -> list[str]:
    """Split a search box text into folded terms, all of which must match (AND)."""
    terms = [normalise_search_token(t) for t in fold(query).split()]
    return [t for t in dict.fromkeys(terms) if t]
