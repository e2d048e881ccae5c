"""What a moderator planning challenges reads: who a draft would reach, the calendar, and the managed list.

``dry_run`` must stay fast on programs of 100,000 advocates, so it never asks about advocates one by one. One
grouped query sorts every advocate into a handful of classes (status, tier, in the audience groups or not, opted
out of the kind or not, at the over-asking limit or not) and counts each; the real eligibility rules then judge
one made-up advocate per class. The numbers therefore follow ``check_eligibility`` exactly without a Python loop
over advocates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, String, case, cast, func, literal, or_, select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.challenges import ChallengeDraft, ChallengeStatus
from advocate_hub.core.domain.eligibility import (
    DEFAULT_FATIGUE_LIMIT,
    AdvocateFacts,
    ChallengeFacts,
    Eligibility,
    IneligibleReason,
    check_eligibility,
)
from advocate_hub.core.domain.enums import AdvocateStatus, Role, SubmissionStatus
from advocate_hub.core.domain.kinds import KIND_PROFILES, ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services import challenges as challenge_service
from advocate_hub.core.services.settings import load_rules
from advocate_hub.core.store.models import Advocate, AdvocateGroup, AdvocateTotals, Challenge, Group, Submission


@dataclass(frozen=True, slots=True)
class Reach:
    """Who a challenge would be shown to as open, before it is published."""

    audience: int
    """Active advocates every rule lets in, apart from the over-asking limit."""
    at_fatigue_limit: int
    """Of ``audience``, those who have already taken on the program's limit of asks in the last 30 days."""
    is_ask: bool
    """Whether the kind counts as an ask: only then does the limit hold the challenge back from them."""
    by_tier: dict[Tier, int]

    @property
    def offered(self) -> int:
        """Advocates who would actually be offered it: those at the limit are spared new asks."""
        return self.audience - self.at_fatigue_limit if self.is_ask else self.audience


def facts_of(draft: ChallengeDraft) -> ChallengeFacts:
    """The eligibility rules' view of a draft; ``draft`` must already be validated (defaults filled)."""
    assert draft.barrier is not None, "validated drafts have a barrier"
    assert draft.min_tier is not None, "validated drafts have a minimum tier"
    return ChallengeFacts(
        kind=draft.kind,
        barrier=draft.barrier,
        starts_at=draft.starts_at,
        expires_at=draft.expires_at,
        max_per_advocate=draft.max_per_advocate,
        min_tier=draft.min_tier,
        audience_tiers=draft.audience_tiers,
        audience_groups=draft.audience_groups,
    )


def opens_at(draft: ChallengeDraft, now: datetime) -> datetime:
    """When the draft is judged: now if it is already running, else the moment it opens."""
    return max(now, draft.starts_at)


def dry_run(session: Session, *, draft: ChallengeDraft, now: datetime, challenge_id: int | None = None) -> Reach:
    """Count who ``draft`` would reach when it opens; ``challenge_id`` counts what they already did of it."""
    draft = draft.validated()
    limit = load_rules(session).fatigue_limit
    asks = (
        select(Submission.advocate_id, func.count().label("asks"))
        .join(Challenge, Challenge.id == Submission.challenge_id)
        .where(
            Submission.submitted_at > now - challenge_service.FATIGUE_WINDOW,
            Submission.status != SubmissionStatus.REJECTED,
            Challenge.kind.in_(challenge_service.ASK_KINDS),
        )
        .group_by(Submission.advocate_id)
        .subquery()
    )
    columns: list[ColumnElement[Any]] = [
        Advocate.status.expression,
        AdvocateTotals.tier.expression,
        _flag(func.coalesce(asks.c.asks, 0) >= limit),
    ]
    query = (
        select()
        .select_from(Advocate)
        .join(AdvocateTotals, AdvocateTotals.advocate_id == Advocate.id)
        .outerjoin(asks, asks.c.advocate_id == Advocate.id)
        .where(Advocate.role == Role.ADVOCATE)
    )
    if draft.audience_groups:
        members = (
            select(AdvocateGroup.advocate_id)
            .join(Group, Group.id == AdvocateGroup.group_id)
            .where(Group.slug.in_(sorted(draft.audience_groups)))
            .distinct()
            .subquery()
        )
        query = query.outerjoin(members, members.c.advocate_id == Advocate.id)
        columns.append(_flag(members.c.advocate_id.is_not(None)))
    else:
        columns.append(literal(0))
    pattern = '%"' + draft.kind.value.replace("_", "\\_") + '"%'
    columns.append(_flag(cast(Advocate.opted_out_kinds, String).like(pattern, escape="\\")))
    if challenge_id is not None:
        done = (
            select(Submission.advocate_id, func.count().label("done"))
            .where(
                Submission.challenge_id == challenge_id,
                Submission.status.in_(challenge_service.COUNTS_TOWARDS_CAP),
            )
            .group_by(Submission.advocate_id)
            .subquery()
        )
        query = query.outerjoin(done, done.c.advocate_id == Advocate.id)
        columns.append(_flag(func.coalesce(done.c.done, 0) >= draft.max_per_advocate))
    else:
        columns.append(literal(0))
    grouped = query.add_columns(*columns, func.count()).group_by(*columns)
    challenge = facts_of(draft)
    when = opens_at(draft, now)
    audience = tired = 0
    by_tier = dict.fromkeys(Tier, 0)
    for status, tier, tired_flag, member, opted_out, capped, count in session.execute(grouped):
        one = AdvocateFacts(
            status=status,
            tier=tier,
            groups=draft.audience_groups if member else frozenset(),
            opted_out_kinds=frozenset({draft.kind}) if opted_out else frozenset(),
            completions=draft.max_per_advocate if capped else 0,
            asks_last_30_days=limit if tired_flag else 0,
        )
        verdict = check_eligibility(challenge, one, when, limit)
        if verdict.reason in {None, IneligibleReason.FATIGUE_LIMIT}:
            audience += count
            by_tier[tier] += count
            tired += count if tired_flag else 0
    return Reach(audience, tired, KIND_PROFILES[draft.kind].is_ask, by_tier)


