"""Push (mutations in, one answer each) and pull (the change feed after a cursor)."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Response

from advocate_hub.core.clock import utc_now
from advocate_hub.server import apply, changes
from advocate_hub.server.deps import AnyCaller, Db
from advocate_hub.server.schemas import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    MutationResult,
    Problem,
    PullAnswer,
    PushAnswer,
    PushRequest,
)

router = APIRouter(prefix="/sync", tags=["sync"])


@router.post("/push", responses={403: {"model": Problem}, 413: {"model": Problem}})
def push(body: PushRequest, caller: AnyCaller, db: Db) -> PushAnswer:
    """Apply mutations in order, each at most once; a rejected one never blocks the ones after it.

    Kiosk tokens are let in: ``apply`` allows them the kiosk kinds and nothing else."""
    try:
        outcomes = apply.apply_batch(
            db,
            actor_id=caller.id,
            client_id=str(body.client_id),
            mutations=[apply.Pushed(str(m.mutation_id), m.kind, m.payload) for m in body.mutations],
        )
    except apply.ClientOfAnotherAccount:
        raise HTTPException(status_code=403, detail="That client id belongs to another account.") from None
    results = [
        MutationResult(
            mutation_id=outcome.mutation_id,  # type: ignore[arg-type]
            status=outcome.status,  # type: ignore[arg-type]
            result=outcome.result,
            reason=outcome.reason,
            message=outcome.message,
        )
        for outcome in outcomes
    ]
    return PushAnswer(results=results, server_time=utc_now())


def _parse_cursor(cursor: str | None) -> int | None:
    """The sequence number in a cursor; 0 for none; None when it is not one this server could have issued."""
    if cursor is None or not cursor.strip():
        return 0
    text = cursor.strip()
    if not text.isdigit() or len(text) > 18:
        return None
    return int(text)


@router.get("/pull", response_model=PullAnswer)
def pull(
    *,
    caller: AnyCaller,
    db: Db,
    cursor: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
) -> Response:
    """Changes after ``cursor``, oldest first; an unknown cursor gets a snapshot of everything with ``reset``.

    The feed's rows are already plain JSON values, so the answer is written straight from them (the shape
    ``PullAnswer`` documents) rather than validated into a model per change and dumped again: a page of a thousand
    changes is the hot path of a first sync."""
    after = _parse_cursor(cursor)
    with db.read() as session:
        if after is not None and after <= changes.current_seq(session):
            page = changes.page_after(
                session,
                viewer_id=caller.id,
                viewer_uid=caller.uid,
                after=after,
                limit=limit,
                replica=caller.is_manager,
            )
            return _answer([{"owner": None, **change} for change in page.changes], page.cursor, more=page.more)
    with db.snapshot() as session:
        top = changes.current_seq(session)
        if caller.is_manager:
            snapshot = changes.replica_snapshot(session)
        else:
            snapshot = [(change, None) for change in changes.everything(session, viewer_id=caller.id)]
    rows = [
        {"seq": top, "entity": c.entity, "uid": c.uid, "op": "upsert", "data": c.data, "owner": owner}
        for c, owner in snapshot
    ]
    return _answer(rows, top, more=False, reset=True)


def _answer(rows: list[dict[str, Any]], cursor: int, *, more: bool, reset: bool = False) -> Response:
    body = {"changes": rows, "cursor": str(cursor), "more": more, "reset": reset}
    return Response(json.dumps(body, ensure_ascii=False, separators=(",", ":")), media_type="application/json")
