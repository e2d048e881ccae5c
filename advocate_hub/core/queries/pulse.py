"""A small fingerprint of one advocate's state, and the news between two fingerprints.

The app takes a pulse after every action and on a timer (changes also arrive from moderators and from sync);
what changed becomes a feedback moment: points arrived, a badge unlocked, a tier reached, a decision made.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import SubmissionStatus
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.store.models import (
    AdvocateBadge,
    AdvocateTotals,
    BadgeDefinitionRow,
    Challenge,
    Submission,
)


class NoticeKind(StrEnum):
    POINTS = "points"
    BADGE = "badge"
    TIER = "tier"
    APPROVED = "approved"
    REJECTED = "rejected"
    CHANGES_REQUESTED = "changes_requested"


@dataclass(frozen=True, slots=True)
class Decision:
    status: SubmissionStatus
    challenge: str
    note: str


@dataclass(frozen=True, slots=True)
class Pulse:
    balance: int
    lifetime: int
    tier: Tier
    badges: frozenset[str]
    decisions: dict[int, Decision]


@dataclass(frozen=True, slots=True)
class Notice:
    """One feedback moment. ``title`` and ``text`` are the core's English; screens word it from the facts below."""

    kind: NoticeKind
    title: str
    text: str
    points: int = 0
    subject: str = ""
    """The badge's name or the challenge's title the notice is about."""
    tier: Tier | None = None
    """The tier reached, for a tier notice."""
    balance: int | None = None
    """The balance after the points arrived, for a points notice."""
    refund: bool = False
    """Points came back (a cancelled redemption) rather than being earned."""


DECISION_WORDS = {
    SubmissionStatus.APPROVED: (NoticeKind.APPROVED, "Approved"),
    SubmissionStatus.REJECTED: (NoticeKind.REJECTED, "Not approved"),
    SubmissionStatus.CHANGES_REQUESTED: (NoticeKind.CHANGES_REQUESTED, "Changes requested"),
}
"""A moderator's decisions the advocate hears about, and the headline's English words."""


def pulse(session: Session, *, advocate_id: int) -> Pulse:
    totals = session.scalars(select(AdvocateTotals).where(AdvocateTotals.advocate_id == advocate_id)).one()
    badges = frozenset(
        session.scalars(
            select(BadgeDefinitionRow.name)
            .join(AdvocateBadge, AdvocateBadge.badge_id == BadgeDefinitionRow.id)
            .where(AdvocateBadge.advocate_id == advocate_id)
        )
    )
    decisions = {
        submission_id: Decision(status, title, note)
        for submission_id, status, title, note in session.execute(
            select(Submission.id, Submission.status, Challenge.title, Submission.decision_note)
            .join(Challenge, Challenge.id == Submission.challenge_id)
            .where(Submission.advocate_id == advocate_id)
        ).all()
    }
    return Pulse(totals.balance, totals.lifetime, totals.tier, badges, decisions)


def news(before: Pulse, after: Pulse) -> list[Notice]:
    """What the advocate should hear about, most exciting first."""
    found: list[Notice] = []
    if after.tier.rank > before.tier.rank:
        found.append(
            Notice(
                NoticeKind.TIER,
                f"You reached {after.tier.label}!",
                "New challenges and rewards are open.",
                tier=after.tier,
            )
        )
    found.extend(
        Notice(NoticeKind.BADGE, "Badge unlocked", name, subject=name) for name in sorted(after.badges - before.badges)
    )
    for submission_id, decision in after.decisions.items():
        previous = before.decisions.get(submission_id)
        if previous is not None and previous.status is decision.status:
            continue
        worded = DECISION_WORDS.get(decision.status)
        if worded is not None:
            kind, prefix = worded
            found.append(Notice(kind, f"{prefix}: {decision.challenge}", decision.note, subject=decision.challenge))
    gained = after.balance - before.balance
    earned = after.lifetime - before.lifetime
    if earned > 0:
        found.append(
            Notice(
                NoticeKind.POINTS,
                f"+{earned:,} points",
                f"Your balance is now {after.balance:,}.",
                earned,
                balance=after.balance,
            )
        )
    elif gained > 0:
        found.append(
            Notice(
                NoticeKind.POINTS,
                f"+{gained:,} points back",
                f"Your balance is now {after.balance:,}.",
                gained,
                balance=after.balance,
                refund=True,
            )
        )
    return found
