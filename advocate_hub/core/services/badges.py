"""Awarding badges when an advocate's facts change, and showing progress towards the locked ones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.badges import (
    BadgeDefinition,
    BadgeFacts,
    BadgeProgress,
    BadgeRule,
    evaluate,
    streak_weeks,
)
from advocate_hub.core.domain.enums import Period, SubmissionStatus
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.services.settings import load_rules
from advocate_hub.core.store.models import (
    OVERALL_SCOPE,
    AdvocateBadge,
    AdvocateTotals,
    BadgeDefinitionRow,
    Challenge,
    Referral,
    ScoreTotal,
    Submission,
)


@dataclass(frozen=True, slots=True)
class BadgeStatus:
    slug: str
    name: str
    description: str
    progress: BadgeProgress
    earned_at: datetime | None


def definition(row: BadgeDefinitionRow) -> BadgeDefinition:
    return BadgeDefinition(row.slug, row.name, row.description, BadgeRule(row.rule), row.params)


def facts_for(session: Session, advocate_id: int, now: datetime) -> BadgeFacts:
    approved = session.execute(
        select(Challenge.kind, func.count())
        .join(Submission, Submission.challenge_id == Challenge.id)
        .where(Submission.advocate_id == advocate_id, Submission.status == SubmissionStatus.APPROVED)
        .group_by(Challenge.kind)
    )
    referrals = session.scalar(select(func.count()).where(Referral.referrer_id == advocate_id)) or 0
    # Only the advocate's own score rows (a few dozen), found through their advocate index: with the scope and
    # period in the WHERE clause as well, SQLite walks the board index over every advocate's weekly rows instead
    # (about 0.5-1.4 s at a million advocates, on every home screen read).
    own_scores = session.execute(
        select(ScoreTotal.scope, ScoreTotal.period, ScoreTotal.period_start, ScoreTotal.points).where(
            ScoreTotal.advocate_id == advocate_id
        )
    )
    active_weeks = [
        start
        for scope, period, start, points in own_scores
        if scope == OVERALL_SCOPE and period == Period.WEEK and points > 0
    ]
    totals = session.scalars(select(AdvocateTotals).where(AdvocateTotals.advocate_id == advocate_id)).one()
    ladder = load_rules(session).ladder
    return BadgeFacts(
        approved_by_kind={ChallengeKind(kind): count for kind, count in approved},
        referrals=referrals,
        streak_weeks=streak_weeks(active_weeks, now.date()),
        tier=totals.tier,
        lifetime=totals.lifetime,
        tier_thresholds={step.tier: step.min_lifetime_points for step in ladder.steps},
    )


def award_due(session: Session, advocate_id: int, now: datetime) -> tuple[str, ...]:
    """Award every badge whose rule the advocate now meets and does not hold yet; return their names."""
    held = set(session.scalars(select(AdvocateBadge.badge_id).where(AdvocateBadge.advocate_id == advocate_id)))
    candidates = [row for row in session.scalars(select(BadgeDefinitionRow)) if row.id not in held]
    if not candidates:
        return ()
    facts = facts_for(session, advocate_id, now)
    awarded = []
    for row in candidates:
        if evaluate(definition(row), facts).earned:
            session.add(AdvocateBadge(advocate_id=advocate_id, badge_id=row.id, earned_at=now))
            awarded.append(row.name)
    return tuple(awarded)


def badge_statuses(session: Session, advocate_id: int, now: datetime) -> list[BadgeStatus]:
    earned = dict(
        session.execute(
            select(AdvocateBadge.badge_id, AdvocateBadge.earned_at).where(AdvocateBadge.advocate_id == advocate_id)
        ).all()
    )
    facts = facts_for(session, advocate_id, now)
    statuses = []
    for row in session.scalars(select(BadgeDefinitionRow).order_by(BadgeDefinitionRow.id)):
        progress = evaluate(definition(row), facts)
        if row.id in earned:
            progress = BadgeProgress(progress.target, progress.target)
        statuses.append(BadgeStatus(row.slug, row.name, row.description, progress, earned.get(row.id)))
    return statuses


def install(session: Session, badges: tuple[BadgeDefinition, ...]) -> None:
    for declared in badges:
        badge = declared.validated()
        session.add(
            BadgeDefinitionRow(
                slug=badge.slug,
                name=badge.name,
                description=badge.description,
                rule=badge.rule.value,
                params=dict(badge.params),
            )
        )
