"""Talking to the sync server over HTTP (docs/sync-protocol.md): plain ``requests``, typed errors."""

from advocate_hub.core.api.client import (
    ApiClient,
    ClockSkew,
    PullPage,
    PushAnswer,
    RequestRefused,
    ServerError,
    ServerNewer,
    ServerUnreachable,
    SignedOut,
    Tokens,
    TooManyAttempts,
)

__all__ = [
    "ApiClient",
    "ClockSkew",
    "PullPage",
    "PushAnswer",
    "RequestRefused",
    "ServerError",
    "ServerNewer",
    "ServerUnreachable",
    "SignedOut",
    "Tokens",
    "TooManyAttempts",
]
