"""A real sync server per test module: ``advocate-hub serve`` in a subprocess on a free loopback port.

Every module runs against SQLite, and also against PostgreSQL when ``ADVOCATE_HUB_TEST_DATABASE_URL`` points at a
server: then each server fixture creates its own throw-away database there and drops it afterwards. Either
database starts as a copy of one migrated once per test worker (``tests/conftest.py``), so a server skips the
migrations at start; the server tests of the CLI, upgrades and restores start on files of their own.
"""

from __future__ import annotations

import os
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from advocate_hub.core.domain.enums import Role
from advocate_hub.server.db import ServerDatabase, open_database

from .support import BACKENDS, PG_ENV, Client, ServerProcess, start_server, throwaway_postgres


@pytest.fixture(scope="module")
def postgres_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh PostgreSQL database for this module, a copy of the migrated template, dropped at the end."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"set {PG_ENV} to run the PostgreSQL tests")
    with throwaway_postgres(base, template=request.getfixturevalue("server_postgres_template")) as url:
        yield url


@pytest.fixture(scope="module", params=BACKENDS)
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    directory = tmp_path_factory.mktemp(f"server-{request.param}")
    if request.param == "sqlite":
        shutil.copyfile(request.getfixturevalue("server_sqlite_template"), directory / "server.sqlite")
        url = f"sqlite:///{directory / 'server.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_url")
    process = start_server(url, directory / "data")
    try:
        yield process
    finally:
        code = process.stop()
        # uvicorn finishes its graceful shutdown, then re-raises the SIGTERM it caught.
        assert code in {0, -signal.SIGTERM}, f"the server did not stop on SIGTERM ({code}):\n{process.log()[-3000:]}"
        assert "Application shutdown complete" in process.log()


@pytest.fixture(params=BACKENDS)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ServerDatabase]:
    """The server's database opened in the test process, with no server: a SQLite file of the test's own (a copy
    of the migrated template), or the module's PostgreSQL database."""
    if request.param == "sqlite":
        shutil.copyfile(request.getfixturevalue("server_sqlite_template"), tmp_path / "server.sqlite")
        url = f"sqlite:///{tmp_path / 'server.sqlite'}"
    else:
        url = request.getfixturevalue("postgres_url")
    opened = open_database(url, tmp_path)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def moderator(server: ServerProcess) -> Client:
    return server.client(server.user(Role.MODERATOR))


@pytest.fixture
def advocate(server: ServerProcess) -> Client:
    return server.client(server.user())
