"""Badges declared as data: a rule type plus parameters, evaluated against facts about one advocate.

Rules are data so a program can add its own badges without code; ``evaluate`` also reports progress so the app
can show how close a locked badge is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from advocate_hub.core.domain.errors import ValidationError
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.tiers import DEFAULT_LADDER, Tier


class BadgeRule(StrEnum):
    APPROVED_COUNT = "approved_count"
    """``count`` approved completions, of one ``kind`` if given, of any kind otherwise."""
    FIRST_REFERRAL = "first_referral"
    STREAK_WEEKS = "streak_weeks"
    """Points earned in each of ``weeks`` consecutive weeks, up to this one or the last."""
    TIER_REACHED = "tier_reached"


@dataclass(frozen=True, slots=True)
class BadgeDefinition:
    slug: str
    name: str
    description: str
    rule: BadgeRule
    params: Mapping[str, Any] = field(default_factory=dict)

    def validated(self) -> BadgeDefinition:
        if not self.slug or not self.name:
            raise ValidationError("A badge needs a slug and a name.")
        if self.rule is BadgeRule.APPROVED_COUNT:
            _positive(self.params, "count")
            if "kind" in self.params and self.params["kind"] not in list(ChallengeKind):
                kind = self.params["kind"]
                raise ValidationError(f"The badge rule names an unknown challenge kind {kind!r}.")
        elif self.rule is BadgeRule.STREAK_WEEKS:
            _positive(self.params, "weeks")
        elif self.rule is BadgeRule.TIER_REACHED and self.params.get("tier") not in list(Tier):
            raise ValidationError(f"The badge rule names an unknown tier {self.params.get('tier')!r}.")
        return self


def _positive(params: Mapping[str, Any], key: str) -> None:
    value = params.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError(f"The badge rule needs a positive whole number for {key!r}.")


@dataclass(frozen=True, slots=True)
class BadgeFacts:
    approved_by_kind: Mapping[ChallengeKind, int]
    referrals: int
    streak_weeks: int
    tier: Tier
    lifetime: int = 0
    tier_thresholds: Mapping[Tier, int] = field(
        default_factory=lambda: {step.tier: step.min_lifetime_points for step in DEFAULT_LADDER.steps}
    )
    """Lifetime points each tier needs, so a tier badge shows progress in points rather than in tiers."""


@dataclass(frozen=True, slots=True)
class BadgeProgress:
    current: int
    target: int

    @property
    def earned(self) -> bool:
        return self.current >= self.target

    @property
    def fraction(self) -> float:
        if self.target <= 0:
            return 1.0
        return min(self.current / self.target, 1.0)


def evaluate(badge: BadgeDefinition, facts: BadgeFacts) -> BadgeProgress:
    params = badge.params
    if badge.rule is BadgeRule.APPROVED_COUNT:
        kind = params.get("kind")
        done = facts.approved_by_kind.get(ChallengeKind(kind), 0) if kind else sum(facts.approved_by_kind.values())
        return BadgeProgress(min(done, params["count"]), params["count"])
    if badge.rule is BadgeRule.FIRST_REFERRAL:
        return BadgeProgress(min(facts.referrals, 1), 1)
    if badge.rule is BadgeRule.STREAK_WEEKS:
        return BadgeProgress(min(facts.streak_weeks, params["weeks"]), params["weeks"])
    target = Tier(params["tier"])
    threshold = max(facts.tier_thresholds.get(target, 0), 1)
    if facts.tier.rank >= target.rank:
        return BadgeProgress(threshold, threshold)
    return BadgeProgress(min(facts.lifetime, threshold - 1), threshold)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def streak_weeks(active_week_starts: Iterable[date], today: date) -> int:
    """Consecutive active weeks ending this week, or last week if this one has no activity yet."""
    active = set(active_week_starts)
    cursor = week_start(today)
    if cursor not in active:
        cursor -= timedelta(weeks=1)
    streak = 0
    while cursor in active:
        streak += 1
        cursor -= timedelta(weeks=1)
    return streak


DEFAULT_BADGES: tuple[BadgeDefinition, ...] = (
    BadgeDefinition(
        "first-step", "First step", "Complete your first challenge.", BadgeRule.APPROVED_COUNT, {"count": 1}
    ),
    BadgeDefinition(
        "reviewer",
        "Reviewer",
        "Publish five reviews.",
        BadgeRule.APPROVED_COUNT,
        {"kind": "review", "count": 5},
    ),
    BadgeDefinition("connector", "Connector", "Make your first referral.", BadgeRule.FIRST_REFERRAL),
    BadgeDefinition(
        "steady",
        "Month-long streak",
        "Earn points four weeks in a row.",
        BadgeRule.STREAK_WEEKS,
        {"weeks": 4},
    ),
    BadgeDefinition(
        "speaker",
        "Speaker",
        "Speak for the community once.",
        BadgeRule.APPROVED_COUNT,
        {"kind": "speaking", "count": 1},
    ),
    BadgeDefinition("gold", "Gold standard", "Reach the Gold tier.", BadgeRule.TIER_REACHED, {"tier": "gold"}),
    BadgeDefinition("centurion", "Regular", "Complete 25 challenges.", BadgeRule.APPROVED_COUNT, {"count": 25}),
)
