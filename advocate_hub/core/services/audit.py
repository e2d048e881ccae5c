"""The audit log: every moderator and staff action, with who, what, when and the state before and after."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from advocate_hub.core.store.models import AuditEntry


def record(
    session: Session,
    *,
    actor_id: int | None,
    action: str,
    target_type: str,
    target_id: int | None,
    now: datetime,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        actor_id=actor_id,
        action=action,
        target_type=target_type,
        target_id=target_id,
        before=before,
        after=after,
        created_at=now,
    )
    session.add(entry)
    return entry
