"""Whether an advocate may take on a challenge now, and if not, a reason for every "no".

The same function runs on the client (to show why a challenge is locked, offline) and on the server (which
has the final word), so it works on plain values rather than database rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from advocate_hub.core.domain.enums import AdvocateStatus, Barrier
from advocate_hub.core.domain.kinds import KIND_PROFILES, ChallengeKind
from advocate_hub.core.domain.tiers import Tier

DEFAULT_FATIGUE_LIMIT = 4
"""Asks one advocate may take on in any 30 days before the program stops offering new ones."""


class IneligibleReason(StrEnum):
    NOT_ACTIVE = "not_active"
    ARCHIVED = "archived"
    NOT_STARTED = "not_started"
    EXPIRED = "expired"
    KIND_OPTED_OUT = "kind_opted_out"
    TIER_TOO_LOW = "tier_too_low"
    NOT_IN_AUDIENCE = "not_in_audience"
    CAP_REACHED = "cap_reached"
    FATIGUE_LIMIT = "fatigue_limit"


@dataclass(frozen=True, slots=True)
class ChallengeFacts:
    kind: ChallengeKind
    barrier: Barrier
    starts_at: datetime
    expires_at: datetime | None
    max_per_advocate: int
    min_tier: Tier
    audience_tiers: frozenset[Tier]
    audience_groups: frozenset[str]
    archived: bool = False


@dataclass(frozen=True, slots=True)
class AdvocateFacts:
    status: AdvocateStatus
    tier: Tier
    groups: frozenset[str]
    opted_out_kinds: frozenset[ChallengeKind]
    completions: int
    """Submissions of this challenge that count towards its cap: pending, approved or awaiting changes."""
    asks_last_30_days: int


@dataclass(frozen=True, slots=True)
class Eligibility:
    reason: IneligibleReason | None
    message: str

    @property
    def eligible(self) -> bool:
        return self.reason is None


OPEN = Eligibility(None, "Open to you.")


def check_eligibility(
    challenge: ChallengeFacts, advocate: AdvocateFacts, now: datetime, fatigue_limit: int
) -> Eligibility:
    if advocate.status is not AdvocateStatus.ACTIVE:
        return Eligibility(IneligibleReason.NOT_ACTIVE, _inactive_message(advocate.status))
    if challenge.archived:
        return Eligibility(IneligibleReason.ARCHIVED, "This challenge has been archived.")
    if now < challenge.starts_at:
        opens = challenge.starts_at.astimezone(UTC)
        return Eligibility(IneligibleReason.NOT_STARTED, f"Opens on {opens:%d %b %Y, %H:%M} UTC.")
    if challenge.expires_at is not None and now >= challenge.expires_at:
        closed = challenge.expires_at.astimezone(UTC)
        return Eligibility(IneligibleReason.EXPIRED, f"Closed on {closed:%d %b %Y, %H:%M} UTC.")
    if challenge.kind in advocate.opted_out_kinds:
        label = KIND_PROFILES[challenge.kind].label.lower()
        return Eligibility(
            IneligibleReason.KIND_OPTED_OUT,
            f"You asked not to receive {label} challenges (see your profile).",
        )
    if advocate.tier.rank < challenge.min_tier.rank:
        return Eligibility(IneligibleReason.TIER_TOO_LOW, f"Unlocks at {challenge.min_tier.label} tier.")
    if challenge.audience_tiers and advocate.tier not in challenge.audience_tiers:
        tiers = ", ".join(t.label for t in sorted(challenge.audience_tiers, key=lambda t: t.rank))
        return Eligibility(IneligibleReason.NOT_IN_AUDIENCE, f"Only for {tiers} advocates.")
    if challenge.audience_groups and not (challenge.audience_groups & advocate.groups):
        groups = ", ".join(sorted(challenge.audience_groups))
        return Eligibility(IneligibleReason.NOT_IN_AUDIENCE, f"Only for members of: {groups}.")
    if advocate.completions >= challenge.max_per_advocate:
        times = "once" if challenge.max_per_advocate == 1 else f"{challenge.max_per_advocate} times"
        return Eligibility(IneligibleReason.CAP_REACHED, f"You have done this {times}, the most it allows.")
    if KIND_PROFILES[challenge.kind].is_ask and advocate.asks_last_30_days >= fatigue_limit:
        return Eligibility(
            IneligibleReason.FATIGUE_LIMIT,
            f"You have taken on {advocate.asks_last_30_days} asks in the last 30 days; "
            "we hold new ones back so nobody is over-asked.",
        )
    return OPEN


def _inactive_message(status: AdvocateStatus) -> str:
    if status is AdvocateStatus.OPTED_OUT:
        return "You have left the program; rejoin from your profile to take part again."
    if status is AdvocateStatus.ALUMNI:
        return "Alumni no longer receive challenges. Thank you for everything you did!"
    if status is AdvocateStatus.DEACTIVATED:
        return "Your membership is paused by the program's managers; ask them to reactivate it."
    return "Your membership is not active yet; accept your invitation to start."
