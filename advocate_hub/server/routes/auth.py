"""Signing in and refreshing tokens."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request

from advocate_hub.core.clock import utc_now
from advocate_hub.server import auth
from advocate_hub.server.deps import Db, unauthorized
from advocate_hub.server.schemas import Problem, RefreshRequest, TokenAnswer, TokenRequest

router = APIRouter(prefix="/auth", tags=["auth"])


def _answer(pair: auth.TokenPair) -> TokenAnswer:
    return TokenAnswer(access_token=pair.access_token, refresh_token=pair.refresh_token, expires_in=pair.expires_in)


@router.post("/token", responses={401: {"model": Problem}, 429: {"model": Problem}})
def token(body: TokenRequest, request: Request, db: Db) -> TokenAnswer:
    """Sign in with email and password: a short-lived access token and a refresh token."""
    email = body.email.strip().lower()
    address = request.client.host if request.client else "unknown"
    now = utc_now()
    try:
        with db.read() as session:
            auth.check_rate_limit(session, email, address, now)
    except auth.AuthError as error:
        raise HTTPException(
            status_code=error.status, detail=str(error), headers={"Retry-After": str(error.retry_after or 60)}
        ) from None
    with db.read() as session:
        advocate = auth.authenticate(session, email, body.password)
    if advocate is None:
        with db.write() as session:
            auth.record_failure(session, email, address, now)
        raise unauthorized("The email or the password is wrong.")
    with db.write() as session:
        auth.clear_account_failures(session, email)
        pair = auth.sign_in(session, request.app.state.signing_key, advocate.id, now)
    return _answer(pair)


@router.post("/refresh", responses={401: {"model": Problem}})
def refresh(body: RefreshRequest, request: Request, db: Db) -> TokenAnswer:
    """Trade a refresh token for a new pair; the old one is used up (reusing it signs every session out)."""
    now = utc_now()
    try:
        with db.write() as session:
            outcome = auth.refresh(session, request.app.state.signing_key, body.refresh_token, now)
            if isinstance(outcome, str):
                auth.revoke_family(session, outcome, now)
    except auth.AuthError as error:
        raise unauthorized(str(error)) from None
    if isinstance(outcome, str):
        raise unauthorized("That refresh token was already used; every session of that sign-in is now closed.")
    return _answer(outcome)
