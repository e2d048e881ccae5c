"""The fast lane for the push an advocate's app sends most: one decline, answered without FastAPI's machinery.

A push of one mutation spent more of the server's time in FastAPI (dependency solving, the body's model walk,
the exception and exit-stack middleware, the account check's own read) than in the database once the write
itself went the direct way (``direct_push``). This ASGI middleware sees ``POST /api/v1/sync/push`` first: when
the request carries a valid access token and a body that is exactly one ``decline.create``, it is written by
``apply.direct_decline``, whose one read also checks the account (present, not a kiosk), and answered here.

Everything else goes on to the application as it came, its body replayed: other pushes, a missing or expired
token, a body FastAPI would refuse (it answers with its usual 401 or 422), and the pushes the direct way leaves
(a resend, a client's first push, an unknown challenge). The route stays the documented contract (OpenAPI) and
the one answer for every case but the plain one; both build their answer with ``push_answer``.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from fastapi import HTTPException
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from advocate_hub.core.clock import utc_now
from advocate_hub.server import apply
from advocate_hub.server.accounts import AccountReader
from advocate_hub.server.auth import AuthError, read_access_token
from advocate_hub.server.direct_push import DirectDeclines
from advocate_hub.server.routes.sync import push_answer
from advocate_hub.server.schemas import PushRequest

BEARER = "bearer "


class PushLane:
    """ASGI middleware answering the plain one-decline push at ``path`` itself (module docstring)."""

    def __init__(self, app: ASGIApp, path: str) -> None:
        self.app = app
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != self.path:
            await self.app(scope, receive, send)
            return
        try:
            body = await _body(receive)
        except HTTPException as refused:  # the body limit's or the NUL check's refusal, raised as it streams in
            await JSONResponse({"detail": refused.detail}, refused.status_code, refused.headers)(scope, receive, send)
            return
        answer = await self._direct(scope, body)
        if answer is None:
            await self.app(scope, _replayed(body, receive), send)
            return
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(answer)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": answer})

    async def _direct(self, scope: Scope, body: bytes) -> bytes | None:
        """The answer when this is the plain one-decline push and it was applied; else None, nothing written."""
        headers = dict(scope["headers"])
        if not headers.get(b"content-type", b"").startswith(b"application/json"):
            return None
        authorization = headers.get(b"authorization", b"").decode("latin-1")
        if authorization[: len(BEARER)].lower() != BEARER:
            return None
        state: Any = scope["app"].state
        try:
            actor_id = read_access_token(state.signing_key, authorization[len(BEARER) :].strip(), utc_now())
            request = PushRequest.model_validate_json(body)
        except (AuthError, ValidationError):
            return None
        decline = apply.single_decline([apply.Pushed(str(m.mutation_id), m.kind, m.payload) for m in request.mutations])
        if decline is None:
            return None
        mutation_id, payload = decline
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
            uid = (
                await run_in_threadpool(push)
                if connection is None
                else await writer.push_on(connection, **push.keywords)
            )
        if uid is None:
            return None
        return push_answer([apply.Outcome(mutation_id, apply.APPLIED, {"decline_uid": uid})])


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
