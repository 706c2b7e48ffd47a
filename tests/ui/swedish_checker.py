"""A checker for the language of everything a person reads (issue 14).

Three checks share the word lists here:

* **Swedish interface** (``swedish_problems``): every word seen on screen must be a word of
  the Swedish catalogue (the finished translations in ``larsam_sv.ts``, Qt's own Swedish
  button texts, the Swedish side of the rule and catalogue data), a word of the data in the
  database (names, addresses, course codes, notes…) or neutral (numbers, codes, acronyms,
  program names). A ``snake_case`` identifier is never text for a person.
* **English interface** (``english_problems``): no Swedish leftovers — a word with å, ä or ö,
  or a common Swedish word, that is neither data nor one of the few ``DOMAIN_TERMS``.
* **Documents** (``document_problems``): a Swedish document read back (pdftotext, openpyxl,
  csv, icalendar) holds none of ``ENGLISH_WORDS`` and no ``snake_case`` identifier.

``collect`` walks a widget and returns every visible text (labels, buttons, menus, headers,
items of the first table rows, tooltips, placeholders, window titles, status bar, accessible
names); ``DialogCatcher`` opens nothing modal: every ``exec()``ed dialog and every
``QMessageBox``/``QInputDialog``/``QFileDialog`` convenience call is read and answered with
"cancel"/"no". Known problems are listed where a test uses the checker, string by string,
with their owner; never a wildcard.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QEventLoop,
    QLocale,
    QModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from swedish_words import (
    ENGLISH_WORDS,
    ROOT,
    TS,
    Seen,
    assert_none,
    data_vocabulary,
    document_lines,
    document_problems,
    english_problems,
    identifiers,
    swedish_problems,
    swedish_vocabulary,
    words,
)

__all__ = [  # the checker is the one import for tests
    "ENGLISH_WORDS",
    "ROOT",
    "TS",
    "Collector",
    "DialogCatcher",
    "Seen",
    "assert_none",
    "collect_tabs",
    "data_vocabulary",
    "dialog_buttons",
    "document_lines",
    "document_problems",
    "english_problems",
    "identifiers",
    "interface_language",
    "menu_actions",
    "open_windows_besides",
    "settle",
    "swedish_problems",
    "swedish_vocabulary",
    "words",
]

# ---- the Swedish interface in a test process -------------------------------------------------


def compiled_catalogue(folder: Path) -> Path:
    """``larsam_sv.qm`` compiled from the .ts as it is now (``make translations`` does the
    same), into ``folder``: the window shows what the catalogue holds at this moment."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    flat = folder / "larsam_sv.ts"
    translations.flattened(TS, flat)
    qm = folder / "larsam_sv.qm"
    subprocess.run(
        [translations.qt_tool("lrelease"), "-silent", str(flat), "-qm", str(qm)], check=True
    )
    return qm


@contextmanager
def interface_language(language: str) -> Iterator[None]:
    """The application's translators and default locale for ``language``; back after."""
    from PySide6.QtCore import QLibraryInfo

    from larsam_desktop.ui.i18n import AppTranslator, chosen_locale
    from larsam_desktop.ui.text import EnglishPlurals

    app = QApplication.instance()
    assert app is not None
    before = QLocale()
    installed: list[QTranslator] = []
    QLocale.setDefault(chosen_locale(language))
    if language == "sv":
        with tempfile.TemporaryDirectory() as folder:
            qm = compiled_catalogue(Path(folder))
            own = AppTranslator(app)
            assert own.load(str(qm)), "the Swedish catalogue did not compile"
            qt = QTranslator(app)
            if qt.load(
                QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden),
                "qtbase",
                "_",
                QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            ):
                installed.append(qt)
            installed.append(own)
    for translator in installed:
        app.installTranslator(translator)
    if not any(isinstance(t, EnglishPlurals) for t in app.findChildren(QTranslator)):
        plurals = EnglishPlurals(app)
        app.installTranslator(plurals)
    swedish_vocabulary.cache_clear()  # Qt's button words depend on the translators
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(before)
        swedish_vocabulary.cache_clear()


def settle(ms: int = 50) -> None:
    import time

    deadline = time.monotonic() + ms / 1000
    while time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)


def settle_tasks(ms: int = 300, patience_s: float = 20.0) -> None:
    """``settle(ms)``, then until the background tasks started meanwhile have finished and
    their results were handled: a dialog an action opens after a background read opens
    while the caller's ``DialogCatcher`` is still active, however loaded the machine."""
    import time

    from larsam_desktop.ui.workers import BackgroundTask

    settle(ms)
    deadline = time.monotonic() + patience_s
    while BackgroundTask.running_count() and time.monotonic() < deadline:
        settle(50)
    settle(100)


# ---- collecting what is visible --------------------------------------------------------------


