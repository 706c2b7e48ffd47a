"""The eligibility panel's rule-book side: the route that gives grundläggande behörighet,
warnings from proposed and unverified rules, rules decided from a later date ("from
HT2027: …") for the hoped-for start term, what to gather for a route a university
assesses, and a link from each requirement to its rule in the rule book (double-click or
Enter on a row)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTableView, QWidget

from larsam_desktop.domain.bilingual import Language
from larsam_desktop.domain.eligibility.engine import EligibilityResult
from larsam_desktop.domain.eligibility.requirements import RequirementResult
from larsam_desktop.domain.eligibility.rule_book_view import locate
from larsam_desktop.domain.eligibility.rules import RuleBook
from larsam_desktop.ui.models.requirements_model import RequirementsModel
from larsam_desktop.ui.text import fill

_TERM = re.compile(r"^(HT|VT)(\d{4})$")


def term_start(term: str | None) -> date | None:
    """When a term starts: VT in mid January, HT in late August."""
    match = _TERM.match(term or "")
    if match is None:
        return None
    year = int(match[2])
    return date(year, 1, 16) if match[1] == "VT" else date(year, 8, 20)


def _text(result: RequirementResult, language: Language) -> str:
    return result.text.in_language(language)


def rule_lines(result: EligibilityResult, start_term: str | None, language: Language) -> list[str]:
    """The lines shown above the notes and sources."""
    lines = []
    if result.route_name:
        template = (
            QCoreApplication.translate("EligibilityRules", "Grundläggande behörighet through: %1")
            if result.route_met
            else QCoreApplication.translate(
                "EligibilityRules", "Closest route to grundläggande behörighet: %1"
            )
        )
        lines.append(fill(template, result.route_title.in_language(language) or result.route_name))
    standings = {
        "proposed": QCoreApplication.translate("EligibilityRules", "proposed"),
        "unverified": QCoreApplication.translate("EligibilityRules", "unverified"),
    }
    for warning in result.warnings:
        state = (
            QCoreApplication.translate("EligibilityRules", "met")
            if warning.met
            else QCoreApplication.translate("EligibilityRules", "not met")
        )
        lines.append(
            fill(
                QCoreApplication.translate(
                    "EligibilityRules", "⚠ %1 rule (does not decide): %2 — %3"
                ),
                standings.get(warning.standing, warning.standing),
                _text(warning, language),
                state,
            )
        )
    start = term_start(start_term)
    for valid_from, upcoming in result.upcoming:
        if start is not None and valid_from > start:
            continue  # decided, but from after the hoped-for start
        state = (
            QCoreApplication.translate("EligibilityRules", "met")
            if upcoming.met
            else QCoreApplication.translate("EligibilityRules", "not met")
        )
        lines.append(
            fill(
                QCoreApplication.translate("EligibilityRules", "From %1: %2 — %3"),
                start_term or valid_from.isoformat(),
                _text(upcoming, language),
                state,
            )
        )
    for item in result.gathered(language):
        lines.append(fill(QCoreApplication.translate("EligibilityRules", "To gather: %1"), item))
    return lines


class RuleLinks(QObject):
    """Opens the rule book at the rule of the requirement activated in ``table``."""

    def __init__(
        self,
        book: RuleBook,
        table: QTableView,
        model: RequirementsModel,
        target: Callable[[], str | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._table = table
        self._model = model
        self._target = target
        self._parent = parent
        self.dialog: QWidget | None = None
        table.doubleClicked.connect(self.open)
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(lambda: self.open(table.currentIndex()))
        table.setToolTip(
            QCoreApplication.translate(
                "EligibilityRules", "Double-click a requirement to see its rule"
            )
        )

    def open(self, index: QModelIndex) -> None:
        target = self._target()
        if not index.isValid() or target is None:
            return
        from larsam_desktop.ui.dialogs.rule_book_dialog import RuleBookDialog

        result = self._model.row_at(index.row())
        dialog = RuleBookDialog(self._book, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show_rule(*locate(result.id, self._book.resolve(target)))
        dialog.show()
        self.dialog = dialog
