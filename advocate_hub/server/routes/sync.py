"""Push (mutations in, one answer each) and pull (the change feed after a cursor)."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response
from sqlalchemy import select

from advocate_hub.core.clock import utc_now
from advocate_hub.core.store.server_models import AppliedMutation
from advocate_hub.server import apply, changes, cursors
from advocate_hub.server.deps import AnyCaller, Db
from advocate_hub.server.schemas import (
    DEFAULT_PULL_LIMIT,
    MAX_PULL_LIMIT,
    CheckAnswer,
    CheckRequest,
    MutationResult,
    Problem,
    PullAnswer,
    PushAnswer,
    PushRequest,
)

router = APIRouter(prefix="/sync", tags=["sync"])


@router.post("/push", response_model=PushAnswer, responses={403: {"model": Problem}, 413: {"model": Problem}})
def push(body: PushRequest, caller: AnyCaller, db: Db) -> Response:
    """Apply mutations in order, each at most once; a rejected one never blocks the ones after it.

    Kiosk tokens are let in: ``apply`` allows them the kiosk kinds and nothing else. The answer is built as the
    model it documents and written as JSON once (FastAPI would validate a returned model a second time)."""
    try:
        outcomes = apply.apply_batch(
            db,
            actor_id=caller.id,
            client_id=str(body.client_id),
            mutations=[apply.Pushed(str(m.mutation_id), m.kind, m.payload) for m in body.mutations],
        )
    except apply.ClientOfAnotherAccount:
        raise HTTPException(status_code=403, detail="That client id belongs to another account.") from None
    return Response(push_answer(outcomes), media_type="application/json")


def push_answer(outcomes: list[apply.Outcome]) -> bytes:
    """A push's answer as JSON, whichever way it was applied (here or by ``lanes``)."""
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
    return PushAnswer(results=results, server_time=utc_now()).model_dump_json().encode()


@router.post("/check")
def check(body: CheckRequest, caller: AnyCaller, db: Db) -> CheckAnswer:
    """Whether this server still has what the client last saw and sent: its cursor's change, and its most recently
    acknowledged mutations (one primary-key read and one set-wise read of the applied mutations).

    A server restored from an older backup fails one or both, however many changes others pushed since; the client
    then pushes its journal again and pulls a snapshot before anything else."""
    wanted = [str(mutation_id) for mutation_id in body.mutation_ids]
    parsed = cursors.parse(body.cursor)
    with db.read() as session:
        known_cursor = parsed is not None and cursors.still_valid(session, parsed, changes.current_seq(session))
        known = set(
            session.scalars(
                select(AppliedMutation.mutation_id).where(
                    AppliedMutation.mutation_id.in_(wanted), AppliedMutation.advocate_id == caller.id
                )
            )
        )
    return CheckAnswer(cursor_known=known_cursor, unknown=[m for m in body.mutation_ids if str(m) not in known])


@router.get("/pull", response_model=PullAnswer)
def pull(
    *,
    caller: AnyCaller,
    db: Db,
    cursor: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
) -> Response:
    """Changes after ``cursor``, oldest first; an unknown cursor gets a snapshot of everything with ``reset``.

    A page is written around the feed's stored JSON text (``changes.change_json``), in the shape ``PullAnswer``
    documents, rather than parsed, validated into a model per change and dumped again: pages of thousands of
    changes are the hot path of a first sync."""
    after = cursors.parse(cursor)
    with db.read() as session:
        if after is not None and cursors.still_valid(session, after, changes.current_seq(session)):
            page = changes.page_after(
                session,
                viewer_id=caller.id,
                viewer_uid=caller.uid,
                after=after.seq,
                limit=limit,
                replica=caller.is_manager,
            )
            return _answer(page.changes, page.cursor or (cursor or "").strip() or "0", more=page.more)
    with db.snapshot() as session:
        top = changes.current_seq(session)
        top_cursor = cursors.at(session, top)
        if caller.is_manager:
            snapshot = changes.replica_snapshot(session)
        else:
            snapshot = [(change, None) for change in changes.everything(session, viewer_id=caller.id)]
    encoded = [
        changes.change_json(top, c.entity, c.uid, "upsert", json.dumps(c.data, ensure_ascii=False), owner=owner)
        for c, owner in snapshot
    ]
    return _answer(encoded, top_cursor, more=False, reset=True)


def _answer(encoded: list[str], cursor: str, *, more: bool, reset: bool = False) -> Response:
    """The answer around changes already written as JSON text, one string join for the page."""
    tail = json.dumps({"cursor": cursor, "more": more, "reset": reset}, separators=(",", ":"))
    body = f'{{"changes":[{",".join(encoded)}],{tail[1:]}'
    return Response(body, media_type="application/json")
