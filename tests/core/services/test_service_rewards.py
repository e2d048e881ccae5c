"""The reward catalog and redemptions through ``core.services.rewards``."""

from __future__ import annotations

from datetime import timedelta

import pytest

from advocate_hub.core.domain.enums import Incentive, LedgerKind, RedemptionStatus
from advocate_hub.core.domain.errors import (
    InvalidTransition,
    NotAllowed,
    NotEligible,
    NotEnoughPoints,
    OutOfStock,
    ValidationError,
)
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services import rewards
from advocate_hub.core.services.rewards import RewardDraft
from advocate_hub.core.store.models import AuditEntry, LedgerEntry, Redemption, Reward


def new_reward(hub, cost: int = 300, stock: int | None = 5, min_tier: Tier = Tier.COMMUNITY) -> int:
    draft = RewardDraft("Hoodie", Incentive.STUFF, cost, "Our softest hoodie", stock, min_tier)
    return hub.program.run(rewards.create, actor_id=hub.mod, draft=draft).id


def redeem(hub, advocate_id: int, reward_id: int):
    return hub.program.run(rewards.redeem, advocate_id=advocate_id, reward_id=reward_id)


def cancel(hub, redemption_id: int, reason: str = "Out of sizes", actor_id: int | None = None):
    return hub.program.run(rewards.cancel, actor_id=actor_id or hub.mod, redemption_id=redemption_id, reason=reason)


def fulfil(hub, redemption_id: int, note: str = "Shipped", actor_id: int | None = None):
    return hub.program.run(rewards.fulfil, actor_id=actor_id or hub.mod, redemption_id=redemption_id, note=note)


def rich_advocate(hub, points: int = 1000) -> int:
    ada = hub.advocate()
    hub.grant(ada, points)
    return ada


def test_create_stores_the_reward_and_an_audit_row(hub) -> None:
    reward_id = new_reward(hub, cost=300, stock=5)

    reward = hub.get(Reward, reward_id)
    assert (reward.name, reward.incentive, reward.cost, reward.stock, reward.active) == (
        "Hoodie",
        Incentive.STUFF,
        300,
        5,
        True,
    )
    [row] = hub.rows(AuditEntry, AuditEntry.action == "reward.create")
    assert row.target_id == reward_id
    assert row.after == {"name": "Hoodie", "cost": 300, "stock": 5, "min_tier": "community", "active": True}


def test_only_a_manager_creates_rewards(hub) -> None:
    ada = hub.advocate()
    before = hub.counts()

    with pytest.raises(NotAllowed):
        hub.program.run(rewards.create, actor_id=ada, draft=RewardDraft("Mug", Incentive.STUFF, cost=100))

    assert hub.counts() == before


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (RewardDraft("Mug", Incentive.STUFF, cost=100, stock=-1), "stock"),
        (RewardDraft("Mug", Incentive.STUFF, cost=0), "cost"),
        (RewardDraft("Mug", Incentive.STUFF, cost=-5), "cost"),
        (RewardDraft("Mug", Incentive.STUFF, cost=rewards.MAX_COST + 1), "cost"),
        (RewardDraft("  ", Incentive.STUFF, cost=100), "name"),
    ],
)
def test_a_bad_reward_draft_is_refused_and_writes_nothing(hub, draft: RewardDraft, field: str) -> None:
    before = hub.counts()

    with pytest.raises(ValidationError) as raised:
        hub.program.run(rewards.create, actor_id=hub.mod, draft=draft)

    assert raised.value.field == field
    assert hub.counts() == before


def test_redeem_spends_points_and_takes_one_from_stock(hub) -> None:
    ada = rich_advocate(hub, 1000)
    reward_id = new_reward(hub, cost=300, stock=5)

    redemption, posted = redeem(hub, ada, reward_id)

    assert redemption.status is RedemptionStatus.REQUESTED
    assert redemption.cost == 300
    assert redemption.requested_at == hub.clock.now
    [spent] = hub.rows(LedgerEntry, LedgerEntry.kind == LedgerKind.SPENT)
    assert (spent.advocate_id, spent.points, spent.redemption_id) == (ada, -300, redemption.id)
    totals = hub.totals(ada)
    assert (totals.balance, totals.lifetime) == (700, 1000)
    assert posted.balance == 700
    assert hub.get(Reward, reward_id).stock == 4


def test_an_unlimited_reward_keeps_no_stock(hub) -> None:
    ada = rich_advocate(hub)
    reward_id = new_reward(hub, cost=100, stock=None)

    redeem(hub, ada, reward_id)

    assert hub.get(Reward, reward_id).stock is None


def test_redeem_without_enough_points_changes_nothing(hub) -> None:
    ada = rich_advocate(hub, 299)
    reward_id = new_reward(hub, cost=300, stock=5)
    before = hub.counts()

    with pytest.raises(NotEnoughPoints) as raised:
        redeem(hub, ada, reward_id)

    assert "1 more to go" in str(raised.value)
    assert hub.counts() == before
    assert hub.totals(ada).balance == 299
    assert hub.get(Reward, reward_id).stock == 5


def test_redeem_out_of_stock_changes_nothing(hub) -> None:
    ada, bob = rich_advocate(hub), rich_advocate(hub)
    reward_id = new_reward(hub, cost=100, stock=1)
    redeem(hub, ada, reward_id)
    before = hub.counts()

    with pytest.raises(OutOfStock):
        redeem(hub, bob, reward_id)

    assert hub.counts() == before
    assert hub.totals(bob).balance == 1000
    assert hub.get(Reward, reward_id).stock == 0


