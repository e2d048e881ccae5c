"""Privacy requests on the server: erasing an advocate for every client (moderators and staff only; see
``server.erasure`` for what an erasure does beyond the core's anonymisation)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, HTTPException
from pydantic import BaseModel, Field
from sqlalchemy import select

from advocate_hub.core.clock import utc_now
from advocate_hub.core.services import privacy
from advocate_hub.core.store.models import Advocate
from advocate_hub.server import erasure
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


@router.post("/{uid}/erase", responses=ERRORS)
def erase(uid: str, body: EraseRequest, caller: Manager, db: Db) -> Erased:
    """Anonymise the advocate ``uid`` on their request: personal data goes, their points stay."""
    now = utc_now()
    with domain_errors(), db.write() as session:
        advocate = session.scalar(select(Advocate).where(Advocate.uid == uid))
        if advocate is None:
            raise HTTPException(status_code=404, detail=f"There is no advocate {uid}.")
        erasure.erase(session, actor_id=caller.id, advocate=advocate, reason=body.reason, now=now)
        return Erased(advocate_uid=uid, erased_at=now)
