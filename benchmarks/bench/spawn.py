"""Run one probe in a fresh process and collect its JSON lines, stamped on arrival."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent.parent


class ProbeFailed(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class ProbeEvent:
    name: str
    at_ms: float  # since the parent spawned the process
    data: dict[str, Any]


BYTECODE_DIR = BENCH_DIR / "results" / "pycache"


def probe_env() -> dict[str, str]:
    """Offscreen Qt, the probes importable, and bytecode cached as on a user's machine.

    An installed app has compiled bytecode; a checkout run with PYTHONDONTWRITEBYTECODE
    recompiles every module of the app on each start. The probes keep their bytecode under
    benchmarks/results/ (PYTHONPYCACHEPREFIX), so the source tree is left untouched.
    """
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(BENCH_DIR), env.get("PYTHONPATH")]))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(BYTECODE_DIR)
    return env


def run_probe(probe: str, *args: str, timeout_s: float = 300) -> dict[str, ProbeEvent]:
    """Spawn ``python -m probes.PROBE ARGS``; return its events by name once it says ``done``.

    The clock starts just before the spawn, so ``at_ms`` of an event includes starting the
    interpreter, imports and everything the probe did before printing it.
    """
    command = [sys.executable, "-m", f"probes.{probe}", *args]
    events: dict[str, ProbeEvent] = {}
    with tempfile.TemporaryFile("w+", encoding="utf-8") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(
            command,
            cwd=BENCH_DIR,
            env=probe_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            encoding="utf-8",
        )
        killer = threading.Timer(timeout_s, process.kill)
        killer.start()
        try:
            assert process.stdout is not None
            for line in process.stdout:
                at_ms = (time.perf_counter() - started) * 1000
                if not line.startswith("{"):
                    continue
                data = json.loads(line)
                name = data.pop("event")
                events[name] = ProbeEvent(name, at_ms, data)
            code = process.wait()
        finally:
            killer.cancel()
        if "done" not in events:
            stderr.seek(0)
            tail = stderr.read()[-3000:]
            raise ProbeFailed(f"probe {probe} {' '.join(args)} exited {code}:\n{tail}")
    return events
