"""File → Recently opened: the last ten learners shown, newest first, kept in the data
folder's UI settings across restarts (each data folder, the demo one too, has its own).

A learner erased (or gone with a restore, an import or another store: the changes that
come as ``learners_bulk``/``database_replaced``) leaves the list: the ids listed are then
looked up off the GUI thread, and their names taken afresh. A single learner saved costs
no read (its name is taken again when it is next shown).
Installed with ``(navigator, menus, events, services, learner_flow)``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from larsam_desktop.services.changes import Changes
from larsam_desktop.ui.events import AppEvents
from larsam_desktop.ui.learner_flow import LearnerFlow
from larsam_desktop.ui.navigation import Menus, Navigator
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.services_provider import ServicesProvider
from larsam_desktop.ui.settings import UiSettings
from larsam_desktop.ui.workers import TaskControl

if TYPE_CHECKING:
    from larsam_desktop.ui.session import Services

KEY = "learners/recent"
MAX_RECENT = 10


def parse(stored: object) -> list[tuple[int, str]]:
    """The stored list, forgiving: anything unreadable is an empty list."""
    try:
        rows = json.loads(str(stored or "[]"))
        return [(int(i), str(name)) for i, name in rows][:MAX_RECENT]
    except (ValueError, TypeError):
        return []


def pushed(recent: list[tuple[int, str]], learner_id: int, name: str) -> list[tuple[int, str]]:
    """``learner_id`` first, once; at most ``MAX_RECENT``."""
    return [(learner_id, name), *((i, n) for i, n in recent if i != learner_id)][:MAX_RECENT]


class RecentLearners(QObject):
    def __init__(
        self,
        navigator: Navigator,
        menus: Menus,
        events: AppEvents,
        services: ServicesProvider,
        flow: LearnerFlow,
    ) -> None:
        super().__init__(navigator)
        self._events = events
        self._services = services
        self._settings: UiSettings | None = None
        self.entries: list[tuple[int, str]] = []
        self.checking: Op[dict[int, str]] | None = None
        self.menu = QMenu(self.tr("Recently &opened"), navigator.window)
        self.menu.setObjectName("recentLearnersMenu")
        menus.file.addMenu(self.menu)
        self.menu.setEnabled(False)
        self._rebuild()
        flow.shown.connect(self.add)
        events.changed.connect(self._on_changes)
        services.attached.connect(self._attached)

    def _attached(self, services: Services) -> None:
        self._settings = UiSettings(services.paths)
        self.entries = parse(self._settings.get(KEY))
        self.menu.setEnabled(True)
        self._rebuild()
        self._check(services)

    def add(self, learner_id: int, name: str) -> None:
        self._set(pushed(self.entries, learner_id, name))

    def _set(self, entries: list[tuple[int, str]]) -> None:
        self.entries = entries
        if self._settings is not None:
            self._settings.set(KEY, json.dumps(entries, ensure_ascii=False))
            self._settings.sync()
        self._rebuild()

    def _rebuild(self) -> None:
        self.menu.clear()
        if not self.entries:
            empty = self.menu.addAction(self.tr("No learner opened yet"))
            empty.setEnabled(False)
            return
        for number, (learner_id, name) in enumerate(self.entries, start=1):
            label = name.replace("&", "&&")  # a name's "&" is no mnemonic
            text = f"&{number} {label}" if number < MAX_RECENT else f"1&0 {label}"
            action = QAction(text, self.menu)
            action.triggered.connect(
                lambda _checked=False, chosen=learner_id: self._events.open_learner(chosen)
            )
            self.menu.addAction(action)

    def _on_changes(self, changes: Changes) -> None:
        listed = {learner_id for learner_id, _name in self.entries}
        if not self._services.available or not listed:
            return
        if changes.learners_bulk or changes.database_replaced:  # erasure is one of these
            self._check(self._services.current)

    def _check(self, services: Services) -> None:
        """Drop learners that are gone and take the current names (read off the GUI thread)."""
        ids = [learner_id for learner_id, _name in self.entries]
        if not ids:
            return
        caseload, checked = services.caseload, set(ids)

        def read(_control: TaskControl) -> dict[int, str]:
            rows = caseload.rows(ids)
            return {i: f"{row.given_name} {row.family_name}" for i, row in rows.items()}

        def found(names: dict[int, str]) -> None:
            if self._services.available and self._services.current is services:
                # One opened while this read ran was not looked up: it stays.
                now = [
                    (i, names.get(i, name))
                    for i, name in self.entries
                    if i in names or i not in checked
                ]
                if now != self.entries:
                    self._set(now)

        self.checking = run_op(self.menu, read, background=True, quiet=True, on_success=found)
