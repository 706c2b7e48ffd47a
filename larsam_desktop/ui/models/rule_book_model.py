"""The rule book's rows (``domain.eligibility.rule_book_view``): target, rule, standing,
dates and sources, with routes and targets set apart in bold."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont

from larsam_desktop.domain.eligibility.rule_book_view import RuleEntry
from larsam_desktop.ui.models.list_table_model import ListTableModel
from larsam_desktop.ui.text import fill

FONT = Qt.ItemDataRole.FontRole


def standing_text(entry: RuleEntry) -> str:
    """The standing in words: "in force", "decided, from DATE", "proposed", "unverified"."""
    # Spelled out (not through an alias): lupdate reads only literal translate() calls.
    if entry.standing == "decided":
        when = entry.valid_from.isoformat() if entry.valid_from else "?"
        return fill(QCoreApplication.translate("RuleBookModel", "decided, from %1"), when)
    return {
        "in_force": QCoreApplication.translate("RuleBookModel", "in force"),
        "proposed": QCoreApplication.translate("RuleBookModel", "proposed"),
        "unverified": QCoreApplication.translate("RuleBookModel", "unverified"),
    }.get(entry.standing, entry.standing)


def dates_text(entry: RuleEntry) -> str:
    start = entry.valid_from.isoformat() if entry.valid_from else ""
    end = entry.valid_to.isoformat() if entry.valid_to else ""
    if not start and not end:
        return ""
    return f"{start}–{end}"


class RuleBookModel(ListTableModel[RuleEntry]):
    def headers(self) -> Sequence[str]:
        return (
            self.tr("Target"),
            self.tr("Rule"),
            self.tr("Standing"),
            self.tr("Valid"),
            self.tr("Sources"),
        )

    def text(self, row: RuleEntry, column: int) -> str:
        if column == 0:
            return row.target_name
        if column == 1:
            if row.kind == "route":
                return fill(self.tr("Route: %1"), row.text)
            return row.text if row.kind == "target" else f"    {row.text}"
        if column == 2:
            return standing_text(row)
        if column == 3:
            return dates_text(row)
        if column == 4:
            return "; ".join(row.sources)
        return ""

    def role_data(self, row: RuleEntry, column: int, role: int) -> Any:
        if role == FONT and row.kind != "requirement" and column == 1:
            font = QFont()
            font.setBold(True)
            return font
        return None
