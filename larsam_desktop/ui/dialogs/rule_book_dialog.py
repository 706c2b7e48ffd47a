"""The rule book: every target's requirements and routes, with standing, dates and sources,
searchable; the eligibility panel opens it at the rule a requirement rests on.

Texts are Swedish in the Swedish interface and English otherwise (both are in the rule
data). Searching filters the list and resets the model (a proxy model is slower at this
size, see stack-notes).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from larsam_desktop.domain.eligibility.rule_book_view import (
    RuleEntry,
    find,
    rule_entries,
    search,
)
from larsam_desktop.domain.eligibility.rules import RuleBook
from larsam_desktop.ui.i18n import ui_language
from larsam_desktop.ui.models.rule_book_model import RuleBookModel, dates_text, standing_text
from larsam_desktop.ui.text import fill

if TYPE_CHECKING:
    from larsam_desktop.ui.services_provider import ServicesProvider


class RuleBookDialog(QDialog):
    def __init__(
        self, book: RuleBook, parent: QWidget | None = None, *, language: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rule book"))
        self.resize(1000, 640)
        self._entries = rule_entries(book, language or ui_language(QLocale()))
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("ruleBookSearch")
        self.search_field.setPlaceholderText(self.tr("Search targets, courses, sources…"))
        self.search_field.setAccessibleName(self.tr("Search the rule book"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textChanged.connect(self._filter)
        self.count = QLabel(self)
        self.model = RuleBookModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("ruleBookTable")
        self.table.setAccessibleName(self.tr("Rules"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 200)
        header.resizeSection(1, 380)
        header.setStretchLastSection(True)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("ruleBookDetail")
        self.detail.setAccessibleName(self.tr("The selected rule"))
        self.detail.setOpenExternalLinks(False)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Search:"), self)
        label.setBuddy(self.search_field)
        top.addWidget(label)
        top.addWidget(self.search_field, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._current)
        self._filter("")

    def _filter(self, text: str) -> None:
        shown = search(self._entries, text)
        self.model.set_rows(shown)
        count = fill(self.tr("%1 of %2 rules"), str(len(shown)), str(len(self._entries)))
        self.count.setText(count)
        if shown:
            self.table.selectRow(0)
        else:
            self.detail.clear()

    def show_rule(self, target_id: str, rule_id: str, route_id: str | None = None) -> bool:
        """Select a target's rule (clearing the search); False when the book has no such rule."""
        self.search_field.clear()
        row = find(self.model.rows(), target_id, rule_id, route_id)
        if row is None:
            row = find(self.model.rows(), target_id, rule_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def current_entry(self) -> RuleEntry | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        self.detail.setHtml(self._detail_html(self.model.row_at(current.row())))

    def _detail_html(self, entry: RuleEntry) -> str:
        parts = [f"<h3>{escape(entry.text)}</h3>", f"<p>{escape(entry.target_name)}</p>"]
        parts.append(
            "<p><b>{}</b> {}</p>".format(escape(self.tr("Standing:")), escape(standing_text(entry)))
        )
        if dates_text(entry):
            parts.append(
                "<p><b>{}</b> {}</p>".format(escape(self.tr("Valid:")), escape(dates_text(entry)))
            )
        if entry.courses:
            ways = [" + ".join(course_set) for course_set in entry.courses]
            parts.append(
                "<p><b>{}</b> {}</p>".format(
                    escape(self.tr("Courses (any one line):")), escape(self.tr(" or ").join(ways))
                )
            )
        if entry.quote:
            parts.append(f"<blockquote>{escape(entry.quote)}</blockquote>")
        if entry.sources:
            items = "".join(f"<li>{escape(source)}</li>" for source in entry.sources)
            heading = escape(self.tr("Sources:"))  # outside the f-string, where lupdate sees it
            parts.append(f"<p><b>{heading}</b></p><ul>{items}</ul>")
        if entry.standing in ("proposed", "unverified"):
            parts.append(
                "<p><i>{}</i></p>".format(
                    escape(
                        self.tr(
                            "This rule does not decide whether a learner is eligible: it is "
                            "shown as a warning until a source in force is found."
                        )
                    )
                )
            )
        return "".join(parts)


def open_rule_book(
    services: ServicesProvider,
    parent: QWidget | None,
    at: tuple[str, str, str | None] | None = None,
) -> RuleBookDialog:
    """Show the rule book (of the open store's rules, else the shipped ones), at a rule."""
    if services.available:
        book = services.current.eligibility_data.book
    else:
        from larsam_desktop.services.eligibility_data import load_eligibility_data

        book = load_eligibility_data().book
    dialog = RuleBookDialog(book, parent)
    if at is not None:
        dialog.show_rule(*at)
    dialog.show()
    return dialog
