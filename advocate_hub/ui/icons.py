"""Phosphor icons, coloured from the current theme, one name per challenge kind.

The icons are SVG files in ``resources/icons/phosphor`` (made by ``tools/phosphor_svgs.py`` from the Phosphor
font; MIT, licence beside them), rendered by
Qt's SVG renderer into pixmaps at the usual sizes (up to 128 px, enough for 2x displays).
The app used qtawesome for them, whose import (qtpy, every Qt enum through it, a dozen icon fonts) was about a
quarter of the time to the first paint. Names keep qtawesome's ``ph.`` spelling.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.ui import theme
from advocate_hub.ui.resources import resource

PREFIX = "ph."
DISABLED_OPACITY = 0.4
PIXMAP_SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128)
KIND_ICONS: dict[ChallengeKind, str] = {
    ChallengeKind.REVIEW: "ph.star",
    ChallengeKind.SOCIAL_SHARE: "ph.share-network",
    ChallengeKind.SURVEY: "ph.chart-bar",
    ChallengeKind.QUIZ: "ph.question",
    ChallengeKind.CONTENT: "ph.play-circle",
    ChallengeKind.EVENT_CHECKIN: "ph.map-pin",
    ChallengeKind.TESTIMONIAL: "ph.quotes",
    ChallengeKind.REFERENCE_CALL: "ph.phone",
    ChallengeKind.REFERRAL: "ph.user-plus",
    ChallengeKind.VIDEO_TESTIMONIAL: "ph.video-camera",
    ChallengeKind.PRODUCT_FEEDBACK: "ph.flask",
    ChallengeKind.COMMUNITY_ANSWER: "ph.chats-circle",
    ChallengeKind.CASE_STUDY: "ph.book-open",
    ChallengeKind.SPEAKING: "ph.microphone",
    ChallengeKind.ADVISORY_BOARD: "ph.users-three",
}


@cache
def _renderer(name: str, colour: str) -> QSvgRenderer:
    if not name.startswith(PREFIX):
        raise ValueError(f"not a Phosphor icon name: {name!r}")
    path = resource("icons", "phosphor", f"{name.removeprefix(PREFIX)}.svg")
    if not path.is_file():
        raise ValueError(f"no icon {name!r}: {path} is missing (tools/phosphor_svgs.py writes it)")
    return QSvgRenderer(QByteArray(path.read_text(encoding="utf-8").replace("currentColor", colour).encode()))


def icon(name: str, *, tone: str = "text_muted") -> QIcon:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return _icon(name, "#4B5563")
    colour = str(getattr(theme.current(app), tone))
    # Kept with the application, so no pixmap outlives it (one made by a screen's icon() is reused by the next).
    made: dict[tuple[str, str], QIcon] = app.__dict__.setdefault("advocate_hub_icons", {})
    if (name, colour) not in made:
        made[name, colour] = _icon(name, colour)
    return made[name, colour]


def _icon(name: str, colour: str) -> QIcon:
    """Pixmaps rendered once at the sizes screens ask for (Qt scales the nearest for any other).

    Plain pixmaps rather than a Python icon engine: Qt copies and deletes an icon's engine itself, and a Python
    engine it had cloned could be freed twice by the garbage collector; painting also never calls back into Python.
    """
    renderer = _renderer(name, colour)
    result = QIcon()
    for size in PIXMAP_SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
        result.addPixmap(_faded(pixmap), QIcon.Mode.Disabled)
    return result


def _faded(pixmap: QPixmap) -> QPixmap:
    faded = QPixmap(pixmap.size())
    faded.fill(Qt.GlobalColor.transparent)
    painter = QPainter(faded)
    painter.setOpacity(DISABLED_OPACITY)
    painter.drawPixmap(0, 0, pixmap)
    painter.end()
    return faded


def kind_icon(kind: ChallengeKind) -> QIcon:
    return icon(KIND_ICONS[kind], tone="accent")
