"""Configuration in the platform's config folder, logs in its log folder, data where it is;
settings an earlier version kept in the data folder are moved once. A named data folder
keeps everything inside it."""

from __future__ import annotations

from pathlib import Path

import pytest

from larsam_desktop.paths import DATA_DIR_ENV, AppPaths, app_paths


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))
    for variable, folder in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(variable, str(tmp_path / folder))
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    return tmp_path


def test_default_folders_follow_the_platform(home: Path) -> None:
    paths = app_paths()
    assert paths.database == home / "data" / "LarSam" / "larsam.sqlite3"
    assert paths.preferences == home / "config" / "LarSam" / "preferences.ini"
    assert paths.ui_settings == home / "config" / "LarSam" / "ui-settings.ini"
    assert paths.logs == home / "state" / "LarSam" / "log"


def test_settings_in_the_data_folder_are_moved_once(home: Path) -> None:
    paths = app_paths()
    paths.data_dir.mkdir(parents=True)
    (paths.data_dir / "preferences.ini").write_text("[coach]\ncurrent = Anna\n", encoding="utf-8")
    (paths.data_dir / "ui-settings.ini").write_text("[window]\n", encoding="utf-8")
    paths.ensure()
    assert paths.preferences.read_text(encoding="utf-8") == "[coach]\ncurrent = Anna\n"
    assert paths.ui_settings.is_file()
    assert not (paths.data_dir / "preferences.ini").exists()
    # An old copy appearing again (an old version started once more) never overwrites.
    (paths.data_dir / "preferences.ini").write_text("old", encoding="utf-8")
    paths.ensure()
    assert paths.preferences.read_text(encoding="utf-8").startswith("[coach]")
    assert (paths.data_dir / "preferences.ini").read_text(encoding="utf-8") == "old"


def test_a_named_data_folder_keeps_everything_inside(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    named = tmp_path / "usb" / "larsam"
    paths = app_paths(named)
    assert paths == AppPaths(named)
    assert paths.preferences.parent == named and paths.logs == named / "logs"
    monkeypatch.setenv(DATA_DIR_ENV, str(named))
    assert app_paths() == AppPaths(named)
