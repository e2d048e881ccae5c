"""The moderators' Advocates screen: the searchable roster, one advocate's history and the over-asking warning.

The roster is paged and every filter is a plain ``WHERE`` on ``advocates`` and ``advocate_totals`` (both keyed by
advocate id), so a page of a 100,000-person program costs one indexed scan plus a count. Asks in the last 30 days
come from one grouped query over recent submissions: joined in only when a filter or the order needs them, and
otherwise read for the ids of the page alone (through ``ix_submissions_advocate_time``), never once per row.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from advocate_hub.core.domain.enums import AdvocateStatus, LedgerKind, ReferralStage, Role, SubmissionStatus
from advocate_hub.core.domain.kinds import KIND_PROFILES, ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services.access import get, require_manager
from advocate_hub.core.services.advocates import _MANAGER_TRANSITIONS as MANAGER_TRANSITIONS
from advocate_hub.core.services.ledger import group_slugs
from advocate_hub.core.services.settings import load_rules
from advocate_hub.core.store.models import (
    Advocate,
    AdvocateBadge,
    AdvocateGroup,
    AdvocateTotals,
    AuditEntry,
    BadgeDefinitionRow,
    Challenge,
    Group,
    LedgerEntry,
    Referral,
    Submission,
)

ASK_WINDOW_DAYS = 30
ASK_KINDS = tuple(kind for kind, profile in KIND_PROFILES.items() if profile.is_ask)
COUNTED = (SubmissionStatus.PENDING, SubmissionStatus.APPROVED, SubmissionStatus.CHANGES_REQUESTED)
"""Submissions that count as asks taken on: everything but rejections (as ``challenges.asks_in_window``).

