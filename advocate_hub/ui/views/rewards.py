"""Rewards: the catalog grouped by incentive, redeeming with a confirmation, and the advocate's redemptions.

A reward that cannot be redeemed says why on its card (the catalog's ``reason``). Redeeming asks first, showing
the balance after; a refusal from the core (not enough points, out of stock, not eligible) appears on the card
itself and nothing changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import Incentive
from advocate_hub.core.domain.errors import AdvocateHubError
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.pulse import pulse
from advocate_hub.core.queries.rewards import RedemptionItem, RewardItem, catalog, redemptions
from advocate_hub.core.sync import actions
from advocate_hub.ui import formats, icons, words
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.models.rewards_model import Column, RedemptionsModel
from advocate_hub.ui.views.base import AppPage
from advocate_hub.ui.widgets import SPACING, Card, EmptyState, TierChip, button, label

CARD_MIN_WIDTH = 34 * SPACING
MAX_TABLE_ROWS = 8

INCENTIVE_ICONS = {
    Incentive.STATUS: "ph.megaphone",
    Incentive.ACCESS: "ph.key",
    Incentive.POWER: "ph.lightning",
    Incentive.STUFF: "ph.package",
}


@dataclass(frozen=True, slots=True)
class RewardsData:
    balance: int
    tier: Tier
    catalog: list[RewardItem]
    redemptions: list[RedemptionItem]


def rewards_data(session: Session, *, advocate_id: int) -> RewardsData:
    """Everything the screen shows, read in one transaction so the balance and the reasons agree."""
    now = pulse(session, advocate_id=advocate_id)
    return RewardsData(
        now.balance,
        now.tier,
        catalog(session, advocate_id=advocate_id),
        redemptions(session, advocate_id=advocate_id),
    )


def tabular(widget: QLabel) -> QLabel:
    """Figures of equal width, so costs and balances line up and do not jiggle when they change."""
    font = QFont(widget.font())
    font.setFeature(QFont.Tag("tnum"), 1)
    widget.setFont(font)
    return widget


def points(value: int) -> str:
    return QWidget.tr("%1 points").replace("%1", formats.number(value))


class RedeemDialog(QDialog):
    """Asks before spending: what the reward costs and what the balance will be afterwards."""

    def __init__(self, reward: RewardItem, balance: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RedeemDialog")
        self.setWindowTitle(self.tr("Redeem a reward"))
        self.setMinimumWidth(52 * SPACING)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3 * SPACING, 3 * SPACING, 3 * SPACING, 3 * SPACING)
        layout.setSpacing(2 * SPACING)
        layout.addWidget(label(self.tr("Redeem %1?").replace("%1", reward.name), "title", wrap=True))
        self.balance_text = label(self.message(reward, balance), wrap=True, name="RedeemBalanceAfter")
        layout.addWidget(self.balance_text)
        layout.addWidget(
            label(
                self.tr("A moderator confirms your request. If it is cancelled, your points come back."),
                "muted",
                wrap=True,
            )
        )
        buttons = QDialogButtonBox()
        buttons.setObjectName("RedeemButtons")
        self.confirm = button(
            self.tr("Redeem for %1").replace("%1", points(reward.cost)), "RedeemConfirm", kind="primary"
        )
        self.cancel = button(self.tr("Cancel"), "RedeemCancel")
        buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def message(self, reward: RewardItem, balance: int) -> str:
        return (
            self.tr("You have %1 points; after this you will have %2.")
            .replace("%1", formats.number(balance))
            .replace("%2", formats.number(balance - reward.cost))
        )

    @classmethod
    def ask(cls, reward: RewardItem, balance: int, parent: QWidget | None = None) -> bool:
        """Show the confirmation and say whether the advocate went ahead; tests replace this method."""
        return cls(reward, balance, parent).exec() == QDialog.DialogCode.Accepted


class RewardCard(Card):
    redeem_requested = Signal(int)

    def __init__(self, item: RewardItem, tier: Tier, parent: QWidget | None = None) -> None:
        super().__init__(f"Reward{item.id}", parent=parent)
        self.item = item
        top = QHBoxLayout()
        top.setSpacing(SPACING)
        self.name = label("", wrap=True, name="RewardName")
        top.addWidget(self.name, 1)
        self.gate = TierChip(Tier.COMMUNITY)
        self.gate.setObjectName("RewardGate")
        top.addWidget(self.gate, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(top)
        self.description = label("", "muted", wrap=True, name="RewardDescription")
        self.body.addWidget(self.description)
        self.body.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setSpacing(SPACING)
        figures = QVBoxLayout()
        figures.setSpacing(0)
        self.cost = tabular(label("", name="RewardCost"))
        self.stock = label("", "caption", name="RewardStock")
        figures.addWidget(self.cost)
        figures.addWidget(self.stock)
        bottom.addLayout(figures)
        bottom.addStretch(1)
        self.redeem = button(self.tr("Redeem"), f"Redeem{item.id}", kind="primary")
        self.redeem.clicked.connect(lambda: self.redeem_requested.emit(self.item.id))
        bottom.addWidget(self.redeem, 0, Qt.AlignmentFlag.AlignBottom)
        self.body.addLayout(bottom)
        self.reason_row = QWidget()
        row = QHBoxLayout(self.reason_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(SPACING // 2)
        lock = QLabel()
        lock.setPixmap(icons.icon("ph.lock-simple").pixmap(QSize(14, 14)))
        row.addWidget(lock, 0, Qt.AlignmentFlag.AlignTop)
        self.reason = label("", "caption", wrap=True, name="RewardReason")
        row.addWidget(self.reason, 1)
        self.body.addWidget(self.reason_row)
        self.message = label("", "error", wrap=True, name="RewardMessage")
        self.message.hide()
        self.body.addWidget(self.message)
        self.update_item(item, tier)

    def update_item(self, item: RewardItem, tier: Tier) -> None:
        """Show ``item`` as the advocate at ``tier`` sees it."""
        self.item = item
        self.tier = tier
        self.name.setText(item.name)
        self.setAccessibleName(item.name)
        self.setAccessibleDescription(item.description)
        self.description.setText(item.description)
        self.description.setVisible(bool(item.description))
        self.gate.set_tier(item.min_tier)
        self.gate.setText(self.tr("%1 tier").replace("%1", words.tier_name(item.min_tier)))
        self.gate.setVisible(item.min_tier is not Tier.COMMUNITY)
        self.gate.setToolTip(self.tr("For %1 tier and above").replace("%1", words.tier_name(item.min_tier)))
        self.cost.setText(points(item.cost))
        if item.stock is None:
            stock, tone = self.tr("Unlimited"), ""
        elif item.stock <= 0:
            stock, tone = self.tr("Out of stock"), "danger"
        else:
            stock, tone = self.tr("%n left", "", item.stock), "warning" if item.stock <= 5 else ""
        self.stock.setText(stock)
        self._tone(self.stock, tone)
        self.redeem.setEnabled(item.available)
        sold_out = item.stock is not None and item.stock <= 0 and tier.rank >= item.min_tier.rank
        reason = words.reward_reason(item)
        self.reason.setText(reason)
        self.reason_row.setVisible(bool(reason) and not sold_out)
        self.redeem.setToolTip(reason or self.tr("Redeem %1").replace("%1", item.name))
        self.redeem.setAccessibleName(self.tr("Redeem %1").replace("%1", item.name))
        self.redeem.setAccessibleDescription(reason)

    def show_message(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        self.message.setProperty("role", "error" if error else "caption")
        self._tone(self.message, "" if error else "success")
        self.message.show()

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    @staticmethod
    def _tone(widget: QWidget, tone: str) -> None:
        widget.setProperty("tone", tone)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class CardGrid(QWidget):
    """Cards in as many equal columns as fit, re-flowed when the width changes."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(2 * SPACING)
        self.cards: list[QWidget] = []
        self._fillers: list[QWidget] = []
        self._columns = 0

    def set_cards(self, cards: list[QWidget]) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
        self.cards = cards
        self._columns = 0
        self._flow()

    def minimumSizeHint(self) -> QSize:
        """One column's width, so a narrower window re-flows the cards instead of scrolling sideways."""
        return QSize(self._card_width(), super().minimumSizeHint().height())

    def _card_width(self) -> int:
        """The narrowest a column may be: wider than usual when a card's text needs it (a larger font, a language)."""
        return max([CARD_MIN_WIDTH, *(card.minimumSizeHint().width() for card in self.cards)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._flow()

    def _flow(self) -> None:
        columns = max(1, (self.width() + 2 * SPACING) // (self._card_width() + 2 * SPACING))
        if columns == self._columns:
            return
        for card in self.cards:
            self.grid.removeWidget(card)
        for filler in self._fillers:
            filler.deleteLater()
        for column in range(max(columns, self._columns)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self._columns = columns
        for position, card in enumerate(self.cards):
            self.grid.addWidget(card, position // columns, position % columns)
        # Blank cells keep a short last row on the same columns as every other group's cards.
        self._fillers = [QWidget(self) for _ in range(-len(self.cards) % columns)] if len(self.cards) else []
        for offset, filler in enumerate(self._fillers, start=len(self.cards)):
            self.grid.addWidget(filler, offset // columns, offset % columns)


class RewardsPage(AppPage):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("RewardsPage", self.tr("Rewards"), controller, parent)
        self.balance_label = tabular(label("", name="RewardsBalance"))
        self.balance_label.setAccessibleName(self.tr("Points to spend"))
        self.header.addWidget(label(self.tr("You have"), "muted"))
        self.header.addWidget(self.balance_label)
        self.content.addWidget(
            label(
                self.tr("Spend your points on recognition, access, influence or things to keep."),
                "muted",
                wrap=True,
                name="RewardsIntro",
            )
        )
        self.sections: dict[Incentive, tuple[QWidget, CardGrid]] = {}
        for incentive in Incentive:
            section = QWidget()
            section.setObjectName(f"Incentive-{incentive.value}")
            column = QVBoxLayout(section)
            column.setContentsMargins(0, SPACING, 0, 0)
            column.setSpacing(SPACING)
            heading = QHBoxLayout()
            heading.setSpacing(SPACING)
            mark = QLabel()
            mark.setPixmap(icons.icon(INCENTIVE_ICONS[incentive], tone="accent").pixmap(QSize(24, 24)))
            mark.setAccessibleName(self.incentive_title(incentive))
            heading.addWidget(mark)
            heading.addWidget(label(self.incentive_title(incentive), "title", name=f"{incentive.value}Heading"))
            explained = label(self.incentive_text(incentive), "muted", wrap=True, name=f"{incentive.value}Explained")
            heading.addWidget(explained, 1)
            column.addLayout(heading)
            grid = CardGrid(f"{incentive.value.capitalize()}Rewards")
            column.addWidget(grid)
            self.content.addWidget(section)
            self.sections[incentive] = (section, grid)
        self.no_rewards = EmptyState(
            "NoRewards",
            icons.icon("ph.gift"),
            self.tr("No rewards yet"),
            self.tr("The program has not put any rewards up yet. Keep earning: your points wait for you."),
        )
        self.no_rewards.hide()
        self.content.addWidget(self.no_rewards)

        self.history_card = Card("RedemptionsCard", title=self.tr("My redemptions"))
        self.history_model = RedemptionsModel(self)
        self.history = QTableView()
        self.history.setObjectName("RedemptionsTable")
        self.history.setAccessibleName(self.tr("My redemptions"))
        self.history.setModel(self.history_model)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setShowGrid(False)
        self.history.setWordWrap(False)
        self.history.verticalHeader().hide()
        self.history.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.history.verticalHeader().setDefaultSectionSize(5 * SPACING)
        header = self.history.horizontalHeader()
        header.setObjectName("RedemptionsHeader")
        header.setAccessibleName(self.tr("Redemption columns"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.REWARD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.NOTE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.history_card.body.addWidget(self.history)
        self.no_history = label(
            self.tr("Nothing redeemed yet. Your requests and where they stand appear here."),
            "muted",
            wrap=True,
            name="NoRedemptions",
        )
        self.history_card.body.addWidget(self.no_history)
        self.content.addWidget(self.history_card)
        self.content.addStretch(1)

        self.cards: dict[int, RewardCard] = {}
        self.data: RewardsData | None = None

    def incentive_title(self, incentive: Incentive) -> str:
        return {
            Incentive.STATUS: self.tr("Status"),
            Incentive.ACCESS: self.tr("Access"),
            Incentive.POWER: self.tr("Power"),
            Incentive.STUFF: self.tr("Stuff"),
        }[incentive]

    def incentive_text(self, incentive: Incentive) -> str:
        return {
            Incentive.STATUS: self.tr("Public recognition: a spotlight, a stage, your name in front of peers."),
            Incentive.ACCESS: self.tr("Be first and backstage: new features, events, the people behind them."),
            Incentive.POWER: self.tr("Shape what comes next: the roadmap, our blog, an advisory seat."),
            Incentive.STUFF: self.tr("Things to keep: swag and gift cards."),
        }[incentive]

    def reload(self) -> None:
        self.controller.load(rewards_data, self.show_rewards, advocate_id=self.controller.advocate_id)

    def show_rewards(self, data: RewardsData) -> None:
        self.data = data
        self.balance_label.setText(points(data.balance))
        ids = [item.id for item in data.catalog]
        if ids != list(self.cards):
            self._rebuild(data.catalog, data.tier)
        else:
            for item in data.catalog:
                self.cards[item.id].update_item(item, data.tier)
        self.no_rewards.setVisible(not data.catalog)
        self.history_model.set_redemptions(data.redemptions)
        self.history.setVisible(bool(data.redemptions))
        self.no_history.setVisible(not data.redemptions)
        self._fit_history()

    def _rebuild(self, items: list[RewardItem], tier: Tier) -> None:
        for card in self.cards.values():
            card.deleteLater()
        self.cards = {}
        for incentive, (section, grid) in self.sections.items():
            cards: list[QWidget] = []
            for item in items:
                if item.incentive is incentive:
                    card = RewardCard(item, tier)
                    card.redeem_requested.connect(self.redeem)
                    self.cards[item.id] = card
                    cards.append(card)
            grid.set_cards(cards)
            section.setVisible(bool(cards))
        self._chain_focus()

    def _chain_focus(self) -> None:
        """Tab moves through the cards in reading order, group by group, then to the redemptions."""
        previous: QWidget | None = None
        for card in self.cards.values():
            if previous is not None:
                QWidget.setTabOrder(previous, card.redeem)
            previous = card.redeem
        if previous is not None:
            QWidget.setTabOrder(previous, self.history)

    def _fit_history(self) -> None:
        rows = min(self.history_model.rowCount(), MAX_TABLE_ROWS)
        height = self.history.horizontalHeader().sizeHint().height() + rows * 5 * SPACING + 4
        self.history.setFixedHeight(height)

    def redeem(self, reward_id: int) -> None:
        card = self.cards.get(reward_id)
        if card is None or self.data is None or self.controller.advocate_id is None:
            return
        card.clear_message()
        if not RedeemDialog.ask(card.item, self.data.balance, self):
            return
        card.redeem.setEnabled(False)
        self.controller.act(
            actions.redeem,
            advocate_id=self.controller.advocate_id,
            reward_id=reward_id,
            on_done=lambda _redemption: self._redeemed(reward_id),
            on_error=lambda error: self._refused(reward_id, error),
        )

    def _redeemed(self, reward_id: int) -> None:
        card = self.cards.get(reward_id)
        if card is not None:
            card.show_message(self.tr("Requested. A moderator will confirm it soon."), error=False)

    def _refused(self, reward_id: int, error: BaseException) -> None:
        card = self.cards.get(reward_id)
        if card is None:
            return
        card.update_item(card.item, card.tier)
        card.show_message(
            str(error) if isinstance(error, AdvocateHubError) else self.tr("Something went wrong."), error=True
        )
