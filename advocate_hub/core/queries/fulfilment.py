"""The rewards desk for moderators: the whole catalog with how each reward is used, and the fulfilment queue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import Incentive, RedemptionStatus
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.store.models import Advocate, Redemption, Reward


@dataclass(frozen=True, slots=True)
class CatalogRow:
    """A reward as a manager edits it, retired ones included, with its open and fulfilled requests."""

    id: int
    name: str
    description: str
    incentive: Incentive
    cost: int
    stock: int | None
    min_tier: Tier
    active: bool
    requested: int
    """Requests waiting for a moderator."""
    fulfilled: int


@dataclass(frozen=True, slots=True)
class QueueItem:
    """One requested redemption waiting to be fulfilled or cancelled."""

    redemption_id: int
    requested_at: datetime
    advocate_id: int
    advocate_name: str
    advocate_email: str
    reward_id: int
    reward_name: str
    cost: int


@dataclass(frozen=True, slots=True)
class Desk:
    """What the rewards desk shows, read in one transaction so the queue and the counts agree."""

    queue: list[QueueItem]
    catalog: list[CatalogRow]


def reward_catalog(session: Session) -> list[CatalogRow]:
    """Every reward, offered ones first, then by incentive (most wanted first), cost and name."""
    requested = func.count(case((Redemption.status == RedemptionStatus.REQUESTED, Redemption.id)))
    fulfilled = func.count(case((Redemption.status == RedemptionStatus.FULFILLED, Redemption.id)))
    rows = session.execute(
        select(Reward, requested, fulfilled)
        .outerjoin(Redemption, Redemption.reward_id == Reward.id)
        .group_by(Reward.id)
    ).all()
    order = {incentive: index for index, incentive in enumerate(Incentive)}
    items = [
        CatalogRow(
            reward.id,
            reward.name,
            reward.description,
            reward.incentive,
            reward.cost,
            reward.stock,
            reward.min_tier,
            reward.active,
            waiting,
            done,
        )
        for reward, waiting, done in rows
    ]
    return sorted(items, key=lambda item: (not item.active, order[item.incentive], item.cost, item.name, item.id))


def fulfilment_queue(session: Session) -> list[QueueItem]:
    """Requested redemptions, oldest first: whoever has waited longest is served first."""
    rows = session.execute(
        select(Redemption, Advocate.name, Advocate.email, Reward.name)
        .join(Advocate, Advocate.id == Redemption.advocate_id)
        .join(Reward, Reward.id == Redemption.reward_id)
        .where(Redemption.status == RedemptionStatus.REQUESTED)
        .order_by(Redemption.requested_at, Redemption.id)
    ).all()
    return [
        QueueItem(r.id, r.requested_at, r.advocate_id, name, email, r.reward_id, reward, r.cost)
        for r, name, email, reward in rows
    ]


def desk(session: Session) -> Desk:
    return Desk(fulfilment_queue(session), reward_catalog(session))
