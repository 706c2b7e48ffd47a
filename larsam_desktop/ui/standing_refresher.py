"""Bringing every learner's "eligible for target" up to date after the rules changed.

At start (and after demo data) the stored standings may have been made with other rules or
before a rule's start date. The check costs one query; a refresh runs in the background,
shows its progress in the status bar, and then asks the lists to reload.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QLabel

from larsam_desktop.services.cancellation import Cancelled
from larsam_desktop.services.changes import Changes
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.workers import BackgroundTask, TaskControl

if TYPE_CHECKING:  # the window imports this before SQLAlchemy may be imported
    from larsam_desktop.services.target_standing import RefreshResult
    from larsam_desktop.ui.session import Services

log = logging.getLogger(__name__)


class StandingRefresher(QObject):
    refreshed = Signal(Changes)

    def __init__(self, status: QLabel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status = status
        self._task: BackgroundTask | None = None

    def start(self, session: Services) -> None:
        """Check (and if needed refresh) in the background; a running refresh is cancelled."""
        self.cancel()
        is_current, refresh = session.standings_current, session.refresh_standings

        def work(control: TaskControl) -> RefreshResult | None:
            if is_current():
                return None
            return refresh(progress=control.progress, cancelled=lambda: control.cancelled)

        self._task = BackgroundTask(
            work,
            on_success=self._done,
            on_failure=self._failed,
            on_progress=self._progress,
        )

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    @property
    def running(self) -> bool:
        return self._task is not None

    def _progress(self, done: int, total: int) -> None:
        percent = QLocale().toString(done * 100 // max(total, 1))
        self._status.setText(fill(self.tr("Checking eligibility for targets… %1 %"), percent))
        self._status.show()

    def _done(self, result: RefreshResult | None) -> None:
        self._task = None
        self._status.hide()
        if result is not None:
            log.info(
                "standings refreshed: %s learners, %s eligible", result.learners, result.eligible
            )
            self.refreshed.emit(result.changes)

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._status.hide()
        if isinstance(error, Cancelled):
            return
        # Stale standings are not worth a dialog: the next start tries again.
        log.warning("refreshing standings failed: %s", error, exc_info=error)
