"""Writing to the points ledger and keeping every derived total in step, in the same transaction.

``post`` is the only code that inserts ledger entries one by one; it updates the advocate's balance, lifetime
points and tier, their leaderboard rows for every scope and period, and awards badges. ``recompute`` works the
same totals out from the ledger alone: tests and ``doctor`` compare the two.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from advocate_hub.core.domain import ledger as rules
from advocate_hub.core.domain.enums import AdvocateStatus, Barrier, LedgerKind, Period, Role
from advocate_hub.core.domain.periods import period_starts
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services import badges as badge_service
from advocate_hub.core.services.access import get
from advocate_hub.core.services.settings import load_rules
from advocate_hub.core.store.models import (
    OVERALL_SCOPE,
    Advocate,
    AdvocateGroup,
    AdvocateTotals,
    Challenge,
    Group,
    LedgerEntry,
    ScoreTotal,
    Submission,
    new_uid,
)


@dataclass(frozen=True, slots=True)
class Posted:
    """An entry as written, with what it changed for the advocate (for notifications)."""

    entry: LedgerEntry
    balance: int
    lifetime: int
    tier_before: Tier
    tier_after: Tier
    badges_awarded: tuple[str, ...] = field(default=())


def is_listed(advocate: Advocate) -> bool:
    """Whether an advocate may appear on leaderboards: advocates only, and never once opted out."""
    return advocate.role is Role.ADVOCATE and advocate.status is not AdvocateStatus.OPTED_OUT


GROUPS_KEY = "group_slugs"
"""``session.info`` key: advocates' group slugs read in this transaction; whoever changes memberships forgets them."""


def group_slugs(session: Session, advocate_id: int) -> list[str]:
    known: dict[int, list[str]] = session.info.setdefault(GROUPS_KEY, {})
    if advocate_id not in known:
        known[advocate_id] = list(
            session.scalars(
                select(Group.slug)
                .join(AdvocateGroup, AdvocateGroup.group_id == Group.id)
                .where(AdvocateGroup.advocate_id == advocate_id)
                .order_by(Group.slug)
            )
        )
    return list(known[advocate_id])


def forget_groups(session: Session, advocate_id: int) -> None:
    """Memberships of ``advocate_id`` changed in this session: read them again next time."""
    session.info.get(GROUPS_KEY, {}).pop(advocate_id, None)


def open_account(session: Session, advocate: Advocate) -> None:
    """Create the totals and all-time leaderboard rows of a new person, so they show with 0 points."""
    session.add(AdvocateTotals(advocate_id=advocate.id, balance=0, lifetime=0, tier=Tier.COMMUNITY))
    add_scores(
        session,
        advocate.id,
        scopes=[OVERALL_SCOPE],
        starts={Period.ALL: period_starts(advocate.created_at)[Period.ALL]},
        points=0,
        visible=is_listed(advocate),
    )


def add_scores(
    session: Session,
    advocate_id: int,
    *,
    scopes: list[str],
    starts: dict[Period, date],
    points: int,
    visible: bool,
) -> None:
    """Add ``points`` to the advocate's rows for each scope and period, creating missing rows (an upsert)."""
    values = [
        {
            "scope": scope,
            "period": period,
            "period_start": start,
            "advocate_id": advocate_id,
            "points": points,
            "visible": visible,
        }
        for scope in scopes
        for period, start in starts.items()
    ]
    session.execute(_score_upsert(session.get_bind().dialect.name), values)


@cache
def _score_upsert(dialect: str) -> Any:
    """One compiled upsert per dialect, run as an executemany (building it per call costs more than the I/O).

    The dialect is imported here, not at the top: importing PostgreSQL's (with its asyncpg driver module) cost the
    desktop app's start-up about 0.1 s, for a database it never opens.
    """
    statement: Any
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        statement = postgresql.insert(ScoreTotal)
    else:
        from sqlalchemy.dialects import sqlite

        statement = sqlite.insert(ScoreTotal)
    return statement.on_conflict_do_update(
        index_elements=["scope", "period", "period_start", "advocate_id"],
        set_={"points": ScoreTotal.points + statement.excluded.points},
    )


def set_visibility(session: Session, advocate_id: int, visible: bool) -> None:
    session.execute(update(ScoreTotal).where(ScoreTotal.advocate_id == advocate_id).values(visible=visible))


