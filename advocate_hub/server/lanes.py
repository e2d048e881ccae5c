"""Fast lanes: the two requests clients send most, answered before FastAPI's machinery when they are plain.

Once the database work of these requests was down to one statement or none, FastAPI's handling (route matching,
dependency solving, the body's model walk, the exception and exit-stack middleware) cost more of the server's time
than the rest of the request. This ASGI middleware answers them itself:

- ``POST /api/v1/sync/push`` of exactly one ``decline.create`` with a valid access token: written by
  ``direct_push``, whose one read also checks the account (present, not a kiosk);
- ``GET /api/v1/leaderboard`` with a valid token, query parameters within the route's bounds, and the page and
  the caller's own row both kept (``answers``): the kept answer, after the account check.

Everything else goes on to the application as it came (a push's body replayed): other pushes and reads, a missing
or expired token, anything FastAPI would refuse (it answers with its usual 401, 403 or 422), the pushes the direct
way leaves (a resend, a client's first push, an unknown challenge) and the boards not kept. The routes stay the
documented contract (OpenAPI) and build their answers with the same functions (``push_answer``, ``BoardQuery``).
A board read passed on carries the account the lane already read (``deps.any_caller`` takes it), so a read that
misses the kept answers still checks the account once.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any
from urllib.parse import parse_qsl

from fastapi import HTTPException
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from advocate_hub.core.clock import utc_now
from advocate_hub.core.domain.enums import Role
from advocate_hub.server import apply
from advocate_hub.server.accounts import AccountReader
from advocate_hub.server.auth import AuthError, read_access_token
from advocate_hub.server.deps import CHECKED_CALLER, Caller
from advocate_hub.server.direct_push import DirectDeclines
from advocate_hub.server.routes import leaderboard
from advocate_hub.server.routes.sync import push_answer
from advocate_hub.server.schemas import PushRequest

BEARER = "bearer "


class Lanes:
    """ASGI middleware answering the plain push of one decline and the kept board reads under ``prefix``."""

    def __init__(self, app: ASGIApp, prefix: str) -> None:
        self.app = app
        self.push_path = f"{prefix}/sync/push"
        self.board_path = f"{prefix}/leaderboard"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            if scope["method"] == "POST" and scope["path"] == self.push_path:
                await self._push(scope, receive, send)
                return
            if scope["method"] == "GET" and scope["path"] == self.board_path:
                await self._board(scope, receive, send)
                return
        await self.app(scope, receive, send)

    async def _push(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            body = await _body(receive)
        except HTTPException as refused:  # the body limit's or the NUL check's refusal, raised as it streams in
            await JSONResponse({"detail": refused.detail}, refused.status_code, refused.headers)(scope, receive, send)
            return
        answer = await _pushed_decline(scope, body)
        if answer is None:
            await self.app(scope, _replayed(body, receive), send)
        else:
            await _send_json(send, answer)

    async def _board(self, scope: Scope, receive: Receive, send: Send) -> None:
        answer = await _kept_board(scope)
        if answer is None:
            await self.app(scope, receive, send)
        else:
            await _send_json(send, answer)


def _token_owner(scope: Scope, headers: Mapping[bytes, bytes]) -> int | None:
    """The advocate id of the request's valid bearer token, else None."""
    authorization = headers.get(b"authorization", b"").decode("latin-1")
    if authorization[: len(BEARER)].lower() != BEARER:
        return None
    try:
        return read_access_token(scope["app"].state.signing_key, authorization[len(BEARER) :].strip(), utc_now())
    except AuthError:
        return None


async def _pushed_decline(scope: Scope, body: bytes) -> bytes | None:
    """The answer when the push is one decline, the plain case, and it was written; else None, nothing written."""
    headers = dict(scope["headers"])
    if not headers.get(b"content-type", b"").startswith(b"application/json"):
        return None
    actor_id = _token_owner(scope, headers)
    if actor_id is None:
        return None
    try:
        request = PushRequest.model_validate_json(body)
    except ValidationError:
        return None
    decline = apply.single_decline([apply.Pushed(str(m.mutation_id), m.kind, m.payload) for m in request.mutations])
    if decline is None:
        return None
    mutation_id, payload = decline
    state: Any = scope["app"].state
    writer: DirectDeclines = state.direct_declines
    push = partial(
        writer.push,
        actor_id=actor_id,
        client_id=str(request.client_id),
        mutation_id=mutation_id,
        challenge_uid=payload.challenge_uid,
        reason=payload.reason,
    )
    if not state.database.is_postgresql:
        uid = push()  # on the loop, never waiting (``DirectDeclines``)
    else:
        accounts: AccountReader = state.accounts
        connection = await accounts.postgres_connection()
        uid = await run_in_threadpool(push) if connection is None else await writer.push_on(connection, **push.keywords)
    if uid is None:
        return None
    return push_answer([apply.Outcome(mutation_id, apply.APPLIED, {"decline_uid": uid})])


async def _kept_board(scope: Scope) -> bytes | None:
    """The kept answer to a board read; else None, with the account read (if any) left for the route."""
    query = _board_query(scope["query_string"])
    actor_id = _token_owner(scope, dict(scope["headers"]))
    if query is None or actor_id is None:
        return None
    state: Any = scope["app"].state
    accounts: AccountReader = state.accounts
    account = await accounts.read(actor_id)
    if account is None:
        return None
    caller = Caller(actor_id, account.uid, account.role, account.seq)
    scope.setdefault("state", {})[CHECKED_CALLER] = caller
    if caller.role is Role.KIOSK:
        return None
    return leaderboard.kept_answer(state.answers, caller, query)


def _board_query(raw: bytes) -> leaderboard.BoardQuery | None:
    """The query as the route would take it, or None for anything it might refuse or read otherwise."""
    pairs = parse_qsl(raw.decode("latin-1"), keep_blank_values=True)
    given = dict(pairs)
    if len(given) != len(pairs) or not given.keys() <= {"period", "group", "limit", "offset"}:
        return None
    period = given.get("period", "all")
    group = given.get("group")
    limit, offset = given.get("limit", str(leaderboard.DEFAULT_LIMIT)), given.get("offset", "0")
    if period not in leaderboard.PERIODS or not all(n.isascii() and n.isdigit() for n in (limit, offset)):
        return None
    if (group is not None and len(group) > leaderboard.MAX_GROUP) or not 1 <= int(limit) <= leaderboard.MAX_LIMIT:
        return None
    if int(offset) > leaderboard.MAX_OFFSET:
        return None
    return leaderboard.BoardQuery(period, group, int(limit), int(offset))


async def _send_json(send: Send, body: bytes) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def _body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replayed(body: bytes, receive: Receive) -> Receive:
    """``receive`` for the application: the body already read, then whatever the client sends next (a
    disconnect)."""
    replayed = False

    async def receive_again() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return receive_again