def plain(text: str) -> str:
    if re.search(r"<[a-zA-Z/][^>]*>|&[a-z]+;", text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return " ".join(text.split())


@dataclass
class Collector:
    """Every visible text under a widget, with where it was seen."""

    rows: int = 6  # the first rows of every list and table
    seen: list[Seen] = field(default_factory=list)

    def add(self, text: object, where: str, *, free: bool = False) -> None:
        if isinstance(text, str):
            text = plain(text)
            if text and any(c.isalpha() for c in text):
                self.seen.append(Seen(text, where, free))

    def widget(self, root: QWidget, label: str) -> None:
        self._one(root, label)
        for child in root.findChildren(QWidget):
            if not child.isVisibleTo(root) if root.isVisible() else not child.isVisible():
                continue
            if any(isinstance(p, (QCalendarWidget, QFileDialog)) for p in _ancestors(child, root)):
                continue  # Qt's own widgets, translated by Qt
            self._one(child, label)

    def menu(self, menu: QMenu, label: str) -> None:
        self.add(menu.title(), f"{label} menu")
        for action in menu.actions():
            self.action(action, f"{label} menu {menu.title()!r}")
            sub = action.menu()
            if isinstance(sub, QMenu):
                self.menu(sub, label)

    def action(self, action: QAction, where: str) -> None:
        if action.isSeparator() or not action.isVisible():
            return
        self.add(action.text(), where)
        if action.toolTip() != action.text().replace("&", "").rstrip("…").rstrip("."):
            self.add(action.toolTip(), f"{where} (tooltip)")
        self.add(action.statusTip(), f"{where} (status tip)")

    def _one(self, w: QWidget, label: str) -> None:
        where = f"{label} {type(w).__name__}" + (f"#{w.objectName()}" if w.objectName() else "")
        if w.isWindow():
            self.add(w.windowTitle(), f"{where} (window title)")
        self.add(w.toolTip(), f"{where} (tooltip)")
        self.add(w.accessibleName(), f"{where} (accessible name)")
        self.add(w.accessibleDescription(), f"{where} (accessible description)")
        self.add(w.statusTip(), f"{where} (status tip)")
        if isinstance(w, (QLabel, QAbstractButton)):
            self.add(w.text(), where)
        elif isinstance(w, QGroupBox):
            self.add(w.title(), where)
        elif isinstance(w, QLineEdit):
            self.add(w.placeholderText(), f"{where} (placeholder)")
            self.add(w.text(), f"{where} (value)")
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                self.add(w.itemText(i), f"{where} (item)")
                self.add(w.itemData(i, Qt.ItemDataRole.ToolTipRole), f"{where} (item tooltip)")
        elif isinstance(w, QAbstractSpinBox):
            self.add(w.specialValueText(), where)
            for name in ("prefix", "suffix"):
                getter = getattr(w, name, None)
                if callable(getter):
                    self.add(getter(), where)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                self.add(w.tabText(i), f"{where} (tab)")
                self.add(w.tabToolTip(i), f"{where} (tab tooltip)")
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            self.add(w.placeholderText(), f"{where} (placeholder)")
            if w.isReadOnly():
                for line in w.toPlainText().splitlines():
                    self.add(line, f"{where} (text)", free=True)
        elif isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            model = w.model()
            if model is not None:
                self._model(model, where, w)
        elif isinstance(w, QMainWindow):
            self.add(w.statusBar().currentMessage(), f"{where} (status bar)")
            for action in w.menuBar().actions():
                sub = action.menu()
                if isinstance(sub, QMenu):
                    self.menu(sub, label)

    def _model(self, model: QAbstractItemModel, where: str, view: QAbstractItemView) -> None:
        display, tip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
        for column in range(_columns(model, QModelIndex())):
            if not view.isVisible() or not _column_hidden(view, column):
                self.add(model.headerData(column, Qt.Orientation.Horizontal, display), where)
                self.add(model.headerData(column, Qt.Orientation.Horizontal, tip), where)

        def rows(parent: QModelIndex, depth: int) -> None:
            for row in range(min(model.rowCount(parent), self.rows)):
                for column in range(_columns(model, parent)):
                    index = model.index(row, column, parent)
                    self.add(model.data(index, display), f"{where} (row {row})")
                    self.add(model.data(index, tip), f"{where} (row {row} tooltip)")
                if depth < 2 and not isinstance(model, QAbstractListModel):
                    rows(model.index(row, 0, parent), depth + 1)

        rows(QModelIndex(), 0)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return int(model.columnCount(parent))
    except TypeError:  # QAbstractListModel hides columnCount: one column
        return 1


def _column_hidden(view: QAbstractItemView, column: int) -> bool:
    is_hidden = getattr(view, "isColumnHidden", None)
    return bool(is_hidden(column)) if callable(is_hidden) else False


def _ancestors(widget: QWidget, root: QWidget) -> Iterator[QWidget]:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        yield parent
        parent = parent.parentWidget()


def collect_tabs(collector: Collector, root: QWidget, label: str) -> None:
    """Every tab of every tab widget under ``root``, each shown in turn."""
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        current = tabs.currentIndex()
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            settle(80)
            shown = tabs.widget(i)
            if shown is not None:
                collector.widget(shown, f"{label} tab {tabs.tabText(i)!r}")
        tabs.setCurrentIndex(current)


# ---- dialogs opened by an action, read and closed ------------------------------------------


@dataclass
class DialogCatcher:
    """While active, no dialog waits for an answer: each one is shown, read and cancelled.

    ``exec()`` of any ``QDialog`` (``QMessageBox`` too), the static ``QMessageBox``,
    ``QInputDialog.getText`` and ``QFileDialog`` functions are replaced; ``seen`` gets the
    dialog's texts, ``titles`` its window title, ``dialogs`` a description of what opened
    (for the laptop-screen test: its size against the screen).
    """

    collector: Collector
    label: str = ""
    on_dialog: Callable[[QDialog], None] | None = None
    titles: list[str] = field(default_factory=list)
    _saved: dict[tuple[type, str], Any] = field(default_factory=dict)

    def read(self, dialog: QDialog) -> None:
        dialog.show()
        settle(150)
        self.titles.append(dialog.windowTitle())
        name = f"{self.label} dialog {type(dialog).__name__} {dialog.windowTitle()!r}"
        self.collector.widget(dialog, name)
        collect_tabs(self.collector, dialog, name)
        if self.on_dialog is not None:
            self.on_dialog(dialog)

    def _exec(self, dialog: QDialog) -> int:
        self.read(dialog)
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    def _box(self, icon: QMessageBox.Icon) -> Callable[..., QMessageBox.StandardButton]:
        def show(
            parent: QWidget | None, title: str, text: str, buttons: Any = None, *_: Any
        ) -> QMessageBox.StandardButton:
            box = QMessageBox(icon, title, text, parent=parent)
            if buttons is not None:
                box.setStandardButtons(QMessageBox.StandardButton(buttons))
            self.read(box)
            chosen = box.standardButtons()
            box.deleteLater()
            for answer in (
                QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Close,
                QMessageBox.StandardButton.Ok,
            ):
                if chosen & answer:
                    return answer
            return QMessageBox.StandardButton.Cancel

        return show

    def __enter__(self) -> DialogCatcher:
        replaced: dict[tuple[type, str], Any] = {
            (QDialog, "exec"): lambda dialog, *a: self._exec(dialog),
            (QMessageBox, "exec"): lambda dialog, *a: self._exec(dialog),
            (QMessageBox, "question"): self._box(QMessageBox.Icon.Question),
            (QMessageBox, "warning"): self._box(QMessageBox.Icon.Warning),
            (QMessageBox, "information"): self._box(QMessageBox.Icon.Information),
            (QMessageBox, "critical"): self._box(QMessageBox.Icon.Critical),
            (QPrintDialog, "exec"): lambda dialog, *a: self._exec(dialog),
            (QPageSetupDialog, "exec"): lambda dialog, *a: self._exec(dialog),
            (QInputDialog, "getText"): lambda *a, **k: ("", False),
            (QInputDialog, "getItem"): lambda *a, **k: ("", False),
            (QInputDialog, "getInt"): lambda *a, **k: (0, False),
            (QFileDialog, "getSaveFileName"): lambda *a, **k: ("", ""),
            (QFileDialog, "getOpenFileName"): lambda *a, **k: ("", ""),
            (QFileDialog, "getExistingDirectory"): lambda *a, **k: "",
        }
        for (cls, name), replacement in replaced.items():
            self._saved[(cls, name)] = cls.__dict__.get(name)
            setattr(
                cls,
                name,
                staticmethod(replacement)
                if name.startswith("get")
                or name in ("question", "warning", "information", "critical")
                else replacement,
            )
        return self

    def __exit__(self, *_: object) -> None:
        for (cls, name), original in self._saved.items():
            if original is None:
                delattr(cls, name)
            else:
                setattr(cls, name, original)
        self._saved.clear()


def dialog_buttons(root: QWidget) -> list[QAbstractButton]:
    """The visible, enabled buttons under ``root`` that open a dialog (their text ends in …)."""
    return [
        b
        for b in root.findChildren(QAbstractButton)
        if b.isVisible() and b.isEnabled() and b.text().rstrip().endswith(("…", "..."))
    ]


def menu_actions(window: QMainWindow) -> list[tuple[str, QAction]]:
    """Every enabled entry of the window's menus (submenus opened), with its path."""
    found: list[tuple[str, QAction]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            sub = action.menu()
            name = f"{path} → {action.text().replace('&', '')}"
            if isinstance(sub, QMenu):
                walk(sub, name)
            else:
                found.append((name, action))

    for action in window.menuBar().actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            walk(sub, sub.title().replace("&", ""))
    return found


def open_windows_besides(known: Iterable[QWidget]) -> list[QWidget]:
    ids = {id(w) for w in known}
    return [
        w for w in QApplication.topLevelWidgets()
        if w.isVisible() and id(w) not in ids and not isinstance(w, QMenu)
    ]  # fmt: skip
