"""The sync client tests reuse the server tests' fixtures: a real ``advocate-hub serve`` on a loopback port."""

from __future__ import annotations

from server.conftest import moderator, postgres_url, server

__all__ = ["moderator", "postgres_url", "server"]
