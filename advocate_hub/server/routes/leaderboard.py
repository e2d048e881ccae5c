"""Leaderboards, with the caller's own place; a name only where its advocate agreed to have it shown."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from sqlalchemy import select

from advocate_hub.core.clock import utc_now
from advocate_hub.core.domain.enums import Period
from advocate_hub.core.store import leaderboard
from advocate_hub.core.store.models import OVERALL_SCOPE, Advocate
from advocate_hub.server.deps import Db, Person
from advocate_hub.server.schemas import BoardRowOut, Leaderboard

router = APIRouter(tags=["leaderboard"])


@router.get("/leaderboard")
def board(
    *,
    caller: Person,
    db: Db,
    period: Literal["all", "month", "week"] = "all",
    group: Annotated[str | None, Query(max_length=64)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> Leaderboard:
    key = leaderboard.BoardKey(Period(period), utc_now(), scope=(group or OVERALL_SCOPE).strip().lower())
    with db.read() as session:
        rows = leaderboard.page(session, key, offset=offset, limit=limit)
        mine = leaderboard.my_row(session, key, caller.id)
        ids = {row.advocate_id for row in rows} | ({mine.advocate_id} if mine else set())
        uids = dict(session.execute(select(Advocate.id, Advocate.uid).where(Advocate.id.in_(ids))).all())
        size = leaderboard.size(session, key)

    def out(row: leaderboard.BoardRow) -> BoardRowOut:
        return BoardRowOut(
            rank=row.rank,
            advocate_uid=uids[row.advocate_id],
            name=row.name,
            alias=row.alias,
            tier=row.tier.value,
            points=row.points,
        )

    return Leaderboard(
        period=period, group=group or None, size=size, rows=[out(row) for row in rows], me=out(mine) if mine else None
    )
