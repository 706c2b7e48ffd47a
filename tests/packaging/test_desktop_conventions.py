"""The files desktops read: the .desktop entry and AppStream metainfo pass their validators;
the Windows version resource and the metainfo's newest release carry the package version."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from larsam_desktop import __version__

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
DESKTOP = PACKAGING / "larsam-desktop.desktop"
METAINFO = PACKAGING / "se.larsam.desktop.metainfo.xml"


def _tool(name: str, package: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: apt-get install {package} (.ci/run installs it)"
    return found


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [_tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for line in result.stdout.splitlines():
        assert not line.startswith(("E:", "W:")), result.stdout


def test_the_metainfo_names_the_launcher_and_this_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("launchable") == DESKTOP.name
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__


def test_the_windows_version_resource_carries_the_package_version() -> None:
    spec = importlib.util.spec_from_file_location(
        "version_resource", PACKAGING / "windows" / "version_resource.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.numeric_version("1.2.0rc1") == (1, 2, 0, 0)
    text = module.version_file_text(__version__, product="LärSam Desktop", file_name="LarSam.exe")
    assert f"StringStruct('ProductVersion', '{__version__}')" in text
    assert str(module.numeric_version(__version__)) in text
    iss = (PACKAGING / "windows" / "larsam.iss").read_text(encoding="utf-8")
    assert "GetStringFileInfo(" in iss and '"ProductVersion")' in iss
    assert 'version=version_resource("LarSam.exe")' in (PACKAGING / "larsam.spec").read_text()
