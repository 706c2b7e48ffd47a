"""The learner page's snapshot kept fresh when someone else changes the learner.

``Changes`` the page published come back to it through the window; it knows them and
reads nothing (``own``). Changes made elsewhere to the learner shown read a fresh snapshot
on a worker thread (``reload``). What the page shows or saves meanwhile is newer, so the
page marks each snapshot it shows (``overtake``) and a reload overtaken by one is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from larsam_desktop.services.changes import Changes
from larsam_desktop.services.errors import UserError
from larsam_desktop.services.learner_snapshot import LearnerSnapshot
from larsam_desktop.services.learners import LearnerNotFound
from larsam_desktop.services.reference_data import ReferenceChoices
from larsam_desktop.ui.messages import show_user_error
from larsam_desktop.ui.operations import Op, run_op
from larsam_desktop.ui.session import AppSession
from larsam_desktop.ui.workers import TaskControl, single_lane

Read = tuple[ReferenceChoices | None, LearnerSnapshot]  # new choices (when asked for), snapshot
KEPT = 8  # published Changes remembered until they come back


class SnapshotReload(QObject):
    """Reads for ``page``: ``shown()`` is the learner id it shows, ``show`` takes a fresh
    snapshot (and new choices, if read), ``gone`` runs when the learner was erased."""

    def __init__(
        self,
        page: QWidget,
        session: AppSession,
        shown: Callable[[], int | None],
        show: Callable[[LearnerSnapshot, ReferenceChoices | None], None],
        gone: Callable[[], None],
    ) -> None:
        super().__init__(page)
        self._page, self._session = page, session
        self._shown, self._show, self._gone = shown, show, gone
        self._generation = 0  # a reload overtaken by a newer snapshot is dropped
        self._op: Op[Read] | None = None
        self._published: list[Changes] = []  # sent to the window, not yet come back

    @property
    def reloading(self) -> bool:
        """A fresh snapshot is being read (on a worker thread)."""
        return self._op is not None and not self._op.done

    def overtake(self) -> None:
        """The page shows a snapshot newer than any reload still running."""
        self._generation += 1

    def published(self, changes: Changes) -> None:
        self._published = [*self._published[-(KEPT - 1) :], changes]

    def own(self, changes: Changes) -> bool:
        """``changes`` are the page's own, come back (and so forgotten)."""
        own = next((i for i, c in enumerate(self._published) if c is changes), None)
        if own is None:
            return False
        del self._published[own]
        return True

    def reload(self, learner_id: int, *, with_choices: bool) -> None:
        """Read ``learner_id`` again off the GUI thread (and the choices, if asked)."""
        session = self._session
        self.overtake()
        generation = self._generation

        def read(_control: TaskControl) -> Read:
            choices = session.reference.choices() if with_choices else None
            return choices, session.learner_snapshots.load(learner_id)

        def stale() -> bool:
            return generation != self._generation or self._shown() != learner_id

        def read_back(result: Read) -> None:
            if stale():
                return
            choices, snapshot = result
            self._show(snapshot, choices)

        def failed(error: UserError) -> None:
            if stale():
                return
            if isinstance(error, LearnerNotFound):  # erased elsewhere: nothing left to show
                self._gone()
            else:
                show_user_error(self._page, error)

        self._op = run_op(
            self._page,
            read,
            background=True,
            quiet=True,
            pool=single_lane("learner-reload"),
            on_success=read_back,
            on_failure=failed,
        )
