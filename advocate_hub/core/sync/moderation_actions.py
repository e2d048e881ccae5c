"""What a moderator decides on this machine: the local effect and its outbox row, in one transaction.

The same contract as ``actions`` (the advocate's side): the moderator workspace calls these rather than the
services, so a decision made against a moderator's replica of the program reaches the server exactly once, and the
ledger entry it creates has the uid the server derives from the same mutation id. Each call is one mutation; a
bulk approval is one mutation per submission, so the server can refuse one (decided meanwhile by another
moderator) without refusing the rest.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from advocate_hub.core.domain.challenges import ChallengeDraft, draft_to_json
from advocate_hub.core.domain.enums import AdvocateStatus, ReferralStage
from advocate_hub.core.services import advocates, challenges, ledger, privacy, referrals, rewards, submissions
from advocate_hub.core.services import points as points_service
from advocate_hub.core.services.access import get
from advocate_hub.core.store.models import (
    Advocate,
    Challenge,
    LedgerEntry,
    Redemption,
    Referral,
    Reward,
    Submission,
)
from advocate_hub.core.sync import outbox
from advocate_hub.core.sync.identity import Role, derived_uid, new_mutation_id

KINDS = frozenset(
    {
        "submission.approve",
        "submission.reject",
        "submission.request_changes",
        "points.adjust",
        "points.reverse",
        "redemption.fulfil",
        "redemption.cancel",
        "referral.move",
        "advocate.status",
        "challenge.create",
        "challenge.update",
        "challenge.reschedule",
        "challenge.expire",
        "challenge.archive",
        "reward.create",
        "reward.update",
        "reward.active",
        "advocate.nominate",
        "advocate.erase",
    }
)
"""The mutation kinds of this module: a refusal of one means the replica drifted, so the next pull is a snapshot."""


def approve(
    session: Session, *, actor_id: int, submission_id: int, thank_you: str, now: datetime
) -> submissions.Outcome:
    mutation_id = new_mutation_id()
    outcome = submissions.approve(
        session, actor_id=actor_id, submission_id=submission_id, thank_you=thank_you, now=now, mutation_id=mutation_id
    )
    payload = {"submission_uid": outcome.submission.uid, "note": outcome.submission.decision_note}
    outbox.record(session, mutation_id=mutation_id, kind="submission.approve", payload=payload, now=now)
    return outcome


def approve_many(
    session: Session, *, actor_id: int, submission_ids: list[int], thank_you: str, now: datetime
) -> list[submissions.Outcome]:
    """All or nothing locally, as ``submissions.approve_many``; one mutation per submission for the server."""
    return submissions.approve_many(
        session, actor_id=actor_id, submission_ids=submission_ids, thank_you=thank_you, now=now, approve_one=approve
    )


def reject(session: Session, *, actor_id: int, submission_id: int, reason: str, now: datetime) -> Submission:
    row = submissions.reject(session, actor_id=actor_id, submission_id=submission_id, reason=reason, now=now)
    payload = {"submission_uid": row.uid, "reason": row.decision_note}
    outbox.record(session, mutation_id=new_mutation_id(), kind="submission.reject", payload=payload, now=now)
    return row


def request_changes(session: Session, *, actor_id: int, submission_id: int, note: str, now: datetime) -> Submission:
    row = submissions.request_changes(session, actor_id=actor_id, submission_id=submission_id, note=note, now=now)
    payload = {"submission_uid": row.uid, "note": row.decision_note}
    outbox.record(session, mutation_id=new_mutation_id(), kind="submission.request_changes", payload=payload, now=now)
    return row


def adjust(
    session: Session, *, actor_id: int, advocate_id: int, points: int, reason: str, now: datetime
) -> ledger.Posted:
    mutation_id = new_mutation_id()
    posted = points_service.adjust(
        session,
        actor_id=actor_id,
        advocate_id=advocate_id,
        points=points,
        reason=reason,
        now=now,
        mutation_id=mutation_id,
    )
    advocate = get(session, Advocate, advocate_id, "advocate")
    payload = {"advocate_uid": advocate.uid, "points": points, "reason": posted.entry.reason}
    outbox.record(session, mutation_id=mutation_id, kind="points.adjust", payload=payload, now=now)
    return posted


def reverse(session: Session, *, actor_id: int, entry_id: int, reason: str, now: datetime) -> ledger.Posted:
    mutation_id = new_mutation_id()
    original = get(session, LedgerEntry, entry_id, "ledger entry")
    posted = points_service.reverse(
        session, actor_id=actor_id, entry_id=entry_id, reason=reason, now=now, mutation_id=mutation_id
    )
    payload = {"entry_uid": original.uid, "reason": posted.entry.reason}
    outbox.record(session, mutation_id=mutation_id, kind="points.reverse", payload=payload, now=now)
    return posted


def fulfil(session: Session, *, actor_id: int, redemption_id: int, note: str, now: datetime) -> Redemption:
    row = rewards.fulfil(session, actor_id=actor_id, redemption_id=redemption_id, note=note, now=now)
    payload = {"redemption_uid": row.uid, "note": row.note}
    outbox.record(session, mutation_id=new_mutation_id(), kind="redemption.fulfil", payload=payload, now=now)
    return row


def cancel(session: Session, *, actor_id: int, redemption_id: int, reason: str, now: datetime) -> Redemption:
    mutation_id = new_mutation_id()
    row = rewards.cancel(
        session, actor_id=actor_id, redemption_id=redemption_id, reason=reason, now=now, mutation_id=mutation_id
    )
    payload = {"redemption_uid": row.uid, "reason": reason}
    outbox.record(session, mutation_id=mutation_id, kind="redemption.cancel", payload=payload, now=now)
    return row


def move_referral(
    session: Session,
    *,
    actor_id: int,
    referral_id: int,
    stage: ReferralStage,
    now: datetime,
    deal_value_cents: int | None = None,
) -> tuple[Referral, ledger.Posted | None]:
    mutation_id = new_mutation_id()
    moved = referrals.move(
        session,
        actor_id=actor_id,
        referral_id=referral_id,
        stage=stage,
        now=now,
        deal_value_cents=deal_value_cents,
        mutation_id=mutation_id,
    )
    payload = {"referral_uid": moved[0].uid, "stage": stage.value, "deal_value_cents": deal_value_cents}
    outbox.record(session, mutation_id=mutation_id, kind="referral.move", payload=payload, now=now)
    return moved


def change_status(
    session: Session, *, actor_id: int, advocate_id: int, status: AdvocateStatus, now: datetime
) -> Advocate:
    row = advocates.change_status(session, actor_id=actor_id, advocate_id=advocate_id, status=status, now=now)
    payload = {"advocate_uid": row.uid, "status": status.value}
    outbox.record(session, mutation_id=new_mutation_id(), kind="advocate.status", payload=payload, now=now)
    return row


def create_challenge(session: Session, *, actor_id: int, draft: ChallengeDraft, now: datetime) -> Challenge:
    """Publish a challenge; its uid derives from the mutation id, so the server's row replaces this one."""
    mutation_id = new_mutation_id()
    row = challenges.create(
        session, actor_id=actor_id, draft=draft, now=now, uid=derived_uid(mutation_id, Role.CHALLENGE)
    )
    payload = {"draft": draft_to_json(draft)}
    outbox.record(session, mutation_id=mutation_id, kind="challenge.create", payload=payload, now=now)
    return row


