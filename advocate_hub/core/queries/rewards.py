"""The reward catalog as one advocate sees it, and their redemptions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import Incentive, RedemptionStatus
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.store.models import AdvocateTotals, Redemption, Reward


class RewardLock(StrEnum):
    """Which rule keeps a reward out of reach, for a screen that words ``RewardItem.reason`` in its own language."""

    TIER = "tier"
    STOCK = "stock"
    POINTS = "points"


@dataclass(frozen=True, slots=True)
class RewardItem:
    id: int
    name: str
    description: str
    incentive: Incentive
    cost: int
    stock: int | None
    min_tier: Tier
    reason: str
    """Why it cannot be redeemed now (tier, stock, points); empty when it can."""
    lock: RewardLock | None = None
    points_needed: int = 0
    """With ``RewardLock.POINTS``: how many more points the advocate needs."""

    @property
    def available(self) -> bool:
        return not self.reason


@dataclass(frozen=True, slots=True)
class RedemptionItem:
    id: int
    reward: str
    cost: int
    status: RedemptionStatus
    requested_at: datetime
    note: str


def catalog(session: Session, *, advocate_id: int) -> list[RewardItem]:
    """Active rewards, grouped by incentive (status first: what advocates want most), cheapest first."""
    totals = session.scalars(select(AdvocateTotals).where(AdvocateTotals.advocate_id == advocate_id)).one()
    order = {incentive: index for index, incentive in enumerate(Incentive)}
    items = []
    for reward in session.scalars(select(Reward).where(Reward.active.is_(True))):
        lock: RewardLock | None = None
        if totals.tier.rank < reward.min_tier.rank:
            lock, reason = RewardLock.TIER, f"Unlocks at {reward.min_tier.label} tier"
        elif reward.stock is not None and reward.stock <= 0:
            lock, reason = RewardLock.STOCK, "Out of stock"
        elif totals.balance < reward.cost:
            lock, reason = RewardLock.POINTS, f"{reward.cost - totals.balance:,} more points needed"
        else:
            reason = ""
        items.append(
            RewardItem(
                reward.id,
                reward.name,
                reward.description,
                reward.incentive,
                reward.cost,
                reward.stock,
                reward.min_tier,
                reason,
                lock,
                max(reward.cost - totals.balance, 0) if lock is RewardLock.POINTS else 0,
            )
        )
    return sorted(items, key=lambda item: (order[item.incentive], item.cost, item.name))


def redemptions(session: Session, *, advocate_id: int) -> list[RedemptionItem]:
    rows = session.execute(
        select(Redemption, Reward.name)
        .join(Reward, Reward.id == Redemption.reward_id)
        .where(Redemption.advocate_id == advocate_id)
        .order_by(Redemption.requested_at.desc())
    ).all()
    return [RedemptionItem(r.id, name, r.cost, r.status, r.requested_at, r.note) for r, name in rows]
