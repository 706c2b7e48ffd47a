"""Team mode benchmark: the caseload and Today as a coach's own login on a shared server.

    python benchmarks/team_server.py --database-url OWNER_URL [--repeat 5] [--rounds 3]

OWNER_URL names a PostgreSQL database already holding the demo learners with team mode
installed (``larsam-desktop --database-url URL demo --learners 100000`` then ``team init``;
generating 100,000 learners on the server takes minutes: give the generating address
``?statement_timeout=3600000&stall_timeout=3600``, its bulk insert is one long statement
on a loaded machine; ``team init`` needs the same, or the server cancels it: SQLSTATE
57014). The script analyses the database first (a server loaded in bulk has
no planner statistics until autovacuum comes by: the first screen's query then sorts every
row instead of reading the name index). It adds the login
``<database>_bench`` as the busiest demo coach, a member of every team, so row-level
security filters all 100,000 learners (the worst case), then runs in fresh processes with
``$LARSAM_DATABASE_URL`` set to that login:

* ``startup_first_paint`` (beside the bare window), ``startup_index_ready``, keystrokes
  and sorts: the caseload probes of ``benchmarks/run.py`` (bench.suite);
* ``today.open``: the coach's Today page built, read and painted (target ≤ 150 ms).

One JSON line a figure, as the other benchmarks; measurements, not tests. Results and the
local figures beside them: docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

TODAY_TARGET_MS = 150.0


def prepare_login(owner_url: str, data_dir: Path) -> tuple[str, str, int]:
    """The bench login as the busiest coach in every team; its URL, coach name, learners."""
    import psycopg
    from sqlalchemy.engine import make_url

    from larsam_desktop.cli.main import main as cli

    url = make_url(owner_url)
    login = f"{url.database}_bench"
    with psycopg.connect(
        url.set(drivername="postgresql").render_as_string(hide_password=False), autocommit=True
    ) as owner:
        name, count = owner.execute(
            "SELECT c.name, count(*) FROM learner l JOIN coach c ON c.id = l.coach_id "
            "GROUP BY c.id, c.name ORDER BY count(*) DESC, c.name LIMIT 1"
        ).fetchone() or ("", 0)
        teams = [row[0] for row in owner.execute("SELECT name FROM learning_centre")]
        learners = owner.execute("SELECT count(*) FROM learner").fetchone()
        owner.execute("ANALYZE")  # the planner's statistics, as a settled server has them
    password = data_dir / "bench.pw"
    password.write_text("bench-password", encoding="utf-8")
    argv = ["--data-dir", str(data_dir), "--database-url", owner_url, "team", "add-coach"]
    argv += [str(name), "--login", login, "--password-file", str(password)]
    for team in teams:
        argv += ["--team", str(team)]
    assert cli(argv) == 0
    coach_url = url.set(username=login, password="bench-password").render_as_string(
        hide_password=False
    )
    total = int(learners[0]) if learners else 0
    print(f"{login}: coach {name} ({count} own), {total:,} learners visible", file=sys.stderr)
    return coach_url, str(name), total


def today_probe(folder: Path, url: str, repeat: int, learners: int) -> None:
    """In the child: open the store as the coach, then time the Today page."""
    from PySide6.QtWidgets import QApplication

    from larsam_desktop.paths import AppPaths
    from larsam_desktop.services.store import open_store
    from larsam_desktop.ui.application import ensure_application
    from larsam_desktop.ui.pages.today_page import TodayPage
    from larsam_desktop.ui.session import AppSession

    ensure_application()
    paths = AppPaths(folder)
    session = AppSession.create(paths, open_store(paths, url))

    def open_page() -> float:
        started = time.perf_counter()
        page = TodayPage()
        page.resize(1180, 700)
        page.attach(session)
        page.show()
        page.repaint()
        QApplication.processEvents()
        elapsed = (time.perf_counter() - started) * 1000
        page.close()
        page.deleteLater()
        QApplication.processEvents()
        return elapsed

    open_page()  # warm-up: bytecode, the server's caches, Qt's first table paint
    values = sorted(open_page() for _ in range(repeat))
    median = statistics.median(values)
    line = {
        "name": "today.open",
        "value": round(median, 1),
        "unit": "ms",
        "target": TODAY_TARGET_MS,
        "ok": median <= TODAY_TARGET_MS,
        "learners": learners,
        "p95": round(values[min(len(values) - 1, round(0.95 * (len(values) - 1)))], 1),
        "max": round(values[-1], 1),
        "runs": len(values),
        "backend": "postgresql, coach login, row-level security",
    }
    print(json.dumps(line, ensure_ascii=False), flush=True)
    session.close()


def startup(folder: Path, learners: int, repeat: int) -> list[dict[str, object]]:
    """The bare window and the app as the coach, alternately, each in a fresh process."""
    from bench.spawn import run_probe

    run_probe("bare_window")
    run_probe("team_startup", "--data-dir", str(folder))  # warm-up, not reported
    bare, painted, ready = [], [], []
    for _ in range(repeat):
        bare.append(run_probe("bare_window")["painted"].at_ms)
        events = run_probe("team_startup", "--data-dir", str(folder))
        painted.append(events["painted"].at_ms)
        ready.append(events["index_ready"].at_ms)
    floor, value = statistics.median(bare), statistics.median(painted)
    common = {"unit": "ms", "learners": learners, "runs": repeat}
    return [
        {"name": "bare_window_first_paint", "value": round(floor, 1), **common},
        {
            "name": "team_startup_first_paint",
            "value": round(value, 1),
            "ratio": round(value / floor, 2),
            "all_ms": [round(v) for v in painted],
            **common,
        },
        {"name": "team_startup_index_ready", "value": round(statistics.median(ready), 1), **common},
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True, help="the owner's address")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--today-probe", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.today_probe:
        folder, url, learners = args.today_probe
        today_probe(Path(folder), url, args.repeat, int(learners))
        return 0

    from bench import suite

    from larsam_desktop.paths import AppPaths
    from larsam_desktop.services.preferences import set_current_coach

    with tempfile.TemporaryDirectory(prefix="larsam-team-") as temporary:
        folder = Path(temporary) / "data"
        folder.mkdir()
        url, coach, learners = prepare_login(args.database_url, folder)
        set_current_coach(AppPaths(folder), coach)
        os.environ["LARSAM_DATABASE_URL"] = url  # the probes' app connects as the coach
        for line in startup(folder, learners, args.repeat):
            print(json.dumps(line, ensure_ascii=False), flush=True)
        for figure in suite.interaction(folder, learners, args.rounds):
            print(json.dumps(figure.as_dict(), ensure_ascii=False), flush=True)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        command = [sys.executable, str(Path(__file__).resolve()), "--repeat", "15"]
        command += ["--database-url", args.database_url]
        command += ["--today-probe", str(folder), url, str(learners)]
        return subprocess.run(command, env=env, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
