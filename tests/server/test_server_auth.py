"""Accounts and tokens: sign-in, rotating refresh tokens with family revocation and a one-time grace."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import requests

from advocate_hub.server import auth

from .support import PASSWORD, REQUEST_TIMEOUT_SECONDS, Client, ServerProcess


def refresh(server: ServerProcess, token: str) -> requests.Response:
    return requests.post(
        f"{server.base_url}/api/v1/auth/refresh", json={"refresh_token": token}, timeout=REQUEST_TIMEOUT_SECONDS
    )


def test_sign_in_gives_a_short_lived_bearer_token(server: ServerProcess, advocate: Client) -> None:
    me = advocate.get("/me")

    assert me.status_code == 200
    assert me.json()["uid"] == advocate.user.uid
    assert 60 <= advocate.tokens["expires_in"] <= 3600


def test_a_wrong_password_or_unknown_account_is_401(server: ServerProcess, advocate: Client) -> None:
    url = f"{server.base_url}/api/v1/auth/token"
    wrong = requests.post(url, json={"email": advocate.user.email, "password": "nope"}, timeout=30)
    unknown = requests.post(url, json={"email": "nobody@example.com", "password": PASSWORD}, timeout=30)

    assert wrong.status_code == 401
    assert unknown.status_code == 401
    assert wrong.json()["detail"] == unknown.json()["detail"]


def test_requests_without_a_valid_token_are_401(server: ServerProcess, advocate: Client) -> None:
    forged = advocate.tokens["access_token"][:-4] + "AAAA"

    assert requests.get(f"{server.base_url}/api/v1/me", timeout=30).status_code == 401
    assert (
        requests.get(
            f"{server.base_url}/api/v1/me", headers={"Authorization": f"Bearer {forged}"}, timeout=30
        ).status_code
        == 401
    )
    assert (
        requests.get(f"{server.base_url}/api/v1/me", headers={"Authorization": "Bearer x.y"}, timeout=30).status_code
        == 401
    )


def test_refresh_rotates_and_each_token_works_once(server: ServerProcess, advocate: Client) -> None:
    first = advocate.tokens["refresh_token"]

    rotated = refresh(server, first)
    assert rotated.status_code == 200
    second = rotated.json()
    third = refresh(server, second["refresh_token"])

    assert second["refresh_token"] != first
    assert third.status_code == 200
    me = requests.get(
        f"{server.base_url}/api/v1/me", headers={"Authorization": f"Bearer {second['access_token']}"}, timeout=30
    )
    assert me.status_code == 200


def test_reusing_an_old_token_revokes_the_whole_family(server: ServerProcess, advocate: Client) -> None:
    first = advocate.tokens["refresh_token"]
    second = refresh(server, first).json()["refresh_token"]
    third = refresh(server, second).json()["refresh_token"]

    stolen = refresh(server, first)
    after_theft = refresh(server, third)

    assert stolen.status_code == 401
    assert after_theft.status_code == 401


def test_the_last_used_token_works_once_more_if_its_answer_was_lost(server: ServerProcess, advocate: Client) -> None:
    first = advocate.tokens["refresh_token"]
    lost = refresh(server, first).json()["refresh_token"]  # the client never saw this answer

    retry = refresh(server, first)
    assert retry.status_code == 200
    kept = retry.json()["refresh_token"]

    assert refresh(server, lost).status_code == 401  # the lost one was replaced ... and its reuse is theft
    assert refresh(server, kept).status_code == 401  # ... so the family is gone


def test_the_grace_is_for_one_retry_only(server: ServerProcess, advocate: Client) -> None:
    first = advocate.tokens["refresh_token"]
    refresh(server, first)
    kept = refresh(server, first).json()["refresh_token"]

    third_try = refresh(server, first)

    assert third_try.status_code == 401
    assert refresh(server, kept).status_code == 401


def test_a_refresh_token_that_was_never_issued_is_401(server: ServerProcess) -> None:
    assert refresh(server, "made-up").status_code == 401


def test_a_remembered_token_still_expires_and_a_forged_one_is_still_refused() -> None:
    """Checked signatures are remembered (``auth._signed_claims``); expiry is checked at every use regardless."""
    key, now = b"k" * 32, datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    token = auth.issue_access_token(key, 42, now)
    body, _, signature = token.partition(".")

    assert auth.read_access_token(key, token, now) == 42
    assert auth.read_access_token(key, token, now) == 42
    with pytest.raises(auth.AuthError, match="expired"):
        auth.read_access_token(key, token, now + auth.ACCESS_TOKEN_LIFETIME)
    with pytest.raises(auth.AuthError, match="not valid"):
        auth.read_access_token(key, f"{body}.{signature[:-2]}xx", now)
    with pytest.raises(auth.AuthError, match="not valid"):
        auth.read_access_token(b"another key" * 3, token, now)
