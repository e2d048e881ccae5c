"""The per-request account check on the event loop's own connection (``server.accounts``), on both databases."""

from __future__ import annotations

import asyncio
import uuid

import psycopg
import pytest
from sqlalchemy import select, text, update

from advocate_hub.core.domain.enums import Role
from advocate_hub.core.store.models import Advocate
from advocate_hub.server import changes
from advocate_hub.server.accounts import AccountReader
from advocate_hub.server.admin import create_user
from advocate_hub.server.db import ServerDatabase

from .support import PASSWORD


def _id_of(database: ServerDatabase, uid: str) -> int:
    with database.read() as session:
        found = session.scalar(select(Advocate.id).where(Advocate.uid == uid))
    assert found is not None
    return found


def _person(database: ServerDatabase) -> tuple[int, str]:
    uid = create_user(database, email=f"{uuid.uuid4().hex}@example.com", role=Role.ADVOCATE, password=PASSWORD)
    return _id_of(database, uid), uid


def test_reads_the_account_and_the_feeds_number_as_they_are_now(database: ServerDatabase) -> None:
    advocate_id, uid = _person(database)

    async def scenario() -> None:
        reader = AccountReader(database)
        try:
            first = await reader.read(advocate_id)
            with database.write() as session:
                session.execute(update(Advocate).where(Advocate.id == advocate_id).values(role=Role.MODERATOR))
            second = await reader.read(advocate_id)
            with database.read() as session:
                current = changes.current_seq(session)
            assert first is not None
            assert second is not None
            assert (first.uid, first.role) == (uid, Role.ADVOCATE)
            assert second.role is Role.MODERATOR
            assert second.seq == current > first.seq
            assert await reader.read(advocate_id + 10_000) is None
        finally:
            await reader.close()

    asyncio.run(scenario())


def test_a_broken_connection_is_replaced_and_the_read_still_answers(database: ServerDatabase) -> None:
    advocate_id, uid = _person(database)

    async def scenario() -> None:
        reader = AccountReader(database)
        try:
            assert await reader.read(advocate_id) is not None
            _break_the_readers_connection(database, reader)
            found = await reader.read(advocate_id)
            assert found is not None
            assert found.uid == uid
        finally:
            await reader.close()

    asyncio.run(scenario())


def _break_the_readers_connection(database: ServerDatabase, reader: AccountReader) -> None:
    """What a restarted PostgreSQL server does to the reader's connection; on SQLite, a closed handle."""
    if not database.is_postgresql:
        reader._sqlite.close()  # type: ignore[union-attr]
        return
    with database.engine.connect() as connection:
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
        connection.commit()


def test_where_psycopg_cannot_run_asynchronously_the_pool_answers(
    database: ServerDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows' proactor event loop (asyncio's default there) cannot run psycopg asynchronously; it cannot run here,
    so psycopg's refusal is imitated."""
    if not database.is_postgresql:
        pytest.skip("only PostgreSQL reads asynchronously")
    advocate_id, uid = _person(database)

    async def refuse(*_args: object, **_kwargs: object) -> None:
        raise psycopg.InterfaceError("Psycopg cannot use the 'ProactorEventLoop' to run in async mode.")

    monkeypatch.setattr(psycopg.AsyncConnection, "connect", refuse)

    async def scenario() -> None:
        reader = AccountReader(database)
        try:
            for _ in range(2):
                found = await reader.read(advocate_id)
                assert found is not None
                assert (found.uid, found.role) == (uid, Role.ADVOCATE)
        finally:
            await reader.close()

    asyncio.run(scenario())


def _connections(database: ServerDatabase) -> int:
    with database.engine.connect() as connection:
        return int(
            connection.execute(
                text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()")
            ).scalar_one()
        )


def test_requests_arriving_together_at_start_share_one_connection(database: ServerDatabase) -> None:
    if not database.is_postgresql:
        pytest.skip("SQLite opens its file without waiting")
    advocate_id, uid = _person(database)
    before = _connections(database)

    async def scenario() -> None:
        reader = AccountReader(database)
        try:
            found = await asyncio.gather(*(reader.read(advocate_id) for _ in range(5)))
            assert {account.uid for account in found if account is not None} == {uid}
            assert _connections(database) == before + 1
        finally:
            await reader.close()

    asyncio.run(scenario())
