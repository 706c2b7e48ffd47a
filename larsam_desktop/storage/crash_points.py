"""Named steps inside multi-step operations, where a test may kill the process.

Every operation that writes several files or replaces the database calls ``step(name)``
after each step that leaves something on disk (``"encrypt.copy-written"``,
``"restore.before-restore-kept"`` …). In normal use this reads one environment variable
and returns. The fault-injection tests use two variables:

* ``LARSAM_TEST_STEP_LOG=FILE``: every step reached appends its name to FILE (one line),
  so a test can run an operation once and learn its steps;
* ``LARSAM_TEST_DIE_AFTER=NAME`` or ``NAME#N``: the process ends at once with
  ``os._exit(KILLED_EXIT)`` right after the N-th time (default: the first) it reaches
  step NAME — no ``finally``, no ``atexit``, no flushing, as after a SIGKILL.

Then the test starts the program again and checks that it recovers.
"""

from __future__ import annotations

import os
from pathlib import Path

DIE_AFTER_ENV = "LARSAM_TEST_DIE_AFTER"
STEP_LOG_ENV = "LARSAM_TEST_STEP_LOG"
KILLED_EXIT = 137  # what a shell reports for SIGKILL, so a test can tell it apart

_reached: dict[str, int] = {}


def step(name: str) -> None:
    """Mark that the step ``name`` is complete (durably on disk, where it wrote)."""
    log = os.environ.get(STEP_LOG_ENV)
    target = os.environ.get(DIE_AFTER_ENV)
    if not log and not target:
        return
    count = _reached[name] = _reached.get(name, 0) + 1
    if log:
        with Path(log).open("a", encoding="utf-8") as out:
            out.write(f"{name}\n")
    if target and _matches(target, name, count):
        os._exit(KILLED_EXIT)


def _matches(target: str, name: str, count: int) -> bool:
    wanted, _, nth = target.partition("#")
    return wanted == name and count == (int(nth) if nth else 1)


def reset() -> None:
    """Forget the counts (tests that run several operations in one process)."""
    _reached.clear()
