"""Redeeming rewards through the UI: confirmed, spent once, refused inline without changing anything."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from advocate_hub.core.domain.enums import LedgerKind
from advocate_hub.core.queries.pulse import pulse
from advocate_hub.core.queries.rewards import RewardItem, catalog, redemptions
from advocate_hub.core.services import points
from advocate_hub.core.sync import actions
from advocate_hub.core.sync.outbox import waiting
from advocate_hub.ui.models.rewards_model import Column, RedemptionsModel
from advocate_hub.ui.views.rewards import RedeemDialog, RewardsPage

if TYPE_CHECKING:
    from tests.ui.conftest import AppUnderTest

HOODIE = "Northwind hoodie"


@dataclass
class Asked:
    reward: RewardItem | None = None
    balance: int | None = None
    times: int = 0


@dataclass(frozen=True)
class State:
    balance: int
    stock: int | None
    redemptions: int
    outbox: int


def _state(hub: AppUnderTest, advocate_id: int, reward: str) -> State:
    item = next(i for i in hub.program.read(catalog, advocate_id=advocate_id) if i.name == reward)
    return State(
        hub.program.read(pulse, advocate_id=advocate_id).balance,
        item.stock,
        len(hub.program.read(redemptions, advocate_id=advocate_id)),
        hub.program.read(waiting),
    )


def _answer(monkeypatch: pytest.MonkeyPatch, answer: bool) -> Asked:
    asked = Asked()

    def ask(cls: type[RedeemDialog], reward: RewardItem, balance: int, parent: object = None) -> bool:
        asked.reward, asked.balance, asked.times = reward, balance, asked.times + 1
        return answer

    monkeypatch.setattr(RedeemDialog, "ask", classmethod(ask))
    return asked


def _sign_in_with_one_hoodie_affordable(hub: AppUnderTest) -> tuple[int, RewardItem]:
    """A silver advocate whose balance buys the hoodie once but not twice."""
    advocate_id = hub.sign_in(hub.email_of_tier("silver"))
    hub.controller.stop()
    hoodie = next(i for i in hub.program.read(catalog, advocate_id=advocate_id) if i.name == HOODIE)
    balance = hub.program.read(pulse, advocate_id=advocate_id).balance
    wanted = hoodie.cost + hoodie.cost // 2
    if balance != wanted:
        hub.program.run(
            points.adjust,
            actor_id=hub.moderator_id(),
            advocate_id=advocate_id,
            points=wanted - balance,
            reason="Test set-up",
            kind=LedgerKind.ADJUSTMENT,
        )
    assert hoodie.stock is not None
    assert hoodie.stock > 1
    return advocate_id, hoodie


def _open(hub: AppUnderTest) -> RewardsPage:
    hub.window.show_screen("rewards")
    hub.settle()
    page = hub.window.screens["rewards"].page
    assert isinstance(page, RewardsPage)
    return page


def test_redeem_lowers_the_balance_and_the_stock(hub: AppUnderTest, monkeypatch: pytest.MonkeyPatch) -> None:
    advocate_id, hoodie = _sign_in_with_one_hoodie_affordable(hub)
    asked = _answer(monkeypatch, True)
    page = _open(hub)
    before = _state(hub, advocate_id, HOODIE)
    card = page.cards[hoodie.id]
    assert card.redeem.isEnabled()
    assert card.stock.text() == f"{hoodie.stock} left"

    hub.qtbot.mouseClick(card.redeem, Qt.MouseButton.LeftButton)
    hub.settle()

    assert asked.times == 1
    assert asked.reward is not None
    assert asked.reward.id == hoodie.id
    assert asked.balance == before.balance
    after = _state(hub, advocate_id, HOODIE)
    assert after.balance == before.balance - hoodie.cost
    assert after.stock == before.stock - 1  # type: ignore[operator]
    assert after.redemptions == before.redemptions + 1
    assert after.outbox == before.outbox + 1
    assert page.balance_label.text() == f"{after.balance:,} points"
    assert page.cards[hoodie.id].stock.text() == f"{after.stock} left"
    assert page.history_model.rowCount() == after.redemptions
    newest = page.history_model.index(0, Column.STATUS)
    assert newest.data() == "Requested"
    assert page.history_model.index(0, Column.REWARD).data() == HOODIE

    # What is left does not buy a second hoodie: the card says why and the button is off.
    card = page.cards[hoodie.id]
    assert not card.redeem.isEnabled()
    assert card.reason.isVisibleTo(card)
    assert "more points needed" in card.reason.text()

    hub.window.show_screen("home")
    hub.settle()
    assert hub.window.screens["home"].page.balance.target() == after.balance


def test_a_second_redeem_without_enough_points_is_refused_inline_and_changes_nothing(
    hub: AppUnderTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    advocate_id, hoodie = _sign_in_with_one_hoodie_affordable(hub)
    asked = _answer(monkeypatch, True)
    page = _open(hub)
    card = page.cards[hoodie.id]
    assert card.redeem.isEnabled()
    # The first hoodie is redeemed elsewhere (another window, a sync) while this page still offers it.
    hub.program.run(actions.redeem, advocate_id=advocate_id, reward_id=hoodie.id)
    before = _state(hub, advocate_id, HOODIE)

    hub.qtbot.mouseClick(card.redeem, Qt.MouseButton.LeftButton)
    hub.settle()

    assert asked.times == 1
    assert _state(hub, advocate_id, HOODIE) == before
    assert card.message.isVisibleTo(card)
    assert "more to go" in card.message.text()
    assert card.message.property("role") == "error"
    assert hub.window.statusBar().currentMessage() == ""


def test_the_confirmation_shows_the_balance_after(hub: AppUnderTest) -> None:
    advocate_id, hoodie = _sign_in_with_one_hoodie_affordable(hub)
    balance = hub.program.read(pulse, advocate_id=advocate_id).balance
    dialog = RedeemDialog(hoodie, balance)
    hub.qtbot.addWidget(dialog)
    text = dialog.balance_text.text()
    assert f"You have {balance:,} points" in text
    assert f"after this you will have {balance - hoodie.cost:,}" in text
    assert RedeemDialog(hoodie, 1246).message(hoodie, 1246).endswith(f"{1246 - hoodie.cost:,}.")
    assert dialog.confirm.objectName() == "RedeemConfirm"
    assert dialog.cancel.accessibleName() == "Cancel"


def test_cancel_in_the_dialog_changes_nothing(hub: AppUnderTest, monkeypatch: pytest.MonkeyPatch) -> None:
    advocate_id, hoodie = _sign_in_with_one_hoodie_affordable(hub)
    asked = _answer(monkeypatch, False)
    page = _open(hub)
    before = _state(hub, advocate_id, HOODIE)
    hub.qtbot.mouseClick(page.cards[hoodie.id].redeem, Qt.MouseButton.LeftButton)
    hub.settle()
    assert asked.times == 1
    assert _state(hub, advocate_id, HOODIE) == before
    assert not page.cards[hoodie.id].message.isVisibleTo(page.cards[hoodie.id])
    assert page.cards[hoodie.id].redeem.isEnabled()


def test_the_catalog_is_grouped_by_incentive_with_stock_and_gates(hub: AppUnderTest) -> None:
    advocate_id = hub.sign_in(hub.email_of_tier("community"))
    page = _open(hub)
    items = hub.program.read(catalog, advocate_id=advocate_id)
    assert set(page.cards) == {item.id for item in items}
    for item in items:
        card = page.cards[item.id]
        section, grid = page.sections[item.incentive]
        assert card in grid.cards
        assert section.isVisible()
        assert card.redeem.isEnabled() == item.available
        if item.reason:
            assert item.reason in (card.reason.text(), card.redeem.toolTip())
        if item.stock is None:
            assert card.stock.text() == "Unlimited"
        elif item.stock == 0:
            assert card.stock.text() == "Out of stock"
        assert card.gate.isVisibleTo(card) == (item.min_tier.rank > 0)


def test_redemptions_model_passes_the_model_tester(hub: AppUnderTest, qtmodeltester: ModelTester) -> None:
    advocate_id, hoodie = _sign_in_with_one_hoodie_affordable(hub)
    hub.program.run(actions.redeem, advocate_id=advocate_id, reward_id=hoodie.id)
    model = RedemptionsModel()
    model.set_redemptions(hub.program.read(redemptions, advocate_id=advocate_id))
    assert model.rowCount() >= 1
    qtmodeltester.check(model)
    model.set_redemptions([])
    qtmodeltester.check(model)
