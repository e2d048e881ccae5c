"""Creating and running challenges, and deciding whether one is open to a given advocate."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.challenges import ChallengeDraft
from advocate_hub.core.domain.eligibility import (
    AdvocateFacts,
    ChallengeFacts,
    Eligibility,
    check_eligibility,
)
from advocate_hub.core.domain.enums import SubmissionStatus
from advocate_hub.core.domain.errors import InvalidTransition
from advocate_hub.core.domain.kinds import KIND_PROFILES, ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services import audit
from advocate_hub.core.services.access import get, require_manager
from advocate_hub.core.services.ledger import group_slugs
from advocate_hub.core.services.settings import load_rules
from advocate_hub.core.store.models import Advocate, AdvocateTotals, Challenge, Submission

FATIGUE_WINDOW = timedelta(days=30)
COUNTS_TOWARDS_CAP = (SubmissionStatus.PENDING, SubmissionStatus.APPROVED, SubmissionStatus.CHANGES_REQUESTED)
ASK_KINDS = tuple(kind for kind, profile in KIND_PROFILES.items() if profile.is_ask)


def snapshot(challenge: Challenge) -> dict[str, Any]:
    return {
        "title": challenge.title,
        "kind": challenge.kind.value,
        "points": challenge.points,
        "starts_at": challenge.starts_at.isoformat(),
        "expires_at": challenge.expires_at.isoformat() if challenge.expires_at else None,
        "min_tier": challenge.min_tier.value,
        "max_per_advocate": challenge.max_per_advocate,
        "archived": challenge.archived_at is not None,
    }


def _apply(challenge: Challenge, draft: ChallengeDraft) -> None:
    assert draft.barrier is not None, "validated drafts have a barrier"
    assert draft.proof_type is not None, "validated drafts have a proof type"
    assert draft.min_tier is not None, "validated drafts have a minimum tier"
    challenge.title = draft.title
    challenge.description = draft.description
    challenge.kind = draft.kind
    challenge.barrier = draft.barrier
    challenge.points = draft.points
    challenge.starts_at = draft.starts_at
    challenge.expires_at = draft.expires_at
    challenge.max_per_advocate = draft.max_per_advocate
    challenge.min_tier = draft.min_tier
    challenge.audience_tiers = sorted(t.value for t in draft.audience_tiers)
    challenge.audience_groups = sorted(draft.audience_groups)
    challenge.auto_approve = bool(draft.auto_approve)
    challenge.disclosure_required = bool(draft.disclosure_required)
    challenge.proof_type = draft.proof_type
    challenge.config = dict(draft.config)


def create(session: Session, *, actor_id: int, draft: ChallengeDraft, now: datetime) -> Challenge:
    require_manager(session, actor_id)
    draft = draft.validated()
    challenge = Challenge(created_by=actor_id, created_at=now, updated_at=now, archived_at=None)
    _apply(challenge, draft)
    session.add(challenge)
    session.flush()
    audit.record(
        session,
        actor_id=actor_id,
        action="challenge.create",
        target_type="challenge",
        target_id=challenge.id,
        now=now,
        after=snapshot(challenge),
    )
    return challenge


def update(session: Session, *, actor_id: int, challenge_id: int, draft: ChallengeDraft, now: datetime) -> Challenge:
    require_manager(session, actor_id)
    challenge = get(session, Challenge, challenge_id, "challenge")
    before = snapshot(challenge)
    _apply(challenge, draft.validated())
    challenge.updated_at = now
    audit.record(
        session,
        actor_id=actor_id,
        action="challenge.update",
        target_type="challenge",
        target_id=challenge.id,
        now=now,
        before=before,
        after=snapshot(challenge),
    )
    return challenge


def archive(session: Session, *, actor_id: int, challenge_id: int, now: datetime) -> Challenge:
    require_manager(session, actor_id)
    challenge = get(session, Challenge, challenge_id, "challenge")
    if challenge.archived_at is not None:
        raise InvalidTransition("That challenge is already archived.")
    before = snapshot(challenge)
    challenge.archived_at = now
    challenge.updated_at = now
    audit.record(
        session,
        actor_id=actor_id,
        action="challenge.archive",
        target_type="challenge",
        target_id=challenge.id,
        now=now,
        before=before,
        after=snapshot(challenge),
    )
    return challenge


def challenge_facts(challenge: Challenge) -> ChallengeFacts:
    return ChallengeFacts(
        kind=challenge.kind,
        barrier=challenge.barrier,
        starts_at=challenge.starts_at,
        expires_at=challenge.expires_at,
        max_per_advocate=challenge.max_per_advocate,
        min_tier=challenge.min_tier,
        audience_tiers=frozenset(Tier(t) for t in challenge.audience_tiers),
        audience_groups=frozenset(challenge.audience_groups),
        archived=challenge.archived_at is not None,
    )


def asks_in_window(session: Session, advocate_id: int, now: datetime) -> int:
    """Asks the advocate took on in the last 30 days: submissions to ask kinds that were not rejected."""
    return (
        session.scalar(
            select(func.count())
            .select_from(Submission)
            .join(Challenge, Challenge.id == Submission.challenge_id)
            .where(
                Submission.advocate_id == advocate_id,
                Submission.submitted_at > now - FATIGUE_WINDOW,
                Submission.status != SubmissionStatus.REJECTED,
                Challenge.kind.in_(ASK_KINDS),
            )
        )
        or 0
    )


def completions(session: Session, advocate_id: int, challenge_id: int) -> int:
    return (
        session.scalar(
            select(func.count()).where(
                Submission.advocate_id == advocate_id,
                Submission.challenge_id == challenge_id,
                Submission.status.in_(COUNTS_TOWARDS_CAP),
            )
        )
        or 0
    )


def advocate_facts(session: Session, advocate: Advocate, challenge_id: int, now: datetime) -> AdvocateFacts:
    tier = session.scalars(select(AdvocateTotals.tier).where(AdvocateTotals.advocate_id == advocate.id)).one()
    return AdvocateFacts(
        status=advocate.status,
        tier=tier,
        groups=frozenset(group_slugs(session, advocate.id)),
        opted_out_kinds=frozenset(ChallengeKind(k) for k in advocate.opted_out_kinds),
        completions=completions(session, advocate.id, challenge_id),
        asks_last_30_days=asks_in_window(session, advocate.id, now),
    )


def eligibility(session: Session, advocate_id: int, challenge_id: int, now: datetime) -> Eligibility:
    advocate = get(session, Advocate, advocate_id, "advocate")
    challenge = get(session, Challenge, challenge_id, "challenge")
    fatigue_limit = load_rules(session).fatigue_limit
    return check_eligibility(
        challenge_facts(challenge), advocate_facts(session, advocate, challenge_id, now), now, fatigue_limit
    )
