"""The challenges an advocate sees, each with its state for them and, when locked, the reason why."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.eligibility import IneligibleReason, check_eligibility
from advocate_hub.core.domain.enums import Barrier, ProofType, SubmissionStatus
from advocate_hub.core.domain.kinds import KIND_PROFILES, ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services import challenges as challenge_service
from advocate_hub.core.services.access import get
from advocate_hub.core.services.settings import load_rules
from advocate_hub.core.store.models import Advocate, Challenge, Decline, Submission


class ChallengeState(StrEnum):
    OPEN = "open"
    LOCKED = "locked"
    UPCOMING = "upcoming"
    PENDING = "pending"
    CHANGES_REQUESTED = "changes_requested"
    COMPLETED = "completed"
    DECLINED = "declined"
    EXPIRED = "expired"


class SortOrder(StrEnum):
    EXPIRY = "expiry"
    POINTS = "points"
    NEWEST = "newest"


@dataclass(frozen=True, slots=True)
class ChallengeItem:
    id: int
    title: str
    description: str
    kind: ChallengeKind
    kind_label: str
    barrier: Barrier
    points: int
    starts_at: datetime
    expires_at: datetime | None
    state: ChallengeState
    reason: str
    """Why the challenge is not open, in the domain's words; empty when it is open."""
    min_tier: Tier
    proof_type: ProofType
    disclosure_required: bool
    config: dict[str, Any]
    completions: int
    max_per_advocate: int
    last_submission_id: int | None
    last_note: str
    """The moderator's last word on this advocate's submission: a thank-you, a reason or what to change."""
    reason_code: IneligibleReason | None = None
    """The rule behind ``reason``, for a screen that words it in the reader's language."""

    @property
    def is_ask(self) -> bool:
        return KIND_PROFILES[self.kind].is_ask


@dataclass(frozen=True, slots=True)
class ChallengeFilter:
    search: str = ""
    kind: ChallengeKind | None = None
    barrier: Barrier | None = None
    state: ChallengeState | None = None
    sort: SortOrder = SortOrder.EXPIRY


def public_config(config: dict[str, Any]) -> dict[str, Any]:
    """The challenge settings an advocate may see: quiz questions without their answers, no check-in code."""
    shown = {key: value for key, value in config.items() if key != "code"}
    if "questions" in shown:
        shown["questions"] = [{k: v for k, v in q.items() if k != "answer"} for q in shown["questions"]]
    return shown


def _state(
    verdict_reason: IneligibleReason | None,
    latest: Submission | None,
    declined: bool,
    approved: int,
) -> ChallengeState:
    if latest is not None and latest.status is SubmissionStatus.PENDING:
        return ChallengeState.PENDING
    if latest is not None and latest.status is SubmissionStatus.CHANGES_REQUESTED:
        return ChallengeState.CHANGES_REQUESTED
    if verdict_reason is None:
        return ChallengeState.DECLINED if declined else ChallengeState.OPEN
    if verdict_reason is IneligibleReason.CAP_REACHED or (approved and verdict_reason is IneligibleReason.EXPIRED):
        return ChallengeState.COMPLETED
    if declined:
        return ChallengeState.DECLINED
    if verdict_reason in {IneligibleReason.EXPIRED, IneligibleReason.ARCHIVED}:
        return ChallengeState.EXPIRED
    if verdict_reason is IneligibleReason.NOT_STARTED:
        return ChallengeState.UPCOMING
    return ChallengeState.LOCKED


def _sort_key(order: SortOrder, now: datetime) -> Any:
    far = datetime.max.replace(tzinfo=None)
    if order is SortOrder.POINTS:
        return lambda item: (-item.points, item.title)
    if order is SortOrder.NEWEST:
        return lambda item: (-item.starts_at.timestamp(), item.title)
    cutoff = now.replace(tzinfo=None)

    def by_expiry(item: ChallengeItem) -> tuple[bool, datetime, str]:
        """Soonest deadline first; challenges that have already closed go after every live one."""
        ends = item.expires_at.replace(tzinfo=None) if item.expires_at else far
        return (ends <= cutoff, ends, item.title)

    return by_expiry


def list_for(
    session: Session, *, advocate_id: int, now: datetime, filters: ChallengeFilter | None = None
) -> list[ChallengeItem]:
    filters = filters or ChallengeFilter()
    advocate = get(session, Advocate, advocate_id, "advocate")
    fatigue_limit = load_rules(session).fatigue_limit
    submissions: dict[int, list[Submission]] = {}
    for submission in session.scalars(
        select(Submission).where(Submission.advocate_id == advocate_id).order_by(Submission.submitted_at)
    ):
        submissions.setdefault(submission.challenge_id, []).append(submission)
    declined_at: dict[int, datetime] = {}
    for challenge_id, created_at in session.execute(
        select(Decline.challenge_id, Decline.created_at).where(Decline.advocate_id == advocate_id)
    ):
        declined_at[challenge_id] = max(created_at, declined_at.get(challenge_id, created_at))
    base = challenge_service.advocate_facts(session, advocate, challenge_id=0, now=now)
    needle = filters.search.strip().casefold()
    items = []
    for challenge in session.scalars(select(Challenge).order_by(Challenge.id)):
        if filters.kind is not None and challenge.kind is not filters.kind:
            continue
        if filters.barrier is not None and challenge.barrier is not filters.barrier:
            continue
        if needle and needle not in f"{challenge.title} {challenge.description}".casefold():
            continue
        own = submissions.get(challenge.id, [])
        counted = Counter(s.status for s in own)
        completions = sum(counted[s] for s in challenge_service.COUNTS_TOWARDS_CAP)
        facts = replace(base, completions=completions)
        verdict = check_eligibility(challenge_service.challenge_facts(challenge), facts, now, fatigue_limit)
        latest = own[-1] if own else None
        decline = declined_at.get(challenge.id)
        still_declined = decline is not None and (latest is None or latest.submitted_at <= decline)
        state = _state(verdict.reason, latest, still_declined, counted[SubmissionStatus.APPROVED])
        if filters.state is not None and state is not filters.state:
            continue
        items.append(
            ChallengeItem(
                id=challenge.id,
                title=challenge.title,
                description=challenge.description,
                kind=challenge.kind,
                kind_label=KIND_PROFILES[challenge.kind].label,
                barrier=challenge.barrier,
                points=challenge.points,
                starts_at=challenge.starts_at,
                expires_at=challenge.expires_at,
                state=state,
                reason="" if verdict.eligible else verdict.message,
                min_tier=challenge.min_tier,
                proof_type=challenge.proof_type,
                disclosure_required=challenge.disclosure_required,
                config=public_config(challenge.config),
                completions=completions,
                max_per_advocate=challenge.max_per_advocate,
                last_submission_id=latest.id if latest else None,
                last_note=latest.decision_note if latest else "",
                reason_code=verdict.reason,
            )
        )
    return sorted(items, key=_sort_key(filters.sort, now))


def recommended(session: Session, *, advocate_id: int, now: datetime, limit: int = 4) -> list[ChallengeItem]:
    """Open challenges, expiring soonest first, and never more asks than the over-asking limit leaves room for."""
    advocate = get(session, Advocate, advocate_id, "advocate")
    room = load_rules(session).fatigue_limit - challenge_service.asks_in_window(session, advocate.id, now)
    picked: list[ChallengeItem] = []
    for item in list_for(session, advocate_id=advocate_id, now=now):
        if item.state is not ChallengeState.OPEN:
            continue
        if item.is_ask:
            if room <= 0:
                continue
            room -= 1
        picked.append(item)
        if len(picked) == limit:
            break
    return picked
