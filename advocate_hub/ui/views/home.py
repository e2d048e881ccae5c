"""Home: balance, tier progress, badges within reach, recommended challenges, activity and moderators' words."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from advocate_hub.core.domain.enums import SubmissionStatus
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.home import Home, home
from advocate_hub.ui import formats, icons, words
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.views.base import AppPage
from advocate_hub.ui.widgets import SPACING, AnimatedNumber, Card, EmptyState, TierMark, button, label


def when(moment: datetime, now: datetime) -> str:
    days = (now.date() - moment.date()).days
    if days <= 0:
        return QWidget.tr("today")
    if days == 1:
        return QWidget.tr("yesterday")
    if days < 7:
        return QWidget.tr("%1 days ago").replace("%1", formats.number(days))
    return formats.day_month(moment)


def clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
        elif item.layout() is not None:
            clear(item.layout())  # type: ignore[arg-type]


class HomePage(AppPage):
    open_challenge_requested = Signal(int)

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("HomePage", self.tr("Home"), controller, parent)
        grid = QGridLayout()
        grid.setSpacing(2 * SPACING)
        self.content.addLayout(grid)
        self.content.addStretch(1)

        self.points_card = Card("PointsCard", title=self.tr("Your points"))
        self.balance = AnimatedNumber("Balance")
        self.balance.setAccessibleName(self.tr("Points balance"))
        self.lifetime = label("", "caption", name="Lifetime")
        self.points_card.body.addWidget(self.balance)
        self.points_card.body.addWidget(self.lifetime)
        self.points_card.body.addStretch(1)

        self.tier_card = Card("TierCard", title=self.tr("Your tier"), accent=True)
        row = QHBoxLayout()
        self.tier_mark = TierMark(Tier.COMMUNITY, 56)
        row.addWidget(self.tier_mark)
        names = QVBoxLayout()
        self.tier_name = label("", "title", name="TierName")
        self.tier_next = label("", "caption", wrap=True, name="TierNext")
        names.addWidget(self.tier_name)
        names.addWidget(self.tier_next)
        row.addLayout(names, 1)
        self.tier_card.body.addLayout(row)
        self.tier_progress = QProgressBar()
        self.tier_progress.setObjectName("TierProgress")
        self.tier_progress.setAccessibleName(self.tr("Progress to the next tier"))
        self.tier_progress.setRange(0, 1000)
        self.tier_progress.setTextVisible(False)
        self.tier_card.body.addWidget(self.tier_progress)
        self.unlocks = label("", "muted", wrap=True, name="TierUnlocks")
        self.tier_card.body.addWidget(self.unlocks)

        self.recommended_card = Card("RecommendedCard", title=self.tr("Recommended for you"))
        self.recommended = QVBoxLayout()
        self.recommended_card.body.addLayout(self.recommended)

        self.badges_card = Card("BadgesInReachCard", title=self.tr("Badges within reach"))
        self.badges = QVBoxLayout()
        self.badges_card.body.addLayout(self.badges)

        self.activity_card = Card("ActivityCard", title=self.tr("Recent activity"))
        self.activity = QVBoxLayout()
        self.activity_card.body.addLayout(self.activity)

        self.messages_card = Card("MessagesCard", title=self.tr("From the team"))
        self.messages = QVBoxLayout()
        self.messages_card.body.addLayout(self.messages)

        grid.addWidget(self.points_card, 0, 0)
        grid.addWidget(self.tier_card, 0, 1)
        grid.addWidget(self.recommended_card, 1, 0)
        grid.addWidget(self.badges_card, 1, 1)
        grid.addWidget(self.activity_card, 2, 0)
        grid.addWidget(self.messages_card, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.data: Home | None = None

    def reload(self) -> None:
        self.controller.load(home, self.show_home, advocate_id=self.controller.advocate_id, now=self.controller.now())

    def show_home(self, data: Home) -> None:
        self.data = data
        now = self.controller.now()
        self.heading.setText(self.tr("Welcome back, %1").replace("%1", data.name.split()[0]))
        self.balance.show_value(data.balance)
        self.lifetime.setText(self.tr("%1 earned in all").replace("%1", formats.number(data.lifetime)))
        self.tier_mark.set_tier(data.tier)
        self.tier_name.setText(words.tier_name(data.tier))
        self.tier_progress.setValue(round(data.progress.fraction * 1000))
        if data.progress.next_tier is None:
            self.tier_next.setText(self.tr("The top tier. Thank you for everything you do!"))
            self.unlocks.setText("")
        else:
            needed = (
                self.tr("%1 points to %2, plus one case study, talk or advisory seat")
                if data.progress.high_barrier_needed
                else self.tr("%1 points to %2")
            )
            self.tier_next.setText(
                needed.replace("%1", formats.number(data.progress.points_to_next)).replace(
                    "%2", words.tier_name(data.progress.next_tier)
                )
            )
            self.unlocks.setText(
                self.tr("%1 unlocks: %2")
                .replace("%1", words.tier_name(data.progress.next_tier))
                .replace("%2", words.listing(data.next_benefits))
            )
        self.tier_progress.setAccessibleDescription(self.tier_next.text())

        clear(self.recommended)
        for item in data.recommended:
            row = QHBoxLayout()
            link = button(item.title, f"Recommended{item.id}", kind="link")
            link.setIcon(icons.kind_icon(item.kind))
            link.clicked.connect(lambda _=False, cid=item.id: self.open_challenge_requested.emit(cid))
            row.addWidget(link, 1)
            if item.expires_at is not None:
                row.addWidget(label(self.tr("ends %1").replace("%1", formats.day_month(item.expires_at)), "caption"))
            row.addWidget(label(formats.signed(item.points), "title"))
            self.recommended.addLayout(row)
        if not data.recommended:
            self.recommended.addWidget(
                EmptyState(
                    "NoRecommendations",
                    icons.icon("ph.coffee"),
                    self.tr("All caught up"),
                    self.tr("Nothing new to do right now. New challenges appear here when they open."),
                )
            )

        clear(self.badges)
        for badge in data.badges_in_reach:
            self.badges.addWidget(label(badge.name, name=f"Badge-{badge.slug}"))
            self.badges.addWidget(label(badge.description, "caption", wrap=True))
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(round(badge.progress.fraction * 100))
            bar.setTextVisible(False)
            bar.setAccessibleName(self.tr("Progress to %1").replace("%1", badge.name))
            bar.setAccessibleDescription(badge.description)
            self.badges.addWidget(bar)
        if not data.badges_in_reach:
            self.badges.addWidget(label(self.tr("You have every badge. Impressive!"), "muted"))

        clear(self.activity)
        for entry in data.activity:
            row = QHBoxLayout()
            row.addWidget(label(entry.reason or words.ledger_kind_name(entry.kind)), 1)
            row.addWidget(label(when(entry.when, now), "caption"))
            points = label(formats.signed(entry.points), name="ActivityPoints")
            points.setProperty("tone", "success" if entry.points > 0 else "danger")
            points.setAlignment(Qt.AlignmentFlag.AlignRight)
            points.setMinimumWidth(60)
            row.addWidget(points)
            self.activity.addLayout(row)
        if not data.activity:
            self.activity.addWidget(label(self.tr("Your points history starts with your first challenge."), "muted"))

        clear(self.messages)
        for message in data.messages:
            pair = QVBoxLayout()
            pair.setSpacing(SPACING // 4)
            title = label(message.challenge, wrap=True)
            if message.follow_up:
                title.setText("★ " + message.challenge)
            pair.addWidget(title)
            text = label(message.text or words.submission_status_name(message.status), "caption", wrap=True)
            if message.status is SubmissionStatus.REJECTED:
                text.setProperty("tone", "danger")
            pair.addWidget(text)
            self.messages.addLayout(pair)
        if not data.messages:
            self.messages.addWidget(
                label(self.tr("Thank-yous and news about your contributions appear here."), "muted", wrap=True)
            )
