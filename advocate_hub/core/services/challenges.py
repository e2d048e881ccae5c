"""Creating and running challenges, and deciding whether one is open to a given advocate."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from enum import Enum
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.challenges import ChallengeDraft, ChallengeStatus, status_at
from advocate_hub.core.domain.eligibility import (
    AdvocateFacts,
    ChallengeFacts,
    Eligibility,
    check_eligibility,
)
from advocate_hub.core.domain.enums import SubmissionStatus
from advocate_hub.core.domain.errors import InvalidTransition, ValidationError
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


class _Keep(Enum):
    DURATION = "keep the duration"


KEEP_DURATION = _Keep.DURATION
"""``reschedule``'s default expiry: move it by as much as the start moves, so the challenge runs as long."""
KeepDuration = Literal[_Keep.DURATION]


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


def draft_of(challenge: Challenge) -> ChallengeDraft:
    """The stored challenge as the draft a moderator would edit."""
    return ChallengeDraft(
        title=challenge.title,
        kind=challenge.kind,
        points=challenge.points,
        starts_at=challenge.starts_at,
        description=challenge.description,
        expires_at=challenge.expires_at,
        barrier=challenge.barrier,
        proof_type=challenge.proof_type,
        auto_approve=challenge.auto_approve,
        disclosure_required=challenge.disclosure_required,
        max_per_advocate=challenge.max_per_advocate,
        min_tier=challenge.min_tier,
        audience_tiers=frozenset(Tier(t) for t in challenge.audience_tiers),
        audience_groups=frozenset(challenge.audience_groups),
        config=dict(challenge.config),
    )


def status(challenge: Challenge, now: datetime) -> ChallengeStatus:
    return status_at(challenge.starts_at, challenge.expires_at, challenge.archived_at is not None, now)


def _audit(
    session: Session, challenge: Challenge, action: str, before: dict[str, Any] | None, *, actor_id: int, now: datetime
) -> None:
    audit.record(
        session,
        actor_id=actor_id,
        action=action,
        target_type="challenge",
        target_id=challenge.id,
        now=now,
        before=before,
        after=snapshot(challenge),
    )


def create(
    session: Session, *, actor_id: int, draft: ChallengeDraft, now: datetime, uid: str | None = None
) -> Challenge:
    require_manager(session, actor_id)
    draft = draft.validated(now=now)
    challenge = Challenge(created_by=actor_id, created_at=now, updated_at=now, archived_at=None)
    if uid is not None:
        challenge.uid = uid
    _apply(challenge, draft)
    session.add(challenge)
    session.flush()
    _audit(session, challenge, "challenge.create", None, actor_id=actor_id, now=now)
    return challenge


def update(session: Session, *, actor_id: int, challenge_id: int, draft: ChallengeDraft, now: datetime) -> Challenge:
    require_manager(session, actor_id)
    challenge = get(session, Challenge, challenge_id, "challenge")
    before = snapshot(challenge)
    # An ended challenge may still get a better title; only a *new* expiry must lie in the future.
    expiry_moved = draft.expires_at != challenge.expires_at
    _apply(challenge, draft.validated(now=now if expiry_moved else None))
    challenge.updated_at = now
    _audit(session, challenge, "challenge.update", before, actor_id=actor_id, now=now)
    return challenge


def archive(session: Session, *, actor_id: int, challenge_id: int, now: datetime) -> Challenge:
    require_manager(session, actor_id)
    challenge = get(session, Challenge, challenge_id, "challenge")
    if challenge.archived_at is not None:
        raise InvalidTransition("That challenge is already archived.")
    before = snapshot(challenge)
    challenge.archived_at = now
    challenge.updated_at = now
    _audit(session, challenge, "challenge.archive", before, actor_id=actor_id, now=now)
    return challenge


def reschedule(
    session: Session,
    *,
    actor_id: int,
    challenge_id: int,
    starts_at: datetime,
    expires_at: datetime | KeepDuration | None = KEEP_DURATION,
    now: datetime,
) -> Challenge:
    """Move a challenge on the calendar; with no new expiry it keeps running as long as it did.

    The same rules as an edit apply (expiry after the start, not already in the past), so a refused move
    changes nothing.
    """
    require_manager(session, actor_id)
    challenge = get(session, Challenge, challenge_id, "challenge")
    if challenge.archived_at is not None:
        raise InvalidTransition("An archived challenge cannot be rescheduled.")
    if starts_at.tzinfo is None:
        raise ValidationError("The new start needs a time zone.", field="starts_at")
    if expires_at is KEEP_DURATION:
        current = challenge.expires_at
        expires_at = None if current is None else current + (starts_at - challenge.starts_at)
    replace(draft_of(challenge), starts_at=starts_at, expires_at=expires_at).validated(now=now)
    before = snapshot(challenge)
    challenge.starts_at = starts_at
    challenge.expires_at = expires_at
    challenge.updated_at = now
    _audit(session, challenge, "challenge.reschedule", before, actor_id=actor_id, now=now)
    return challenge


def expire(session: Session, *, actor_id: int, challenge_id: int, now: datetime) -> Challenge:
    """End a live challenge now: advocates see it closed from this moment; what they submitted stays."""
    require_manager(session, actor_id)
    challenge = get(session, Challenge, challenge_id, "challenge")
    state = status(challenge, now)
    if state is ChallengeStatus.ARCHIVED:
        raise InvalidTransition("That challenge is archived; there is nothing to end.")
    if state is ChallengeStatus.EXPIRED:
        raise InvalidTransition("That challenge has already ended.")
    if state is ChallengeStatus.SCHEDULED:
        raise InvalidTransition("That challenge has not started yet; archive it or move its start instead.")
    before = snapshot(challenge)
    challenge.expires_at = now
    challenge.updated_at = now
    _audit(session, challenge, "challenge.expire", before, actor_id=actor_id, now=now)
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
