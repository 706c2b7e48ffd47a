"""Install size benchmark (issue 19): one JSON line a figure, {"name", "value", "unit", "target"}.

    python benchmarks/install_size.py [--lock requirements/runtime.lock] [--bundle DIR]
                                      [--starts 5] [--keep-venv DIR] [--with-pip]

* ``install.runtime_venv``: a fresh venv built as packaging/README.md's "A runtime install"
  does — ``python -m venv --without-pip`` (the program never runs pip: pip and setuptools
  were 26 MB of every venv) and the *installing* Python's pip pointed at it (``pip --python
  VENV install -r requirements/runtime.lock``, then the package itself with ``--no-deps``),
  byte-compiled as pip does — built in a temporary folder, target ≤ 450 MB (``--with-pip``:
  a venv with pip inside, as before 2026-12-08). Sizes are disk usage in MiB, as ``du -sh``
  shows them; the line lists the largest distributions (``largest``) and how long the
  install took (network and load dependent).
* ``install.runtime_venv_works``: in that venv, the program answers ``--version`` and the
  preview's PDFium draws a page offscreen (1 = yes) — the lock alone is enough.
* ``install.bundle``: the size of the PyInstaller one-folder bundle (``--bundle``, default
  ``dist/larsam-desktop``, what ``make package`` writes), when it exists — target ≤ 150 MB.
* ``install.frozen_start``: the bundle started with ``LARSAM_QUIT_AFTER_START=1`` on a data
  folder its warm-up start created, from spawn to its "window ready" line (printed after the
  first paint, once the store is open): median of ``--starts`` starts — target ≤ 2 s
  (2000 ms). ``cpu_ms`` is the median CPU time of a whole start-to-exit (user + system),
  which load does not inflate; read the wall time beside the run's floor (``make bench``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024
READY = "larsam-desktop: window ready"
VENV_TARGET_MB = 450
BUNDLE_TARGET_MB = 150
FROZEN_START_TARGET_MS = 2000

# Run inside the fresh venv: the app's entry point and PDFium drawing a page, offscreen.
WORKS = """
import io, sys
from PySide6.QtGui import QGuiApplication
from reportlab.pdfgen import canvas
app = QGuiApplication([])
from larsam_desktop.ui.widgets.pdf_pages import page_sizes, pixel_size, render_page
out = io.BytesIO(); pdf = canvas.Canvas(out); pdf.rect(0, 0, 300, 300, fill=1); pdf.save()
data = out.getvalue()
image = render_page(data, 0, pixel_size(page_sizes(data)[0], 72))
assert image.pixelColor(10, image.height() - 10).lightness() < 50, "PDFium drew nothing"
print("ok")
"""


def disk_usage(path: Path) -> int:
    """Bytes on disk under ``path`` (each inode once), as ``du`` counts them."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for folder, _dirs, files in os.walk(path):
        for name in (".", *files):
            stat = (Path(folder) / name).lstat()
            if (stat.st_dev, stat.st_ino) not in seen:
                seen.add((stat.st_dev, stat.st_ino))
                total += stat.st_blocks * 512
    return total


def site_packages(venv: Path) -> Path:
    found = sorted(venv.glob("lib/python3*/site-packages")) or [venv / "Lib" / "site-packages"]
    return found[0]


def largest(venv: Path, count: int = 6) -> dict[str, float]:
    """The biggest distributions in the venv, by the files their RECORD lists (MiB)."""
    import csv

    root = site_packages(venv)
    sizes: dict[str, int] = {}
    for record in root.glob("*.dist-info/RECORD"):
        name = record.parent.name.split("-")[0]
        with record.open(encoding="utf-8") as rows:
            for row in csv.reader(rows):
                path = root / row[0]
                if row and path.is_file():
                    sizes[name] = sizes.get(name, 0) + path.stat().st_size
    top = sorted(sizes.items(), key=lambda item: -item[1])[:count]
    return {name: round(size / MIB, 1) for name, size in top}