def update_challenge(
    session: Session, *, actor_id: int, challenge_id: int, draft: ChallengeDraft, now: datetime
) -> Challenge:
    row = challenges.update(session, actor_id=actor_id, challenge_id=challenge_id, draft=draft, now=now)
    payload = {"challenge_uid": row.uid, "draft": draft_to_json(draft)}
    outbox.record(session, mutation_id=new_mutation_id(), kind="challenge.update", payload=payload, now=now)
    return row


def reschedule_challenge(
    session: Session,
    *,
    actor_id: int,
    challenge_id: int,
    starts_at: datetime,
    now: datetime,
    expires_at: datetime | challenges.KeepDuration | None = challenges.KEEP_DURATION,
) -> Challenge:
    row = challenges.reschedule(
        session, actor_id=actor_id, challenge_id=challenge_id, starts_at=starts_at, expires_at=expires_at, now=now
    )
    payload = {
        "challenge_uid": row.uid,
        "starts_at": row.starts_at.isoformat(),
        "expires_at": row.expires_at.isoformat() if row.expires_at else None,
    }
    outbox.record(session, mutation_id=new_mutation_id(), kind="challenge.reschedule", payload=payload, now=now)
    return row


def expire_challenge(session: Session, *, actor_id: int, challenge_id: int, now: datetime) -> Challenge:
    row = challenges.expire(session, actor_id=actor_id, challenge_id=challenge_id, now=now)
    payload = {"challenge_uid": row.uid}
    outbox.record(session, mutation_id=new_mutation_id(), kind="challenge.expire", payload=payload, now=now)
    return row


