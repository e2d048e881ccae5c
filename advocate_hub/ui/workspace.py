"""The moderator workspace: the screens only moderators and program staff see (the server enforces it too)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from advocate_hub.ui import icons
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.main_window import Screen
from advocate_hub.ui.views.advocates import AdvocatesPage
from advocate_hub.ui.views.audit_log import AuditLogPage
from advocate_hub.ui.views.calendar import CalendarPage
from advocate_hub.ui.views.challenge_editor import ChallengeEditorPage
from advocate_hub.ui.views.fulfilment import FulfilmentPage
from advocate_hub.ui.views.metrics import MetricsPage
from advocate_hub.ui.views.moderation import ModerationPage
from advocate_hub.ui.views.referral_board import ReferralBoardPage


def manager_screens(controller: AppController) -> list[Screen]:
    def screen(key: str, title: str, icon: str, page: object) -> Screen:
        return Screen(key, title, icons.icon(icon), page, managers_only=True)  # type: ignore[arg-type]

    return [
        screen("moderation", QWidget.tr("Moderation"), "ph.tray", ModerationPage(controller)),
        screen("challenge-editor", QWidget.tr("Challenges"), "ph.pencil-simple", ChallengeEditorPage(controller)),
        screen("calendar", QWidget.tr("Calendar"), "ph.calendar-blank", CalendarPage(controller)),
        screen("advocates", QWidget.tr("Advocates"), "ph.users-three", AdvocatesPage(controller)),
        screen("fulfilment", QWidget.tr("Rewards desk"), "ph.package", FulfilmentPage(controller)),
        screen("referrals", QWidget.tr("Referrals"), "ph.handshake", ReferralBoardPage(controller)),
        screen("audit", QWidget.tr("Audit log"), "ph.clock-counter-clockwise", AuditLogPage(controller)),
        screen("metrics", QWidget.tr("Metrics"), "ph.chart-line-up", MetricsPage(controller)),
    ]
