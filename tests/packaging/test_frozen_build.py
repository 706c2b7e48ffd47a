"""Smoke test of the frozen program (PyInstaller one-folder bundle, packaging/larsam.spec).

Runs in CI (``CI`` is set there) and with ``make smoke``; elsewhere it is skipped because
building the bundle takes a minute or two. ``LARSAM_FROZEN_APP`` names a bundle already
built (``make smoke`` builds it with ``make package``); otherwise the test builds one into a
temporary folder. Every run uses a fresh temporary data folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "larsam.spec"
EXE_NAME = "larsam-desktop.exe" if sys.platform == "win32" else "larsam-desktop"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (os.environ.get("CI") or os.environ.get("LARSAM_FROZEN_APP")),
        reason="builds the PyInstaller bundle: run `make smoke` (CI runs it always)",
    ),
]


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    given = os.environ.get("LARSAM_FROZEN_APP")
    if given:
        folder = Path(given).resolve()
    else:
        work = tmp_path_factory.mktemp("pyinstaller")
        pyinstaller = Path(sys.executable).parent / "pyinstaller"
        subprocess.run(
            [str(pyinstaller), "--noconfirm", "--log-level", "WARN", "--distpath",
             str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
            cwd=ROOT,
            check=True,
            timeout=1800,
        )  # fmt: skip
        folder = work / "dist" / "larsam-desktop"
    executable = folder / EXE_NAME
    assert executable.exists(), f"no frozen program at {executable}"
    yield executable
    if not given:
        shutil.rmtree(folder, ignore_errors=True)


def run(
    executable: Path, data_dir: Path, *args: str, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("LARSAM_", "PYTHON", "LC_", "LANG"))
    }
    environment.update({"QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **env})
    return subprocess.run(
        [str(executable), "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        cwd=data_dir,  # not the checkout: nothing may be read from the source tree
        timeout=300,
    )


def test_version_matches_the_package(frozen_app: Path, tmp_path: Path) -> None:
    from larsam_desktop import __version__

    result = run(frozen_app, tmp_path, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"larsam-desktop {__version__}"


def test_check_creates_a_healthy_database_at_the_newest_schema(
    frozen_app: Path, tmp_path: Path
) -> None:
    from larsam_desktop.storage.revision import HEAD_REVISION

    result = run(frozen_app, tmp_path, "check")
    assert result.returncode == 0, result.stderr
    assert "healthy" in result.stdout
    assert f"schema {HEAD_REVISION}" in result.stdout
    assert (tmp_path / "larsam.sqlite3").exists()


def test_window_opens_offscreen_and_quits(frozen_app: Path, tmp_path: Path) -> None:
    result = run(frozen_app, tmp_path, LARSAM_QUIT_AFTER_START="1")
    assert result.returncode == 0, result.stderr
    assert "larsam-desktop: window ready: locale" in result.stdout
    assert "0 learner(s)" in result.stdout
    assert "menus File, Edit, View" in result.stdout


def test_window_speaks_swedish_when_chosen(frozen_app: Path, tmp_path: Path) -> None:
    (tmp_path / "ui-settings.ini").write_text("[app]\nlanguage=sv\n", encoding="utf-8")
    result = run(frozen_app, tmp_path, LARSAM_QUIT_AFTER_START="1")
    assert result.returncode == 0, result.stderr
    assert "locale sv_SE" in result.stdout
    assert "menus Arkiv, Redigera, Visa" in result.stdout


def test_bundled_data_fonts_and_rules_work(frozen_app: Path, tmp_path: Path) -> None:
    """Demo data (names, test personnummer), the rule book, XLSX and a PDF with embedded fonts."""
    demo = run(frozen_app, tmp_path, "demo", "--learners", "12", "--seed", "3")
    assert demo.returncode == 0, demo.stderr
    eligibility = run(frozen_app, tmp_path, "eligibility", "--learner", "1", "--target", "A14")
    assert eligibility.returncode == 0, eligibility.stderr
    assert '"target": "sjukskoterska"' in eligibility.stdout
    pdf = tmp_path / "statistics.pdf"
    report = run(frozen_app, tmp_path, "stats", "export", "--format", "pdf", "--out", str(pdf))
    assert report.returncode == 0, report.stderr
    xlsx = tmp_path / "statistics.xlsx"
    sheet = run(frozen_app, tmp_path, "stats", "export", "--format", "xlsx", "--out", str(xlsx))
    assert sheet.returncode == 0, sheet.stderr
    assert xlsx.read_bytes()[:2] == b"PK"
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    assert "".join(page.extract_text() for page in reader.pages).strip()
    fonts = {
        str(font.get_object().get("/BaseFont"))
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    }
    assert any("DejaVu" in name for name in fonts), fonts


# What packaging/larsam.spec filters out of the PySide6 hooks' collection (issue 19), and what
# must stay for the window to start on a coach's Linux desktop.
GONE = ("libQt6Qml", "libQt6Quick", "libQt6VirtualKeyboard", "libQt6Pdf", "libQt6WebEngine",
        "libqtvirtualkeyboardplugin", "libqpdf.", "QtPdf.", "QtQml.", "QtQuick.",
        "numpy", "libscipy_openblas", "stdnum/oui.dat")  # fmt: skip
KEPT = ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "printsupport/libcupsprintersupport.so", "imageformats/libqjpeg.so",
        "translations/qtbase_sv.qm")  # fmt: skip


def test_the_bundle_ships_no_unused_qt_and_every_qt_library_a_binary_needs(
    frozen_app: Path,
) -> None:
    internal = frozen_app.parent / "_internal"
    files = [path for path in internal.rglob("*") if path.is_file()]
    names = {path.relative_to(internal).as_posix() for path in files}
    assert not [name for name in names if any(part in name for part in GONE)]
    qt = "PySide6/Qt/plugins/" if sys.platform.startswith("linux") else None
    if qt is None:
        return  # the plugin layout below is Linux's
    assert {f"{qt}{kept}" for kept in KEPT[:-1]} <= names
    translations = {n.rsplit("/", 1)[1] for n in names if n.startswith("PySide6/Qt/translations/")}
    assert "qtbase_sv.qm" in translations and not translations - {
        "qt_sv.qm",
        "qt_en.qm",
        "qtbase_sv.qm",
        "qtbase_en.qm",
    }
    readelf = shutil.which("readelf")
    if readelf is None:
        return
    present = {path.name for path in files}
    missing = set()
    for path in files:
        if ".so" not in path.name or path.is_symlink():
            continue
        dynamic = subprocess.run([readelf, "-d", str(path)], capture_output=True, text=True)
        for line in dynamic.stdout.splitlines():
            if "(NEEDED)" in line and "libQt6" in line:
                needed = line.rsplit("[", 1)[1].rstrip("]")
                if needed not in present:
                    missing.add(f"{path.relative_to(internal)} needs {needed}")
    assert not missing, sorted(missing)
