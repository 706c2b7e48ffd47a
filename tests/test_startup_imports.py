"""What the window imports before its first painted caseload (issue 19), in a fresh
interpreter: the store's libraries (SQLAlchemy, Alembic, psycopg) and the heavy ones used
only later (reportlab, openpyxl, keyring, numpy, PDFium, pikepdf, Pillow, cryptography,
SQLCipher, the calendar export's icalendar and dateutil, the holidays) load after it, and so
do the command line's command modules, the Today page (built right after the paint) and
QtNetwork (the second start's listener, set up after the paint). When the window is ready
(its store open) the calendar export and the holidays are still not loaded (the Today page
needs neither), and the background warm-up loads the services built on first use without
numpy (the statistics count with the standard library). One subprocess per case: a fresh
interpreter is what it proves. Also: the window's quick reading of its options agrees with
the command line's parser.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from team_test_server import TeamServer, make_team_server

from larsam_desktop.app import WINDOW_OPTIONS, window_options
from larsam_desktop.cli import main as cli_main
from larsam_desktop.paths import AppPaths
from larsam_desktop.services.demo import DemoGenerator
from larsam_desktop.services.store import OpenedStore

LATER = (
    "sqlalchemy",
    "alembic",
    "psycopg",
    "psycopg_binary",
    "reportlab",
    "openpyxl",
    "keyring",
    "numpy",
    "pypdfium2",
    "pikepdf",
    "PIL",
    "cryptography",
    "sqlcipher3",
    "icalendar",
    "dateutil",
    "holidays",
)
# Window modules that wait for the first paint, by full name (issue 19).
AFTER_THE_PAINT = ("larsam_desktop.ui.pages.today_page", "PySide6.QtNetwork")

# Starts the window as the console script does; at the caseload table's first paint with
# rows (in the paint event itself, before anything queued after it runs) it prints the
# loaded modules and leaves.
PROBE = """
import json, os, sys
from larsam_desktop.ui.pages.caseload_page import CaseloadPage
from PySide6.QtCore import QEvent, QObject

class Watch(QObject):
    def __init__(self, page):
        super().__init__(page)
        self.page = page
        page.table.viewport().installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.page.model.rowCount() > 0:
            print(json.dumps({"rows": self.page.model.rowCount(), "modules": sorted(sys.modules)}))
            sys.stdout.flush()
            os._exit(0)
        return False

watches = []
original = CaseloadPage.__init__
def init(page, *args, **kwargs):
    original(page, *args, **kwargs)
    watches.append(Watch(page))
CaseloadPage.__init__ = init
from larsam_desktop.app import main
main(sys.argv[1:])
os._exit(3)
"""


def first_paint_modules(argv: list[str], env: dict[str, str] | None = None) -> dict[str, object]:
    environment = {key: value for key, value in os.environ.items() if key != "LARSAM_DATABASE_URL"}
    environment.update({"QT_QPA_PLATFORM": "offscreen", **(env or {})})
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


def loaded_too_early(modules: object) -> list[str]:
    assert isinstance(modules, list)
    return sorted(
        name
        for name in modules
        if name.split(".")[0] in LATER or name.startswith("larsam_desktop.cli")
    )


def test_the_local_first_paint_imports_none_of_the_later_libraries(
    sqlite_store: OpenedStore, paths: AppPaths
) -> None:
    DemoGenerator(sqlite_store.database).generate(30, seed=3)
    sqlite_store.database.dispose()
    found = first_paint_modules(["--data-dir", str(paths.data_dir)])
    assert found["rows"] == 30  # painted from the first screen, before the store opened
    assert loaded_too_early(found["modules"]) == []
    modules = found["modules"]
    assert isinstance(modules, list)
    assert [name for name in AFTER_THE_PAINT if name in modules] == []


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TeamServer]:
    yield from make_team_server(tmp_path_factory.mktemp("team"))


@pytest.mark.postgres
def test_the_team_first_paint_reads_the_server_without_psycopg(
    server: TeamServer, tmp_path: Path
) -> None:
    url = server.url(server.login_a)
    env = {"LARSAM_DATABASE_URL": url}
    found = first_paint_modules(["--data-dir", str(tmp_path / "coach")], env)
    assert isinstance(found["rows"], int) and found["rows"] > 0
    assert loaded_too_early(found["modules"]) == []  # libpq through ctypes, not psycopg


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--data-dir", "/tmp/x"],
        ["--data-dir=/tmp/x", "--database-url", "postgresql+psycopg://k@h/db"],
        ["--data-dir", "/a", "--data-dir", "/b"],  # the last one wins, as in argparse
        ["--database-url=", "--data-dir", "d"],
    ],
)
def test_the_windows_options_read_as_the_command_line_reads_them(argv: list[str]) -> None:
    quick = window_options(argv)
    full = cli_main.parse(argv)
    assert full.command is None
    assert quick == {dest: getattr(full, dest) for dest in WINDOW_OPTIONS.values()}


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--version"],
        ["--data", "/tmp/x"],  # an abbreviation: argparse's business
        ["--data-dir"],  # a missing value: argparse's message
        ["--data-dir", "--database-url", "u"],
        ["--passphrase-file", "p"],
        ["check"],
        ["--data-dir", "d", "learners", "list"],
        ["--bogus"],
    ],
)
def test_anything_else_goes_to_the_command_lines_parser(argv: list[str]) -> None:
    assert window_options(argv) is None


def test_the_window_options_are_the_parsers_own() -> None:
    parser = cli_main.build_parser([])
    declared = {
        option: action.dest for action in parser._actions for option in action.option_strings
    }
    for option, dest in WINDOW_OPTIONS.items():
        assert declared[option] == dest


# Starts the window with the smoke test's quit (LARSAM_QUIT_AFTER_START): when the store is
# attached ("window ready") it prints the loaded modules and leaves.
READY_PROBE = """
import json, os, sys
import larsam_desktop.ui.smoke as smoke
original = smoke.QuitWhenReady._check
def check(self):
    if self._window.has_session:
        print(json.dumps(sorted(sys.modules)))
        sys.stdout.flush()
        os._exit(0)
    return original(self)
