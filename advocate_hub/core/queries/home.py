"""Everything the advocate's home screen shows, read in one go."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import LedgerKind, SubmissionStatus
from advocate_hub.core.domain.tiers import Tier, TierProgress
from advocate_hub.core.queries.challenges import ChallengeItem, recommended
from advocate_hub.core.services.access import get
from advocate_hub.core.services.badges import BadgeStatus, badge_statuses
from advocate_hub.core.services.settings import load_rules
from advocate_hub.core.store.models import Advocate, AdvocateTotals, Challenge, LedgerEntry, Submission

RECENT_ACTIVITY = 8
MESSAGES = 5


@dataclass(frozen=True, slots=True)
class Activity:
    when: datetime
    kind: LedgerKind
    points: int
    reason: str


@dataclass(frozen=True, slots=True)
class Message:
    """A word from the moderators: a thank-you, a rejection reason, a request for changes or a follow-up."""

    when: datetime
    challenge: str
    status: SubmissionStatus
    text: str
    link: str = ""
    follow_up: bool = False


@dataclass(frozen=True, slots=True)
class Home:
    advocate_id: int
    name: str
    balance: int
    lifetime: int
    tier: Tier
    progress: TierProgress
    next_benefits: tuple[str, ...]
    badges_in_reach: tuple[BadgeStatus, ...]
    badges_earned: int
    recommended: tuple[ChallengeItem, ...]
    activity: tuple[Activity, ...]
    messages: tuple[Message, ...]


def home(session: Session, *, advocate_id: int, now: datetime) -> Home:
    advocate = get(session, Advocate, advocate_id, "advocate")
    totals = session.scalars(select(AdvocateTotals).where(AdvocateTotals.advocate_id == advocate_id)).one()
    ladder = load_rules(session).ladder
    progress = ladder.progress(totals.lifetime, totals.high_barrier_completions)
    badges = badge_statuses(session, advocate_id, now)
    in_reach = sorted((b for b in badges if b.earned_at is None), key=lambda b: -b.progress.fraction)[:3]
    entries = session.scalars(
        select(LedgerEntry)
        .where(LedgerEntry.advocate_id == advocate_id)
        .order_by(LedgerEntry.created_at.desc(), LedgerEntry.id.desc())
        .limit(RECENT_ACTIVITY)
    )
    return Home(
        advocate_id=advocate_id,
        name=advocate.name,
        balance=totals.balance,
        lifetime=totals.lifetime,
        tier=totals.tier,
        progress=progress,
        next_benefits=ladder.step(progress.next_tier).benefits if progress.next_tier else (),
        badges_in_reach=tuple(in_reach),
        badges_earned=sum(1 for b in badges if b.earned_at is not None),
        recommended=tuple(recommended(session, advocate_id=advocate_id, now=now)),
        activity=tuple(Activity(e.created_at, e.kind, e.points, e.reason) for e in entries),
        messages=tuple(messages(session, advocate_id=advocate_id)),
    )


def messages(session: Session, *, advocate_id: int, limit: int = MESSAGES) -> list[Message]:
    rows = session.execute(
        select(Submission, Challenge.title)
        .join(Challenge, Challenge.id == Submission.challenge_id)
        .where(Submission.advocate_id == advocate_id, Submission.decided_at.is_not(None))
        .order_by(Submission.decided_at.desc())
        .limit(limit)
    ).all()
    found: list[Message] = []
    for submission, title in rows:
        if submission.used_at is not None:
            found.append(
                Message(
                    submission.used_at,
                    title,
                    submission.status,
                    submission.used_note,
                    submission.used_link,
                    follow_up=True,
                )
            )
        assert submission.decided_at is not None
        found.append(Message(submission.decided_at, title, submission.status, submission.decision_note))
    return sorted(found, key=lambda m: m.when, reverse=True)[:limit]
