"""The outbox: local actions waiting to be pushed, written in the same transaction as their local effect."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from advocate_hub.core.store.models import OutboxEntry


def record(session: Session, *, mutation_id: str, kind: str, payload: dict[str, Any], now: datetime) -> OutboxEntry:
    entry = OutboxEntry(mutation_id=mutation_id, kind=kind, payload=payload, created_at=now, attempts=0)
    session.add(entry)
    return entry


def waiting(session: Session) -> int:
    """How many local changes have not been confirmed by the server yet (shown in the status bar)."""
    return session.scalar(select(func.count()).select_from(OutboxEntry)) or 0


def oldest(session: Session, limit: int) -> list[OutboxEntry]:
    return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.id).limit(limit)))