def python_in(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def plain_env() -> dict[str, str]:
    """This environment without what ``make bench`` sets for its probes: with
    PYTHONPYCACHEPREFIX pip's byte-compiled files would land outside the venv (70 MB
    missing from its size), with PYTHONPATH the checkout would shadow the installed copy."""
    drop = ("PYTHONPYCACHEPREFIX", "PYTHONDONTWRITEBYTECODE", "PYTHONPATH")
    return {key: value for key, value in os.environ.items() if key not in drop}


def build_venv(venv: Path, lock: Path, with_pip: bool = False) -> float:
    """The runtime venv from ``lock`` plus the package, no dependencies beyond the lock;
    pip byte-compiles what it installs, as on a coach's or a server's machine. Without pip
    inside (``with_pip`` False) this interpreter's pip installs into it (``--python``)."""
    started = time.perf_counter()
    env = plain_env()
    if with_pip:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=env)
        pip = [str(python_in(venv)), "-m", "pip"]
    else:
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                       env=env)  # fmt: skip
        pip = [sys.executable, "-m", "pip", "--python", str(python_in(venv))]
    pip += ["install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "-r", str(lock)], check=True, env=env)
    with tempfile.TemporaryDirectory(prefix="larsam-sources-") as copy:
        # Built from a copy: an in-tree build would leave build/ and *.egg-info in the checkout.
        sources = Path(copy) / "larsam-desktop"
        shutil.copytree(ROOT / "larsam_desktop", sources / "larsam_desktop",
                        ignore=shutil.ignore_patterns("__pycache__"))  # fmt: skip
        for name in ("pyproject.toml", "README.md", "LICENSE"):
            shutil.copy2(ROOT / name, sources / name)
        subprocess.run([*pip, "--no-deps", str(sources)], check=True, env=env)
    return time.perf_counter() - started


def venv_works(venv: Path) -> bool:
    env = {**plain_env(), "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as elsewhere:  # not the checkout: the installed copy
        version = subprocess.run(
            [str(python_in(venv)), "-m", "larsam_desktop", "--version"],
            capture_output=True, text=True, env=env, cwd=elsewhere, check=False,
        )  # fmt: skip
        drawn = subprocess.run(
            [str(python_in(venv)), "-c", WORKS],
            capture_output=True, text=True, env=env, cwd=elsewhere, check=False,
        )  # fmt: skip
    for result in (version, drawn):
        if result.returncode != 0:
            print(result.stdout + result.stderr, file=sys.stderr)
    return version.returncode == 0 and drawn.stdout.strip() == "ok"


def children_cpu_ms() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def frozen_start_ms(executable: Path, data_dir: Path) -> tuple[float, float]:
    """Spawn to the ready line, and the CPU time the whole run took (to its exit)."""
    cpu_before = children_cpu_ms()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LARSAM_", "PYTHON"))}
    env.update({"QT_QPA_PLATFORM": "offscreen", "LARSAM_QUIT_AFTER_START": "1"})
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(executable), "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=data_dir,
    )  # fmt: skip
    assert process.stdout is not None
    ready = None
    for line in process.stdout:
        if line.startswith(READY) and ready is None:
            ready = (time.perf_counter() - started) * 1000
    if process.wait() != 0 or ready is None:
        raise RuntimeError(f"{executable} did not report a painted window (exit {process.wait()})")
    return ready, children_cpu_ms() - cpu_before


def emit(name: str, value: float, unit: str, target: float | None, **extra: object) -> None:
    print(json.dumps({"name": name, "value": value, "unit": unit, "target": target, **extra}),
          flush=True)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lock", type=Path, default=ROOT / "requirements" / "runtime.lock")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "larsam-desktop")
    parser.add_argument("--starts", type=int, default=5, help="frozen starts after a warm-up")
    parser.add_argument("--keep-venv", type=Path, help="build the venv here and keep it")
    parser.add_argument("--skip-venv", action="store_true", help="only the bundle's figures")
    parser.add_argument("--with-pip", action="store_true", help="pip inside the venv (before)")
    args = parser.parse_args(argv)
    if not args.skip_venv:
        with tempfile.TemporaryDirectory(prefix="larsam-runtime-venv-") as temporary:
            venv = args.keep_venv or Path(temporary) / "venv"
            seconds = build_venv(venv, args.lock, args.with_pip)
            size = disk_usage(venv) / MIB
            emit(
                "install.runtime_venv", round(size, 1), "MB", VENV_TARGET_MB,
                site_packages=round(disk_usage(site_packages(venv)) / MIB, 1),
                largest=largest(venv), install_s=round(seconds, 1), lock=str(args.lock),
                pip_inside=args.with_pip,
            )  # fmt: skip
            emit("install.runtime_venv_works", int(venv_works(venv)), "bool", None)
    executable = args.bundle / (
        "larsam-desktop.exe" if sys.platform == "win32" else "larsam-desktop"
    )
    if not executable.exists():
        print(f"no bundle at {args.bundle}: `make package` first for its figures", file=sys.stderr)
        return 0
    emit("install.bundle", round(disk_usage(args.bundle) / MIB, 1), "MB", BUNDLE_TARGET_MB,
         qt=round(disk_usage(args.bundle / "_internal" / "PySide6") / MIB, 1))  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="larsam-frozen-") as folder:
        # The warm-up fills the file cache and creates the data folder the starts reuse, as a
        # coach's every start after the first does.
        frozen_start_ms(executable, Path(folder))
        starts = [frozen_start_ms(executable, Path(folder)) for _ in range(args.starts)]
    walls, cpus = [wall for wall, _cpu in starts], [cpu for _wall, cpu in starts]
    emit(
        "install.frozen_start", round(statistics.median(walls), 1), "ms", FROZEN_START_TARGET_MS,
        runs=[round(v, 1) for v in walls], cpu_ms=round(statistics.median(cpus), 1),
        load=[round(v, 2) for v in os.getloadavg()],
    )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
