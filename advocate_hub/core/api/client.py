"""The HTTP client of the sync server: explicit timeouts, one refresh on 401, typed errors.

The access token lives in this object only (memory); the refresh token is handed to the caller, who keeps it in
the OS keyring (``core.auth.credentials``). Every error is an ``AdvocateHubError`` whose message can be shown as
it is. Retrying is the caller's business (``core.sync.engine`` backs off on ``ServerUnreachable``/``ServerError``).

The server does not advertise an API version in a header today. ``ServerNewer`` is raised when a versioned path
answers 404 and ``/healthz`` names API versions (``api_versions`` or ``api_version``) that do not include ``v1``,
or when the server sends an ``X-Advocate-Hub-Api`` header naming a version other than ``v1``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import requests

from advocate_hub.core.domain.errors import AdvocateHubError

API_VERSION = "v1"
API_PREFIX = f"/api/{API_VERSION}"
VERSION_HEADER = "X-Advocate-Hub-Api"
CLOCK_SKEW_LIMIT_SECONDS = 300.0
DEFAULT_TIMEOUT = (3.05, 20.0)


class SyncError(AdvocateHubError):
    code = "sync_error"


class ServerUnreachable(SyncError):
    """No answer: the connection failed or timed out. Safe to retry later."""

    code = "server_unreachable"


class SignedOut(SyncError):
    """The server no longer accepts this session (401 after a refresh, or a revoked refresh token)."""

    code = "signed_out"


class ServerError(SyncError):
    """The server failed (5xx). Safe to retry later."""

    code = "server_error"

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


class RequestRefused(SyncError):
    """The server refused the whole request (a 4xx other than 401/429); retrying will not help."""

    code = "request_refused"

    def __init__(self, message: str, *, status: int) -> None:
        super().__init__(message)
        self.status = status


class TooManyAttempts(SyncError):
    """429: wait ``retry_after`` seconds."""

    code = "too_many_attempts"

    def __init__(self, message: str, *, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ServerNewer(SyncError):
    """The server speaks an API version this app does not know: update the app."""

    code = "server_newer"


class ClockSkew(SyncError):
    """A warning, not a failure: this computer's clock differs from the server's by ``seconds``."""

    code = "clock_skew"

    def __init__(self, seconds: float) -> None:
        hours = abs(seconds) / 3600
        direction = "behind" if seconds > 0 else "ahead of"
        super().__init__(
            f"This computer's clock is {hours:.1f} hours {direction} the server's. "
            "Times shown may be off; the server's times are the ones that count."
        )
        self.seconds = seconds


@dataclass(frozen=True, slots=True)
class Tokens:
    access_token: str
    refresh_token: str
    expires_in: int

    def __repr__(self) -> str:  # never print secrets in logs or tracebacks
        return f"Tokens(expires_in={self.expires_in})"


@dataclass(frozen=True, slots=True)
class MutationAnswer:
    mutation_id: str
    status: str
    result: dict[str, Any] | None = None
    reason: str | None = None
    message: str | None = None


@dataclass(frozen=True, slots=True)
class PushAnswer:
    results: list[MutationAnswer]
    server_time: datetime | None
    clock_skew: float | None = None
    """Server time minus client time, in seconds, when over the 5-minute limit; else None."""


@dataclass(frozen=True, slots=True)
class PullPage:
    changes: list[dict[str, Any]]
    cursor: str
    more: bool
    reset: bool = False
    clock_skew: float | None = field(default=None)


def _parse_time(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _detail(response: requests.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:300].strip() or response.reason or f"HTTP {response.status_code}"
    detail = body.get("detail") if isinstance(body, dict) else None
    if isinstance(detail, str):
        return detail
    if isinstance(detail, list) and detail:
        first = detail[0]
        if isinstance(first, dict):
            where = ".".join(str(part) for part in first.get("loc", []) if part != "body")
            return f"{first.get('msg', 'invalid request')}{f' ({where})' if where else ''}"
    return f"HTTP {response.status_code}"


class ApiClient:
    """One server, one signed-in account. Thread-safe enough for one sync worker plus the UI reading ``me``."""

    def __init__(
        self,
        base_url: str,
        *,
        session: requests.Session | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.http = session or requests.Session()
        self.timeout = timeout
        self.clock = clock
        self._access: str | None = None
        self._refresh: str | None = None
        self._lock = threading.Lock()
        self.on_tokens: Callable[[Tokens], None] | None = None
        """Called with each new pair (sign-in or refresh), so the caller can store the rotated refresh token."""
        self.last_clock_skew: float | None = None

    # ---- session --------------------------------------------------------------------------------------------

    @property
    def signed_in(self) -> bool:
        return self._access is not None or self._refresh is not None

    def use_refresh_token(self, refresh_token: str) -> None:
        """Resume a session from a remembered refresh token (the first call will refresh)."""
        self._refresh = refresh_token
        self._access = None

    def sign_in(self, email: str, password: str) -> Tokens:
        response = self._send("POST", "/auth/token", json={"email": email, "password": password})
        if response.status_code == 401:
            raise SignedOut(_detail(response))
        return self._tokens(self._checked(response))

    def refresh(self, refresh_token: str) -> Tokens:
        response = self._send("POST", "/auth/refresh", json={"refresh_token": refresh_token})
        if response.status_code == 401:
            with self._lock:
                self._access = None
                self._refresh = None
            raise SignedOut(f"Signed out: {_detail(response)} Please sign in again.")
        return self._tokens(self._checked(response))

    def sign_out(self) -> None:
        with self._lock:
            self._access = None
            self._refresh = None

    def _tokens(self, body: Any) -> Tokens:
        tokens = Tokens(str(body["access_token"]), str(body["refresh_token"]), int(body.get("expires_in", 900)))
        with self._lock:
            self._access = tokens.access_token
            self._refresh = tokens.refresh_token
        if self.on_tokens is not None:
            self.on_tokens(tokens)
        return tokens

    # ---- calls ----------------------------------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        response = self._send("GET", "/healthz", versioned=False)
        body: dict[str, Any] = self._checked(response)
        return body

    def me(self) -> dict[str, Any]:
        body: dict[str, Any] = self._authed("GET", "/me")
        return body

    def push(self, client_id: str, mutations: list[dict[str, Any]]) -> PushAnswer:
        body = self._authed("POST", "/sync/push", json={"client_id": client_id, "mutations": mutations})
        server_time = _parse_time(body["server_time"]) if body.get("server_time") else None
        skew = self._skew(server_time) if server_time is not None else self.last_clock_skew
        results = [
            MutationAnswer(
                mutation_id=str(item["mutation_id"]),
                status=str(item["status"]),
                result=item.get("result"),
                reason=item.get("reason"),
                message=item.get("message"),
            )
            for item in body["results"]
        ]
        return PushAnswer(results, server_time, skew)

    def pull(self, cursor: str, limit: int) -> PullPage:
        body = self._authed("GET", "/sync/pull", params={"cursor": cursor, "limit": limit})
        return PullPage(
            changes=list(body["changes"]),
            cursor=str(body["cursor"]),
            more=bool(body["more"]),
            reset=bool(body.get("reset", False)),
            clock_skew=self.last_clock_skew,
        )

    def get(self, path: str, **params: Any) -> Any:
        """Any other authenticated GET under ``/api/v1`` (leaderboard, ledger, moderation queue)."""
        return self._authed("GET", path, params=params)

    def post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        return self._authed("POST", path, json=body or {})

    # ---- plumbing -------------------------------------------------------------------------------------------

    def _authed(self, method: str, path: str, **kwargs: Any) -> Any:
        if self._access is None:
            self._refresh_once()
        response = self._send(method, path, token=self._access, **kwargs)
        if response.status_code == 401:
            self._refresh_once()
            response = self._send(method, path, token=self._access, **kwargs)
            if response.status_code == 401:
                raise SignedOut(f"Signed out: {_detail(response)} Please sign in again.")
        return self._checked(response, path)

    def _refresh_once(self) -> None:
        refresh_token = self._refresh
        if refresh_token is None:
            raise SignedOut("Not signed in to the server. Please sign in.")
        self.refresh(refresh_token)

    def _send(
        self, method: str, path: str, *, token: str | None = None, versioned: bool = True, **kwargs: Any
    ) -> requests.Response:
        url = f"{self.base_url}{API_PREFIX if versioned else ''}{path}"
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        try:
            response = self.http.request(method, url, headers=headers, timeout=self.timeout, **kwargs)
        except requests.Timeout:
            raise ServerUnreachable(f"The server at {self.base_url} did not answer in time.") from None
        except requests.ConnectionError:
            raise ServerUnreachable(f"Cannot reach the server at {self.base_url}. Are you online?") from None
        except requests.RequestException as error:
            raise ServerUnreachable(f"Talking to the server at {self.base_url} failed: {error}") from None
        self._note_date(response)
        return response

    def _note_date(self, response: requests.Response) -> None:
        date = response.headers.get("Date")
        if not date:
            return
        try:
            server_time = parsedate_to_datetime(date)
        except (TypeError, ValueError):
            return
        self._skew(server_time)

    def _skew(self, server_time: datetime) -> float | None:
        difference = (server_time - self.clock()).total_seconds()
        self.last_clock_skew = difference if abs(difference) > CLOCK_SKEW_LIMIT_SECONDS else None
        return self.last_clock_skew

    def _checked(self, response: requests.Response, path: str = "") -> Any:
        status = response.status_code
        advertised = response.headers.get(VERSION_HEADER)
        if advertised and advertised != API_VERSION:
            raise ServerNewer(self._newer_message(advertised))
        if 200 <= status < 300:
            try:
                return response.json()
            except ValueError:
                raise ServerError("The server sent an answer this app cannot read.", status=status) from None
        if status >= 500:
            raise ServerError(f"The server had a problem (HTTP {status}). Will try again later.", status=status)
        if status == 429:
            retry_after = self._retry_after(response)
            raise TooManyAttempts(
                f"Too many attempts: {_detail(response)} Try again in {int(retry_after)} seconds.",
                retry_after=retry_after,
            )
        if status == 401:
            raise SignedOut(f"Signed out: {_detail(response)}")
        if status == 404 and path:
            self._check_version()
        raise RequestRefused(f"The server refused the request: {_detail(response)}", status=status)

    @staticmethod
    def _retry_after(response: requests.Response) -> float:
        try:
            return max(0.0, float(response.headers.get("Retry-After", "60")))
        except ValueError:
            return 60.0

    def _check_version(self) -> None:
        try:
            health = self.health()
        except SyncError:
            return
        versions = health.get("api_versions") or health.get("api_version")
        if versions is None:
            return
        known = [versions] if isinstance(versions, str) else [str(v) for v in versions]
        if API_VERSION not in known:
            raise ServerNewer(self._newer_message(", ".join(known)))

    def _newer_message(self, versions: str) -> str:
        return (
            f"The server at {self.base_url} speaks API {versions}, newer than this app ({API_VERSION}). "
            "Please update Advocate Hub."
        )
