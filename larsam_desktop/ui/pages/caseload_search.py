"""The caseload search retried without diacritics: when the index finds nothing for
"aslund", the same search comparing letters without their diacritics finds "Åslund", and a
line above the table says so ("Nothing matches “aslund”; showing matches for “Åslund”.")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from larsam_desktop.domain.caseload import CaseloadQuery
from larsam_desktop.domain.caseload_index import CaseloadIndex
from larsam_desktop.ui.text import fill


class PlainRetry:
    """Wraps the index's search; ``match`` is (what was typed, the words matched) while the
    result shown is a retry, else None."""

    def __init__(self, parent: QWidget) -> None:
        self.match: tuple[str, tuple[str, ...]] | None = None
        self.label = QLabel(parent)
        self.label.setObjectName("plainSearch")
        self.label.setWordWrap(True)
        self.label.hide()

    def searcher(self, index: CaseloadIndex) -> Callable[[CaseloadQuery], Sequence[int]]:
        def search(query: CaseloadQuery) -> Sequence[int]:
            self.match = None
            ids = index.search_view(query)  # ids looked up only for the rows painted
            if ids or not query.terms:
                return ids
            found = index.search_plain(query)
            if found is None:
                return ids
            self.match = (" ".join(query.text.split()), found.matched)
            return found.ids

        return search

    def show(self, shown: int) -> None:
        """After a search: the line while a retry's rows are shown, hidden otherwise."""
        if self.match is None or shown == 0:
            self.label.hide()
            return
        typed, words = self.match
        self.label.setText(
            fill(
                QCoreApplication.translate(
                    "CaseloadPage", "Nothing matches “%1”; showing matches for “%2”."
                ),
                typed,
                " ".join(word[:1].upper() + word[1:] for word in words),
            )
        )
        self.label.show()
