"""Demo databases for the benchmarks, generated once per (size, seed) and optionally kept."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

READY_MARKER = "benchmark-data-ready"
UI_SETTINGS = "ui-settings.ini"  # larsam_desktop.paths.AppPaths.ui_settings


def data_dir(root: Path, learners: int, seed: int) -> Path:
    return root / f"learners-{learners}-seed-{seed}"


def prepare(root: Path, learners: int, seed: int) -> tuple[Path, float | None]:
    """The data folder for ``learners``; generates it unless cached. Returns (folder, seconds).

    Saved UI state (window geometry, columns) from earlier runs is removed, so the first
    start-up of every benchmark run is a first start on this data folder.
    """
    folder = data_dir(root, learners, seed)
    generated: float | None = None
    if not (folder / READY_MARKER).exists():
        generated = _generate(folder, learners, seed)
    else:
        upgrade(folder)
    reset_ui_state(folder)
    return folder, generated


def upgrade(folder: Path) -> None:
    """Bring a kept folder to this tree's schema before anything is measured.

    A folder kept from an older commit would otherwise be upgraded by the first probe's
    window: no first screen is read from an older schema, the store opens on Today, and a
    probe waiting for the caseload's first paint waits until it is killed.
    """
    command = [sys.executable, "-m", "larsam_desktop", "--data-dir", str(folder)]
    subprocess.run([*command, "check"], check=True, stdout=subprocess.DEVNULL)


def reset_ui_state(folder: Path) -> None:
    """Forget the window geometry and columns that a start-up probe saved on closing."""
    (folder / UI_SETTINGS).unlink(missing_ok=True)


def _generate(folder: Path, learners: int, seed: int) -> float:
    if folder.exists():
        shutil.rmtree(folder)  # a half-written folder from an interrupted run
    folder.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    command = [sys.executable, "-m", "larsam_desktop", "--data-dir", str(folder), "demo"]
    command += ["--learners", str(learners), "--seed", str(seed)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    (folder / READY_MARKER).write_text(f"{learners} learners, seed {seed}\n", encoding="utf-8")
    return time.perf_counter() - started
