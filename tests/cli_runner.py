"""The command line run inside the test process: ``cli.main.main(argv)`` with its output
captured, its environment and standard input set for the one call.

About 40x faster than starting ``python -m larsam_desktop`` (no interpreter, SQLAlchemy or
Alembic start-up per call). Tests that need the process boundary (the console script, exit
codes seen by a shell, a killed process) still start a real process.

``run_cli_process`` is that real process without the start-up: a ``fork`` of the test
process runs the command as ``python -m larsam_desktop`` would (``app.main``), with its own
environment, standard streams and exit code, and may end itself at a crash point
(``os._exit``, no ``finally``, no ``atexit``, no flushing). It skips the ~1.5 s of CPU an
interpreter spends importing SQLAlchemy, Alembic and the program (the kill-at-every-step
tests start dozens); the console script and the exit codes a shell sees are still tested
with real interpreters (tests/cli/test_cli.py).

``forked`` starts any function that way (the race tests' two sides), ``wait_forked`` waits
for it with a timeout.

Importable from every test folder: pytest puts ``tests/`` on ``sys.path`` for its conftest.
"""

from __future__ import annotations

import io
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from larsam_desktop.cli.main import main
from larsam_desktop.storage.crash_points import DIE_AFTER_ENV


@dataclass(frozen=True)
class CliResult:
    """What ``subprocess.run(..., capture_output=True, text=True)`` would have returned."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str


def run_cli(
    *args: str,
    data_dir: Path | str | None = None,
    database_url: str | None = None,
    env: Mapping[str, str | None] | None = None,
    stdin: str | None = None,
) -> CliResult:
    """Run ``larsam-desktop [--data-dir D] [--database-url U] ARGS`` in this process.

    ``env`` adds variables (``None`` removes one) for this call only.
    """
    if env and env.get(DIE_AFTER_ENV):
        raise ValueError(f"{DIE_AFTER_ENV} ends the process: start a real one for that test")
    argv: list[str] = []
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    if database_url:
        argv += ["--database-url", database_url]
    argv += args
    out, err = io.StringIO(), io.StringIO()
    with _environment(env or {}), _stdin(stdin), redirect_stdout(out), redirect_stderr(err):
        code = main(argv)
    return CliResult(argv, code, out.getvalue(), err.getvalue())


@contextmanager
def _environment(changes: Mapping[str, str | None]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in changes}
    for name, value in changes.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@contextmanager
def _stdin(text: str | None) -> Iterator[None]:
    saved = sys.stdin
    sys.stdin = io.StringIO(text or "")
    try:
        yield
    finally:
        sys.stdin = saved


def run_cli_process(
    *args: str,
    data_dir: Path | str | None = None,
    env: Mapping[str, str],
    timeout: float = 120,
) -> CliResult:
    """``subprocess.run([python, -m, larsam_desktop, [--data-dir D], *ARGS], env=env,
    capture_output=True, text=True, encoding="utf-8", timeout=timeout)``, in a forked copy
    of this process (Linux and macOS; see the module's note).

    ``env`` is the child's whole environment, as with ``subprocess``. The child is a copy of
    the test process: what the test has patched at the time of the call is patched there
    too. Its exit code is what a process's would be (``KILLED_EXIT`` after a crash point; 1
    and a traceback on standard error for an uncaught exception; minus the signal number
    when killed by one).
    """
    argv: list[str] = []
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    argv += args
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child: never returns into the test
            os._exit(_child(argv, dict(env), out.fileno(), err.fileno()))
        code = _wait(pid, timeout, argv)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", errors="replace")
        stderr = err.read().decode("utf-8", errors="replace")
    return CliResult(argv, code, stdout.replace("\r\n", "\n"), stderr.replace("\r\n", "\n"))


def forked(call: Callable[[], object], *, env: Mapping[str, str], out: int, err: int) -> int:
    """The pid of a forked copy of this process that runs ``call()`` as a script's main
    would (its environment ``env``, standard output and error the descriptors ``out`` and
    ``err``, standard input empty) and exits: 0, the ``SystemExit`` code, or 1 with a
    traceback on standard error. Wait for it with ``wait_forked``."""
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the test
        os._exit(_child(call, dict(env), out, err))
    return pid


def wait_forked(pid: int, timeout: float, what: list[str]) -> int:
    """The exit code of ``forked``'s child (minus the signal number when killed by one);
    killed and ``subprocess.TimeoutExpired(what, timeout)`` after ``timeout`` seconds."""
    return _wait(pid, timeout, what)


def _child(call: Callable[[], object] | list[str], env: dict[str, str], out: int, err: int) -> int:
    try:
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGALRM):
            signal.signal(signum, signal.SIG_DFL)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(out, 1)
        os.dup2(err, 2)
        sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False, errors="backslashreplace")  # noqa: SIM115
        os.environ.clear()
        os.environ.update(env)
        try:
            code: object = _program(call) if isinstance(call, list) else call()
        except SystemExit as exc:
            code = exc.code
        if code is None:
            code = 0
        elif not isinstance(code, int):
            print(code, file=sys.stderr)
            code = 1
    except BaseException:  # what the interpreter does with an uncaught exception
        traceback.print_exc()
        code = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:  # nothing is left to report it to
        pass
    return code


def _program(argv: list[str]) -> object:
    from larsam_desktop.app import main as program

    return program(argv)


def _wait(pid: int, timeout: float, argv: list[str]) -> int:
    deadline = time.monotonic() + timeout
    pidfd = os.pidfd_open(pid) if hasattr(os, "pidfd_open") else None
    try:
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return os.waitstatus_to_exitcode(status)
            left = deadline - time.monotonic()
            if left <= 0:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                raise subprocess.TimeoutExpired(argv, timeout)
            if pidfd is not None:
                select.select([pidfd], [], [], left)
            else:
                time.sleep(min(0.01, left))
    finally:
        if pidfd is not None:
            os.close(pidfd)
