"""The moderator workspace: the screens only moderators and program staff see (the server enforces it too)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from advocate_hub.ui import icons
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.main_window import BuiltLater, Screen

PAGES = {
    "moderation": ("advocate_hub.ui.views.moderation", "ModerationPage"),
    "challenge-editor": ("advocate_hub.ui.views.challenge_editor", "ChallengeEditorPage"),
    "calendar": ("advocate_hub.ui.views.calendar", "CalendarPage"),
    "advocates": ("advocate_hub.ui.views.advocates", "AdvocatesPage"),
    "fulfilment": ("advocate_hub.ui.views.fulfilment", "FulfilmentPage"),
    "referrals": ("advocate_hub.ui.views.referral_board", "ReferralBoardPage"),
    "audit": ("advocate_hub.ui.views.audit_log", "AuditLogPage"),
    "metrics": ("advocate_hub.ui.views.metrics", "MetricsPage"),
}
"""Where each workspace page lives: imported and built the first time the screen is opened (most people who
start the app are advocates, who never see these, and the charts and PDF code behind them are slow to load)."""


def manager_screens(controller: AppController) -> list[Screen]:
    def screen(key: str, title: str, icon: str) -> Screen:
        return Screen(key, title, icons.icon(icon), BuiltLater(*PAGES[key], controller), managers_only=True)

    return [
        screen("moderation", QWidget.tr("Moderation"), "ph.tray"),
        screen("challenge-editor", QWidget.tr("Challenges"), "ph.pencil-simple"),
        screen("calendar", QWidget.tr("Calendar"), "ph.calendar-blank"),
        screen("advocates", QWidget.tr("Advocates"), "ph.users-three"),
        screen("fulfilment", QWidget.tr("Rewards desk"), "ph.package"),
        screen("referrals", QWidget.tr("Referrals"), "ph.handshake"),
        screen("audit", QWidget.tr("Audit log"), "ph.clock-counter-clockwise"),
        screen("metrics", QWidget.tr("Metrics"), "ph.chart-line-up"),
    ]
