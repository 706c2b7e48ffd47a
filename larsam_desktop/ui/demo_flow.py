""" "Try with demo data": a separate demo database, filled in the background, then opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from larsam_desktop import APP_NAME
from larsam_desktop.services.demo import DemoCancelled, DemoGenerator, DemoResult
from larsam_desktop.services.errors import StorageError
from larsam_desktop.services.store import open_store
from larsam_desktop.ui.session import AppSession
from larsam_desktop.ui.workers import BackgroundTask, TaskControl

if TYPE_CHECKING:
    from larsam_desktop.ui.main_window import MainWindow

DEMO_LEARNERS = 2000


class DemoFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._task: BackgroundTask | None = None
        self._progress: QProgressDialog | None = None
        self._session: AppSession | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        if self.busy:
            return
        window = self._window
        demo_paths = window.session.paths.demo
        if window.session.paths.data_dir == demo_paths.data_dir or window.session.is_demo:
            QMessageBox.information(window, APP_NAME, self.tr("The demo database is already open."))
            return
        try:
            store = open_store(demo_paths)
        except StorageError as exc:
            QMessageBox.warning(window, APP_NAME, exc.message)
            return
        self._session = AppSession.create(demo_paths, store)
        if self._session.learners.count() > 0:
            self._open_demo()  # filled on an earlier visit
            return
        self._progress = QProgressDialog(
            self.tr("Creating demo learners…"), self.tr("Cancel"), 0, DEMO_LEARNERS, window
        )
        self._progress.setWindowTitle(self.tr("Demo data"))
        self._progress.setMinimumDuration(0)
        self._progress.canceled.connect(self.cancel)
        generator = DemoGenerator(store.database)

        def generate(control: TaskControl) -> DemoResult:
            return generator.generate(
                DEMO_LEARNERS,
                seed=1,
                progress=control.progress,
                cancelled=lambda: control.cancelled,
            )

        self._task = BackgroundTask(
            generate, on_success=self._done, on_failure=self._failed, on_progress=self._on_progress
        )

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _on_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _finish(self) -> None:
        self._task = None
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None

    def _done(self, _result: DemoResult) -> None:
        self._finish()
        self._open_demo()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if self._session is not None:
            self._session.close()
            self._session = None
        if isinstance(error, DemoCancelled):
            return
        message = error.message if isinstance(error, StorageError) else str(error)
        QMessageBox.warning(
            self._window,
            APP_NAME,
            self.tr("The demo data could not be created: %1").replace("%1", message),
        )

    def _open_demo(self) -> None:
        assert self._session is not None
        session, self._session = self._session, None
        self._window.set_session(session)