def test_a_tier_gated_reward_needs_the_tier(hub) -> None:
    ada = rich_advocate(hub, 1000)  # Silver
    reward_id = new_reward(hub, cost=100, min_tier=Tier.GOLD)
    before = hub.counts()

    with pytest.raises(NotEligible) as raised:
        redeem(hub, ada, reward_id)

    assert raised.value.reason == "tier_too_low"
    assert hub.counts() == before
    hub.grant(ada, 1000)
    redeem(hub, ada, reward_id)
    assert hub.totals(ada).balance == 1900


def test_spending_never_lowers_the_tier(hub) -> None:
    ada = rich_advocate(hub, 600)
    assert hub.totals(ada).tier is Tier.SILVER

    _, posted = redeem(hub, ada, new_reward(hub, cost=550))

    totals = hub.totals(ada)
    assert (totals.balance, totals.lifetime, totals.tier) == (50, 600, Tier.SILVER)
    assert posted.tier_after is Tier.SILVER


def test_cancel_refunds_with_a_reversal_and_restores_stock(hub) -> None:
    ada = rich_advocate(hub, 1000)
    reward_id = new_reward(hub, cost=300, stock=5)
    redemption, _ = redeem(hub, ada, reward_id)
    hub.clock.advance(timedelta(days=2))

    cancel(hub, redemption.id, reason="  Out of sizes ")

    [spent] = hub.rows(LedgerEntry, LedgerEntry.kind == LedgerKind.SPENT)
    [refund] = hub.rows(LedgerEntry, LedgerEntry.kind == LedgerKind.REVERSAL)
    assert refund.reverses_id == spent.id
    assert refund.points == 300
    assert refund.redemption_id == redemption.id
    assert refund.actor_id == hub.mod
    assert refund.reason == "Refund: Out of sizes"
    totals = hub.totals(ada)
    assert (totals.balance, totals.lifetime, totals.tier) == (1000, 1000, Tier.SILVER)
    assert hub.get(Reward, reward_id).stock == 5
    stored = hub.get(Redemption, redemption.id)
    assert (stored.status, stored.note, stored.decided_by) == (RedemptionStatus.CANCELLED, "Out of sizes", hub.mod)
    assert stored.decided_at == hub.clock.now
    [row] = hub.rows(AuditEntry, AuditEntry.action == "redemption.cancel")
    assert row.before == {"status": "requested"}
    assert row.after == {"status": "cancelled", "reason": "Out of sizes"}


def test_cancel_needs_a_reason(hub) -> None:
    redemption, _ = redeem(hub, rich_advocate(hub), new_reward(hub))
    before = hub.counts()

    with pytest.raises(ValidationError):
        cancel(hub, redemption.id, reason=" ")

    assert hub.counts() == before


def test_a_moderator_cannot_cancel_their_own_redemption(hub) -> None:
    other = hub.moderator("Otto Moderator")
    hub.grant(hub.mod, 500, actor_id=other)
    redemption, _ = redeem(hub, hub.mod, new_reward(hub, cost=100))

    with pytest.raises(NotAllowed):
        cancel(hub, redemption.id, actor_id=hub.mod)

    cancel(hub, redemption.id, actor_id=other)
    assert hub.totals(hub.mod).balance == 500


def test_fulfil_closes_the_request_and_keeps_the_points_spent(hub) -> None:
    ada = rich_advocate(hub, 1000)
    redemption, _ = redeem(hub, ada, new_reward(hub, cost=300))

    fulfil(hub, redemption.id, note=" Shipped with DHL ")

    stored = hub.get(Redemption, redemption.id)
    assert (stored.status, stored.note, stored.decided_by) == (RedemptionStatus.FULFILLED, "Shipped with DHL", hub.mod)
    assert hub.totals(ada).balance == 700
    [row] = hub.rows(AuditEntry, AuditEntry.action == "redemption.fulfil")
    assert (row.before, row.after) == ({"status": "requested"}, {"status": "fulfilled"})


def test_an_advocate_cannot_fulfil(hub) -> None:
    ada = rich_advocate(hub)
    redemption, _ = redeem(hub, ada, new_reward(hub))

    with pytest.raises(NotAllowed):
        fulfil(hub, redemption.id, actor_id=ada)

    assert hub.get(Redemption, redemption.id).status is RedemptionStatus.REQUESTED


@pytest.mark.parametrize(
    ("first", "second"),
    [(cancel, cancel), (fulfil, fulfil), (fulfil, cancel), (cancel, fulfil)],
)
def test_a_decided_redemption_cannot_be_decided_again(hub, first, second) -> None:
    ada = rich_advocate(hub, 1000)
    reward_id = new_reward(hub, cost=300, stock=5)
    redemption, _ = redeem(hub, ada, reward_id)
    first(hub, redemption.id)
    before = hub.counts()
    balance, stock = hub.totals(ada).balance, hub.get(Reward, reward_id).stock

    with pytest.raises(InvalidTransition):
        second(hub, redemption.id)

    assert hub.counts() == before
    assert (hub.totals(ada).balance, hub.get(Reward, reward_id).stock) == (balance, stock)