def archive_challenge(session: Session, *, actor_id: int, challenge_id: int, now: datetime) -> Challenge:
    row = challenges.archive(session, actor_id=actor_id, challenge_id=challenge_id, now=now)
    payload = {"challenge_uid": row.uid}
    outbox.record(session, mutation_id=new_mutation_id(), kind="challenge.archive", payload=payload, now=now)
    return row


def create_reward(session: Session, *, actor_id: int, draft: rewards.RewardDraft, now: datetime) -> Reward:
    mutation_id = new_mutation_id()
    row = rewards.create(session, actor_id=actor_id, draft=draft, now=now, uid=derived_uid(mutation_id, Role.REWARD))
    payload = {"draft": rewards.draft_to_json(draft)}
    outbox.record(session, mutation_id=mutation_id, kind="reward.create", payload=payload, now=now)
    return row


def update_reward(
    session: Session, *, actor_id: int, reward_id: int, draft: rewards.RewardDraft, now: datetime
) -> Reward:
    row = rewards.update(session, actor_id=actor_id, reward_id=reward_id, draft=draft, now=now)
    payload = {"reward_uid": row.uid, "draft": rewards.draft_to_json(draft)}
    outbox.record(session, mutation_id=new_mutation_id(), kind="reward.update", payload=payload, now=now)
    return row


def set_reward_active(session: Session, *, actor_id: int, reward_id: int, active: bool, now: datetime) -> Reward:
    row = rewards.set_active(session, actor_id=actor_id, reward_id=reward_id, active=active, now=now)
    payload = {"reward_uid": row.uid, "active": active}
    outbox.record(session, mutation_id=new_mutation_id(), kind="reward.active", payload=payload, now=now)
    return row


def nominate(session: Session, *, actor_id: int, name: str, email: str, company: str = "", now: datetime) -> Advocate:
    mutation_id = new_mutation_id()
    row = advocates.nominate(
        session,
        actor_id=actor_id,
        name=name,
        email=email,
        company=company,
        now=now,
        uid=derived_uid(mutation_id, Role.ADVOCATE),
    )
    payload = {"name": row.name, "email": row.email, "company": row.company}
    outbox.record(session, mutation_id=mutation_id, kind="advocate.nominate", payload=payload, now=now)
    return row


def erase(session: Session, *, actor_id: int, advocate_id: int, reason: str, now: datetime) -> privacy.Erasure:
    """Erase on request here, and on the server (which also closes the account and forgets old feed copies)."""
    erasure = privacy.erase(session, actor_id=actor_id, advocate_id=advocate_id, reason=reason, now=now)
    payload = {"advocate_uid": erasure.advocate_uid, "reason": reason}
    outbox.record(session, mutation_id=new_mutation_id(), kind="advocate.erase", payload=payload, now=now)
    return erasure
