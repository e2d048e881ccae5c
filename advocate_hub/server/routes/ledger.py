"""An advocate's points ledger: their own, or anyone's for a moderator."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from sqlalchemy import select

from advocate_hub.core.store.models import Advocate, AdvocateTotals, LedgerEntry
from advocate_hub.server.deps import Db, Person
from advocate_hub.server.schemas import LedgerEntryOut, LedgerPage, Problem

router = APIRouter(tags=["ledger"])


@router.get("/advocates/{uid}/ledger", responses={403: {"model": Problem}, 404: {"model": Problem}})
def ledger(
    *,
    uid: str,
    caller: Person,
    db: Db,
    limit: Annotated[int, Query(ge=1, le=1_000)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> LedgerPage:
    """Entries newest first, with the balance and lifetime points."""
    if uid != caller.uid and not caller.is_manager:
        raise HTTPException(status_code=403, detail="You can only read your own ledger.")
    with db.read() as session:
        advocate_id = session.scalar(select(Advocate.id).where(Advocate.uid == uid))
        if advocate_id is None:
            raise HTTPException(status_code=404, detail=f"There is no advocate {uid}.")
        totals = session.scalars(select(AdvocateTotals).where(AdvocateTotals.advocate_id == advocate_id)).one()
        entries = session.scalars(
            select(LedgerEntry)
            .where(LedgerEntry.advocate_id == advocate_id)
            .order_by(LedgerEntry.id.desc())
            .offset(offset)
            .limit(limit)
        )
        return LedgerPage(
            advocate_uid=uid,
            balance=totals.balance,
            lifetime=totals.lifetime,
            entries=[
                LedgerEntryOut(uid=e.uid, kind=e.kind.value, points=e.points, reason=e.reason, created_at=e.created_at)
                for e in entries
            ],
        )
