"""The reward catalog and redemptions: points are spent when asked for, refunded if a request is cancelled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

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
from advocate_hub.core.services import audit, ledger
from advocate_hub.core.services.access import get, require_manager
from advocate_hub.core.store.models import Advocate, AdvocateTotals, LedgerEntry, Redemption, Reward, new_uid
from advocate_hub.core.sync.identity import Role, derived_uid

MAX_COST = 1_000_000
MAX_STOCK = 1_000_000


@dataclass(frozen=True, slots=True)
class RewardDraft:
    name: str
    incentive: Incentive
    cost: int
    description: str = ""
    stock: int | None = None
    min_tier: Tier = Tier.COMMUNITY

    def validated(self) -> RewardDraft:
        if not self.name.strip():
            raise ValidationError("A reward needs a name.", field="name")
        if isinstance(self.cost, bool) or not isinstance(self.cost, int) or not 1 <= self.cost <= MAX_COST:
            raise ValidationError(f"The cost must be between 1 and {MAX_COST:,} points.", field="cost")
        if self.stock is not None:
            if isinstance(self.stock, bool) or not isinstance(self.stock, int):
                raise ValidationError("Stock must be a whole number, or empty for an unlimited reward.", field="stock")
            if self.stock < 0:
                raise ValidationError(
                    "Stock cannot be negative; leave it empty for an unlimited reward.", field="stock"
                )
            if self.stock > MAX_STOCK:
                raise ValidationError(f"Stock can be at most {MAX_STOCK:,}.", field="stock")
        return self


def _snapshot(reward: Reward) -> dict[str, Any]:
    return {
        "name": reward.name,
        "cost": reward.cost,
        "stock": reward.stock,
        "min_tier": reward.min_tier.value,
        "active": reward.active,
    }


def _details(reward: Reward) -> dict[str, Any]:
    """Everything an edit can change, so the audit log shows exactly what an update did."""
    return {**_snapshot(reward), "incentive": reward.incentive.value, "description": reward.description}


def draft_to_json(draft: RewardDraft) -> dict[str, Any]:
    """A reward draft as plain JSON (a mutation's payload)."""
    return {
        "name": draft.name,
        "incentive": draft.incentive.value,
        "cost": draft.cost,
        "description": draft.description,
        "stock": draft.stock,
        "min_tier": draft.min_tier.value,
    }


def draft_from_json(data: dict[str, Any]) -> RewardDraft:
    """The draft ``draft_to_json`` wrote; anything malformed is a ``ValidationError``."""
    try:
        return RewardDraft(
            name=str(data["name"]),
            incentive=Incentive(data["incentive"]),
            cost=data["cost"],
            description=str(data.get("description") or ""),
            stock=data.get("stock"),
            min_tier=Tier(data.get("min_tier") or Tier.COMMUNITY.value),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ValidationError(f"The reward is not valid: {error}.") from None


def create(session: Session, *, actor_id: int, draft: RewardDraft, now: datetime, uid: str | None = None) -> Reward:
    require_manager(session, actor_id)
    draft = draft.validated()
    reward = Reward(
        name=draft.name.strip(),
        description=draft.description.strip(),
        incentive=draft.incentive,
        cost=draft.cost,
        stock=draft.stock,
        min_tier=draft.min_tier,
        active=True,
        created_at=now,
        uid=uid or new_uid(),
    )
    session.add(reward)
    session.flush()
    audit.record(
        session,
        actor_id=actor_id,
        action="reward.create",
        target_type="reward",
        target_id=reward.id,
        now=now,
        after=_snapshot(reward),
    )
    return reward


def update(session: Session, *, actor_id: int, reward_id: int, draft: RewardDraft, now: datetime) -> Reward:
    """Edit a reward in place; redemptions already made keep the cost they were made at (``Redemption.cost``)."""
    require_manager(session, actor_id)
    draft = draft.validated()
    reward = get(session, Reward, reward_id, "reward")
    before = _details(reward)
    reward.name = draft.name.strip()
    reward.description = draft.description.strip()
    reward.incentive = draft.incentive
    reward.cost = draft.cost
    reward.stock = draft.stock
    reward.min_tier = draft.min_tier
    after = _details(reward)
    if after != before:
        audit.record(
            session,
            actor_id=actor_id,
            action="reward.update",
            target_type="reward",
            target_id=reward.id,
            now=now,
            before={key: value for key, value in before.items() if after[key] != value},
            after={key: value for key, value in after.items() if before[key] != value},
        )
    return reward


def set_active(session: Session, *, actor_id: int, reward_id: int, active: bool, now: datetime) -> Reward:
    """Retire a reward (advocates stop seeing it; open requests can still be fulfilled) or offer it again."""
    require_manager(session, actor_id)
    reward = get(session, Reward, reward_id, "reward")
    if reward.active == active:
        state = "offered" if active else "retired"
        raise InvalidTransition(f"{reward.name} is already {state}.")
    reward.active = active
    audit.record(
        session,
        actor_id=actor_id,
        action="reward.reactivate" if active else "reward.retire",
        target_type="reward",
        target_id=reward.id,
        now=now,
        before={"active": not active},
        after={"active": active},
    )
    return reward


def retire(session: Session, *, actor_id: int, reward_id: int, now: datetime) -> Reward:
    return set_active(session, actor_id=actor_id, reward_id=reward_id, active=False, now=now)


def reactivate(session: Session, *, actor_id: int, reward_id: int, now: datetime) -> Reward:
    return set_active(session, actor_id=actor_id, reward_id=reward_id, active=True, now=now)


def redeem(
    session: Session, *, advocate_id: int, reward_id: int, now: datetime, mutation_id: str | None = None
) -> tuple[Redemption, ledger.Posted]:
    reward = get(session, Reward, reward_id, "reward")
    advocate = get(session, Advocate, advocate_id, "advocate")
    if not reward.active:
        raise NotEligible("That reward is no longer offered.", reason="inactive")
    totals = session.scalars(select(AdvocateTotals).where(AdvocateTotals.advocate_id == advocate.id)).one()
    if totals.tier.rank < reward.min_tier.rank:
        raise NotEligible(f"{reward.name} unlocks at {reward.min_tier.label} tier.", reason="tier_too_low")
    if reward.stock is not None and reward.stock <= 0:
        raise OutOfStock(f"{reward.name} is out of stock.")
    if totals.balance < reward.cost:
        raise NotEnoughPoints(
            f"{reward.name} costs {reward.cost:,} points and you have {totals.balance:,}; "
            f"{reward.cost - totals.balance:,} more to go."
        )
    if reward.stock is not None:
        reward.stock -= 1
    redemption = Redemption(
        uid=derived_uid(mutation_id, Role.REDEMPTION) or new_uid(),
        reward_id=reward.id,
        advocate_id=advocate.id,
        status=RedemptionStatus.REQUESTED,
        cost=reward.cost,
        requested_at=now,
        decided_at=None,
        decided_by=None,
    )
    session.add(redemption)
    session.flush()
    posted = ledger.post(
        session,
        advocate_id=advocate.id,
        kind=LedgerKind.SPENT,
        points=-reward.cost,
        now=now,
        reason=reward.name,
        redemption_id=redemption.id,
        uid=derived_uid(mutation_id, Role.SPENT),
    )
    return redemption, posted


def _requested(session: Session, actor_id: int, redemption_id: int) -> Redemption:
    require_manager(session, actor_id)
    redemption = get(session, Redemption, redemption_id, "redemption")
    if redemption.status is not RedemptionStatus.REQUESTED:
        raise InvalidTransition(f"That redemption is already {redemption.status.value}.")
    return redemption


def _close(redemption: Redemption, status: RedemptionStatus, *, actor_id: int, note: str, now: datetime) -> None:
    redemption.status = status
    redemption.decided_at = now
    redemption.decided_by = actor_id
    redemption.note = note.strip()


def fulfil(session: Session, *, actor_id: int, redemption_id: int, note: str, now: datetime) -> Redemption:
    redemption = _requested(session, actor_id, redemption_id)
    _close(redemption, RedemptionStatus.FULFILLED, actor_id=actor_id, note=note, now=now)
    audit.record(
        session,
        actor_id=actor_id,
        action="redemption.fulfil",
        target_type="redemption",
        target_id=redemption.id,
        now=now,
        before={"status": "requested"},
        after={"status": "fulfilled"},
    )
    return redemption


def cancel(
    session: Session, *, actor_id: int, redemption_id: int, reason: str, now: datetime, mutation_id: str | None = None
) -> Redemption:
    """Cancel a request: the spent points come back through a reversal and the stock is restored."""
    if not reason.strip():
        raise ValidationError("Say why the redemption is cancelled.", field="reason")
    redemption = _requested(session, actor_id, redemption_id)
    if redemption.advocate_id == actor_id:
        raise NotAllowed("Ask another moderator to cancel your own redemption.")
    spent = session.scalars(
        select(LedgerEntry).where(LedgerEntry.redemption_id == redemption.id, LedgerEntry.kind == LedgerKind.SPENT)
    ).one()
    ledger.reverse(
        session,
        entry_id=spent.id,
        actor_id=actor_id,
        reason=f"Refund: {reason.strip()}",
        now=now,
        uid=derived_uid(mutation_id, Role.REVERSED),
    )
    reward = get(session, Reward, redemption.reward_id, "reward")
    if reward.stock is not None:
        reward.stock += 1
    _close(redemption, RedemptionStatus.CANCELLED, actor_id=actor_id, note=reason, now=now)
    audit.record(
        session,
        actor_id=actor_id,
        action="redemption.cancel",
        target_type="redemption",
        target_id=redemption.id,
        now=now,
        before={"status": "requested"},
        after={"status": "cancelled", "reason": redemption.note},
    )
    return redemption
