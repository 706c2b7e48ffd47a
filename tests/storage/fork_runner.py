"""A warm process that forks one child per command, so a kill costs milliseconds, not a start.

The fault-injection tests start this once (``python fork_runner.py``); it imports the
program, then reads one JSON request a line on stdin and answers one JSON line on stdout:

* ``{"argv": [...], "env": {...}, "out": FILE}``: fork; the child sets ``env`` and runs
  ``larsam_desktop.cli.main.main(argv)`` with its stdout and stderr in ``FILE`` and
  ``FILE.err``, flushes, and ends with the exit code (or ``os._exit(137)`` at a crash point);
  ``argv = ["@start-backup", DIR]`` runs the window's start-up backup and rotation instead;
* ``"kill_after": SECONDS`` in the request: the parent SIGKILLs the child after that long.

The answer is ``{"code": N, "killed": bool, "hung": bool}``; ``killed`` means the child did
not exit on its own (a crash point or the SIGKILL), ``hung`` that it ran for 2 minutes.
The parent never opens a database, so every child starts as a fresh program would: it
finds what the previous child left and must recover.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
import traceback

# Import what the commands import lazily, once, before the first fork.
import alembic.command  # noqa: F401
import sqlalchemy.orm  # noqa: F401

import larsam_desktop.services.backups
import larsam_desktop.services.caseload_export
import larsam_desktop.services.importing
import larsam_desktop.services.plan_printing
import larsam_desktop.services.retention
import larsam_desktop.services.stats_export.export
import larsam_desktop.services.store  # noqa: F401
from larsam_desktop.cli.main import main as cli
from larsam_desktop.storage.crash_points import KILLED_EXIT

HUNG_AFTER_S = 120.0
START_BACKUP = "@start-backup"  # what the window does after start: daily backup + rotation


def start_backup(data_dir: str) -> int:
    from pathlib import Path

    from larsam_desktop.paths import AppPaths
    from larsam_desktop.services.backups import BackupService
    from larsam_desktop.services.store import open_store

    paths = AppPaths(Path(data_dir))
    store = open_store(paths)
    try:
        info = BackupService(paths, store.database).start_backup_if_due()
    finally:
        store.database.dispose()
    print(f"backup {info.file if info else '-'}")
    return 0


def child(request: dict[str, object]) -> None:
    out = str(request["out"])
    for fd, name in ((1, out), (2, out + ".err")):
        target = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(target, fd)
        os.close(target)
    os.environ.update({str(k): str(v) for k, v in dict(request.get("env") or {}).items()})
    code = 70
    argv = [str(a) for a in list(request["argv"])]  # type: ignore[call-overload]
    try:
        code = start_backup(argv[1]) if argv[0] == START_BACKUP else cli(argv)
    except BaseException:
        traceback.print_exc()  # a bug: the test shows it
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _wait(pid: int, kill_after: object) -> tuple[int, bool]:
    """The child's wait status, and whether it hung: SIGKILLed after ``kill_after``
    seconds when given, and after ``HUNG_AFTER_S`` in any case (a hang must not hang the
    test run)."""
    limit = float(str(kill_after)) if kill_after is not None else HUNG_AFTER_S
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status, False
        time.sleep(0.002)
    os.kill(pid, signal.SIGKILL)
    return os.waitpid(pid, 0)[1], kill_after is None


def serve() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            child(request)
        status, hung = _wait(pid, request.get("kill_after"))
        code = os.waitstatus_to_exitcode(status)
        killed = code in (KILLED_EXIT, -signal.SIGKILL) and not hung
        print(json.dumps({"code": code, "killed": killed, "hung": hung}), flush=True)


if __name__ == "__main__":
    serve()