def _flag(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    """A condition as 0 or 1, so it can be grouped by on every database."""
    return case((condition, 1), else_=0)


def preview(draft: ChallengeDraft, *, tier: Tier, now: datetime) -> Eligibility:
    """How an active advocate of ``tier`` (in the audience groups, never asked before) would find the draft
    when it opens: open, or locked with the reason the advocate would read."""
    draft = draft.validated()
    advocate = AdvocateFacts(
        status=AdvocateStatus.ACTIVE,
        tier=tier,
        groups=draft.audience_groups,
        opted_out_kinds=frozenset(),
        completions=0,
        asks_last_30_days=0,
    )
    return check_eligibility(facts_of(draft), advocate, opens_at(draft, now), DEFAULT_FATIGUE_LIMIT)


@dataclass(frozen=True, slots=True)
class CalendarItem:
    id: int
    title: str
    kind: ChallengeKind
    kind_label: str
    points: int
    starts_at: datetime
    expires_at: datetime | None
    status: ChallengeStatus


def calendar(session: Session, *, start: datetime, end: datetime, now: datetime | None = None) -> list[CalendarItem]:
    """Challenges that run at some point in ``[start, end)``, earliest first; archived ones are off the plan."""
    rows = session.scalars(
        select(Challenge)
        .where(
            Challenge.archived_at.is_(None),
            Challenge.starts_at < end,
            or_(Challenge.expires_at.is_(None), Challenge.expires_at > start),
        )
        .order_by(Challenge.starts_at, Challenge.id)
    )
    moment = now or start
    return [
        CalendarItem(
            id=row.id,
            title=row.title,
            kind=row.kind,
            kind_label=KIND_PROFILES[row.kind].label,
            points=row.points,
            starts_at=row.starts_at,
            expires_at=row.expires_at,
            status=challenge_service.status(row, moment),
        )
        for row in rows
    ]


@dataclass(frozen=True, slots=True)
class ManagedChallenge:
    """A challenge in the moderators' list: its schedule status and everything the editor's form shows."""

    id: int
    status: ChallengeStatus
    draft: ChallengeDraft
    submissions: int


def managed(session: Session, *, now: datetime, search: str = "") -> list[ManagedChallenge]:
    """Every challenge, newest start first, optionally only those whose title or description has ``search``."""
    submitted = select(Submission.challenge_id, func.count()).group_by(Submission.challenge_id)
    counts: dict[int, int] = {row[0]: row[1] for row in session.execute(submitted)}
    query = select(Challenge).order_by(Challenge.starts_at.desc(), Challenge.id.desc())
    needle = search.strip()
    if needle:
        like = f"%{needle}%"
        query = query.where(or_(Challenge.title.ilike(like), Challenge.description.ilike(like)))
    return [
        ManagedChallenge(
            id=row.id,
            status=challenge_service.status(row, now),
            draft=challenge_service.draft_of(row),
            submissions=counts.get(row.id, 0),
        )
        for row in session.scalars(query)
    ]
