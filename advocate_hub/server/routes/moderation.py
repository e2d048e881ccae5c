"""The moderation queue and decisions (moderators and staff only)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advocate_hub.core.clock import utc_now
from advocate_hub.core.domain.enums import SubmissionStatus
from advocate_hub.core.services import submissions
from advocate_hub.core.store.models import Advocate, Challenge, Submission
from advocate_hub.server.deps import Db, Manager, domain_errors
from advocate_hub.server.schemas import ApproveRequest, Decision, Problem, Queue, QueueItem, RejectRequest

router = APIRouter(prefix="/moderation", tags=["moderation"])
ERRORS = {403: {"model": Problem}, 404: {"model": Problem}, 409: {"model": Problem}}


@router.get("/queue", responses={403: {"model": Problem}})
def queue(
    *,
    _caller: Manager,
    db: Db,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Queue:
    """Pending submissions, oldest first."""
    pending = Submission.status == SubmissionStatus.PENDING
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(Submission).where(pending)) or 0
        rows = session.execute(
            select(Submission, Challenge.uid, Challenge.title, Advocate.uid, Advocate.name)
            .join(Challenge, Challenge.id == Submission.challenge_id)
            .join(Advocate, Advocate.id == Submission.advocate_id)
            .where(pending)
            .order_by(Submission.submitted_at, Submission.id)
            .offset(offset)
            .limit(limit)
        )
        items = [
            QueueItem(
                submission_uid=submission.uid,
                challenge_uid=challenge_uid,
                challenge_title=title,
                advocate_uid=advocate_uid,
                advocate_name=name,
                proof=submission.proof,
                submitted_at=submission.submitted_at,
            )
            for submission, challenge_uid, title, advocate_uid, name in rows
        ]
    return Queue(total=total, items=items)


def _submission_id(session: Session, uid: str) -> int:
    found = session.scalar(select(Submission.id).where(Submission.uid == uid))
    if found is None:
        raise HTTPException(status_code=404, detail=f"There is no submission {uid}.")
    return int(found)


@router.post("/submissions/{uid}/approve", responses=ERRORS)
def approve(uid: str, body: ApproveRequest, caller: Manager, db: Db) -> Decision:
    with domain_errors(), db.write() as session:
        outcome = submissions.approve(
            session, actor_id=caller.id, submission_id=_submission_id(session, uid), thank_you=body.note, now=utc_now()
        )
        earned = outcome.posted.entry.points if outcome.posted is not None else 0
        return Decision(submission_uid=uid, status=outcome.submission.status.value, points=earned)


@router.post("/submissions/{uid}/reject", responses=ERRORS)
def reject(uid: str, body: RejectRequest, caller: Manager, db: Db) -> Decision:
    with domain_errors(), db.write() as session:
        row = submissions.reject(
            session, actor_id=caller.id, submission_id=_submission_id(session, uid), reason=body.reason, now=utc_now()
        )
        return Decision(submission_uid=uid, status=row.status.value, points=0)
