"""The moderation queue: pending submissions with everything a moderator needs to decide in place.

Each item carries the advocate, the challenge and the proof laid out per proof type (a link, a text, survey
questions paired with their answers, a referral's contact), so the queue never needs a second look-up per row.
The median wait is the number a program watches to know whether its moderators keep up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from statistics import median
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import ProofType, SubmissionStatus
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services.access import require_manager
from advocate_hub.core.store.models import Advocate, AdvocateTotals, Challenge, Submission

MAX_PAGE = 500


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What narrows the queue; every field left empty means "any"."""

    kind: ChallengeKind | None = None
    challenge_id: int | None = None
    advocate: str = ""
    """Part of the advocate's name or email, in any case."""
    min_age_hours: int | None = None
    """Only submissions that have waited at least this long."""

    @property
    def narrowed(self) -> bool:
        return bool(self.kind or self.challenge_id or self.advocate.strip() or self.min_age_hours)


@dataclass(frozen=True, slots=True)
class SurveyAnswer:
    question: str
    answer: str


@dataclass(frozen=True, slots=True)
class ReferralDetails:
    name: str
    email: str
    company: str


@dataclass(frozen=True, slots=True)
class ProofDetails:
    """The proof laid out for reading; only the parts the challenge's proof type asks for are filled."""

    proof_type: ProofType
    link: str = ""
    text: str = ""
    answers: tuple[SurveyAnswer, ...] = ()
    referral: ReferralDetails | None = None
    note: str = ""
    """The advocate's own words on a challenge the moderator confirms, or the event code typed."""


@dataclass(frozen=True, slots=True)
class QueueItem:
    submission_id: int
    advocate_id: int
    advocate_name: str
    advocate_email: str
    advocate_tier: Tier
    challenge_id: int
    challenge_title: str
    challenge_kind: ChallengeKind
    challenge_points: int
    proof: ProofDetails
    disclosure_acknowledged: bool
    submitted_at: datetime
    age: timedelta
    own: bool
    """The acting moderator's own submission: someone else has to decide it."""


@dataclass(frozen=True, slots=True)
class QueuePage:
    items: tuple[QueueItem, ...]
    total: int
    """Pending submissions matching the filter, over all pages."""


@dataclass(frozen=True, slots=True)
class ChallengeChoice:
    id: int
    title: str
    pending: int


def _answer_text(question: dict[str, Any], answer: object) -> str:
    if question.get("type") == "nps" and isinstance(answer, int):
        return f"{answer} / 10"
    return str(answer if answer is not None else "")


def proof_details(proof_type: ProofType, config: dict[str, Any], proof: dict[str, Any]) -> ProofDetails:
    """Lay a stored proof out for reading; fields the proof type does not use stay empty."""
    if proof_type in {ProofType.LINK, ProofType.MEDIA}:
        return ProofDetails(proof_type, link=str(proof.get("link") or ""))
    if proof_type is ProofType.TEXT:
        return ProofDetails(proof_type, text=str(proof.get("text") or ""))
    if proof_type in {ProofType.ANSWERS, ProofType.QUIZ}:
        questions = list(config.get("questions") or [])
        given = list(proof.get("answers") or [])
        pairs = tuple(
            SurveyAnswer(
                str(questions[n].get("prompt") or f"Question {n + 1}") if n < len(questions) else f"Question {n + 1}",
                _answer_text(questions[n] if n < len(questions) else {}, answer),
            )
            for n, answer in enumerate(given)
        )
        return ProofDetails(proof_type, answers=pairs)
    if proof_type is ProofType.REFERRAL:
        referral = ReferralDetails(
            name=str(proof.get("name") or ""),
            email=str(proof.get("email") or ""),
            company=str(proof.get("company") or ""),
        )
        return ProofDetails(proof_type, referral=referral)
    if proof_type is ProofType.CODE:
        return ProofDetails(proof_type, note=str(proof.get("code") or ""))
    return ProofDetails(proof_type, note=str(proof.get("note") or ""))


def _conditions(query_filter: QueueFilter, now: datetime) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Submission.status == SubmissionStatus.PENDING]
    if query_filter.kind is not None:
        conditions.append(Challenge.kind == query_filter.kind)
    if query_filter.challenge_id is not None:
        conditions.append(Submission.challenge_id == query_filter.challenge_id)
    words = query_filter.advocate.strip()
    if words:
        conditions.append(
            or_(Advocate.name.icontains(words, autoescape=True), Advocate.email.icontains(words, autoescape=True))
        )
    if query_filter.min_age_hours:
        conditions.append(Submission.submitted_at <= now - timedelta(hours=query_filter.min_age_hours))
    return conditions


def queue(
    session: Session,
    *,
    actor_id: int,
    filter: QueueFilter,
    limit: int,
    offset: int,
    now: datetime,
) -> QueuePage:
    """Pending submissions matching ``filter``, oldest first (the fairest order to decide them in)."""
    require_manager(session, actor_id)
    where = _conditions(filter, now)
    joined = (
        select(Submission, Challenge, Advocate, AdvocateTotals.tier)
        .join(Challenge, Challenge.id == Submission.challenge_id)
        .join(Advocate, Advocate.id == Submission.advocate_id)
        .join(AdvocateTotals, AdvocateTotals.advocate_id == Submission.advocate_id)
        .where(*where)
    )
    total = session.scalar(select(func.count()).select_from(joined.subquery())) or 0
    rows = session.execute(
        joined.order_by(Submission.submitted_at, Submission.id).offset(max(0, offset)).limit(min(limit, MAX_PAGE))
    ).all()
    items = tuple(
        QueueItem(
            submission_id=submission.id,
            advocate_id=advocate.id,
            advocate_name=advocate.name,
            advocate_email=advocate.email,
            advocate_tier=tier,
            challenge_id=challenge.id,
            challenge_title=challenge.title,
            challenge_kind=challenge.kind,
            challenge_points=challenge.points,
            proof=proof_details(challenge.proof_type, challenge.config, submission.proof),
            disclosure_acknowledged=submission.disclosure_acknowledged,
            submitted_at=submission.submitted_at,
            age=max(timedelta(0), now - submission.submitted_at),
            own=advocate.id == actor_id,
        )
        for submission, challenge, advocate, tier in rows
    )
    return QueuePage(items=items, total=total)


def pending_challenges(session: Session, *, actor_id: int) -> list[ChallengeChoice]:
    """Challenges with submissions waiting, by title: the choices of the queue's challenge filter."""
    require_manager(session, actor_id)
    rows = session.execute(
        select(Challenge.id, Challenge.title, func.count(Submission.id))
        .join(Submission, Submission.challenge_id == Challenge.id)
        .where(Submission.status == SubmissionStatus.PENDING)
        .group_by(Challenge.id, Challenge.title)
        .order_by(Challenge.title, Challenge.id)
    ).all()
    return [ChallengeChoice(id=cid, title=title, pending=count) for cid, title, count in rows]


def median_wait(session: Session, *, since: datetime) -> timedelta | None:
    """Median time from submission to a moderator's decision, over decisions made since ``since``.

    Automatic approvals (no moderator) are left out: they take no time and would hide a slow queue.
    """
    rows = session.execute(
        select(Submission.submitted_at, Submission.decided_at).where(
            Submission.decided_by.is_not(None), Submission.decided_at >= since
        )
    ).all()
    waits = [(decided - submitted).total_seconds() for submitted, decided in rows if decided is not None]
    if not waits:
        return None
    return timedelta(seconds=median(waits))
