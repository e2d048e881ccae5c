"""Phosphor icons, coloured from the current theme, one name per challenge kind.

The icons are SVG files in ``resources/icons/phosphor`` (made by ``tools/phosphor_svgs.py`` from the Phosphor
font; MIT, licence beside them), drawn by Qt's SVG renderer at whatever size and pixel ratio is asked for.
The app used qtawesome for them, whose import (qtpy, every Qt enum through it, a dozen icon fonts) was about a
quarter of the time to the first paint. Names keep qtawesome's ``ph.`` spelling.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.ui import theme
from advocate_hub.ui.resources import resource

PREFIX = "ph."
DISABLED_OPACITY = 0.4
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


class SvgIconEngine(QIconEngine):
    """Draws one SVG filling the requested rectangle; disabled icons are drawn faded."""

    def __init__(self, renderer: QSvgRenderer) -> None:
        super().__init__()
        self._renderer = renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, _state: QIcon.State) -> None:
        painter.save()
        if mode is QIcon.Mode.Disabled:
            painter.setOpacity(painter.opacity() * DISABLED_OPACITY)
        self._renderer.render(painter, QRectF(rect))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return SvgIconEngine(self._renderer)


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
    colour = getattr(theme.current(app), tone) if isinstance(app, QApplication) else "#4B5563"
    return QIcon(SvgIconEngine(_renderer(name, str(colour))))


def kind_icon(kind: ChallengeKind) -> QIcon:
    return icon(KIND_ICONS[kind], tone="accent")
