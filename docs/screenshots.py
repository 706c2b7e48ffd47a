"""Screenshots for docs/user-guide.md, taken from the real program (run it again after UI changes).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots.py [--language sv]

A fresh data folder in a temporary directory gets demo learners (``--learners``, fixed
seed, Skatteverket test personnummer only, shown masked), the window opens at 1366 × 768
in the chosen language, and each page or dialog the guide shows is grabbed into
docs/images/<name>.png. Deterministic for a given day: the demo data is seeded, but its
dates are relative to today. Without a display it falls back to the offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "images"
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop  # noqa: E402
from PySide6.QtWidgets import QDialog, QWidget  # noqa: E402

SIZE = (1366, 768)  # a common laptop screen (issue 14)


def settle(ms: int = 300) -> None:
    """Let queued work, background results and paints happen."""
    deadline = time.perf_counter() + ms / 1000
    while time.perf_counter() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def wait_for(condition: Callable[[], bool], timeout_s: float = 60) -> bool:
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            return False
        settle(50)
    return True


def save(widget: QWidget, name: str) -> None:
    settle()
    if widget.isWindow() and not isinstance(widget, QDialog):
        navigation = widget.findChild(QWidget, "navigation")
        if navigation is not None:
            navigation.setFocus()  # no caret or selected text in the shot
        settle(100)
    path = IMAGES / f"{name}.png"
    if not widget.grab().save(str(path), "PNG"):
        raise SystemExit(f"cannot write {path}")
    print(f"  {path.relative_to(ROOT)}")


def shoot_dialog(dialog: QDialog, name: str, size: tuple[int, int] | None = None) -> None:
    if size is not None:
        dialog.resize(*size)
    dialog.show()
    settle(400)
    save(dialog, name)
    dialog.close()
    dialog.deleteLater()


def typical_learner(database: Path) -> tuple[int, str]:
    """A learner with a target not yet reached and the most courses (a full learner page),
    and their coach."""
    import sqlite3

    with sqlite3.connect(database) as connection:
        row = connection.execute(
            "SELECT l.id, c.name FROM learner l JOIN coach c ON c.id = l.coach_id "
            "JOIN learner_profile p ON p.learner_id = l.id "
            "JOIN course_record r ON r.learner_id = l.id "
            "WHERE p.target_id IS NOT NULL AND l.standing_eligible = 0 "
            "GROUP BY l.id ORDER BY count(*) DESC, l.id LIMIT 1"
        ).fetchone()
    return int(row[0]), str(row[1])


def capture_modal(
    name: str, open_dialog: Callable[[], object], size: tuple[int, int] | None = None
) -> None:
    """Grab the dialog that ``open_dialog`` runs with ``exec()``, then close it."""
    original = QDialog.exec

    def exec_and_grab(dialog: QDialog) -> int:
        shoot_dialog(dialog, name, size)
        return 0

    QDialog.exec = exec_and_grab  # type: ignore[method-assign]
    try:
        open_dialog()
    finally:
        QDialog.exec = original  # type: ignore[method-assign]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="sv", choices=("sv", "en"))
    parser.add_argument("--learners", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    IMAGES.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="larsam-screens-"))
    try:
        return take_all(scratch, args)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def take_all(scratch: Path, args: argparse.Namespace) -> int:
    from larsam_desktop.paths import AppPaths
    from larsam_desktop.services.demo import DemoGenerator
    from larsam_desktop.services.store import open_store
    from larsam_desktop.ui.application import ensure_application
    from larsam_desktop.ui.main_window import MainWindow
    from larsam_desktop.ui.session import AppSession

    app = ensure_application(args.language)
    app.setStyle("Fusion")  # the same look on every machine the script runs on

    # 1. First start: the welcome page of an empty caseload.
    empty = AppPaths(scratch / "empty")
    window = MainWindow.for_session(AppSession.create(empty, open_store(empty)))
    window.resize(*SIZE)
    window.show()
    settle(600)
    save(window, "welcome")
    window.close()
    window.session.close()

    # 2. A caseload of demo learners.
    paths = AppPaths(scratch / "demo")
    store = open_store(paths)
    DemoGenerator(store.database).generate(args.learners, seed=args.seed)
    learner_id, coach = typical_learner(paths.database)
    try:
        from larsam_desktop.services.preferences import set_current_coach

        set_current_coach(paths, coach)  # the Today page shows this coach's day
    except ImportError:
        pass
    window = MainWindow.for_session(AppSession.create(paths, store))
    window.resize(*SIZE)
    window.show()
    window.activateWindow()
    caseload = window.caseload
    wait_for(lambda: caseload.index_ready)
    window.pages.setCurrentWidget(caseload)
    settle(800)
    save(window, "caseload")

    window.focus_search()
    caseload.search.setText("ali")
    settle(800)
    save(window, "search")
    caseload.search.clear()
    settle(500)

    capture_modal("new-learner", window.new_learner)

    # 3. One learner: path, courses, eligibility; qualifications; the study plan.
    window.open_learner(learner_id)  # read in the background: wait until it is shown
    for _ in range(100):
        if window.learner_page is not None:
            break
        settle(100)
    page = window.learner_page
    assert page is not None
    settle(1200)
    page.right_tabs.setCurrentWidget(page.eligibility)
    settle(600)
    save(window, "learner")
    page.right_tabs.setCurrentWidget(page.plan)
    settle(800)
    save(window, "study-plan-tab")
    window.back_to_caseload()

    # 4. The coach's day and statistics, where this version of the program has them.
    coach_day = getattr(window, "coach_day", None)
    if coach_day is not None:
        window.pages.setCurrentWidget(coach_day.today)
        coach_day.today.refresh()
        settle(1500)
        save(window, "today")
    statistics = getattr(window, "statistics", None)
    if statistics is not None:
        dashboard = statistics.show()
        window.pages.setCurrentWidget(dashboard)
        settle(1500)
        coach = getattr(dashboard, "coach", None)
        if coach is not None and coach.currentIndex() != 0:
            coach.setCurrentIndex(0)  # every coach: the lärcentrum's figures, few cells hidden
            dashboard.refresh()
        settle(2500)
        save(window, "statistics")

    # 5. Data safety and the Help menu.
    try:
        from larsam_desktop.services.backups import BackupService

        BackupService(paths, window.session.store.database).start_backup_if_due()
    except ImportError:
        pass
    capture_modal("backups", window.data_safety.show_backups, (820, 360))
    shoot_dialog(window.help.about_dialog(), "about")
    shoot_dialog(window.help.language_dialog(), "language")

    window.close()
    window.session.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
