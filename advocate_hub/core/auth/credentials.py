"""The refresh token in the OS keyring, read back after writing.

keyring's null backend accepts writes silently and its fail backend raises; a chainer with no usable backend
behaves like one of them. So after ``set_password`` the token is read back and compared: if that does not give
the same token, ``remember`` says ``stored=False`` with a reason, and the caller keeps the token in memory for
this session only. Nothing secret is ever written anywhere else.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

import keyring
import keyring.errors

SERVICE = "advocate-hub"
_UNUSABLE = ("fail", "null")


@dataclass(frozen=True, slots=True)
class Remembered:
    stored: bool
    reason: str


def _username(server_url: str, email: str) -> str:
    return f"{server_url.rstrip('/')}|{email.strip().lower()}"


def backend_name() -> str:
    """The keyring backend in use, as a person can read it (for doctor and the sign-in screen)."""
    backend = keyring.get_keyring()
    name = getattr(backend, "name", "") or type(backend).__name__
    return f"{name} ({type(backend).__module__}.{type(backend).__name__})"


def _usable() -> str | None:
    """None if the backend might store secrets; else why not."""
    backend = keyring.get_keyring()
    module = type(backend).__module__
    if module.rsplit(".", 1)[-1] in _UNUSABLE:
        return f"no usable keyring on this computer ({backend_name()})"
    if module.endswith("chainer") and not getattr(backend, "backends", None):
        return "no usable keyring on this computer (no keyring backend is installed)"
    try:
        priority = float(getattr(backend, "priority", 1))
    except Exception:
        priority = 1.0
    if priority <= 0:
        return f"the keyring backend {backend_name()} is not usable here"
    return None


def remember(server_url: str, email: str, refresh_token: str) -> Remembered:
    """Store the refresh token and prove it can be read back; ``stored=False`` means memory only."""
    problem = _usable()
    if problem is not None:
        return Remembered(False, f"Signed in for this session only: {problem}.")
    username = _username(server_url, email)
    try:
        keyring.set_password(SERVICE, username, refresh_token)
        back = keyring.get_password(SERVICE, username)
    except (keyring.errors.KeyringError, OSError, RuntimeError) as error:
        return Remembered(False, f"Signed in for this session only: the keyring refused the sign-in ({error}).")
    if back != refresh_token:
        return Remembered(
            False, f"Signed in for this session only: the keyring ({backend_name()}) did not keep the sign-in."
        )
    return Remembered(True, f"Sign-in kept in {backend_name()}.")


def recall(server_url: str, email: str) -> str | None:
    if _usable() is not None:
        return None
    try:
        return keyring.get_password(SERVICE, _username(server_url, email))
    except (keyring.errors.KeyringError, OSError, RuntimeError):
        return None


def forget(server_url: str, email: str) -> None:
    if _usable() is not None:
        return
    with contextlib.suppress(keyring.errors.KeyringError, OSError, RuntimeError):
        keyring.delete_password(SERVICE, _username(server_url, email))
