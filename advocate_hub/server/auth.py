"""Passwords, access tokens, rotating refresh tokens and the sign-in rate limit.

Access tokens are HMAC-SHA256-signed JSON payloads (``sub``, ``exp``) rather than opaque rows: checking one costs
no database write and no token lookup, which matters when every sync request carries one, and any number of
server processes can check them with the same key. The price is that one cannot be revoked before it expires,
so they live 15 minutes; the role and status of the account are still read on every request. The signing key
is made on first start and kept in the ``server_secrets`` table (never in a file), so every process shares it.

Refresh tokens are opaque random strings of which only the SHA-256 is stored. Each is good for one use; the
tokens descended from one sign-in form a family. Presenting a used token again revokes the family (someone has
a copy), and so does presenting a revoked one, except once: the most recently used token may be presented again
within ``REFRESH_GRACE`` while its successor has not been used yet (the answer was lost); that successor is then
revoked and a new pair issued.

Failed sign-ins are counted per account and per client address in ``signin_failures`` (shared by all server
processes); past the limit, sign-in answers 429 until the window ends, even with the right password.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache, lru_cache
from typing import Any
from uuid import uuid4

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import AdvocateStatus
from advocate_hub.core.store.models import Advocate
from advocate_hub.core.store.server_models import Credential, RefreshToken, ServerSecret, SignInFailures

ACCESS_TOKEN_LIFETIME = timedelta(minutes=15)
REFRESH_TOKEN_LIFETIME = timedelta(days=30)
REFRESH_GRACE = timedelta(seconds=60)
FAILURE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_ACCOUNT = 5
MAX_FAILURES_PER_ADDRESS = 30
MIN_PASSWORD_LENGTH = 8
SIGNING_KEY_NAME = "access_token_key"
VERIFIED_TOKENS = 4_096
"""How many checked access tokens a server process remembers (``_signed_claims``)."""

_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """A hash to check a password against when the account does not exist, so that answer takes as long as a wrong
    password; made at the first such sign-in rather than at import (a hash costs 0.2 s of CPU at every start)."""
    return _hasher.hash("not a password anybody has")


class AuthError(Exception):
    """A sign-in or token that is not accepted; ``status`` is the HTTP status to answer."""

    def __init__(self, message: str, status: int = 401, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int


# ---- passwords --------------------------------------------------------------------------------------------------


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    return _hasher.hash(password)


def set_password(session: Session, advocate_id: int, password: str, now: datetime) -> None:
    hashed = hash_password(password)
    credential = session.get(Credential, advocate_id)
    if credential is None:
        session.add(Credential(advocate_id=advocate_id, password_hash=hashed, updated_at=now))
    else:
        credential.password_hash = hashed
        credential.updated_at = now


def _verify(hashed: str, password: str) -> bool:
    try:
        return _hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


# ---- the signing key and access tokens -------------------------------------------------------------------------


def load_signing_key(session: Session, now: datetime) -> bytes:
    """The access-token key, created by whichever process starts first."""
    row = session.get(ServerSecret, SIGNING_KEY_NAME)
    if row is None:
        try:
            with session.begin_nested():
                session.add(ServerSecret(name=SIGNING_KEY_NAME, value=secrets.token_hex(32), created_at=now))
        except IntegrityError:
            pass
        row = session.get(ServerSecret, SIGNING_KEY_NAME)
        assert row is not None
    return bytes.fromhex(row.value)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def issue_access_token(key: bytes, advocate_id: int, now: datetime) -> str:
    payload = {"sub": advocate_id, "iat": int(now.timestamp()), "exp": int((now + ACCESS_TOKEN_LIFETIME).timestamp())}
    body = _b64(json.dumps(payload, separators=(",", ":")).encode())
    signature = _b64(hmac.new(key, body.encode(), hashlib.sha256).digest())
    return f"{body}.{signature}"


def read_access_token(key: bytes, token: str, now: datetime) -> int:
    """The advocate id a valid, unexpired token was issued to; ``AuthError`` otherwise."""
    advocate_id, expires = _signed_claims(key, token)
    if expires <= now.timestamp():
        raise AuthError("The access token has expired; refresh it.")
    return advocate_id


@lru_cache(maxsize=VERIFIED_TOKENS)
def _signed_claims(key: bytes, token: str) -> tuple[int, int]:
    """The advocate id and expiry a token carries, once its signature is checked. Every request presents its token
    again; a signature checked once stays good (the same key and text give the same answer), so the last few
    thousand are remembered. A bad token raises, and is never remembered."""
    body, _, signature = token.partition(".")
    expected = _b64(hmac.new(key, body.encode(), hashlib.sha256).digest())
    if not signature or not hmac.compare_digest(signature, expected):
        raise AuthError("The access token is not valid; sign in again.")
    try:
        payload: dict[str, Any] = json.loads(_unb64(body))
        return int(payload["sub"]), int(payload["exp"])
    except (ValueError, KeyError, TypeError):
        raise AuthError("The access token is not valid; sign in again.") from None


# ---- sign-in and its rate limit ---------------------------------------------------------------------------------


def _limit_keys(email: str, address: str) -> list[tuple[str, int]]:
    return [(f"account:{email}", MAX_FAILURES_PER_ACCOUNT), (f"address:{address}", MAX_FAILURES_PER_ADDRESS)]


def check_rate_limit(session: Session, email: str, address: str, now: datetime) -> None:
    for key, limit in _limit_keys(email, address):
        row = session.get(SignInFailures, key)
        if row is None or row.window_start + FAILURE_WINDOW <= now or row.failures < limit:
            continue
        wait = int((row.window_start + FAILURE_WINDOW - now).total_seconds()) + 1
        raise AuthError("Too many failed sign-ins; try again later.", status=429, retry_after=wait)


def record_failure(session: Session, email: str, address: str, now: datetime) -> None:
    """Count one failed sign-in against the account and the address (one write transaction)."""
    for key, _limit in _limit_keys(email, address):
        row = session.scalars(select(SignInFailures).where(SignInFailures.key == key).with_for_update()).first()
        if row is None:
            try:
                with session.begin_nested():
                    session.add(SignInFailures(key=key, failures=1, window_start=now))
                continue
            except IntegrityError:
                row = session.scalars(select(SignInFailures).where(SignInFailures.key == key).with_for_update()).one()
        if row.window_start + FAILURE_WINDOW <= now:
            row.failures, row.window_start = 1, now
        else:
            row.failures += 1


def authenticate(session: Session, email: str, password: str) -> Advocate | None:
    """The account if the password is right (and it may sign in), else None; always costs one hash check."""
    advocate = session.scalar(select(Advocate).where(Advocate.email == email))
    credential = session.get(Credential, advocate.id) if advocate is not None else None
    if advocate is None or credential is None:
        _verify(_dummy_hash(), password)
        return None
    if not _verify(credential.password_hash, password):
        return None
    if advocate.status in {AdvocateStatus.NOMINATED, AdvocateStatus.INVITED}:
        return None
    return advocate


def clear_account_failures(session: Session, email: str) -> None:
    row = session.get(SignInFailures, f"account:{email}")
    if row is not None:
        session.delete(row)


# ---- refresh tokens ------------------------------------------------------------------------------------------


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _new_refresh(
    session: Session, advocate_id: int, family_id: str, parent_id: int | None, now: datetime
) -> tuple[str, RefreshToken]:
    token = secrets.token_urlsafe(32)
    row = RefreshToken(
        token_hash=_digest(token),
        family_id=family_id,
        advocate_id=advocate_id,
        parent_id=parent_id,
        issued_at=now,
        expires_at=now + REFRESH_TOKEN_LIFETIME,
        used_at=None,
        grace_used_at=None,
        revoked_at=None,
    )
    session.add(row)
    session.flush()
    return token, row


def _pair(key: bytes, advocate_id: int, refresh: str, now: datetime) -> TokenPair:
    return TokenPair(issue_access_token(key, advocate_id, now), refresh, int(ACCESS_TOKEN_LIFETIME.total_seconds()))


def sign_in(session: Session, key: bytes, advocate_id: int, now: datetime) -> TokenPair:
    """A new family of refresh tokens for a successful sign-in."""
    token, _ = _new_refresh(session, advocate_id, str(uuid4()), None, now)
    return _pair(key, advocate_id, token, now)


def revoke_family(session: Session, family_id: str, now: datetime) -> None:
    session.execute(
        update(RefreshToken)
        .where(RefreshToken.family_id == family_id, RefreshToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def refresh(session: Session, key: bytes, token: str, now: datetime) -> TokenPair | str:
    """Rotate ``token``: a new pair, or (reuse detected) the family id to revoke in its own transaction."""
    row = session.scalars(
        select(RefreshToken).where(RefreshToken.token_hash == _digest(token)).with_for_update()
    ).first()
    if row is None or row.expires_at <= now:
        raise AuthError("The refresh token is not valid; sign in again.")
    if row.revoked_at is not None:
        return row.family_id  # a replaced or revoked token come back: treat it as stolen
    if row.used_at is None:
        row.used_at = now
        child, _ = _new_refresh(session, row.advocate_id, row.family_id, row.id, now)
        return _pair(key, row.advocate_id, child, now)
    successor = session.scalars(
        select(RefreshToken)
        .where(RefreshToken.parent_id == row.id, RefreshToken.revoked_at.is_(None))
        .order_by(RefreshToken.id.desc())
        .with_for_update()
    ).first()
    in_grace = (
        row.grace_used_at is None
        and now - row.used_at <= REFRESH_GRACE
        and successor is not None
        and successor.used_at is None
    )
    if not in_grace:
        return row.family_id
    assert successor is not None
    row.grace_used_at = now
    successor.revoked_at = now
    child, _ = _new_refresh(session, row.advocate_id, row.family_id, row.id, now)
    return _pair(key, row.advocate_id, child, now)
