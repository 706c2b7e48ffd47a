"""The navigator: the one owner of the navigation list and the page stack.

Pages are registered by key (``register(key, title, factory)``) and built on first use;
``show(key)`` is the one way to change the page, and the list's highlight follows the page
shown whoever showed it. The first four listed pages get Ctrl+1…Ctrl+4.

A page built here follows the ``Page`` protocol: it is attached to every store opened
(``attach``), told what changed (``apply_changes``) and asked to stop its background work
when the window closes or the store is replaced (``cancel``). Only the page shown is told
at once: a hidden page's changes are merged and handed to it when it is next shown, so a
grade typed on the learner page costs the caseload and Today pages nothing until the coach
goes there. A page may name changes it wants at once even when hidden (``eager``: Today
keeps its count in the list current when a follow-up is added). A page registered with
``follows=False`` is driven by its owner alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMenu,
    QStackedWidget,
    QStatusBar,
    QWidget,
)

from larsam_desktop.services.changes import Changes
from larsam_desktop.ui.services_provider import ServicesProvider

if TYPE_CHECKING:
    from larsam_desktop.ui.session import Services

PAGE_KEY_ROLE = Qt.ItemDataRole.UserRole + 17  # the navigation entries' page key
SHORTCUT_PAGES = 4


@runtime_checkable
class Page(Protocol):
    """What the navigator asks of a page it built."""

    def attach(self, services: Services) -> None:
        """A store was opened (the first, or another one): read from its services."""

    def apply_changes(self, changes: Changes) -> None:
        """A service call changed ``changes``; refresh what shows them, if anything."""

    def cancel(self) -> None:
        """Stop background work: the window closes or the store is replaced."""


def merged(first: Changes, then: Changes) -> Changes:
    """Both at once: every set joined, every flag raised in either."""
    return Changes(
        **{f.name: getattr(first, f.name) | getattr(then, f.name) for f in fields(Changes)}
    )


@dataclass(frozen=True, slots=True)
class Menus:
    """The window's menus and status bar, where feature modules add what they offer."""

    file: QMenu
    edit: QMenu
    view: QMenu
    settings: QMenu
    help: QMenu
    status: QStatusBar


@dataclass
class _Entry:
    key: str
    factory: Callable[[], QWidget]
    item: QListWidgetItem | None
    follows: bool
    eager: Callable[[Changes], bool] | None = None
    page: QWidget | None = None


