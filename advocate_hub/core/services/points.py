"""Moderator changes to points: adjustments and bonuses with a reason, and reversals of past entries."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import LedgerKind
from advocate_hub.core.domain.errors import NotAllowed, ValidationError
from advocate_hub.core.services import audit, ledger
from advocate_hub.core.services.access import get, require_manager
from advocate_hub.core.store.models import Advocate, AdvocateTotals, LedgerEntry
from advocate_hub.core.sync.identity import Role, derived_uid


def _not_self(actor_id: int, advocate_id: int) -> None:
    if actor_id == advocate_id:
        raise NotAllowed("You cannot change your own points; ask another moderator.")


def adjust(
    session: Session,
    *,
    actor_id: int,
    advocate_id: int,
    points: int,
    reason: str,
    now: datetime,
    kind: LedgerKind = LedgerKind.ADJUSTMENT,
    mutation_id: str | None = None,
) -> ledger.Posted:
    """Add or remove points by hand (an adjustment) or give a bonus; the reason is kept with the entry."""
    require_manager(session, actor_id)
    if kind not in {LedgerKind.ADJUSTMENT, LedgerKind.BONUS}:
        raise NotAllowed("Only adjustments and bonuses can be made by hand.")
    _not_self(actor_id, advocate_id)
    get(session, Advocate, advocate_id, "advocate")
    balance = session.scalars(select(AdvocateTotals.balance).where(AdvocateTotals.advocate_id == advocate_id)).one()
    if points < 0 and balance + points < 0:  # adding to a balance a reversal left negative is always fine
        raise ValidationError(
            f"Taking {-points:,} points would leave a balance of {balance + points:,}; "
            f"an adjustment can take away at most the {max(balance, 0):,} points there are.",
            field="points",
        )
    posted = ledger.post(
        session,
        advocate_id=advocate_id,
        kind=kind,
        points=points,
        now=now,
        reason=reason,
        actor_id=actor_id,
        uid=derived_uid(mutation_id, Role.ADJUSTED),
    )
    audit.record(
        session,
        actor_id=actor_id,
        action=f"points.{kind.value}",
        target_type="advocate",
        target_id=advocate_id,
        now=now,
        before={"balance": posted.balance - points},
        after={"balance": posted.balance, "entry_id": posted.entry.id, "reason": posted.entry.reason},
    )
    return posted


def reverse(
    session: Session, *, actor_id: int, entry_id: int, reason: str, now: datetime, mutation_id: str | None = None
) -> ledger.Posted:
    require_manager(session, actor_id)
    original = get(session, LedgerEntry, entry_id, "ledger entry")
    _not_self(actor_id, original.advocate_id)
    posted = ledger.reverse(
        session,
        entry_id=entry_id,
        actor_id=actor_id,
        reason=reason,
        now=now,
        uid=derived_uid(mutation_id, Role.REVERSED),
    )
    audit.record(
        session,
        actor_id=actor_id,
        action="points.reverse",
        target_type="ledger_entry",
        target_id=entry_id,
        now=now,
        before={"balance": posted.balance - posted.entry.points},
        after={"balance": posted.balance, "entry_id": posted.entry.id, "reason": posted.entry.reason},
    )
    return posted
