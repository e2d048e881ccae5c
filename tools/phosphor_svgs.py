"""Write the Phosphor icons the app uses as SVG files in resources/icons/phosphor (run by hand, output committed).

The app draws these few icons itself (``ui/icons.py``) rather than importing qtawesome at start-up, which loaded
qtpy, every Qt enum through it and a dozen icon fonts: about a quarter of the time to the first paint. The
outlines are taken from the Phosphor font qtawesome ships (Phosphor is MIT licensed, see LICENSE beside the
files), so the icons look exactly as before. Needs qtawesome installed (a development dependency); run:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/phosphor_svgs.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPainterPath

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "icons" / "phosphor"
NAME = re.compile(r"""["']ph\.([a-z0-9-]+)["']""")
EM = 256


def used_names() -> list[str]:
    names = {match for path in (ROOT / "advocate_hub").rglob("*.py") for match in NAME.findall(path.read_text())}
    return sorted(names)


def number(value: float) -> str:
    """A coordinate to a tenth of a unit of the 256-unit grid, without a trailing '.0'."""
    return f"{value:.1f}".removesuffix(".0")


def path_data(path: QPainterPath) -> str:
    """SVG path data for a Qt glyph outline (Qt gives move, line and cubic curve elements)."""
    parts: list[str] = []
    index = 0
    while index < path.elementCount():
        element = path.elementAt(index)
        if element.isMoveTo():
            parts.append(f"M{number(element.x)} {number(element.y)}")
            index += 1
        elif element.isLineTo():
            parts.append(f"L{number(element.x)} {number(element.y)}")
            index += 1
        else:
            controls = [path.elementAt(index + step) for step in range(3)]
            parts.append("C" + " ".join(f"{number(point.x)} {number(point.y)}" for point in controls))
            index += 3
    return "".join(parts)


def main() -> int:
    import qtawesome

    fonts = Path(qtawesome.__file__).parent / "fonts"
    charmap = json.loads((fonts / "phosphor-charmap-1.3.0.json").read_text())
    _app = QGuiApplication(sys.argv)
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(fonts / "phosphor-1.3.0.ttf")))
    font = QFont(family[0])
    font.setPixelSize(EM)
    TARGET.mkdir(parents=True, exist_ok=True)
    for name in used_names():
        glyph = QPainterPath()
        glyph.addText(0, 0, font, chr(int(charmap[name], 16)))
        # The font's em square is 256 units above the baseline (ascent 256, descent 0, advance 256): moving the
        # baseline to the bottom of a 256 x 256 view box keeps each icon where the font put it.
        glyph.translate(0, EM)
        svg = (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {EM} {EM}">'
            f'<path fill="currentColor" fill-rule="nonzero" d="{path_data(glyph)}"/></svg>\n'
        )
        (TARGET / f"{name}.svg").write_text(svg)
    print(f"{len(used_names())} icons written to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
