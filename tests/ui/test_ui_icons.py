"""Icons are the bundled Phosphor SVGs: every name the code uses has its file, drawn in the theme's tone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication

from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.ui import icons, theme
from advocate_hub.ui.resources import resource

SOURCE = Path(icons.__file__).resolve().parent.parent
NAME = re.compile(r"""["'](ph\.[a-z0-9-]+)["']""")


def _names_in_the_code() -> set[str]:
    return {name for path in SOURCE.rglob("*.py") for name in NAME.findall(path.read_text(encoding="utf-8"))}


def _coloured_pixels(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> list[QColor]:
    image = icon.pixmap(QSize(32, 32), mode).toImage()
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return [pixel for pixel in pixels if pixel.alpha() == 255]


def test_every_icon_the_code_names_is_bundled_with_its_licence(qapp: QApplication) -> None:
    names = _names_in_the_code()
    assert len(names) > 50
    for name in sorted(names):
        assert _coloured_pixels(icons.icon(name)), f"{name} draws nothing"
    assert "MIT License" in resource("icons", "phosphor", "LICENSE").read_text(encoding="utf-8")


def test_an_icon_is_drawn_in_the_tone_of_the_current_theme(qapp: QApplication) -> None:
    accent = QColor(theme.current(qapp).accent)
    pixels = _coloured_pixels(icons.kind_icon(ChallengeKind.REVIEW))
    assert {pixel.name() for pixel in pixels} == {accent.name()}
    assert not _coloured_pixels(icons.kind_icon(ChallengeKind.REVIEW), QIcon.Mode.Disabled), "disabled is faded"


def test_an_unknown_name_is_refused_clearly(qapp: QApplication) -> None:
    with pytest.raises(ValueError, match="no-such-icon"):
        icons.icon("ph.no-such-icon")
