"""``LARSAM_QUIT_AFTER_START``: the installers' self-test, here on the source tree (fast).

The frozen program gets the same check in test_frozen_build.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from larsam_desktop.ui.smoke import QUIT_AFTER_START_ENV, READY_LINE


def start(data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("LARSAM_", "LC_"))}
    environment.update({"QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **env})
    return subprocess.run(
        [sys.executable, "-m", "larsam_desktop", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        timeout=180,
    )


def test_the_window_opens_the_store_reports_and_quits(tmp_path: Path) -> None:
    result = start(tmp_path, **{QUIT_AFTER_START_ENV: "1"})
    assert result.returncode == 0, result.stderr
    assert READY_LINE in result.stdout
    assert "0 learner(s)" in result.stdout
    assert (tmp_path / "larsam.sqlite3").exists()  # the store was opened (created, stamped)
    assert (tmp_path / "ui-settings.ini").exists()  # and the window closed normally


def test_the_stored_language_is_used(tmp_path: Path) -> None:
    (tmp_path / "ui-settings.ini").write_text("[app]\nlanguage=en\n", encoding="utf-8")
    result = start(tmp_path, LANG="sv_SE.UTF-8", **{QUIT_AFTER_START_ENV: "1"})
    assert result.returncode == 0, result.stderr
    assert "locale en_" in result.stdout
    assert "menus File, Edit, View" in result.stdout


def test_the_system_language_is_followed_by_default(tmp_path: Path) -> None:
    result = start(tmp_path, LANG="sv_SE.UTF-8", **{QUIT_AFTER_START_ENV: "1"})
    assert result.returncode == 0, result.stderr
    assert "locale sv_SE" in result.stdout
    assert "menus Arkiv, Redigera, Visa" in result.stdout
