"""The locks agree with pyproject.toml, and the runtime stays light (issue 19): every
dependency pinned in requirements/runtime.lock (the dev tools in dev.lock), and numpy — the
statistics once counted with it, 68 MB of the runtime venv — neither in the runtime lock nor
imported by the program's statistics (scipy, for the attacker tests, keeps it in dev.lock)."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REQUIREMENTS = ROOT / "requirements"


def _name(requirement: str) -> str:
    """A requirement's distribution name as PEP 503 normalises it."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    assert match, requirement
    return re.sub(r"[-_.]+", "-", match.group(1)).lower()


def _pinned(lock: str) -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (REQUIREMENTS / lock).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("-r "):
            continue
        assert "==" in line, f"{lock}: not an exact pin: {line}"
        pins[_name(line)] = line.split("==", 1)[1].split(";", 1)[0].strip()
    return pins


def _project() -> dict[str, list[str]]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        project = tomllib.load(file)["project"]
    return {"runtime": project["dependencies"], "dev": project["optional-dependencies"]["dev"]}


def test_every_dependency_is_pinned_in_its_lock() -> None:
    runtime, dev = _pinned("runtime.lock"), _pinned("dev.lock")
    declared = _project()
    assert {_name(r) for r in declared["runtime"]} - runtime.keys() == set()
    assert {_name(r) for r in declared["dev"]} - (runtime.keys() | dev.keys()) == set()
    twice = {name for name in runtime.keys() & dev.keys() if runtime[name] != dev[name]}
    assert twice == set(), "pinned to two versions in runtime.lock and dev.lock"


def test_numpy_is_a_dev_tool_only() -> None:
    assert "numpy" not in _pinned("runtime.lock")
    assert "numpy" not in {_name(r) for r in _project()["runtime"]}
    assert "numpy" in _pinned("dev.lock")  # scipy's (the attacker tests)


def test_the_statistics_import_no_numpy() -> None:
    probe = (
        "import sys\n"
        "import larsam_desktop.services.statistics\n"
        "import larsam_desktop.services.stats_export.export\n"
        "import larsam_desktop.storage.statistics_columns\n"
        "import larsam_desktop.domain.statistics.aggregate\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'numpy'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stdout.strip() == "[]"
