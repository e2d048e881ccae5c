"""Icons from qtawesome's Phosphor set, coloured from the current theme, one name per challenge kind."""

from __future__ import annotations

import qtawesome
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.ui import theme

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


def icon(name: str, *, tone: str = "text_muted") -> QIcon:
    app = QApplication.instance()
    colour = getattr(theme.current(app), tone) if isinstance(app, QApplication) else "#4B5563"
    return qtawesome.icon(name, color=colour)


def kind_icon(kind: ChallengeKind) -> QIcon:
    return icon(KIND_ICONS[kind], tone="accent")
