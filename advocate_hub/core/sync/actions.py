"""What an advocate does on this machine: the local effect and its outbox row, in one transaction.

The UI calls these (through ``Program.run``) rather than the services directly, so every action taken offline
is pushed to the server later, exactly once, under the same mutation id that fixed the uids of its rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from advocate_hub.core.services import advocates, rewards, submissions
from advocate_hub.core.services.access import get
from advocate_hub.core.store.models import Challenge, Decline, Redemption, Reward, Submission
from advocate_hub.core.sync import outbox
from advocate_hub.core.sync.identity import new_mutation_id


def complete(
    session: Session,
    *,
    advocate_id: int,
    challenge_id: int,
    proof: dict[str, Any],
    disclosure_acknowledged: bool,
    now: datetime,
) -> submissions.Outcome:
    mutation_id = new_mutation_id()
    outcome = submissions.submit(
        session,
        advocate_id=advocate_id,
        challenge_id=challenge_id,
        proof=proof,
        disclosure_acknowledged=disclosure_acknowledged,
        now=now,
        mutation_id=mutation_id,
    )
    challenge = get(session, Challenge, challenge_id, "challenge")
    outbox.record(
        session,
        mutation_id=mutation_id,
        kind="submission.create",
        payload={
            "challenge_uid": challenge.uid,
            "proof": outcome.submission.proof,
            "disclosure_acknowledged": disclosure_acknowledged,
        },
        now=now,
    )
    return outcome


def resubmit(
    session: Session,
    *,
    advocate_id: int,
    submission_id: int,
    proof: dict[str, Any],
    disclosure_acknowledged: bool,
    now: datetime,
) -> Submission:
    submission = submissions.resubmit(
        session,
        advocate_id=advocate_id,
        submission_id=submission_id,
        proof=proof,
        disclosure_acknowledged=disclosure_acknowledged,
        now=now,
    )
    outbox.record(
        session,
        mutation_id=new_mutation_id(),
        kind="submission.resubmit",
        payload={
            "submission_uid": submission.uid,
            "proof": submission.proof,
            "disclosure_acknowledged": disclosure_acknowledged,
        },
        now=now,
    )
    return submission


def decline(session: Session, *, advocate_id: int, challenge_id: int, reason: str, now: datetime) -> Decline:
    mutation_id = new_mutation_id()
    row = submissions.decline(
        session, advocate_id=advocate_id, challenge_id=challenge_id, reason=reason, now=now, mutation_id=mutation_id
    )
    challenge = get(session, Challenge, challenge_id, "challenge")
    outbox.record(
        session,
        mutation_id=mutation_id,
        kind="decline.create",
        payload={"challenge_uid": challenge.uid, "reason": row.reason},
        now=now,
    )
    return row


def redeem(session: Session, *, advocate_id: int, reward_id: int, now: datetime) -> Redemption:
    mutation_id = new_mutation_id()
    redemption, _ = rewards.redeem(
        session, advocate_id=advocate_id, reward_id=reward_id, now=now, mutation_id=mutation_id
    )
    reward = get(session, Reward, reward_id, "reward")
    outbox.record(
        session, mutation_id=mutation_id, kind="redemption.create", payload={"reward_uid": reward.uid}, now=now
    )
    return redemption


def update_profile(session: Session, *, advocate_id: int, update: advocates.ProfileUpdate, now: datetime) -> None:
    advocate = advocates.update_profile(session, advocate_id, update, now)
    outbox.record(
        session,
        mutation_id=new_mutation_id(),
        kind="profile.update",
        payload={
            "name": advocate.name,
            "company": advocate.company,
            "language": advocate.language,
            "consent_publish_name": advocate.consent_publish_name,
            "consent_contact": advocate.consent_contact,
            "opted_out_kinds": list(advocate.opted_out_kinds),
        },
        now=now,
    )


def opt_out(session: Session, *, advocate_id: int, now: datetime) -> None:
    advocates.opt_out(session, advocate_id, now)
    outbox.record(session, mutation_id=new_mutation_id(), kind="membership.opt_out", payload={}, now=now)


def rejoin(session: Session, *, advocate_id: int, now: datetime) -> None:
    advocates.rejoin(session, advocate_id, now)
    outbox.record(session, mutation_id=new_mutation_id(), kind="membership.rejoin", payload={}, now=now)
