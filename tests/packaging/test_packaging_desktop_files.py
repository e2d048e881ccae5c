"""The Linux desktop entry and AppStream metainfo: valid for the distributions' own tools, and in step with the app.

The validators come from Debian's desktop-file-utils and appstream (`make system-packages` installs them).
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib.metadata import entry_points, version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.advocatehub.AdvocateHub"
DESKTOP = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="desktop entries and AppStream are for Linux")


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: run `make system-packages` (Debian: desktop-file-utils, appstream)"
    return found


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--no-color", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_launches_the_installed_command_with_the_app_icon() -> None:
    entry = _desktop_entry()
    ours = [script for script in entry_points(group="console_scripts") if script.value.startswith("advocate_hub")]
    scripts = {script.name for script in ours}
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == APP_ID


def test_metainfo_names_the_desktop_entry_and_the_current_version() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == version("advocate-hub"), "add a <release> for the version in pyproject.toml"
