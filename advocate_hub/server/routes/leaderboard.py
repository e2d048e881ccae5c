"""Leaderboards, with the caller's own place; a name only where its advocate agreed to have it shown.

A board's page (with the board's size) and the caller's own row are kept as JSON under the change feed's number the
caller's account check read (``server.answers``): reading a board again while nothing has changed costs that one
statement and no thread hand-over. The page is shared by every caller; the own row is the caller's.
"""

from __future__ import annotations

import json
from collections.abc import Hashable
from dataclasses import dataclass
from typing import Annotated, Literal, get_args

from fastapi import APIRouter, Query, Response
from pydantic import TypeAdapter
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from advocate_hub.core.clock import utc_now
from advocate_hub.core.domain.enums import Period
from advocate_hub.core.domain.periods import period_start
from advocate_hub.core.store import leaderboard
from advocate_hub.core.store.models import OVERALL_SCOPE, Advocate
from advocate_hub.server.answers import AnswerCache
from advocate_hub.server.db import ServerDatabase
from advocate_hub.server.deps import Answers, Caller, Db, Person
from advocate_hub.server.schemas import BoardRowOut, Leaderboard

router = APIRouter(tags=["leaderboard"])

_ROWS = TypeAdapter(list[BoardRowOut])


PeriodName = Literal["all", "month", "week"]
PERIODS: tuple[str, ...] = get_args(PeriodName)
MAX_GROUP = 64
MAX_LIMIT = 500
DEFAULT_LIMIT = 50
MAX_OFFSET = 10_000_000


@dataclass(frozen=True, slots=True)
class BoardQuery:
    """What a board read asks for, as the route validates it (and ``lanes`` checks it against the same bounds)."""

    period: str = "all"
    group: str | None = None
    limit: int = DEFAULT_LIMIT
    offset: int = 0

    def keys(self, caller: Caller) -> tuple[leaderboard.BoardKey, Hashable, Hashable]:
        """The board's key, and the keys its page and the caller's own row are kept under (``answers``)."""
        key = leaderboard.BoardKey(Period(self.period), utc_now(), scope=(self.group or OVERALL_SCOPE).strip().lower())
        start = period_start(key.period, key.now)
        page_key = ("board page", key.period, key.scope, start, self.offset, self.limit)
        mine_key = ("board row", caller.id, key.period, key.scope, start)
        return key, page_key, mine_key

    def answer(self, page: bytes, mine: bytes) -> bytes:
        head = b'{"period":%b,"group":%b,' % (json.dumps(self.period).encode(), json.dumps(self.group or None).encode())
        return head + page + b',"me":' + mine + b"}"


def kept_answer(answers: AnswerCache, caller: Caller, query: BoardQuery) -> bytes | None:
    """The whole answer when its page and the caller's row are both kept at the caller's change number."""
    _key, page_key, mine_key = query.keys(caller)
    page, mine = answers.get(page_key, caller.seq), answers.get(mine_key, caller.seq)
    return None if page is None or mine is None else query.answer(page, mine)


@router.get("/leaderboard", response_model=Leaderboard)
async def board(
    *,
    caller: Person,
    db: Db,
    answers: Answers,
    period: PeriodName = "all",
    group: Annotated[str | None, Query(max_length=MAX_GROUP)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> Response:
    query = BoardQuery(period, group, limit, offset)
    key, page_key, mine_key = query.keys(caller)
    kept_page, kept_mine = answers.get(page_key, caller.seq), answers.get(mine_key, caller.seq)
    if kept_page is not None and kept_mine is not None:
        page, mine = kept_page, kept_mine
    else:
        page, mine = await run_in_threadpool(
            _read, db, key, caller, offset=offset, limit=limit, page=kept_page, mine=kept_mine
        )
        answers.put(page_key, caller.seq, page)
        answers.put(mine_key, caller.seq, mine)
    return Response(query.answer(page, mine), media_type="application/json")


def _read(
    db: ServerDatabase,
    key: leaderboard.BoardKey,
    caller: Caller,
    *,
    offset: int,
    limit: int,
    page: bytes | None,
    mine: bytes | None,
) -> tuple[bytes, bytes]:
    """The JSON of the page (``"size":N,"rows":[...]``) and of the caller's own row (an object or ``null``): the
    ones not given are read, in one session."""
    with db.read() as session:
        return (
            page if page is not None else _page(session, key, offset=offset, limit=limit),
            mine if mine is not None else _mine(session, key, caller),
        )


def _page(session: Session, key: leaderboard.BoardKey, *, offset: int, limit: int) -> bytes:
    rows = leaderboard.page(session, key, offset=offset, limit=limit)
    ids = [row.advocate_id for row in rows]
    uids = dict(session.execute(select(Advocate.id, Advocate.uid).where(Advocate.id.in_(ids))).all()) if ids else {}
    size = leaderboard.size(session, key)
    return b'"size":%d,"rows":%b' % (size, _ROWS.dump_json([_out(row, uids[row.advocate_id]) for row in rows]))


def _mine(session: Session, key: leaderboard.BoardKey, caller: Caller) -> bytes:
    row = leaderboard.my_row(session, key, caller.id)
    return b"null" if row is None else _out(row, caller.uid).model_dump_json().encode()


def _out(row: leaderboard.BoardRow, uid: str) -> BoardRowOut:
    return BoardRowOut(
        rank=row.rank, advocate_uid=uid, name=row.name, alias=row.alias, tier=row.tier.value, points=row.points
    )
