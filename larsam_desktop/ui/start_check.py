"""The start-up integrity check, finished in the background after the store is attached.

The window opens its store with ``check_later=True`` (services.integrity_later): SQLite's
quick check of the local file runs in a thread while the window is already usable, and
every writing unit of work waits for its verdict before it begins. This module watches the
verdict: a healthy file needs nothing more; a damaged one is closed (no new connection is
made to it), moved aside as at opening, and the recovery flow is shown — the same dialog
as damage found before the store opened (ui/recovery_flow.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from larsam_desktop.services.errors import StorageError
from larsam_desktop.ui.workers import BackgroundTask, TaskControl, settle, single_lane

if TYPE_CHECKING:
    from larsam_desktop.ui.main_window import MainWindow
    from larsam_desktop.ui.session import Services

log = logging.getLogger(__name__)
LANE = "integrity-check"  # waiting for the check's thread never holds up another lane


def attach_and_watch(
    window: MainWindow,
    services: Services,
    *,
    damaged: Callable[[StorageError], None],
    passphrase: str | None = None,
) -> None:
    """Attach the store just opened (in place of one whose check failed, after a
    recovery) and watch its pending check."""
    if window.has_session:  # reopened after the recovery flow
        from larsam_desktop.services.actor import use_actor_paths

        window.set_session(services)
        use_actor_paths(services.paths)  # closing the old one forgot the same folder
    else:
        window.attach_session(services)
    watch_start_check(
        services,
        still_current=lambda: window.has_session and window.session is services,
        damaged=damaged,
        passphrase=passphrase,
    )


def watch_start_check(
    services: Services,
    *,
    still_current: Callable[[], bool],
    damaged: Callable[[StorageError], None],
    passphrase: str | None = None,
) -> BackgroundTask | None:
    """Wait (off the GUI thread) for ``services``' pending quick check; on damage, while
    ``still_current()``, stop the work on the store, move the file aside and call
    ``damaged`` with the error to show (``DatabaseMovedAside`` naming the newest verified
    backup). None when the store was checked at opening."""
    check = services.store.pending_check
    if check is None:
        return None

    def wait(_control: TaskControl) -> None:
        check.confirm()

    def failed(error: BaseException) -> None:
        from larsam_desktop.services.integrity_later import after_failed_check

        if not isinstance(error, StorageError):
            raise error  # a bug: the crash handler shows it
        if not still_current():
            return  # another store took over meanwhile (restore, demo): nothing to do
        log.error("the start-up integrity check failed: %s", error.message)
        settle()  # no background task is left reading the damaged file
        store = services.store
        damaged(after_failed_check(store.database, services.paths, error, passphrase))

    return BackgroundTask(
        wait, on_success=lambda _none: None, on_failure=failed, pool=single_lane(LANE)
    )
