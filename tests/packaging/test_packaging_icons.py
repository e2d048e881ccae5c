"""The build-time icon renders: every size, a Linux hicolor tree, and .ico/.icns files Qt itself can read back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "io.advocatehub.AdvocateHub"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("icons")
    subprocess.run([sys.executable, str(ROOT / "packaging" / "icons.py"), str(out)], check=True, timeout=120)
    return out


def _sizes_in(path: Path) -> list[int]:
    reader = QImageReader(str(path))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        sizes.append(reader.read().width())
    return sizes


@pytest.mark.parametrize("size", SIZES)
def test_hicolor_png_at_each_size_shows_the_app_icon(icons: Path, size: int) -> None:
    image = QImage(str(icons / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0, "the rounded corner is transparent"
    centre = image.pixelColor(size // 2, size // 2)
    assert centre.alpha() == 255
    assert centre.name() != image.pixelColor(size // 2, size // 8).name(), "the star stands out from the tile"


def test_scalable_icon_is_the_svg_source(icons: Path) -> None:
    scalable = icons / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "app.svg").read_bytes()


def test_windows_ico_holds_every_size_up_to_256(icons: Path) -> None:
    assert _sizes_in(icons / "advocate-hub.ico") == [16, 24, 32, 48, 64, 128, 256]


def test_macos_icns_holds_the_standard_and_retina_sizes(icons: Path) -> None:
    assert sorted(set(_sizes_in(icons / "advocate-hub.icns"))) == [16, 32, 64, 128, 256, 512]
