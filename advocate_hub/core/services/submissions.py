"""Completing, declining and moderating challenges.

A submission is checked against the challenge's eligibility and proof rules before anything is written. Quizzes
and check-ins are decided on the spot; everything else waits for a moderator, whose approval writes the earned
points to the ledger with a thank-you.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.eligibility import IneligibleReason
from advocate_hub.core.domain.enums import Barrier, LedgerKind, ProofType, ReferralStage, SubmissionStatus
from advocate_hub.core.domain.errors import InvalidTransition, NotAllowed, NotEligible, NotFound, ValidationError
from advocate_hub.core.domain.proof import check_proof, check_url, grade_quiz
from advocate_hub.core.services import audit, ledger
from advocate_hub.core.services import badges as badge_service
from advocate_hub.core.services.access import get, require_manager
from advocate_hub.core.services.challenges import eligibility
from advocate_hub.core.store.models import Advocate, Challenge, Decline, Referral, Submission, new_uid
from advocate_hub.core.sync.identity import Role, derived_uid

DEFAULT_THANK_YOU = "Thank you for speaking up for us: it makes a real difference."
AUTO_APPROVED_NOTE = "Well done! Approved automatically."
MAX_NOTE_LENGTH = 2_000


@dataclass(frozen=True, slots=True)
class Outcome:
    submission: Submission
    posted: ledger.Posted | None
    """The ledger change when the submission was approved on the spot."""


def _check_disclosure(challenge: Challenge, acknowledged: bool) -> None:
    if challenge.disclosure_required and not acknowledged:
        raise ValidationError(
            "This challenge rewards public words: confirm that you will disclose that you received points for it.",
            field="disclosure",
        )


def _check_not_referred(session: Session, advocate_id: int, email: str) -> None:
    """One referral per colleague and referrer (the table's unique key), said readably before anything is written."""
    earlier = select(Referral.id).where(Referral.referrer_id == advocate_id, Referral.email == email)
    if session.scalar(earlier) is not None:
        raise ValidationError(f"You have already referred {email}; thank you!", field="email")


def _require_open(session: Session, advocate_id: int, challenge_id: int, now: datetime) -> None:
    verdict = eligibility(session, advocate_id, challenge_id, now)
    if verdict.reason is not None:
        raise NotEligible(verdict.message, reason=verdict.reason.value)


def submit(
    session: Session,
    *,
    advocate_id: int,
    challenge_id: int,
    proof: dict[str, Any],
    disclosure_acknowledged: bool,
    now: datetime,
    mutation_id: str | None = None,
) -> Outcome:
    """Submit proof for a challenge; ``mutation_id`` (from sync) fixes the uids of the rows this creates."""
    challenge = get(session, Challenge, challenge_id, "challenge")
    _require_open(session, advocate_id, challenge_id, now)
    _check_disclosure(challenge, disclosure_acknowledged)
    clean = check_proof(challenge.proof_type, challenge.config, proof)
    if challenge.proof_type is ProofType.REFERRAL:
        _check_not_referred(session, advocate_id, clean["email"])
    submission = Submission(
        uid=derived_uid(mutation_id, Role.SUBMISSION) or new_uid(),
        challenge_id=challenge_id,
        advocate_id=advocate_id,
        status=SubmissionStatus.PENDING,
        proof=clean,
        disclosure_acknowledged=disclosure_acknowledged,
        submitted_at=now,
        decided_at=None,
        decided_by=None,
        used_at=None,
    )
    session.add(submission)
    session.flush()
    get(session, Advocate, advocate_id, "advocate").last_active_at = now
    if challenge.proof_type is ProofType.REFERRAL:
        session.add(
            Referral(
                uid=derived_uid(mutation_id, Role.REFERRAL) or new_uid(),
                referrer_id=advocate_id,
                submission_id=submission.id,
                name=clean["name"],
                email=clean["email"],
                company=clean["company"],
                consent=True,
                stage=ReferralStage.SUBMITTED,
                deal_value_cents=None,
                created_at=now,
                updated_at=now,
            )
        )
        session.flush()
        badge_service.award_due(session, advocate_id, now)
    if challenge.proof_type is ProofType.QUIZ:
        result = grade_quiz(challenge.config, clean["answers"])
        if not result.passed:
            _decide(
                submission,
                SubmissionStatus.REJECTED,
                None,
                f"{result.right} of {result.total} right: try again!",
                now,
            )
            return Outcome(submission, None)
    if challenge.auto_approve:
        posted = _approve(
            session,
            submission,
            challenge=challenge,
            actor_id=None,
            note=AUTO_APPROVED_NOTE,
            now=now,
            entry_uid=derived_uid(mutation_id, Role.EARNED),
        )
        return Outcome(submission, posted)
    return Outcome(submission, None)


def resubmit(
    session: Session,
    *,
    advocate_id: int,
    submission_id: int,
    proof: dict[str, Any],
    disclosure_acknowledged: bool,
    now: datetime,
) -> Submission:
    """Send new proof after a moderator asked for changes; the submission goes back to the queue."""
    submission = get(session, Submission, submission_id, "submission")
    if submission.advocate_id != advocate_id:
        raise NotAllowed("That submission belongs to someone else.")
    if submission.status is not SubmissionStatus.CHANGES_REQUESTED:
        raise InvalidTransition("Only a submission with requested changes can be sent again.")
    challenge = get(session, Challenge, submission.challenge_id, "challenge")
    verdict = eligibility(session, advocate_id, challenge.id, now)
    # This very submission already counts towards the cap and the over-asking limit; anything else still applies.
    if verdict.reason not in {None, IneligibleReason.CAP_REACHED, IneligibleReason.FATIGUE_LIMIT}:
        raise NotEligible(verdict.message, reason=verdict.reason.value if verdict.reason else "")
    _check_disclosure(challenge, disclosure_acknowledged)
    submission.proof = check_proof(challenge.proof_type, challenge.config, proof)
    submission.disclosure_acknowledged = disclosure_acknowledged
    submission.status = SubmissionStatus.PENDING
    submission.submitted_at = now
    return submission


def decline(
    session: Session, *, advocate_id: int, challenge_id: int, reason: str, now: datetime, mutation_id: str | None = None
) -> Decline:
    """Say no to a challenge, with no penalty; the decline is recorded so nobody asks again in vain."""
    get(session, Advocate, advocate_id, "advocate")
    get(session, Challenge, challenge_id, "challenge")
    row = Decline(**decline_values(advocate_id, DeclineRequest(challenge_id, reason, mutation_id), now))
    session.add(row)
    return row


@dataclass(frozen=True, slots=True)
class DeclineRequest:
    challenge_id: int
    reason: str
    mutation_id: str | None = None


def decline_many(session: Session, *, advocate_id: int, requests: Sequence[DeclineRequest], now: datetime) -> list[str]:
    """``decline`` for many challenges at once, as one multi-row insert; the new declines' uids, in order.

    A pushed batch of declines is written this way: the rules are those of ``decline`` (both rows must exist),
    checked with one query for all the challenges instead of one ORM object and flush per decline.
    """
    get(session, Advocate, advocate_id, "advocate")
    wanted = {request.challenge_id for request in requests}
    known = set(session.scalars(select(Challenge.id).where(Challenge.id.in_(wanted)))) if wanted else set()
    missing = sorted(wanted - known)
    if missing:
        raise NotFound(f"There is no challenge with id {missing[0]}.")
    rows = [decline_values(advocate_id, request, now) for request in requests]
    if rows:
        session.execute(insert(Decline), rows)
    return [row["uid"] for row in rows]


def decline_values(advocate_id: int, request: DeclineRequest, now: datetime) -> dict[str, Any]:
    """A decline's row: the one definition of its values, shared by the ORM, set-wise and direct writers."""
    return {
        "uid": derived_uid(request.mutation_id, Role.DECLINE) or new_uid(),
        "challenge_id": request.challenge_id,
        "advocate_id": advocate_id,
        "reason": request.reason.strip()[:MAX_NOTE_LENGTH],
        "created_at": now,
    }


def _decide(submission: Submission, status: SubmissionStatus, actor_id: int | None, note: str, now: datetime) -> None:
    submission.status = status
    submission.decided_by = actor_id
    submission.decided_at = now
    submission.decision_note = note


def _approve(
    session: Session,
    submission: Submission,
    *,
    challenge: Challenge,
    actor_id: int | None,
    note: str,
    now: datetime,
    entry_uid: str | None = None,
) -> ledger.Posted | None:
    _decide(submission, SubmissionStatus.APPROVED, actor_id, note, now)
    session.flush()
    if challenge.points == 0:
        return None
    return ledger.post(
        session,
        advocate_id=submission.advocate_id,
        kind=LedgerKind.EARNED,
        points=challenge.points,
        now=now,
        reason=challenge.title,
        actor_id=actor_id,
        submission_id=submission.id,
        high_barrier_delta=1 if challenge.barrier is Barrier.HIGH else 0,
        uid=entry_uid,
    )


def _pending_for_moderation(session: Session, actor_id: int, submission_id: int) -> tuple[Submission, Challenge]:
    require_manager(session, actor_id)
    submission = get(session, Submission, submission_id, "submission")
    if submission.advocate_id == actor_id:
        raise NotAllowed("You cannot moderate your own submission; ask another moderator.")
    if submission.status is not SubmissionStatus.PENDING:
        raise InvalidTransition(
            f"That submission is already {submission.status.value.replace('_', ' ')}; only pending ones can be decided."
        )
    return submission, get(session, Challenge, submission.challenge_id, "challenge")


def _snapshot(submission: Submission) -> dict[str, Any]:
    return {"status": submission.status.value, "note": submission.decision_note}


def _audit_decision(
    session: Session, submission: Submission, action: str, before: dict[str, Any], *, actor_id: int, now: datetime
) -> None:
    audit.record(
        session,
        actor_id=actor_id,
        action=action,
        target_type="submission",
        target_id=submission.id,
        now=now,
        before=before,
        after=_snapshot(submission),
    )


def approve(
    session: Session,
    *,
    actor_id: int,
    submission_id: int,
    thank_you: str,
    now: datetime,
    mutation_id: str | None = None,
) -> Outcome:
    """A moderator approves; the points' ledger entry takes its uid from ``mutation_id`` when synced."""
    submission, challenge = _pending_for_moderation(session, actor_id, submission_id)
    before = _snapshot(submission)
    note = thank_you.strip()[:MAX_NOTE_LENGTH] or DEFAULT_THANK_YOU
    entry_uid = derived_uid(mutation_id, Role.EARNED)
    posted = _approve(
        session, submission, challenge=challenge, actor_id=actor_id, note=note, now=now, entry_uid=entry_uid
    )
    _audit_decision(session, submission, "submission.approve", before, actor_id=actor_id, now=now)
    return Outcome(submission, posted)


def approve_many(
    session: Session,
    *,
    actor_id: int,
    submission_ids: list[int],
    thank_you: str,
    now: datetime,
    approve_one: Callable[..., Outcome] = approve,
) -> list[Outcome]:
    """Approve a moderator's selection with one thank-you, all or nothing (the caller's transaction).

    Each goes through ``approve_one`` (``approve``, or the sync action that also queues a mutation), so each
    writes its own ledger entry and audit row and obeys the same rules (pending only, never the moderator's own
    submission); one refusal refuses the whole selection.
    """
    wanted = list(dict.fromkeys(submission_ids))
    if not wanted:
        raise ValidationError("Select at least one submission to approve.", field="submission_ids")
    return [
        approve_one(session, actor_id=actor_id, submission_id=submission_id, thank_you=thank_you, now=now)
        for submission_id in wanted
    ]


def reject(session: Session, *, actor_id: int, submission_id: int, reason: str, now: datetime) -> Submission:
    if not reason.strip():
        raise ValidationError("Say why the submission is rejected; the advocate will see it.", field="reason")
    submission, _ = _pending_for_moderation(session, actor_id, submission_id)
    before = _snapshot(submission)
    _decide(submission, SubmissionStatus.REJECTED, actor_id, reason.strip()[:MAX_NOTE_LENGTH], now)
    referral = session.scalar(select(Referral).where(Referral.submission_id == submission.id))
    if referral is not None:
        referral.stage = ReferralStage.LOST
        referral.updated_at = now
    _audit_decision(session, submission, "submission.reject", before, actor_id=actor_id, now=now)
    return submission


def request_changes(session: Session, *, actor_id: int, submission_id: int, note: str, now: datetime) -> Submission:
    if not note.strip():
        raise ValidationError("Say what should change; the advocate will see it.", field="note")
    submission, _ = _pending_for_moderation(session, actor_id, submission_id)
    before = _snapshot(submission)
    _decide(submission, SubmissionStatus.CHANGES_REQUESTED, actor_id, note.strip()[:MAX_NOTE_LENGTH], now)
    _audit_decision(session, submission, "submission.request_changes", before, actor_id=actor_id, now=now)
    return submission


def mark_used(
    session: Session, *, actor_id: int, submission_id: int, note: str, link: str, now: datetime
) -> Submission:
    """Tell the advocate what became of their contribution ("your case study is published")."""
    require_manager(session, actor_id)
    submission = get(session, Submission, submission_id, "submission")
    if submission.status is not SubmissionStatus.APPROVED:
        raise InvalidTransition("Only an approved submission can be marked as used.")
    if not note.strip():
        raise ValidationError("Write a line for the advocate about how it was used.", field="note")
    before = {"used_note": submission.used_note, "used_link": submission.used_link}
    submission.used_note = note.strip()[:MAX_NOTE_LENGTH]
    submission.used_link = check_url(link, field="link") if link.strip() else ""
    submission.used_at = now
    audit.record(
        session,
        actor_id=actor_id,
        action="submission.mark_used",
        target_type="submission",
        target_id=submission.id,
        now=now,
        before=before,
        after={"used_note": submission.used_note, "used_link": submission.used_link},
    )
    return submission
