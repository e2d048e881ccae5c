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
    Advocate,
    AdvocateTotals,
    Challenge,
    LedgerEntry,
    Reward,
    Submission,
)


def _count(session: Session, model: type[object]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


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
    lines = [
        f"{load_rules(session).name}",
        "  active advocates by tier: " + ", ".join(f"{t.label} {tiers[t]}" for t in Tier),
        "  membership: " + ", ".join(f"{s.value.replace('_', ' ')} {statuses[s]}" for s in AdvocateStatus),
        f"  {_count(session, Challenge)} challenges, {_count(session, Reward)} rewards, "
        f"{_count(session, LedgerEntry)} ledger entries, {pending} submissions awaiting moderation",
    ]
    for period, title in ((Period.ALL, "all time"), (Period.WEEK, "this week")):
        rows = leaderboard.page(session, leaderboard.BoardKey(period, now), limit=5)
        lines.append(f"  leaderboard, {title}:")
        lines.extend(f"    {row.rank:>3}. {row.name} ({row.tier.label}) {row.points:,} pts" for row in rows)
        if not rows:
            lines.append("    nobody has earned points yet")
    return "\n".join(lines)


def describe_program(program: Program) -> str:
    with program.database.read() as session:
        return _overview(session, program)