Written as ``IN`` rather than ``!= rejected`` so the ``(status, submitted_at)`` index can serve the time range."""
MAX_PAGE = 500
STATUS_ACTIONS = ("advocate.create", "advocate.status", "advocate.erase")


class RosterOrder(StrEnum):
    NAME = "name"
    POINTS = "points"
    LAST_ACTIVE = "last_active"
    ASKS = "asks"


@dataclass(frozen=True, slots=True)
class RosterRow:
    id: int
    uid: str
    name: str
    email: str
    status: AdvocateStatus
    tier: Tier
    balance: int
    lifetime: int
    last_active_at: datetime | None
    asks_30d: int
    erased: bool


@dataclass(frozen=True, slots=True)
class RosterPage:
    rows: list[RosterRow]
    total: int
    """Advocates matching the filters, on every page."""
    offset: int
    fatigue_limit: int


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def asks_query(since: datetime) -> Select[int, int]:
    """Asks per advocate since ``since``, grouped: the one query behind every asks figure on this screen."""
    return (
        select(Submission.advocate_id, func.count().label("asks"))
        .join(Challenge, Challenge.id == Submission.challenge_id)
        .where(
            Submission.status.in_(COUNTED),
            Submission.submitted_at > since,
            Challenge.kind.in_(ASK_KINDS),
        )
        .group_by(Submission.advocate_id)
    )


def search(
    session: Session,
    *,
    actor_id: int,
    now: datetime,
    text: str = "",
    tiers: Collection[Tier] = (),
    group: str | None = None,
    statuses: Collection[AdvocateStatus] = (),
    inactive_days: int | None = None,
    min_asks_30d: int | None = None,
    limit: int = 100,
    offset: int = 0,
    order: RosterOrder = RosterOrder.NAME,
) -> RosterPage:
    """One page of advocates (role advocate) matching every given filter; empty filters do not filter."""
    require_manager(session, actor_id)
    limit = max(1, min(limit, MAX_PAGE))
    since = now - timedelta(days=ASK_WINDOW_DAYS)
    filters: list[ColumnElement[bool]] = [Advocate.role == Role.ADVOCATE]
    needle = text.strip()
    if needle:
        pattern = f"%{_escape(needle)}%"
        filters.append(or_(Advocate.name.ilike(pattern, escape="\\"), Advocate.email.ilike(pattern, escape="\\")))
    if tiers:
        filters.append(AdvocateTotals.tier.in_(list(tiers)))
    if statuses:
        filters.append(Advocate.status.in_(list(statuses)))
    if group:
        filters.append(
            exists()
            .where(AdvocateGroup.advocate_id == Advocate.id, AdvocateGroup.group_id == Group.id, Group.slug == group)
            .correlate(Advocate)
        )
    if inactive_days is not None:
        filters.append(
            or_(Advocate.last_active_at.is_(None), Advocate.last_active_at < now - timedelta(days=inactive_days))
        )
    asks_needed = (min_asks_30d is not None and min_asks_30d > 0) or order is RosterOrder.ASKS
    asks = asks_query(since).subquery()
    asks_column = func.coalesce(asks.c.asks, 0)
    if min_asks_30d is not None and min_asks_30d > 0:
        filters.append(asks_column >= min_asks_30d)

    base = select(Advocate.id).join(AdvocateTotals, AdvocateTotals.advocate_id == Advocate.id)
    if asks_needed:
        base = base.outerjoin(asks, asks.c.advocate_id == Advocate.id)
    base = base.where(*filters)
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0

    ordering: dict[RosterOrder, tuple[Any, ...]] = {
        RosterOrder.NAME: (Advocate.name, Advocate.id),
        RosterOrder.POINTS: (AdvocateTotals.balance.desc(), Advocate.id),
        RosterOrder.LAST_ACTIVE: (Advocate.last_active_at.desc().nulls_last(), Advocate.id),
        RosterOrder.ASKS: (asks_column.desc(), Advocate.id),
    }
    query = select(Advocate, AdvocateTotals).join(AdvocateTotals, AdvocateTotals.advocate_id == Advocate.id)
    if asks_needed:
        query = query.outerjoin(asks, asks.c.advocate_id == Advocate.id)
    found = session.execute(query.where(*filters).order_by(*ordering[order]).offset(offset).limit(limit)).all()
    counts = asks_for(session, [advocate.id for advocate, _ in found], since)
    rows = [
        RosterRow(
            id=advocate.id,
            uid=advocate.uid,
            name=advocate.name,
            email=advocate.email,
            status=advocate.status,
            tier=totals.tier,
            balance=totals.balance,
            lifetime=totals.lifetime,
            last_active_at=advocate.last_active_at,
            asks_30d=counts.get(advocate.id, 0),
            erased=advocate.erased_at is not None,
        )
        for advocate, totals in found
    ]
    return RosterPage(rows, total, offset, load_rules(session).fatigue_limit)


def asks_for(session: Session, ids: Sequence[int], since: datetime) -> dict[int, int]:
    """Asks since ``since`` of the given advocates, in one grouped query."""
    if not ids:
        return {}
    query = asks_query(since).where(Submission.advocate_id.in_(list(ids)))
    return {int(advocate_id): int(count) for advocate_id, count in session.execute(query).all()}


@dataclass(frozen=True, slots=True)
class OverAsked:
    id: int
    name: str
    asks: int


def over_asked(session: Session, *, now: datetime, window_days: int = ASK_WINDOW_DAYS) -> list[OverAsked]:
    """Advocates still in the program whose asks in the window reached the fatigue limit, most asked first."""
    limit = load_rules(session).fatigue_limit
    counts = asks_query(now - timedelta(days=window_days)).having(func.count() >= limit).subquery()
    rows = session.execute(
        select(Advocate.id, Advocate.name, counts.c.asks)
        .join(counts, counts.c.advocate_id == Advocate.id)
        .where(Advocate.role == Role.ADVOCATE, Advocate.status != AdvocateStatus.OPTED_OUT)
        .order_by(counts.c.asks.desc(), Advocate.name, Advocate.id)
    ).all()
    return [OverAsked(advocate_id, name, asks) for advocate_id, name, asks in rows]


# ---- one advocate's history -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SubmissionItem:
    id: int
    challenge: str
    kind: ChallengeKind
    status: SubmissionStatus
    submitted_at: datetime
    decided_at: datetime | None
    note: str


@dataclass(frozen=True, slots=True)
class LedgerItem:
    id: int
    kind: LedgerKind
    points: int
    reason: str
    created_at: datetime
    actor: str
    reverses_id: int | None
    reversed_by: int | None
    """The id of the entry that reversed this one, if any: a reversed entry cannot be reversed again."""

    @property
    def reversible(self) -> bool:
        return self.kind is not LedgerKind.REVERSAL and self.reversed_by is None


@dataclass(frozen=True, slots=True)
class BadgeItem:
    name: str
    earned_at: datetime


@dataclass(frozen=True, slots=True)
class ReferralItem:
    name: str
    company: str
    stage: ReferralStage
    created_at: datetime


@dataclass(frozen=True, slots=True)
class StatusChange:
    when: datetime
    actor: str
    action: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class AdvocateHistory:
    id: int
    uid: str
    name: str
    email: str
    company: str
    status: AdvocateStatus
    tier: Tier
    balance: int
    lifetime: int
    groups: tuple[str, ...]
    consent_publish_name: bool
    consent_contact: bool
    erased_at: datetime | None
    next_statuses: tuple[AdvocateStatus, ...]
    """Where a moderator may move this membership from its current status."""
    submissions: list[SubmissionItem]
    ledger: list[LedgerItem]
    badges: list[BadgeItem]
    referrals: list[ReferralItem]
    status_changes: list[StatusChange]


def history(session: Session, *, actor_id: int, advocate_id: int) -> AdvocateHistory:
    """Everything a moderator reviews about one advocate, newest first in each list."""
    require_manager(session, actor_id)
    advocate = get(session, Advocate, advocate_id, "advocate")
    totals = session.scalars(select(AdvocateTotals).where(AdvocateTotals.advocate_id == advocate_id)).one()
    submissions = [
        SubmissionItem(row.id, title, kind, row.status, row.submitted_at, row.decided_at, row.decision_note)
        for row, title, kind in session.execute(
            select(Submission, Challenge.title, Challenge.kind)
            .join(Challenge, Challenge.id == Submission.challenge_id)
            .where(Submission.advocate_id == advocate_id)
            .order_by(Submission.submitted_at.desc(), Submission.id.desc())
        )
    ]
    reversal = aliased(LedgerEntry)
    actor = aliased(Advocate)
    ledger = [
        LedgerItem(
            entry.id,
            entry.kind,
            entry.points,
            entry.reason,
            entry.created_at,
            actor_name or "",
            entry.reverses_id,
            reversed_by,
        )
        for entry, actor_name, reversed_by in session.execute(
            select(LedgerEntry, actor.name, reversal.id)
            .outerjoin(actor, actor.id == LedgerEntry.actor_id)
            .outerjoin(reversal, reversal.reverses_id == LedgerEntry.id)
            .where(LedgerEntry.advocate_id == advocate_id)
            .order_by(LedgerEntry.id.desc())
        )
    ]
    badges = [
        BadgeItem(name, earned_at)
        for name, earned_at in session.execute(
            select(BadgeDefinitionRow.name, AdvocateBadge.earned_at)
            .join(AdvocateBadge, AdvocateBadge.badge_id == BadgeDefinitionRow.id)
            .where(AdvocateBadge.advocate_id == advocate_id)
            .order_by(AdvocateBadge.earned_at.desc())
        )
    ]
    referrals = [
        ReferralItem(row.name, row.company, row.stage, row.created_at)
        for row in session.scalars(
            select(Referral).where(Referral.referrer_id == advocate_id).order_by(Referral.created_at.desc())
        )
    ]
    return AdvocateHistory(
        id=advocate.id,
        uid=advocate.uid,
        name=advocate.name,
        email=advocate.email,
        company=advocate.company,
        status=advocate.status,
        tier=totals.tier,
        balance=totals.balance,
        lifetime=totals.lifetime,
        groups=tuple(group_slugs(session, advocate_id)),
        consent_publish_name=advocate.consent_publish_name,
        consent_contact=advocate.consent_contact,
        erased_at=advocate.erased_at,
        next_statuses=tuple(s for s in AdvocateStatus if s in MANAGER_TRANSITIONS[advocate.status]),
        submissions=submissions,
        ledger=ledger,
        badges=badges,
        referrals=referrals,
        status_changes=_status_changes(session, advocate_id),
    )


def _status_changes(session: Session, advocate_id: int) -> list[StatusChange]:
    """Joining, status moves and erasure, read from the audit log (the advocate row keeps only its status)."""
    actor = aliased(Advocate)
    rows = session.execute(
        select(AuditEntry, actor.name)
        .outerjoin(actor, actor.id == AuditEntry.actor_id)
        .where(
            AuditEntry.target_type == "advocate",
            AuditEntry.target_id == advocate_id,
            AuditEntry.action.in_(STATUS_ACTIONS),
        )
        .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
    )
    return [
        StatusChange(
            entry.created_at,
            actor_name or "",
            entry.action,
            str((entry.before or {}).get("status", "")),
            str((entry.after or {}).get("status", "")),
        )
        for entry, actor_name in rows
    ]
