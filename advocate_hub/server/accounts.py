"""The account check every request makes, run on the event loop on a connection of its own.

Each request reads the caller's uid and role (access tokens cannot be revoked, so a role change must take effect at
once) and the change feed's number (``answers``), in one primary-key read. Run the usual way, as a plain ``def``
dependency on a pooled SQLAlchemy connection, that read cost far more in the hand-over to a worker thread and in
statement execution than in the database. Here the statement is compiled once for the database's driver and run on
a connection the event loop owns:

- SQLite: a read of a local WAL file never waits for a writer and takes microseconds, so it runs on the loop as is.
- PostgreSQL: psycopg's asynchronous connection, awaited, so a slow server never blocks the loop.

A connection that fails is dropped and the read retried once on a new one. Where psycopg cannot run asynchronously
(Windows' proactor event loop), the read falls back to the pool on a worker thread.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy import Select, bindparam, select
from starlette.concurrency import run_in_threadpool

from advocate_hub.core.domain.enums import Role
from advocate_hub.core.store.models import Advocate
from advocate_hub.core.store.server_models import ChangeCounter
from advocate_hub.server.changes import COUNTER_ID
from advocate_hub.server.db import ServerDatabase
from advocate_hub.server.driver_sql import DriverStatement

log = logging.getLogger(__name__)

SQLITE_WAIT_SECONDS = 0.5
"""How long the SQLite read may wait for a lock. A WAL reader almost never waits (only while the WAL is reset or
recovered); when it does, every request of the process waits with it, so it gives up soon and the request fails
instead of the worker stalling for the writers' 10 s."""

_people = Advocate.__table__.c
_counter = ChangeCounter.__table__.c
ACCOUNT: Select[Any] = select(
    _people.uid,
    _people.role,
    select(_counter.value).where(_counter.id == COUNTER_ID).scalar_subquery().label("seq"),
).where(_people.id == bindparam("id"))


@dataclass(frozen=True, slots=True)
class Account:
    uid: str
    role: Role
    seq: int
    """The change feed's last number when the account was read."""


class AccountReader:
    """Reads accounts for one server process, from its event loop only (its connections belong to that loop)."""

    def __init__(self, database: ServerDatabase) -> None:
        self._database = database
        self._statement = DriverStatement(ACCOUNT, database.engine.dialect)
        self._sqlite: sqlite3.Connection | None = None
        self._postgres: psycopg.AsyncConnection[Any] | None = None
        self._use_pool = False
        self._opening = asyncio.Lock()

    async def read(self, advocate_id: int) -> Account | None:
        """The account with ``advocate_id`` and the feed's number, or None when there is no such account."""
        row = await self._read(advocate_id)
        if row is None:
            return None
        uid, role, seq = row
        return Account(str(uid), Role(role), int(seq or 0))

    async def close(self) -> None:
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None
        if self._postgres is not None:
            await self._postgres.close()
            self._postgres = None

    async def _read(self, advocate_id: int) -> Sequence[Any] | None:
        if self._use_pool:
            found = await run_in_threadpool(self._database.read_one, ACCOUNT, {"id": advocate_id})
            return None if found is None else tuple(found)
        if not self._database.is_postgresql:
            return self._read_sqlite(advocate_id)
        try:
            return await self._read_postgres(advocate_id)
        except psycopg.OperationalError:
            log.warning("the account check's connection failed; opening a new one")
            await self.close()
            return await self._read_postgres(advocate_id)

    def _read_sqlite(self, advocate_id: int) -> Sequence[Any] | None:
        parameters = self._statement.parameters({"id": advocate_id})
        try:
            return self._sqlite_connection().execute(self._statement.sql, parameters).fetchone()  # type: ignore[no-any-return]
        except sqlite3.Error:
            log.warning("the account check's connection failed; opening a new one")
            if self._sqlite is not None:
                self._sqlite.close()
                self._sqlite = None
            return self._sqlite_connection().execute(self._statement.sql, parameters).fetchone()  # type: ignore[no-any-return]

    def _sqlite_connection(self) -> sqlite3.Connection:
        if self._sqlite is None:
            connection = sqlite3.connect(self._database.path, timeout=SQLITE_WAIT_SECONDS, isolation_level=None)
            connection.execute("PRAGMA query_only = ON")
            self._sqlite = connection
        return self._sqlite

    async def _read_postgres(self, advocate_id: int) -> Sequence[Any] | None:
        connection = await self.postgres_connection()
        if connection is None:
            return await self._read(advocate_id)
        cursor = await connection.execute(self._statement.sql, self._statement.parameters({"id": advocate_id}))
        return await cursor.fetchone()

    async def postgres_connection(self) -> psycopg.AsyncConnection[Any] | None:
        """The loop's own connection (autocommit; the direct push writes on it too); None, and the pool from then
        on, where psycopg cannot run asynchronously.

        Requests that arrive while it is being opened wait for that one (psycopg queues their statements on it)."""
        async with self._opening:
            if self._postgres is None or self._postgres.closed:
                url = self._database.engine.url.set(drivername="postgresql")
                try:
                    self._postgres = await psycopg.AsyncConnection.connect(
                        url.render_as_string(hide_password=False), autocommit=True
                    )
                except psycopg.InterfaceError:
                    log.info("psycopg cannot run on this event loop; the account check uses the pool's threads")
                    self._use_pool = True
                    return None
            return self._postgres
