"""The mark a data dir carries when it holds the seeded demo program.

The demo is for showing the app, so it must never be mistaken for a real program: sync refuses to bind it to a
server, and only a marked program may be reset. The mark lives in ``SyncState``, which belongs to this client and
is never synced.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.store.models import SyncState

DEMO_KEY = "demo"


def mark_demo(session: Session) -> None:
    """Record that this program is the demo (idempotent)."""
    row = session.get(SyncState, DEMO_KEY)
    if row is None:
        session.add(SyncState(key=DEMO_KEY, value="1"))
    else:
        row.value = "1"


def is_demo(session: Session) -> bool:
    return session.scalar(select(SyncState.value).where(SyncState.key == DEMO_KEY)) == "1"
