"""Strip debug symbols from a Linux bundle's binaries, except those auditwheel patched.

    python packaging/strip_bundle.py dist/larsam-desktop/_internal

PyInstaller's own ``strip=True`` strips every binary, and breaks the libraries that
auditwheel vendored into a wheel and patched with patchelf: numpy's OpenBLAS then fails to
load ("ELF load command address/offset not page-aligned"). So ``packaging/larsam.spec`` runs
this instead, after COLLECT: it leaves alone anything in a ``*.libs`` folder and anything
whose RPATH/RUNPATH points into one (the patched extension modules), and strips the rest
with ``strip --strip-debug`` (symbols needed for linking stay). On this build that is
mostly libpython (22 → 6 MB) and SQLCipher (20 → 8 MB); the Qt libraries come stripped.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ELF_MAGIC = b"\x7fELF"


def is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == ELF_MAGIC


def patched_by_auditwheel(path: Path, readelf: str) -> bool:
    if any(part.endswith(".libs") for part in path.parts):
        return True
    dynamic = subprocess.run([readelf, "-d", str(path)], capture_output=True, text=True)
    return any(
        ("(RPATH)" in line or "(RUNPATH)" in line) and ".libs" in line
        for line in dynamic.stdout.splitlines()
    )


def strip_debug_symbols(folder: Path) -> tuple[int, int]:
    """Strip what is safe to strip under ``folder``: (files stripped, bytes saved)."""
    strip, readelf = shutil.which("strip"), shutil.which("readelf")
    if strip is None or readelf is None:
        print("strip_bundle: no strip/readelf (binutils): bundle left as it is", file=sys.stderr)
        return 0, 0
    count = saved = 0
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        if patched_by_auditwheel(path, readelf):
            continue
        before = path.stat().st_size
        subprocess.run([strip, "--strip-debug", str(path)], check=True)
        after = path.stat().st_size
        if after < before:
            count, saved = count + 1, saved + before - after
    return count, saved


if __name__ == "__main__":
    stripped, bytes_saved = strip_debug_symbols(Path(sys.argv[1]))
    print(f"stripped {stripped} files, {bytes_saved / 1024 / 1024:.1f} MB saved")
