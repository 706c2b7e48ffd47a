""" "Try with demo data": a separate demo database, filled in the background, then opened.

The flow gets the services provider, not the window: it opens the demo store, fills it on
a worker thread with a progress dialog, and hands it to ``services.replace``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from larsam_desktop import APP_NAME
from larsam_desktop.ui.messages import user_error_text
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.services_provider import ServicesProvider
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.workers import TaskControl

if TYPE_CHECKING:
    from larsam_desktop.services.demo import DemoResult
    from larsam_desktop.services.errors import UserError
    from larsam_desktop.ui.session import Services

DEMO_LEARNERS = 2000


class DemoFlow(QObject):
    def __init__(self, services: ServicesProvider, window: QWidget) -> None:
        super().__init__(window)
        self._services = services
        self._window = window
        self._op: Op[Any] | None = None
        self._demo: Services | None = None

    @property
    def busy(self) -> bool:
        return self._op is not None and self._op.running

    def start(self) -> None:
        from larsam_desktop.ui.session import Services

        if self.busy:
            return
        current = self._services.current
        demo_paths = current.paths.demo
        if current.paths.data_dir == demo_paths.data_dir or current.is_demo:
            QMessageBox.information(
                self._window, APP_NAME, self.tr("The demo database is already open.")
            )
            return
        opened = run_op(self._window, lambda: Services.open(demo_paths))
        if opened.value is None:
            return
        demo = self._demo = opened.value
        if demo.learners.count() > 0:
            self._open_demo()  # filled on an earlier visit
            return

        def generate(control: TaskControl) -> DemoResult:
            return demo.demo.generate(
                DEMO_LEARNERS,
                seed=1,
                progress=control.progress,
                cancelled=lambda: control.cancelled,
            )

        self._op = run_op(
            self._window,
            generate,
            background=True,
            progress=self.tr("Creating demo learners…"),
            title=self.tr("Demo data"),
            quiet=True,
            on_success=lambda _result: self._open_demo(),
            on_failure=self._failed,
            on_cancelled=self._close_demo,
        )

    def cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()

    def _close_demo(self) -> None:
        if self._demo is not None:
            self._demo.close()
            self._demo = None

    def _failed(self, error: UserError) -> None:
        self._close_demo()
        QMessageBox.warning(
            self._window,
            APP_NAME,
            fill(self.tr("The demo data could not be created: %1"), user_error_text(error)),
        )

    def _open_demo(self) -> None:
        assert self._demo is not None
        demo, self._demo = self._demo, None
        self._services.replace(demo)
