"""Privacy requests on the server: erasing an advocate for every client (moderators and staff only).

The erasure itself is ``core.services.privacy.erase``; what only the server holds is handled here: the account
can no longer sign in (its password and refresh tokens go), and the change feed forgets every older copy of the
rows the erasure anonymised. The anonymised rows are published by the normal change capture at commit, with
sequence numbers above everything deleted, so a client that pulls from any cursor ends up with the anonymised
versions and a client that pulls from the start never sees the old name or email at all.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from advocate_hub.core.clock import utc_now
from advocate_hub.core.services import privacy
from advocate_hub.core.store.models import Advocate, Base
from advocate_hub.core.store.server_models import ChangeLogEntry, Credential, RefreshToken, SignInFailures
from advocate_hub.server.changes import BY_MODEL
from advocate_hub.server.deps import Db, Manager, domain_errors
from advocate_hub.server.schemas import Problem, Strict

router = APIRouter(prefix="/advocates", tags=["privacy"])
ERRORS: dict[int | str, dict[str, Any]] = {
    403: {"model": Problem},
    404: {"model": Problem},
    409: {"model": Problem},
    422: {"model": Problem},
}


class EraseRequest(Strict):
    reason: str = Field(min_length=1, max_length=privacy.MAX_REASON_LENGTH)


class Erased(BaseModel):
    advocate_uid: str
    erased_at: datetime


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


@router.post("/{uid}/erase", responses=ERRORS)
def erase(uid: str, body: EraseRequest, caller: Manager, db: Db) -> Erased:
    """Anonymise the advocate ``uid`` on their request: personal data goes, their points stay."""
    now = utc_now()
    with domain_errors(), db.write() as session:
        advocate = session.scalar(select(Advocate).where(Advocate.uid == uid))
        if advocate is None:
            raise HTTPException(status_code=404, detail=f"There is no advocate {uid}.")
        email = advocate.email
        erasure = privacy.erase(session, actor_id=caller.id, advocate_id=advocate.id, reason=body.reason, now=now)
        _close_account(session, advocate, email, now)
        _forget_old_copies(session, erasure)
        return Erased(advocate_uid=uid, erased_at=now)
