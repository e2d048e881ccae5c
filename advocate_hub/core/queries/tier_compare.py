"""What each tier gets, side by side: the ladder's thresholds and benefits, and the program's own challenges and
rewards that each tier opens up.

Everything comes from the program's data (its rules, challenges and rewards), so the comparison staff show in a
demo is the one advocates actually live by, and it changes when a moderator changes a gate.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import AdvocateStatus, Barrier, Incentive, Role
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services.settings import load_rules
from advocate_hub.core.store.models import Advocate, AdvocateTotals, Challenge, Reward


@dataclass(frozen=True, slots=True)
class ChallengeRef:
    id: int
    title: str
    barrier: Barrier
    points: int
    min_tier: Tier


@dataclass(frozen=True, slots=True)
class RewardRef:
    id: int
    name: str
    incentive: Incentive
    cost: int
    min_tier: Tier


@dataclass(frozen=True, slots=True)
class TierColumn:
    tier: Tier
    min_lifetime_points: int
    min_high_barrier_completions: int
    benefits: tuple[str, ...]
    barriers: tuple[Barrier, ...]
    """Barrier levels of the current challenges open to this tier, lowest first."""
    challenges: tuple[ChallengeRef, ...]
    """Current challenges this tier may take on (their tier gate and audience allow it)."""
    rewards: tuple[RewardRef, ...]
    """Active rewards this tier may redeem (points permitting)."""
    advocates: int
    """Active advocates at this tier now."""

    @property
    def new_challenges(self) -> tuple[ChallengeRef, ...]:
        """The challenges that open up at exactly this tier."""
        return tuple(c for c in self.challenges if c.min_tier is self.tier)

    @property
    def new_rewards(self) -> tuple[RewardRef, ...]:
        return tuple(r for r in self.rewards if r.min_tier is self.tier)


def compare_tiers(session: Session, *, now: datetime) -> list[TierColumn]:
    """One column per tier, Community first. Challenges that are archived or already closed are left out."""
    ladder = load_rules(session).ladder
    live = session.scalars(
        select(Challenge)
        .where(Challenge.archived_at.is_(None))
        .order_by(Challenge.barrier, Challenge.points, Challenge.title, Challenge.id)
    ).all()
    current = [c for c in live if c.expires_at is None or c.expires_at > now]
    rewards = session.scalars(
        select(Reward).where(Reward.active.is_(True)).order_by(Reward.cost, Reward.name, Reward.id)
    ).all()
    counts: Counter[Tier] = Counter(
        dict(
            session.execute(
                select(AdvocateTotals.tier, func.count())
                .join(Advocate, Advocate.id == AdvocateTotals.advocate_id)
                .where(Advocate.role == Role.ADVOCATE, Advocate.status == AdvocateStatus.ACTIVE)
                .group_by(AdvocateTotals.tier)
            ).all()
        )
    )
    barrier_order = list(Barrier)
    columns = []
    for step in ladder.steps:
        tier = step.tier
        open_to = [
            ChallengeRef(c.id, c.title, c.barrier, c.points, c.min_tier)
            for c in current
            if c.min_tier.rank <= tier.rank and (not c.audience_tiers or tier.value in c.audience_tiers)
        ]
        columns.append(
            TierColumn(
                tier=tier,
                min_lifetime_points=step.min_lifetime_points,
                min_high_barrier_completions=step.min_high_barrier_completions,
                benefits=step.benefits,
                barriers=tuple(sorted({c.barrier for c in open_to}, key=barrier_order.index)),
                challenges=tuple(sorted(open_to, key=lambda c: (barrier_order.index(c.barrier), c.points, c.title))),
                rewards=tuple(
                    RewardRef(r.id, r.name, r.incentive, r.cost, r.min_tier)
                    for r in rewards
                    if r.min_tier.rank <= tier.rank
                ),
                advocates=counts[tier],
            )
        )
    return columns
