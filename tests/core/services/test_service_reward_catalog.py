"""Managing the reward catalog and the fulfilment queue: editing, retiring, and what the rewards desk reads."""

from __future__ import annotations

from datetime import timedelta

import pytest

from advocate_hub.core.domain.enums import Incentive, RedemptionStatus
from advocate_hub.core.domain.errors import InvalidTransition, NotAllowed, NotEligible, ValidationError
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries import fulfilment
from advocate_hub.core.queries.rewards import catalog
from advocate_hub.core.services import rewards
from advocate_hub.core.services.rewards import RewardDraft
from advocate_hub.core.store.models import AuditEntry, Redemption, Reward


def new_reward(hub, name: str = "Hoodie", cost: int = 300, stock: int | None = 5) -> int:
    draft = RewardDraft(name, Incentive.STUFF, cost, "Our softest hoodie", stock)
    return hub.program.run(rewards.create, actor_id=hub.mod, draft=draft).id


def update(hub, reward_id: int, draft: RewardDraft, actor_id: int | None = None) -> Reward:
    return hub.program.run(rewards.update, actor_id=actor_id or hub.mod, reward_id=reward_id, draft=draft)


def test_update_changes_the_reward_and_audits_only_what_changed(hub) -> None:
    reward_id = new_reward(hub)

    update(hub, reward_id, RewardDraft(" Zip hoodie ", Incentive.STUFF, 350, "Our softest hoodie", 5, Tier.SILVER))

    reward = hub.get(Reward, reward_id)
    assert (reward.name, reward.cost, reward.stock, reward.min_tier) == ("Zip hoodie", 350, 5, Tier.SILVER)
    [row] = hub.rows(AuditEntry, AuditEntry.action == "reward.update")
    assert (row.actor_id, row.target_type, row.target_id) == (hub.mod, "reward", reward_id)
    assert row.before == {"name": "Hoodie", "cost": 300, "min_tier": "community"}
    assert row.after == {"name": "Zip hoodie", "cost": 350, "min_tier": "silver"}


def test_an_update_that_changes_nothing_writes_no_audit_row(hub) -> None:
    reward_id = new_reward(hub)

    update(hub, reward_id, RewardDraft("Hoodie", Incentive.STUFF, 300, "Our softest hoodie", 5))

    assert hub.count(AuditEntry, AuditEntry.action == "reward.update") == 0


@pytest.mark.parametrize(
    ("cost", "stock", "field", "words"),
    [
        (300, -1, "stock", "cannot be negative"),
        (300, -250, "stock", "cannot be negative"),
        (0, 5, "cost", "between 1"),
        (-10, 5, "cost", "between 1"),
        (300, rewards.MAX_STOCK + 1, "stock", "at most"),
        (300, True, "stock", "whole number"),
        (300, 2.5, "stock", "whole number"),
    ],
)
def test_a_bad_edit_is_refused_with_a_clear_message_and_changes_nothing(hub, cost, stock, field, words) -> None:
    reward_id = new_reward(hub)
    before = hub.counts()

    with pytest.raises(ValidationError) as raised:
        update(hub, reward_id, RewardDraft("Hoodie", Incentive.STUFF, cost, "", stock))

    assert raised.value.field == field
    assert words in str(raised.value)
    assert hub.counts() == before
    reward = hub.get(Reward, reward_id)
    assert (reward.cost, reward.stock) == (300, 5)


def test_only_a_manager_edits_or_retires(hub) -> None:
    reward_id = new_reward(hub)
    ada = hub.advocate()
    before = hub.counts()

    with pytest.raises(NotAllowed):
        update(hub, reward_id, RewardDraft("Mine now", Incentive.STUFF, 1), actor_id=ada)
    with pytest.raises(NotAllowed):
        hub.program.run(rewards.retire, actor_id=ada, reward_id=reward_id)

    assert hub.counts() == before


def test_retire_hides_the_reward_and_reactivate_offers_it_again(hub) -> None:
    reward_id = new_reward(hub)
    ada = hub.advocate()
    hub.grant(ada, 1000)

    hub.program.run(rewards.retire, actor_id=hub.mod, reward_id=reward_id)

    assert not hub.get(Reward, reward_id).active
    assert reward_id not in [item.id for item in hub.program.read(catalog, advocate_id=ada)]
    with pytest.raises(NotEligible):
        hub.program.run(rewards.redeem, advocate_id=ada, reward_id=reward_id)
    with pytest.raises(InvalidTransition, match="already retired"):
        hub.program.run(rewards.retire, actor_id=hub.mod, reward_id=reward_id)

    hub.program.run(rewards.reactivate, actor_id=hub.mod, reward_id=reward_id)

    assert reward_id in [item.id for item in hub.program.read(catalog, advocate_id=ada)]
    audits = hub.rows(AuditEntry, AuditEntry.target_type == "reward", AuditEntry.action != "reward.create")
    assert [(a.action, a.before, a.after) for a in audits] == [
        ("reward.retire", {"active": True}, {"active": False}),
        ("reward.reactivate", {"active": False}, {"active": True}),
    ]


def test_the_desk_lists_every_reward_with_its_requests_and_the_queue_oldest_first(hub) -> None:
    hoodie = new_reward(hub, "Hoodie", cost=100)
    mug = new_reward(hub, "Mug", cost=50, stock=None)
    hub.program.run(rewards.retire, actor_id=hub.mod, reward_id=mug)
    ada, bob = hub.advocate("Ada"), hub.advocate("Bob")
    hub.grant(ada, 1000)
    hub.grant(bob, 1000)
    made = []
    for who in (bob, ada, bob):
        made.append(hub.program.run(rewards.redeem, advocate_id=who, reward_id=hoodie)[0].id)
        hub.clock.advance(timedelta(hours=1))
    hub.program.run(rewards.fulfil, actor_id=hub.mod, redemption_id=made[1], note="Sent")

    desk = hub.program.read(fulfilment.desk)

    assert [(item.redemption_id, item.advocate_name, item.reward_name, item.cost) for item in desk.queue] == [
        (made[0], "Bob", "Hoodie", 100),
        (made[2], "Bob", "Hoodie", 100),
    ]
    assert [(row.id, row.active, row.requested, row.fulfilled, row.stock) for row in desk.catalog] == [
        (hoodie, True, 2, 1, 2),
        (mug, False, 0, 0, None),
    ]
    statuses = {r.status for r in hub.rows(Redemption)}
    assert statuses == {RedemptionStatus.REQUESTED, RedemptionStatus.FULFILLED}
