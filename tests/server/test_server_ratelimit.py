"""Failed sign-ins are limited per account and per address, in the database (shared by server processes)."""

from __future__ import annotations

import requests

from advocate_hub.server.auth import MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS

from .support import PASSWORD, ServerProcess


def sign_in(server: ServerProcess, email: str, password: str) -> requests.Response:
    return requests.post(
        f"{server.base_url}/api/v1/auth/token", json={"email": email, "password": password}, timeout=30
    )


def test_too_many_failures_for_one_account_is_429_even_with_the_right_password(server: ServerProcess) -> None:
    user = server.user()
    statuses = [sign_in(server, user.email, "wrong password").status_code for _ in range(MAX_FAILURES_PER_ACCOUNT)]

    locked = sign_in(server, user.email, PASSWORD)

    assert statuses == [401] * MAX_FAILURES_PER_ACCOUNT
    assert locked.status_code == 429
    assert int(locked.headers["Retry-After"]) > 0


def test_too_many_failures_from_one_address_is_429_for_every_account(server: ServerProcess) -> None:
    user = server.user()
    for number in range(MAX_FAILURES_PER_ADDRESS):
        sign_in(server, f"guess{number}@example.com", "wrong password")

    locked = sign_in(server, user.email, PASSWORD)

    assert locked.status_code == 429
