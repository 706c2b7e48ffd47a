"""Opening, adding and editing learners: the learner page (built the first time a learner
is opened), File → New learner, and the audit entry for viewing a protected identity.
Installed with ``(navigator, menus, events, services)``; ``events.open_learner(id)`` is how
any page opens one. The learner page follows the ``Page`` protocol like every other page
(the navigator tells it what changed while it is shown and stops its saves when the store
is replaced); the window drops it then, and the next learner opened builds it afresh."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from larsam_desktop.services.changes import Changes
from larsam_desktop.services.errors import NotFound, UserError
from larsam_desktop.ui.events import AppEvents
from larsam_desktop.ui.messages import show_user_error
from larsam_desktop.ui.navigation import Menus, Navigator
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.services_provider import ServicesProvider
from larsam_desktop.ui.workers import TaskControl, single_lane

if TYPE_CHECKING:
    from larsam_desktop.domain.learner import StoredLearner
    from larsam_desktop.services.learner_snapshot import LearnerSnapshot
    from larsam_desktop.services.reference_data import ReferenceChoices
    from larsam_desktop.ui.dialogs.learner_dialog import LearnerDialog
    from larsam_desktop.ui.pages.learner_page import LearnerPage

LEARNER, CASELOAD, WELCOME = "learner", "caseload", "welcome"

_Opened = tuple["StoredLearner", "ReferenceChoices", "LearnerSnapshot"]


class _SelectsLearner(Protocol):
    def select_learner(self, learner_id: int) -> None: ...


class LearnerFlow(QObject):
    shown = Signal(int, str)  # a learner really shown: id, "Given Family" (recent learners)

    def __init__(
        self, navigator: Navigator, menus: Menus, events: AppEvents, services: ServicesProvider
    ) -> None:
        super().__init__(navigator)
        self._navigator = navigator
        self._events = events
        self._services = services
        self._window = window = navigator.window
        self._generation = 0  # an open overtaken by a newer one is dropped
        self._opening: Op[_Opened] | None = None
        navigator.register(LEARNER, None, self._new_page)
        self.new_learner_action = QAction(self.tr("&New learner…"), window)
        self.new_learner_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_learner_action.triggered.connect(lambda: self.new_learner())
        self.new_learner_action.setEnabled(False)
        menus.file.addAction(self.new_learner_action)
        window.addAction(self.new_learner_action)  # wherever the focus is
        events.learner_requested.connect(self.open_learner)
        services.attached.connect(lambda _services: self.new_learner_action.setEnabled(True))

    @property
    def page(self) -> LearnerPage | None:
        return cast("LearnerPage | None", self._navigator.built(LEARNER))

    def _new_page(self) -> LearnerPage:
        from larsam_desktop.ui.pages.learner_page import LearnerPage

        page = LearnerPage(self._services.current, self._window)
        page.changed.connect(self._events.publish)
        page.back_requested.connect(self.back_to_caseload)
        page.edit_requested.connect(self.edit_learner)
        return page

    def _caseload(self) -> _SelectsLearner:
        return cast(_SelectsLearner, self._navigator.show(CASELOAD))

    # ---- opening ----------------------------------------------------------------------------
    def _find(self, learner_id: int, *, tell: bool = False) -> StoredLearner | None:
        """The learner, or None: gone (the pages are told) or not readable (shown)."""
        learners = self._services.current.learners
        found = run_op(self._window, lambda: learners.get(learner_id), quiet=True)
        if found.error is not None:
            self._not_found(learner_id, found.error, tell=tell)
        return found.value

    def _not_found(self, learner_id: int, error: UserError, *, tell: bool) -> None:
        """Gone (the pages are told) or not readable (shown)."""
        if isinstance(error, NotFound):
            if tell:
                QMessageBox.information(
                    self._window,
                    self.tr("Learner not found"),
                    self.tr("This learner no longer exists."),
                )
            self._events.publish(Changes(learners=frozenset({learner_id})))
        else:
            show_user_error(self._window, error)

    @property
    def opening(self) -> bool:
        """A learner is being read to be shown (on a worker thread)."""
        return self._opening is not None and not self._opening.done

    def open_learner(self, learner_id: int) -> None:
        """Show the learner; the coach may first choose to stay with unsaved plan edits of
        the learner shown, and only a learner really shown is logged as viewed.

        The learner, the choices and the snapshot are read on a worker thread (a slow
        server never freezes the window); the newest request wins, an older one is dropped.
        """
        if not self._services.available:
            return
        shown = self.page
        if shown is not None and not shown.may_leave_for(learner_id):
            return  # the coach stayed where they were
        services = self._services.current
        learners, reference, snapshots = (
            services.learners,
            services.reference,
            services.learner_snapshots,
        )
        self._generation += 1
        generation = self._generation

        def read(_control: TaskControl) -> _Opened:
            return learners.get(learner_id), reference.choices(), snapshots.load(learner_id)

        def current() -> bool:
            return (
                generation == self._generation
                and self._services.available
                and self._services.current is services
            )

        def opened(result: _Opened) -> None:
            if not current():
                return
            stored, choices, snapshot = result
            page = cast("LearnerPage", self._navigator.page(LEARNER))
            page.show_loaded(snapshot, choices)
            self._viewed(stored)
            self._navigator.show(LEARNER, fresh=True)  # it has just read everything
            page.focus_first()
            self.shown.emit(stored.id, f"{stored.data.given_name} {stored.data.family_name}")

        def failed(error: UserError) -> None:
            if current():
                self._not_found(learner_id, error, tell=True)

        self._opening = run_op(
            self._window,
            read,
            background=True,
            quiet=True,
            pool=single_lane("learner-open"),
            on_success=opened,
            on_failure=failed,
        )

    def _viewed(self, learner: StoredLearner) -> None:
        """Every view of a protected-identity learner is logged (domain.md)."""
        from larsam_desktop.domain.learner import ProtectedIdentity
        from larsam_desktop.services.audit import AuditAction

        level = learner.data.protected_identity
        if level is ProtectedIdentity.NONE:
            return
        audit = self._services.current.audit
        run_op(
            self._window,
            lambda: audit.record(
                AuditAction.VIEW_PROTECTED_LEARNER,
                learner_id=learner.id,
                details={"level": str(level)},
            ),
        )

    def back_to_caseload(self) -> None:
        caseload = self._caseload()
        page = self.page
        if page is not None and page.learner_id is not None:
            caseload.select_learner(page.learner_id)
        if self._services.available and self._services.current.learners.count() == 0:
            self._navigator.show(WELCOME)

    # ---- adding and editing -----------------------------------------------------------------
    def new_learner(self) -> None:
        if not self._services.available:
            return
        dialog = self._dialog(None)
        if dialog is not None and dialog.exec() and dialog.saved_learner is not None:
            self._caseload().select_learner(dialog.saved_learner.id)

    def edit_learner(self, learner_id: int) -> None:
        """The edit dialog for a learner (from the learner page's "Edit details…")."""
        stored = self._find(learner_id)
        dialog = self._dialog(stored) if stored is not None else None
        if dialog is not None:
            dialog.exec()

    def _dialog(self, stored: StoredLearner | None) -> LearnerDialog | None:
        from larsam_desktop.ui.dialogs.learner_dialog import LearnerDialog

        services = self._services.current
        choices = run_op(self._window, services.reference.choices).value
        if choices is None:
            return None
        dialog = LearnerDialog(services.learners, choices, stored, self._window)
        dialog.saved.connect(self._events.publish)
        return dialog