smoke.QuitWhenReady._check = check
from larsam_desktop.app import main
main(sys.argv[1:])
os._exit(3)
"""
BUILT_ON_FIRST_USE = ("reportlab", "numpy", "PIL", "pikepdf", "openpyxl", "pypdfium2")
NOT_FOR_TODAY = ("icalendar", "dateutil", "holidays")  # the calendar export, exam bookings


def ready_modules(paths: AppPaths, probe: str = READY_PROBE) -> list[str]:
    """The modules loaded when the window on ``paths`` is ready, in a fresh interpreter."""
    environment = {key: value for key, value in os.environ.items() if key != "LARSAM_DATABASE_URL"}
    environment.update({"QT_QPA_PLATFORM": "offscreen", "LARSAM_QUIT_AFTER_START": "1"})
    done = subprocess.run(
        [sys.executable, "-c", probe, "--data-dir", str(paths.data_dir)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    modules: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return modules


def test_the_window_is_ready_before_the_pdf_and_statistics_libraries_load(
    sqlite_store: OpenedStore, paths: AppPaths
) -> None:
    DemoGenerator(sqlite_store.database).generate(10, seed=5)
    sqlite_store.database.dispose()
    modules = ready_modules(paths)
    assert "sqlalchemy" in modules  # the store is open
    assert "larsam_desktop.ui.pages.today_page" in modules  # Today is the start page
    assert sorted(m for m in modules if m.split(".")[0] in BUILT_ON_FIRST_USE) == []
    assert sorted(m for m in modules if m.split(".")[0] in NOT_FOR_TODAY) == []


# As READY_PROBE, but once the window is ready the background warm-up runs to its end first.
WARMED_PROBE = READY_PROBE.replace(
    "    if self._window.has_session:\n",
    "    if self._window.has_session:\n"
    "        from larsam_desktop.ui.session import warm_up\n"
    "        warm_up()\n",
)


def test_the_warm_up_loads_what_the_pages_build_and_no_numpy(
    sqlite_store: OpenedStore, paths: AppPaths
) -> None:
    from larsam_desktop.ui.session import WARM_UP_MODULES

    assert WARMED_PROBE != READY_PROBE
    DemoGenerator(sqlite_store.database).generate(10, seed=5)
    sqlite_store.database.dispose()
    modules = ready_modules(paths, WARMED_PROBE)
    assert "larsam_desktop.services.plan_merit" in WARM_UP_MODULES
    assert "larsam_desktop.services.stats_export.export" in WARM_UP_MODULES
    assert all(name in modules for name in WARM_UP_MODULES)
    assert "reportlab" in modules  # what a learner's page builds is ready for it
    assert "numpy" not in modules  # ~18 MB for the rest of the session, used by none of them
    assert sorted(m for m in modules if m.split(".")[0] in NOT_FOR_TODAY) == []


def test_the_services_built_on_first_use_are_built_once(
    sqlite_store: OpenedStore, paths: AppPaths
) -> None:
    from larsam_desktop.services.access_request import AccessRequestService
    from larsam_desktop.services.plan_printing import PlanPrinter
    from larsam_desktop.services.statistics import StatisticsService
    from larsam_desktop.services.statistics_register import StatisticsRegister
    from larsam_desktop.services.stats_export.export import StatisticsExporter
    from larsam_desktop.ui.session import WARM_UP_MODULES, Services, warm_up

    services = Services.create(paths, sqlite_store)
    kinds = {
        "plan_printer": PlanPrinter,
        "statistics": StatisticsService,
        "stats_exporter": StatisticsExporter,
        "statistics_register": StatisticsRegister,
        "access_request": AccessRequestService,
    }
    for name, kind in kinds.items():
        first = getattr(services, name)
        assert isinstance(first, kind)
        assert getattr(services, name) is first
    other = Services.create(paths, sqlite_store)
    assert other.plan_printer is not services.plan_printer  # one set per open store
    warm_up()
    assert all(name in sys.modules for name in WARM_UP_MODULES)
