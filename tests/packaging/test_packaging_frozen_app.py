"""The PyInstaller build: the frozen program runs on its own, outside this source tree and this virtualenv.

One build (about two minutes on two cores) serves every check, so they share a module-scoped fixture.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from advocate_hub.core.store.database import DATABASE_FILENAME

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "advocate-hub.spec"
APP_ID = "io.advocatehub.AdvocateHub"
BUILD_TIMEOUT_SECONDS = 900
RUN_TIMEOUT_SECONDS = 180

Run = Callable[..., subprocess.CompletedProcess[str]]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the one-folder app with the project's spec into a temporary folder; return that folder."""
    where = tmp_path_factory.mktemp("pyinstaller")
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            f"--workpath={where / 'build'}",
            f"--distpath={where / 'dist'}",
            str(SPEC),
        ],
        cwd=where,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_SECONDS,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-5000:]
    return where / "dist" / "advocate-hub"


@pytest.fixture
def run(frozen: Path, tmp_path: Path) -> Run:
    """Run the built executable offscreen, from an unrelated folder, with no hint of the source tree."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_DATA_HOME=str(tmp_path / "share"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )

    def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(frozen / "advocate-hub"), *map(str, args)],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT_SECONDS,
            check=False,
        )

    return run


def _assert_rendered(png: Path, width: int, height: int) -> None:
    image = QImage(str(png))
    assert (image.width(), image.height()) == (width, height)
    colours = {image.pixel(x, y) for x in range(0, width, 16) for y in range(0, height, 16)}
    assert len(colours) > 20, "the screenshot is (nearly) blank"


def test_version_is_the_package_metadata_version(run: Run) -> None:
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"advocate-hub {version('advocate-hub')}"


def test_screenshot_of_home_creates_and_migrates_a_program(run: Run, tmp_path: Path) -> None:
    png = tmp_path / "home.png"
    result = run("--data-dir", tmp_path / "data", "--screenshot", png, "--view", "home", "--size", "1024x700")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / DATABASE_FILENAME).exists()
    _assert_rendered(png, 1024, 700)


def test_manager_charts_render_in_the_frozen_app(run: Run, tmp_path: Path) -> None:
    """The metrics view uses Qt Charts, whose OpenGL bindings the spec leaves out."""
    png = tmp_path / "metrics.png"
    result = run(
        "--data-dir", tmp_path / "data", "--as", "maya.chen@example.com", "--screenshot", png, "--view", "metrics"
    )
    assert result.returncode == 0, result.stderr
    _assert_rendered(png, 1280, 800)


def test_desktop_integration_files_sit_beside_the_executable(frozen: Path) -> None:
    share = frozen / "share"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
