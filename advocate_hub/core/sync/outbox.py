"""The outbox: local actions waiting to be pushed, written in the same transaction as their local effect.

Once the server has applied one, it moves to the ``sent_mutations`` journal and stays there for ``KEEP_SENT``:
long enough to push it again should the server be restored from a backup taken before it arrived.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, literal, select
from sqlalchemy.orm import Session

from advocate_hub.core.store.models import OutboxEntry, SentMutation
from advocate_hub.core.store.types import UTCDateTime

KEEP_SENT = timedelta(days=30)


def record(session: Session, *, mutation_id: str, kind: str, payload: dict[str, Any], now: datetime) -> OutboxEntry:
    entry = OutboxEntry(mutation_id=mutation_id, kind=kind, payload=payload, created_at=now, attempts=0)
    session.add(entry)
    return entry


def waiting(session: Session) -> int:
    """How many local changes have not been confirmed by the server yet (shown in the status bar)."""
    return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def oldest(session: Session, limit: int) -> list[OutboxEntry]:
    return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.id).limit(limit)))


def acknowledge(session: Session, mutation_ids: list[str], now: datetime) -> None:
    """The server has them: move them from the outbox to the journal of sent mutations, in outbox order.

    Two set-based statements per pushed batch (a push of 10,000 mutations moves 10,000 rows).
    """
    if not mutation_ids:
        return
    answered = select(OutboxEntry.mutation_id, OutboxEntry.kind, OutboxEntry.payload, literal(now, UTCDateTime()))
    answered = answered.where(OutboxEntry.mutation_id.in_(mutation_ids)).order_by(OutboxEntry.id)
    columns = ["mutation_id", "kind", "payload", "acknowledged_at"]
    session.execute(insert(SentMutation).from_select(columns, answered))
    discard(session, mutation_ids)


def discard(session: Session, mutation_ids: list[str]) -> None:
    """Take answered mutations out of the outbox (a refused one is never sent again)."""
    if mutation_ids:
        session.execute(delete(OutboxEntry).where(OutboxEntry.mutation_id.in_(mutation_ids)))


def sent_after(session: Session, after: int, limit: int) -> list[SentMutation]:
    """Journal rows after id ``after``, oldest first (the order they were first pushed in)."""
    query = select(SentMutation).where(SentMutation.id > after).order_by(SentMutation.id).limit(limit)
    return list(session.scalars(query))


def latest_sent(session: Session, limit: int) -> list[tuple[int, str]]:
    """The newest journal rows as (journal id, mutation id), newest first: what the server must still have."""
    query = select(SentMutation.id, SentMutation.mutation_id).order_by(SentMutation.id.desc()).limit(limit)
    return [(row_id, mutation_id) for row_id, mutation_id in session.execute(query)]


def forget_sent(session: Session, now: datetime) -> int:
    """Drop journal rows older than ``KEEP_SENT``; how many went."""
    result = session.execute(delete(SentMutation).where(SentMutation.acknowledged_at < now - KEEP_SENT))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
