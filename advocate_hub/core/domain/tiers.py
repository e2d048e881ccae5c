"""The tier ladder: which tier an advocate has reached, and what the next one takes.

Tiers follow lifetime *earned* points, so spending never lowers a tier while a reversal of earned points can.
A tier may also ask for depth of participation: by default Platinum needs one approved high-barrier challenge.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise
from typing import Any

from advocate_hub.core.domain.errors import ValidationError


class Tier(StrEnum):
    COMMUNITY = "community"
    SILVER = "silver"
    GOLD = "gold"
    PLATINUM = "platinum"

    @property
    def rank(self) -> int:
        """Position on the ladder, 0 for Community; tiers compare by this."""
        return list(Tier).index(self)

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True, slots=True)
class TierStep:
    tier: Tier
    min_lifetime_points: int
    min_high_barrier_completions: int = 0
    benefits: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TierProgress:
    tier: Tier
    next_tier: Tier | None
    points_to_next: int
    high_barrier_needed: int
    fraction: float
    """How far from this tier's threshold to the next one, 0.0-1.0 (1.0 at the top)."""


@dataclass(frozen=True, slots=True)
class TierLadder:
    steps: tuple[TierStep, ...]

    def __post_init__(self) -> None:
        tiers = [s.tier for s in self.steps]
        if tiers != list(Tier):
            raise ValidationError("A tier ladder lists Community, Silver, Gold and Platinum, in that order.")
        if self.steps[0].min_lifetime_points != 0:
            raise ValidationError("Community is where everyone starts: its threshold must be 0 points.")
        thresholds = [s.min_lifetime_points for s in self.steps]
        if any(b <= a for a, b in pairwise(thresholds)):
            raise ValidationError("Each tier needs more lifetime points than the one below it.")
        if any(s.min_high_barrier_completions < 0 for s in self.steps):
            raise ValidationError("A tier cannot need a negative number of completions.")

    def step(self, tier: Tier) -> TierStep:
        return self.steps[tier.rank]

    def tier_for(self, lifetime_points: int, high_barrier_completions: int) -> Tier:
        reached = Tier.COMMUNITY
        for step in self.steps:
            if (
                lifetime_points >= step.min_lifetime_points
                and high_barrier_completions >= step.min_high_barrier_completions
            ):
                reached = step.tier
            else:
                break
        return reached

    def progress(self, lifetime_points: int, high_barrier_completions: int) -> TierProgress:
        tier = self.tier_for(lifetime_points, high_barrier_completions)
        if tier is Tier.PLATINUM:
            return TierProgress(tier, None, 0, 0, 1.0)
        current, following = self.steps[tier.rank], self.steps[tier.rank + 1]
        span = following.min_lifetime_points - current.min_lifetime_points
        gained = min(max(lifetime_points - current.min_lifetime_points, 0), span)
        return TierProgress(
            tier=tier,
            next_tier=following.tier,
            points_to_next=max(following.min_lifetime_points - lifetime_points, 0),
            high_barrier_needed=max(following.min_high_barrier_completions - high_barrier_completions, 0),
            fraction=gained / span,
        )

    def to_json(self) -> list[dict[str, Any]]:
        return [
            {
                "tier": s.tier.value,
                "min_lifetime_points": s.min_lifetime_points,
                "min_high_barrier_completions": s.min_high_barrier_completions,
                "benefits": list(s.benefits),
            }
            for s in self.steps
        ]

    @classmethod
    def from_json(cls, data: list[dict[str, Any]]) -> TierLadder:
        try:
            steps = tuple(
                TierStep(
                    tier=Tier(item["tier"]),
                    min_lifetime_points=int(item["min_lifetime_points"]),
                    min_high_barrier_completions=int(item.get("min_high_barrier_completions", 0)),
                    benefits=tuple(str(b) for b in item.get("benefits", ())),
                )
                for item in data
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValidationError(f"The tier ladder is not valid: {error}.") from None
        return cls(steps)


DEFAULT_LADDER = TierLadder(
    (
        TierStep(
            Tier.COMMUNITY,
            0,
            benefits=("Low-barrier challenges", "Community newsletter", "Swag rewards"),
        ),
        TierStep(
            Tier.SILVER,
            500,
            benefits=("Medium-barrier challenges: references, referrals, beta tests", "Early product access"),
        ),
        TierStep(
            Tier.GOLD,
            2_000,
            benefits=("High-barrier challenges: case studies, speaking", "Roadmap sessions", "Spotlight"),
        ),
        TierStep(
            Tier.PLATINUM,
            5_000,
            min_high_barrier_completions=1,
            benefits=("Advisory board seat", "Executive dinners", "Keynote slots"),
        ),
    )
)
