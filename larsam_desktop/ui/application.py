"""Starting the GUI: the window paints first, the data store opens right after.

Start-up order (measured on the reference machine, see docs/performance.md):
1. import Qt and the window (no SQLAlchemy: ~0.45 s saved on the critical path);
2. read the first screenful of learners with the standard library (storage.first_screen);
3. show the window;
4. on the first turn of the event loop: import the services, open (migrate) the store and
   attach it; the caseload then searches for real and loads its index. The integrity quick
   check goes on in the background and the first write waits for it (ui/start_check.py).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from larsam_desktop import APP_NAME, __version__
from larsam_desktop.domain.caseload import SortColumn
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.errors import (
    DatabaseMovedAside,
    ServerLoginRefused,
    UserError,
    WrongPassphrase,
)
from larsam_desktop.services.startup import FIRST_SCREEN_ROWS, EarlyFirstScreen, read_first_screen
from larsam_desktop.ui import smoke
from larsam_desktop.ui.app_icon import app_icon
from larsam_desktop.ui.file_dialogs import remember_folders_in
from larsam_desktop.ui.focus_ring import FocusRing
from larsam_desktop.ui.i18n import SYSTEM, install_translations, stored_choice
from larsam_desktop.ui.instance_lock import InstanceLock, bring_forward
from larsam_desktop.ui.main_window import MainWindow
from larsam_desktop.ui.messages import user_error_text
from larsam_desktop.ui.passphrase_prompt import ask_passphrase, needs_passphrase
from larsam_desktop.ui.start_check import attach_and_watch
from larsam_desktop.ui.text import fill
from larsam_desktop.ui.widgets.after_paint import after_paint
from larsam_desktop.ui.workers import BackgroundTask, single_lane

if TYPE_CHECKING:
    from larsam_desktop.ui.session import Services

log = logging.getLogger(__name__)
WARM_UP_DELAY_MS = 3000  # after the store opened: the index loads first
_keep_alive: list[QObject] = []  # Python-side owners of helper QObjects made at start-up


def ensure_application(language: str = SYSTEM) -> QApplication:
    """The application, with translations for ``language`` ("" follows the system)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("LarSam")
    app.setWindowIcon(app_icon())
    install_translations(app, language)
    FocusRing.install(app)  # a focus indicator a keyboard user can follow
    return app


def open_session(
    paths: AppPaths,
    database_url: str | None,
    passphrase: str | None = None,
    *,
    check_later: bool = False,
) -> Services:
    """The composition root of the interface: open the store (may raise ``UserError``) and
    build every service once. Imports the services (and SQLAlchemy) on first call.
    ``check_later``: the quick check finishes in the background (ui/start_check.py)."""
    from larsam_desktop.ui.session import Services

    return Services.open(paths, database_url, passphrase, check_later=check_later)


def open_main_window(paths: AppPaths, database_url: str | None) -> MainWindow | None:
    """Open the store, then build the window; None (after a calm message) if it cannot open."""
    try:
        session = open_session(paths, database_url)
    except UserError as exc:
        _refuse(exc)
        return None
    return MainWindow.for_session(session)