class Navigator(QObject):
    """Owns ``navigation`` (the list) and ``stack`` (the pages) of one window."""

    page_shown = Signal(str)  # the key of the page now shown

    def __init__(
        self,
        navigation: QListWidget,
        stack: QStackedWidget,
        services: ServicesProvider,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.navigation = navigation
        self.stack = stack
        self._services = services
        self._entries: dict[str, _Entry] = {}
        self._pending: dict[str, Changes] = {}  # for hidden pages, handed over when shown
        self.shortcuts: list[QAction] = []
        navigation.itemClicked.connect(self._chosen)
        navigation.currentItemChanged.connect(lambda item, _old: self._chosen(item))
        stack.currentChanged.connect(self._follow)
        services.attached.connect(self._attach_all)
        for number in range(1, SHORTCUT_PAGES + 1):
            action = QAction(parent)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, row=number - 1: self.show_row(row))
            parent.addAction(action)
            self.shortcuts.append(action)

    @property
    def window(self) -> QWidget:
        """The window: the parent of dialogs opened from a page or a menu."""
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    # ---- registering ------------------------------------------------------------------------
    def register(
        self,
        key: str,
        title: str | None,
        factory: Callable[[], QWidget],
        *,
        position: int | None = None,
        follows: bool = True,
        eager: Callable[[Changes], bool] | None = None,
    ) -> QListWidgetItem | None:
        """A page under ``key``, built by ``factory`` on first use.

        ``title`` None: not listed (shown by ``show(key)`` only). ``position``: the row in the
        list (default: the end). ``follows``: attach it to stores and pass it changes.
        ``eager``: which changes it is told at once even while hidden (default: none).
        """
        if key in self._entries:
            raise ValueError(f"a page is already registered as {key!r}")
        item: QListWidgetItem | None = None
        if title is not None:
            item = QListWidgetItem(title)
            item.setData(PAGE_KEY_ROLE, key)
            self.navigation.blockSignals(True)
            if position is None:
                self.navigation.addItem(item)
            else:
                self.navigation.insertItem(position, item)
            self.navigation.blockSignals(False)
        self._entries[key] = _Entry(key, factory, item, follows, eager)
        self._show_shortcuts()
        return item

    def _show_shortcuts(self) -> None:
        """Each of the first four entries names its shortcut in its tooltip ("Ctrl+2")."""
        for row in range(self.navigation.count()):
            entry = self.navigation.item(row)
            if entry is not None:
                shortcut = QKeySequence(f"Ctrl+{row + 1}") if row < SHORTCUT_PAGES else None
                text = shortcut.toString(QKeySequence.SequenceFormat.NativeText) if shortcut else ""
                entry.setToolTip(text)

    def item(self, key: str) -> QListWidgetItem | None:
        return self._entries[key].item

    def keys(self) -> list[str]:
        """The listed keys in the list's order (what Ctrl+1… show)."""
        rows = (self.navigation.item(row) for row in range(self.navigation.count()))
        return [str(item.data(PAGE_KEY_ROLE)) for item in rows if item is not None]

    # ---- pages ------------------------------------------------------------------------------
    def built(self, key: str) -> QWidget | None:
        """The page if it has been built, without building it."""
        return self._entries[key].page

    def page(self, key: str) -> QWidget:
        """The page, built (and attached to the open store) on first use."""
        entry = self._entries[key]
        if entry.page is None:
            page = entry.factory()
            entry.page = page
            self.stack.addWidget(page)
            if entry.follows and self._services.available and isinstance(page, Page):
                page.attach(self._services.current)
        return entry.page

    def show(self, key: str, *, fresh: bool = False) -> QWidget:
        """Show the page; it first gets the changes it missed while hidden (``fresh``: it has
        just read everything, so they are dropped)."""
        page = self.page(key)
        pending = self._pending.pop(key, None)
        if pending is not None and not fresh and isinstance(page, Page):
            page.apply_changes(pending)
        self.stack.setCurrentWidget(page)
        return page

    def pending(self, key: str) -> Changes | None:
        """What the hidden page ``key`` will be told when it is shown."""
        return self._pending.get(key)

    def show_row(self, row: int) -> None:
        """The page at ``row`` of the list (Ctrl+1 is row 0), once the store is open."""
        keys = self.keys()
        if 0 <= row < len(keys) and self._services.available:
            self.show(keys[row])

    @property
    def current_key(self) -> str | None:
        shown = self.stack.currentWidget()
        for entry in self._entries.values():
            if entry.page is not None and entry.page is shown:
                return entry.key
        return None

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def drop(self, key: str) -> None:
        """Forget a built page (another store: it is built afresh when next shown)."""
        entry = self._entries[key]
        if entry.page is not None:
            page, entry.page = entry.page, None
            self._pending.pop(key, None)
            self.stack.removeWidget(page)
            page.deleteLater()

    # ---- the Page protocol for every page built ---------------------------------------------
    def _following(self) -> list[tuple[str, Page]]:
        return [
            (e.key, e.page)
            for e in self._entries.values()
            if e.follows and e.page is not None and isinstance(e.page, Page)
        ]

    def _attach_all(self, services: Services) -> None:
        self._pending.clear()  # attaching reads everything afresh
        for _key, page in self._following():
            page.attach(services)

    def apply_changes(self, changes: Changes) -> None:
        """The page shown is told now; the others when they are next shown."""
        shown: object = self.stack.currentWidget()
        for key, page in self._following():
            eager = self._entries[key].eager
            if page is shown or (eager is not None and eager(changes)):
                earlier = self._pending.pop(key, None)
                page.apply_changes(changes if earlier is None else merged(earlier, changes))
            else:
                earlier = self._pending.get(key)
                self._pending[key] = changes if earlier is None else merged(earlier, changes)

    def cancel(self) -> None:
        for _key, page in self._following():
            page.cancel()

    # ---- the list follows the stack, the stack follows the list -----------------------------
    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None or not self._services.available:
            return
        key = item.data(PAGE_KEY_ROLE)
        if isinstance(key, str) and key in self._entries:
            self.show(key)

    def _follow(self) -> None:
        key = self.current_key
        entry = self._entries.get(key) if key is not None else None
        item = entry.item if entry is not None else None
        if item is not None and self.navigation.currentItem() is not item:
            self.navigation.blockSignals(True)
            self.navigation.setCurrentItem(item)
            self.navigation.blockSignals(False)
        if key is not None:
            self.page_shown.emit(key)
