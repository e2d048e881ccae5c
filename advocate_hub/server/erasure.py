"""Erasing an advocate on the server: the core erasure plus what only the server holds.

The account can no longer sign in (its password and refresh tokens go), and the change feed forgets every older
copy of the rows the erasure anonymised. The anonymised rows are published by the normal change capture at commit,
with sequence numbers above everything deleted, so a client that pulls from any cursor ends up with the anonymised
versions and a client that pulls from the start never sees the old name or email at all. Used by the
``/advocates/{uid}/erase`` route and by the ``advocate.erase`` mutation a moderator's desk pushes.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, update
from sqlalchemy.orm import Session

from advocate_hub.core.services import privacy
from advocate_hub.core.store.models import Advocate, Base
from advocate_hub.core.store.server_models import ChangeLogEntry, Credential, RefreshToken, SignInFailures
from advocate_hub.server.changes import BY_MODEL


def erase(session: Session, *, actor_id: int, advocate: Advocate, reason: str, now: datetime) -> privacy.Erasure:
    email = advocate.email
    erasure = privacy.erase(session, actor_id=actor_id, advocate_id=advocate.id, reason=reason, now=now)
    _close_account(session, advocate, email, now)
    _forget_old_copies(session, erasure)
    return erasure


def _entity_name(model: type[Base]) -> str:
    return "advocate" if model is Advocate else BY_MODEL[model].name


def _close_account(session: Session, advocate: Advocate, email: str, now: datetime) -> None:
    session.execute(delete(Credential).where(Credential.advocate_id == advocate.id))
    session.execute(
        update(RefreshToken)
        .where(RefreshToken.advocate_id == advocate.id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    session.execute(delete(SignInFailures).where(SignInFailures.key == f"account:{email}"))


def _forget_old_copies(session: Session, erasure: privacy.Erasure) -> None:
    for model, uids in erasure.touched.items():
        name = _entity_name(model)
        ordered = sorted(uids)
        for start in range(0, len(ordered), 500):
            session.execute(
                delete(ChangeLogEntry).where(
                    ChangeLogEntry.entity == name, ChangeLogEntry.uid.in_(ordered[start : start + 500])
                )
            )
