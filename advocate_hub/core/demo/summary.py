"""A plain-text overview of a program, for the CLI (`advocate-hub summary`) and for a quick look at a data dir."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import AdvocateStatus, Period, Role, SubmissionStatus
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services.program import Program
from advocate_hub.core.services.settings import load_rules
from advocate_hub.core.store import leaderboard
from advocate_hub.core.store.models import (
    SERVER_URL_KEY,
    Advocate,
    AdvocateTotals,
    Challenge,
    LedgerEntry,
    Reward,
    Submission,
    SyncState,
)


def _count(session: Session, model: type[object]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def _with_totals(session: Session, ids: list[int]) -> set[int]:
    """Who among ``ids`` has totals here: a member's synced copy has only its own, so others' tiers are unknown."""
    return set(session.scalars(select(AdvocateTotals.advocate_id).where(AdvocateTotals.advocate_id.in_(ids))))


def _overview(session: Session, program: Program) -> str:
    now = program.clock()
    tiers = Counter(
        session.scalars(
            select(AdvocateTotals.tier)
            .join(Advocate, Advocate.id == AdvocateTotals.advocate_id)
            .where(Advocate.role == Role.ADVOCATE, Advocate.status == AdvocateStatus.ACTIVE)
        )
    )
    statuses = Counter(session.scalars(select(Advocate.status).where(Advocate.role == Role.ADVOCATE)))
    pending = session.scalar(select(func.count()).where(Submission.status == SubmissionStatus.PENDING)) or 0
    server = session.scalar(select(SyncState.value).where(SyncState.key == SERVER_URL_KEY))
    lines = [f"{load_rules(session).name}"]
    if server is not None:
        lines.append(
            f"  a member's copy synced with {server}: it holds this account's totals and tier, "
            "not other advocates' (those stay on the server)"
        )
    lines += [
        f"  active advocates by tier{' (totals held here)' if server is not None else ''}: "
        + ", ".join(f"{t.label} {tiers[t]}" for t in Tier),
        "  membership: " + ", ".join(f"{s.value.replace('_', ' ')} {statuses[s]}" for s in AdvocateStatus),
        f"  {_count(session, Challenge)} challenges, {_count(session, Reward)} rewards, "
        f"{_count(session, LedgerEntry)} ledger entries, {pending} submissions awaiting moderation",
    ]
    for period, title in ((Period.ALL, "all time"), (Period.WEEK, "this week")):
        rows = leaderboard.page(session, leaderboard.BoardKey(period, now), limit=5)
        known = _with_totals(session, [row.advocate_id for row in rows])
        lines.append(f"  leaderboard, {title}:")
        lines.extend(
            f"    {row.rank:>3}. {row.name or '(name not shown)'}"
            f"{f' ({row.tier.label})' if row.advocate_id in known else ''} {row.points:,} pts"
            for row in rows
        )
        if not rows:
            lines.append("    nobody has earned points yet")
    return "\n".join(lines)


def describe_program(program: Program) -> str:
    with program.database.read() as session:
        return _overview(session, program)
