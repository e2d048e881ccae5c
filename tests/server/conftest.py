"""A real sync server per test module: ``advocate-hub serve`` in a subprocess on a free loopback port.

Every module runs against SQLite, and also against PostgreSQL when ``ADVOCATE_HUB_TEST_DATABASE_URL`` points at a
server: then each server fixture creates its own throw-away database there and drops it afterwards.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest

from advocate_hub.core.domain.enums import Role

from .support import BACKENDS, PG_ENV, Client, ServerProcess, start_server, throwaway_postgres


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this module, dropped at the end."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"set {PG_ENV} to run the PostgreSQL tests")
    with throwaway_postgres(base) as url:
        yield url


@pytest.fixture(scope="module", params=BACKENDS)
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    directory = tmp_path_factory.mktemp(f"server-{request.param}")
    url = (
        f"sqlite:///{directory / 'server.sqlite'}"
        if request.param == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    process = start_server(url, directory / "data")
    try:
        yield process
    finally:
        code = process.stop()
        # uvicorn finishes its graceful shutdown, then re-raises the SIGTERM it caught.
        assert code in {0, -signal.SIGTERM}, f"the server did not stop on SIGTERM ({code}):\n{process.log()[-3000:]}"
        assert "Application shutdown complete" in process.log()


@pytest.fixture(scope="module")
def moderator(server: ServerProcess) -> Client:
    return server.client(server.user(Role.MODERATOR))


@pytest.fixture
def advocate(server: ServerProcess) -> Client:
    return server.client(server.user())