def start_main_window(
    paths: AppPaths,
    database_url: str | None,
    on_failure: Callable[[], None],
    *,
    first_screen: EarlyFirstScreen | None = None,
    after_first_paint: Callable[[], None] | None = None,
) -> MainWindow:
    """Show the window at once (with the first screen when possible) and open the store next.

    ``first_screen``: the first screen already being read (``app.main`` starts it before Qt
    is imported); without it the file's is read here, a server's on a thread meanwhile.
    ``on_failure`` runs after the user has read why the store could not be opened.
    ``after_first_paint``: run once the window has painted, with the window's own
    ``after_first_paint`` (the Today page), after the store has started opening.
    """
    if database_url is not None and first_screen is None:  # issue 16: read meanwhile
        from larsam_desktop.services.connection_profile import ServerFirstScreen

        first_screen = ServerFirstScreen(database_url, limit=FIRST_SCREEN_ROWS)
    window = MainWindow(paths)
    sort, descending = window.caseload.sort_state
    if sort is SortColumn.NAME:
        if first_screen is not None:
            first = first_screen.result(descending=descending)
        else:
            first = read_first_screen(
                paths.database, limit=FIRST_SCREEN_ROWS, descending=descending
            )
        if first is not None:
            window.show_first_screen(first)
    if database_url is None and not paths.database.exists():
        window.show_new_folder()  # nothing to list: the welcome page at once, not in 2 s

    pending: list[BackgroundTask] = []  # keeps the task alive until it reports

    def opened(session: Services) -> None:
        # The quick check goes on in the background; the first write waits for it.
        attach_and_watch(window, session, damaged=failed, passphrase=key[0])
        QTimer.singleShot(WARM_UP_DELAY_MS, warm_up)

    def warm_up() -> None:
        """The services built on first use (plan PDFs, statistics) imported in the
        background, once the caseload's index has had its start (ui/session.py)."""
        from larsam_desktop.ui.session import warm_up as import_later_modules

        pending.append(
            BackgroundTask(
                lambda control: import_later_modules(),
                on_success=lambda _none: None,
                on_failure=lambda error: log.warning("warming up failed: %r", error),
                pool=single_lane("warm-up"),
            )
        )

    def failed(error: BaseException) -> None:
        nonlocal database_url
        if not isinstance(error, UserError):
            raise error  # a bug: the crash handler shows it
        if isinstance(error, ServerLoginRefused) and database_url is not None:
            from larsam_desktop.ui.dialogs.connect_dialog import ask_connection

            database_url = ask_connection(window, paths, database_url)  # issue 16
            if database_url is not None:
                attach()
                return
        if isinstance(error, DatabaseMovedAside) and database_url is None:
            from larsam_desktop.ui.recovery_flow import recover

            recover(paths, error, window, reopen=attach, give_up=give_up, passphrase=key[0])
            return
        if isinstance(error, WrongPassphrase):
            attach(wrong=True)
            return
        window.hide()
        _refuse(error)
        on_failure()

    def give_up() -> None:
        window.hide()
        on_failure()

    key: list[str | None] = [None]  # the passphrase of an encrypted folder, once asked

    def attach(wrong: bool = False) -> None:
        if needs_passphrase(paths, database_url) and (wrong or key[0] is None):
            key[0] = ask_passphrase(window, wrong=wrong)
            if key[0] is None:
                give_up()
                return
        # Importing SQLAlchemy and opening (checking, migrating) the store happen off the
        # GUI thread; the window stays responsive meanwhile.
        pending.append(
            BackgroundTask(
                lambda control: open_session(paths, database_url, key[0], check_later=True),
                on_success=opened,
                on_failure=failed,
            )
        )

    def painted() -> None:
        attach()  # the store opens on a worker meanwhile
        # Queued behind what the paint itself queued: the paint is on the screen first.
        QTimer.singleShot(0, window.after_first_paint)
        if after_first_paint is not None:
            QTimer.singleShot(0, after_first_paint)

    window.show()
    # The window is painted while its UpdateRequest is handled; a second at most.
    after_paint(
        window, painted, fallback_ms=1000, request_paint=False, event=QEvent.Type.UpdateRequest
    )
    return window


def _refuse(exc: UserError) -> None:
    log.warning("cannot open the data store: %s", exc.message)
    QMessageBox.critical(None, APP_NAME, user_error_text(exc))


def _crash_handler(
    paths: AppPaths,
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    def handle(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            APP_NAME,
            fill(
                QApplication.translate(
                    "Crash",
                    "Something went wrong inside the program. Your saved data is safe. "
                    "The details are in the log: %1",
                ),
                str(paths.logs / "larsam.log"),
            ),
        )
        box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
        box.exec()

    return handle


def run_gui(
    paths: AppPaths, database_url: str | None, *, first_screen: EarlyFirstScreen | None = None
) -> int:
    app = ensure_application(stored_choice(paths))
    sys.excepthook = _crash_handler(paths)
    instance = _lock_data_folder(paths)
    if instance is None:
        return 1
    failed: list[bool] = []

    def on_failure() -> None:
        failed.append(True)
        app.exit(1)

    shown: list[MainWindow] = []

    def listen() -> None:  # a second start raises this window (listening: after the paint)
        instance.listen(lambda: bring_forward(shown[0]))

    window = start_main_window(
        paths, database_url, on_failure, first_screen=first_screen, after_first_paint=listen
    )
    shown.append(window)
    remember_folders_in(window.settings)  # save dialogs start where the last one ended
    if smoke.requested():
        _keep_alive.append(smoke.QuitWhenReady(app, window))
    code = app.exec()
    if window.has_session:
        window.session.close()
    instance.release()
    return 1 if failed else code


def _lock_data_folder(paths: AppPaths) -> InstanceLock | None:
    """Hold the data folder for this window; None (after a message) if another has it."""
    try:
        paths.ensure()
    except OSError:
        return InstanceLock(paths)  # an unwritable folder is explained when the store opens
    lock = InstanceLock(paths)
    if lock.acquire():
        return lock
    log.info("the data folder is already open in process %s", lock.holder_pid())
    if lock.ask_running_to_raise():
        return None  # that window came forward
    QMessageBox.information(
        None,
        APP_NAME,
        QApplication.translate(
            "Start",
            "LärSam Desktop already has this data folder open. Switch to that window, or "
            "close it and try again.",
        ),
    )
    return None