def post(
    session: Session,
    *,
    advocate_id: int,
    kind: LedgerKind,
    points: int,
    now: datetime,
    reason: str = "",
    actor_id: int | None = None,
    submission_id: int | None = None,
    redemption_id: int | None = None,
    referral_id: int | None = None,
    reverses: LedgerEntry | None = None,
    high_barrier_delta: int = 0,
    uid: str | None = None,
) -> Posted:
    rules.check_entry(kind, points, reason, actor_id)
    advocate = get(session, Advocate, advocate_id, "advocate")
    totals = session.scalars(
        select(AdvocateTotals).where(AdvocateTotals.advocate_id == advocate_id).with_for_update()
    ).one()
    entry = LedgerEntry(
        uid=uid or new_uid(),
        advocate_id=advocate_id,
        kind=kind,
        points=points,
        reason=reason.strip(),
        actor_id=actor_id,
        submission_id=submission_id,
        redemption_id=redemption_id,
        referral_id=referral_id,
        reverses_id=reverses.id if reverses is not None else None,
        created_at=now,
    )
    session.add(entry)
    session.flush()

    change = rules.effect(kind, points, reverses.kind if reverses is not None else None)
    totals.balance += change.balance
    totals.lifetime += change.lifetime
    totals.high_barrier_completions += high_barrier_delta
    if change.lifetime:
        scopes = [OVERALL_SCOPE, *group_slugs(session, advocate_id)]
        add_scores(
            session,
            advocate_id,
            scopes=scopes,
            starts=period_starts(reverses.created_at if reverses is not None else now),
            points=change.lifetime,
            visible=is_listed(advocate),
        )

    tier_before = totals.tier
    ladder = load_rules(session).ladder
    totals.tier = ladder.tier_for(totals.lifetime, totals.high_barrier_completions)
    if totals.tier.rank > tier_before.rank:
        totals.tier_reached_at = now
    session.flush()
    awarded = badge_service.award_due(session, advocate_id, now)
    return Posted(entry, totals.balance, totals.lifetime, tier_before, totals.tier, awarded)


def reverse(
    session: Session, *, entry_id: int, actor_id: int | None, reason: str, now: datetime, uid: str | None = None
) -> Posted:
    """Undo an entry with a new, linked entry of the opposite sign; each entry can be reversed once.

    The reversal counts against the week and month of the entry it undoes, so a leaderboard period never shows
    points that were taken back, and a later period is not pushed below zero.
    """
    original = get(session, LedgerEntry, entry_id, "ledger entry")
    already = session.scalar(select(LedgerEntry.id).where(LedgerEntry.reverses_id == entry_id)) is not None
    rules.check_reversible(original.kind, already)
    high_barrier_delta = 0
    if original.kind is LedgerKind.EARNED and original.submission_id is not None:
        barrier = session.scalar(
            select(Challenge.barrier)
            .join(Submission, Submission.challenge_id == Challenge.id)
            .where(Submission.id == original.submission_id)
        )
        high_barrier_delta = -1 if barrier is Barrier.HIGH else 0
    return post(
        session,
        advocate_id=original.advocate_id,
        kind=LedgerKind.REVERSAL,
        points=-original.points,
        now=now,
        reason=reason,
        actor_id=actor_id,
        submission_id=original.submission_id,
        redemption_id=original.redemption_id,
        referral_id=original.referral_id,
        reverses=original,
        high_barrier_delta=high_barrier_delta,
        uid=uid,
    )


@dataclass
class Recomputed:
    """Totals worked out from the ledger alone: what the maintained tables must equal."""

    balance: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    lifetime: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    scores: dict[tuple[str, Period, date, int], int] = field(default_factory=lambda: defaultdict(int))


def recompute(session: Session) -> Recomputed:
    result = Recomputed()
    originals = {
        entry_id: (kind, created_at)
        for entry_id, kind, created_at in session.execute(
            select(LedgerEntry.id, LedgerEntry.kind, LedgerEntry.created_at)
        ).all()
    }
    groups: dict[int, list[str]] = defaultdict(list)
    for advocate_id, slug in session.execute(
        select(AdvocateGroup.advocate_id, Group.slug).join(Group, Group.id == AdvocateGroup.group_id)
    ):
        groups[advocate_id].append(slug)
    for advocate_id, created_at in session.execute(select(Advocate.id, Advocate.created_at)):
        result.balance[advocate_id] += 0
        result.lifetime[advocate_id] += 0
        for scope in [OVERALL_SCOPE, *groups[advocate_id]]:
            result.scores[(scope, Period.ALL, period_starts(created_at)[Period.ALL], advocate_id)] += 0
    entries = session.execute(
        select(
            LedgerEntry.advocate_id,
            LedgerEntry.kind,
            LedgerEntry.points,
            LedgerEntry.reverses_id,
            LedgerEntry.created_at,
        )
    )
    for advocate_id, kind, points, reverses_id, created_at in entries:
        original = originals[reverses_id] if reverses_id is not None else None
        change = rules.effect(kind, points, original[0] if original is not None else None)
        result.balance[advocate_id] += change.balance
        result.lifetime[advocate_id] += change.lifetime
        if change.lifetime:
            for scope in [OVERALL_SCOPE, *groups[advocate_id]]:
                for period, start in period_starts(original[1] if original is not None else created_at).items():
                    result.scores[(scope, period, start, advocate_id)] += change.lifetime
    return result
