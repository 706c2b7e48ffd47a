"""``run_op``: the one way the window runs a service call (in the spirit of Anki's CollectionOp).

It runs the call — at once, or on a worker thread when it may be slow, with a progress
dialog and a Cancel button when asked — and then, on the GUI thread:

* a ``UserError`` is shown translated (``ui/messages.py``) and handed to ``on_failure``;
* ``Cancelled`` after a cancel request is quiet;
* anything else is a bug and is raised again, so the crash handler (or the test) sees it;
* on success the ``Changes`` in the result (the result itself, or its ``changes``
  attribute) are published on the events bus, then ``on_success`` gets the result.

A page writes the call and what to do with its result, never a try/except of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Literal, TypeVar, overload

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtWidgets import QProgressDialog, QWidget

from larsam_desktop.services.cancellation import Cancelled
from larsam_desktop.services.changes import Changes
from larsam_desktop.services.errors import FieldError, UserError, ValidationError
from larsam_desktop.ui.events import AppEvents
from larsam_desktop.ui.messages import show_user_error
from larsam_desktop.ui.workers import BackgroundTask, TaskControl

T = TypeVar("T")


def changes_of(result: object) -> Changes | None:
    """The ``Changes`` a service result carries, if any."""
    if isinstance(result, Changes):
        return result
    carried = getattr(result, "changes", None)
    return carried if isinstance(carried, Changes) else None


class Op(Generic[T]):
    """One run of a call: its outcome once done, and a way to cancel it while it runs."""

    def __init__(self) -> None:
        self.done = False
        self.value: T | None = None
        self.error: UserError | None = None
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None

    @property
    def ok(self) -> bool:
        return self.done and self.error is None

    @property
    def running(self) -> bool:
        return self.task is not None and not self.done

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()


@overload
def run_op(
    parent: QWidget | None,
    call: Callable[[], T],
    *,
    events: AppEvents | None = None,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[UserError], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    field_errors: Callable[[tuple[FieldError, ...]], None] | None = None,
    title: str | None = None,
    background: Literal[False] = False,
    progress: None = None,
    quiet: bool = False,
) -> Op[T]: ...


@overload
def run_op(
    parent: QWidget | None,
    call: Callable[[TaskControl], T],
    *,
    events: AppEvents | None = None,
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[UserError], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    field_errors: Callable[[tuple[FieldError, ...]], None] | None = None,
    title: str | None = None,
    background: Literal[True],
    progress: str | None = None,
    quiet: bool = False,
    pool: QThreadPool | None = None,
) -> Op[T]: ...


def run_op(
    parent: QWidget | None,
    call: Callable[..., Any],
    *,
    events: AppEvents | None = None,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[UserError], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    field_errors: Callable[[tuple[FieldError, ...]], None] | None = None,
    title: str | None = None,
    background: bool = False,
    progress: str | None = None,
    quiet: bool = False,
    pool: QThreadPool | None = None,
) -> Op[Any]:
    """Run ``call`` and report its outcome (see the module docstring).

    ``background``: on a worker thread; ``call`` then receives a ``TaskControl`` (progress,
    cancel requests). ``progress``: the label of a progress dialog with a Cancel button
    (background calls only). ``field_errors``: where a ``ValidationError`` goes (shown at
    its fields) instead of a dialog. ``title``: the error dialog's title. ``quiet``: hand a
    ``UserError`` to ``on_failure`` without showing it (the caller shows it its own way).
    ``pool``: where a background call runs (``workers.single_lane(name)``: one at a time, in
    the order started); default Qt's global pool.
    A foreground call takes no arguments; its ``Op`` is done when ``run_op`` returns.
    """
    op: Op[Any] = Op()

    def succeeded(result: Any) -> None:
        _finish(op)
        op.value = result
        changes = changes_of(result)
        if events is not None and changes is not None:
            events.publish(changes)
        if on_success is not None and _alive(parent):
            on_success(result)  # a widget closed meanwhile is not told (its parts are gone)

    def failed(error: BaseException) -> None:
        cancel_requested = op.task is not None and op.task.control.cancelled
        _finish(op)
        if isinstance(error, Cancelled) and (cancel_requested or op.task is None):
            if on_cancelled is not None:
                on_cancelled()
            return
        if not isinstance(error, UserError):
            raise error  # a bug: never swallowed
        op.error = error
        if not _alive(parent):
            return  # the window that asked closed meanwhile: nobody to show it to
        if field_errors is not None and isinstance(error, ValidationError):
            field_errors(error.errors)  # shown at the fields, not in a dialog
        elif not quiet:
            show_user_error(parent, error, title)
        if on_failure is not None:
            on_failure(error)

    if not background:
        try:
            result = call()
        except (UserError, Cancelled) as exc:
            failed(exc)
        else:
            succeeded(result)
        return op

    if progress is not None:
        cancel = QCoreApplication.translate("Operation", "Cancel")
        dialog = QProgressDialog(progress, cancel, 0, 0, parent)
        dialog.setWindowTitle(title or progress)
        dialog.setMinimumDuration(400)
        dialog.canceled.connect(op.cancel)
        op.progress = dialog

    def report(done: int, total: int) -> None:
        if op.progress is not None:
            op.progress.setMaximum(total)
            op.progress.setValue(done)

    op.task = BackgroundTask(
        call,
        on_success=succeeded,
        on_failure=failed,
        on_progress=report,
        pool=pool,
    )
    return op


def _finish(op: Op[Any]) -> None:
    op.done = True
    if op.progress is not None:
        op.progress.reset()
        op.progress.deleteLater()
        op.progress = None


def _alive(widget: QWidget | None) -> bool:
    """False once Qt has deleted ``widget`` (a page closed while its read was running)."""
    import shiboken6

    return widget is None or shiboken6.isValid(widget)
