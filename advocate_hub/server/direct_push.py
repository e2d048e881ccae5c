"""A push of one decline, written by statements compiled once, on the database driver's own connection.

Declining a challenge is what an advocate's app most often pushes on its own (one tap, sent at once when online),
and it has no rule beyond "the challenge exists". Through the general path (``apply``) one decline cost 3 to 5 ms
of server CPU for five rows: an ORM session, a savepoint, a flush and the feed's capture at commit. Here the same
rows are written in one transaction, after one read that decides whether this is the plain case (``PLAIN``, over
``CHECK``: the actor's role, the client's owner, the challenge's id, whether the mutation id is known): the
decline, its ``applied_mutations`` row, the client's last-seen mark, the feed's next number and the feed's row,
built by ``changes.row_change`` so that it reads exactly as a captured one would. On SQLite these are six
statements in a row (``PLAIN``, then ``STEPS``); on PostgreSQL, where each would be a round trip, one statement of
data-modifying CTEs in autocommit (``_at_once``), each write gated on the same ``PLAIN``.

Anything but that plain case is left to the general path, which answers it as it always has: a resend, a
client's first push, an unknown challenge, a kiosk account, a twin delivered at the same moment (a broken
constraint), a busy or failing database. Nothing is written then.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from datetime import datetime
from types import SimpleNamespace
from typing import Any, cast

import psycopg
from sqlalchemy import (
    ColumnElement,
    Insert,
    Select,
    Table,
    Update,
    bindparam,
    exists,
    func,
    insert,
    select,
    true,
    update,
)
from sqlalchemy.sql.expression import ClauseElement

from advocate_hub.core.clock import utc_now
from advocate_hub.core.domain.enums import Role
from advocate_hub.core.services.submissions import DeclineRequest, decline_values
from advocate_hub.core.store.models import Advocate, Challenge, Decline
from advocate_hub.core.store.server_models import AppliedMutation, ChangeCounter, ChangeLogEntry, SyncClient
from advocate_hub.core.sync.bulk import storing
from advocate_hub.server import changes
from advocate_hub.server.apply import DECLINE_KIND
from advocate_hub.server.db import SQLITE_SYNCHRONOUS, ServerDatabase
from advocate_hub.server.driver_sql import DriverStatement

APPLIED = "applied"

DECLINES = cast(Table, Decline.__table__)
APPLIED_MUTATIONS = cast(Table, AppliedMutation.__table__)
CLIENTS = cast(Table, SyncClient.__table__)
COUNTER = cast(Table, ChangeCounter.__table__)
FEED = cast(Table, ChangeLogEntry.__table__)
_people = Advocate.__table__.c
_clients = CLIENTS.c
_challenges = Challenge.__table__.c
_applied = APPLIED_MUTATIONS.c
_declines = DECLINES.c
_counter = COUNTER.c
_feed = FEED.c

CHECK = select(
    _people.role.label("role"),
    select(_clients.advocate_id).where(_clients.client_id == bindparam("client_id")).scalar_subquery().label("owner"),
    select(_challenges.id).where(_challenges.uid == bindparam("challenge_uid")).scalar_subquery().label("challenge_id"),
    select(func.count())
    .select_from(APPLIED_MUTATIONS)
    .where(_applied.mutation_id == bindparam("mutation_id"))
    .scalar_subquery()
    .label("known"),
).where(_people.id == bindparam("actor_id"))
"""Everything the plain case depends on, in one read."""


def _plain(check: Select[Any]) -> Select[Any]:
    """The challenge's id when ``check`` finds the plain case, and no row otherwise: the actor exists and is no
    kiosk, the client is already the actor's, the challenge exists, the mutation id is new."""
    checked = check.cte("checked")
    return select(checked.c.challenge_id).where(
        checked.c.role != Role.KIOSK.value,
        checked.c.owner == bindparam("actor_id"),
        checked.c.challenge_id.is_not(None),
        checked.c.known == 0,
    )


PLAIN = _plain(CHECK)
"""SQLite: the read that decides, before ``STEPS``."""

# Each written row: column -> the parameter (``DirectDeclines._values``) that fills it.
DECLINE_ROW = {
    "uid": "decline_uid",
    "challenge_id": "challenge_id",
    "advocate_id": "actor_id",
    "reason": "reason",
    "created_at": "now",
}
APPLIED_ROW = {
    "mutation_id": "mutation_id",
    "client_id": "client_id",
    "advocate_id": "actor_id",
    "kind": "kind",
    "status": "status",
    "result": "result",
    "created_at": "now",
}
FEED_ROW = {
    "seq": "seq",
    "entity": "entity",
    "uid": "decline_uid",
    "owner_id": "actor_id",
    "op": "op",
    "data": "data",
    "created_at": "now",
}


def _row(table: Table, row: Mapping[str, str], computed: Mapping[str, ColumnElement[Any]]) -> Select[Any]:
    """A SELECT of one row's values: parameters, but for the columns ``computed`` in SQL."""
    return select(*(computed.get(column, bindparam(name, type_=table.c[column].type)) for column, name in row.items()))


def _insert(table: Table, row: Mapping[str, str], source: Select[Any]) -> Insert:
    return insert(table).inline().from_select(list(row), source)


def _mark_client(*where: ColumnElement[bool]) -> Update:
    return (
        update(CLIENTS)
        .where(_clients.client_id == bindparam("client_id"), *where)
        .values(last_mutation_id=bindparam("mutation_id"), last_seen_at=bindparam("now"))
    )


def _take_number(*where: ColumnElement[bool]) -> Update:
    return update(COUNTER).where(_counter.id == changes.COUNTER_ID, *where).values(value=_counter.value + 1)


STEPS: tuple[ClauseElement, ...] = (
    _insert(DECLINES, DECLINE_ROW, _row(DECLINES, DECLINE_ROW, {})),
    _insert(APPLIED_MUTATIONS, APPLIED_ROW, _row(APPLIED_MUTATIONS, APPLIED_ROW, {})),
    _mark_client(),
    _take_number(),
    # The feed row takes the number just taken, read back in SQL: nothing waits for it.
    _insert(
        FEED,
        FEED_ROW,
        _row(FEED, FEED_ROW, {"seq": _counter.value}).where(_counter.id == changes.COUNTER_ID),
    ),
)
"""SQLite: the writes, one statement each, after ``PLAIN`` in one transaction."""


def _at_once() -> ClauseElement:
    """PostgreSQL: ``PLAIN`` and ``STEPS`` as one statement of data-modifying CTEs, each write gated on the plain
    case, its commit relaxed by ``set_config`` (as ``RELAXED_COMMIT``); a row back (the feed number) when it wrote."""
    relaxed = func.set_config("synchronous_commit", "off", true()).label("relaxed")
    plain = _plain(CHECK.add_columns(relaxed)).cte("plain")
    is_plain = exists(select(plain.c.challenge_id))
    decline = _insert(DECLINES, DECLINE_ROW, _row(DECLINES, DECLINE_ROW, {"challenge_id": plain.c.challenge_id})).cte(
        "decline"
    )
    applied = _insert(APPLIED_MUTATIONS, APPLIED_ROW, _row(APPLIED_MUTATIONS, APPLIED_ROW, {}).where(is_plain)).cte(
        "applied"
    )
    client = _mark_client(is_plain).cte("client")
    number = _take_number(is_plain).returning(_counter.value).cte("number")
    feed = _row(FEED, FEED_ROW, {"seq": number.c.value})
    return insert(FEED).from_select(list(FEED_ROW), feed).returning(_feed.seq).add_cte(decline, applied, client)


def _key(actor_id: int, client_id: str, mutation_id: str, challenge_uid: str) -> dict[str, Any]:
    """The parameters a push brings, by bind name."""
    return {"actor_id": actor_id, "client_id": client_id, "mutation_id": mutation_id, "challenge_uid": challenge_uid}


class DirectDeclines:
    """Writes pushed declines for one server process and database (its statements compiled for its driver once).

    On SQLite a push is written on the event loop, on a connection of the loop's own that gives up at once when
    another writer holds the lock (the general path then waits for it on a thread): a plain decline's write is a
    few hundred microseconds of local file work, less than the hand-over to a thread. On PostgreSQL it is one
    statement awaited on the loop's own connection (``push_on``), or, where psycopg cannot run on the loop, run on
    a worker thread with a pooled connection (``push``)."""

    def __init__(self, database: ServerDatabase) -> None:
        self._database = database
        dialect = database.engine.dialect
        self._dialect = dialect
        self._plain = DriverStatement(PLAIN, dialect)
        self._steps = [DriverStatement(statement, dialect) for statement in STEPS]
        self._at_once = DriverStatement(_at_once(), dialect) if database.is_postgresql else None
        self._entity = changes.BY_MODEL[Decline]
        self._time = storing(_declines.created_at, dialect)
        self._json = storing(_feed.data, dialect)
        self._sqlite: sqlite3.Connection | None = None

    def push(self, *, actor_id: int, client_id: str, mutation_id: str, challenge_uid: str, reason: str) -> str | None:
        """The new decline's uid, or None when the push is not the plain case (nothing was written).

        SQLite: call it from the event loop. PostgreSQL: from a worker thread (on a pooled connection), or use
        ``push_on`` where the loop has a connection of its own."""
        key = _key(actor_id, client_id, mutation_id, challenge_uid)
        if self._database.is_postgresql:
            return self._on_postgresql(key, reason)
        return self._on_sqlite(key, reason)

    async def push_on(
        self,
        connection: psycopg.AsyncConnection[Any],
        *,
        actor_id: int,
        client_id: str,
        mutation_id: str,
        challenge_uid: str,
        reason: str,
    ) -> str | None:
        """``push`` on PostgreSQL, awaited on the event loop's own connection (``accounts``): no hand-over to a
        thread, no pool check-out and its ping. The connection is in autocommit, as ``_at_once`` wants."""
        sql, parameters, uid = self._at_once_for(_key(actor_id, client_id, mutation_id, challenge_uid), reason)
        try:
            cursor = await connection.execute(sql, parameters)
            written = await cursor.fetchone()
        except psycopg.Error:
            return None  # as in ``_on_postgresql``; a broken connection is replaced at the next account check
        return None if written is None else uid

    def _at_once_for(self, key: Mapping[str, Any], reason: str) -> tuple[str, Any, str]:
        """``_at_once``'s SQL and parameters, and the uid of the decline it writes. The decline takes its
        challenge's id from the statement's own check, so none is given here."""
        assert self._at_once is not None
        values = self._values(key, 0, reason, utc_now())
        return self._at_once.sql, self._at_once.parameters(values), str(values["decline_uid"])

    def _values(self, key: Mapping[str, Any], challenge_id: int, reason: str, now: datetime) -> dict[str, Any]:
        """Every write's parameters, in the form the driver takes."""
        row = decline_values(key["actor_id"], DeclineRequest(challenge_id, reason, key["mutation_id"]), now)
        change = changes.row_change(self._entity, SimpleNamespace(**row), {"challenge_uid": key["challenge_uid"]})
        return {
            **key,
            "decline_uid": row["uid"],
            "challenge_id": challenge_id,
            "reason": row["reason"],
            "now": self._time(now),
            "result": self._json({"decline_uid": row["uid"]}),
            "kind": DECLINE_KIND,
            "status": APPLIED,
            "entity": change.entity,
            "op": change.op,
            "data": self._json(change.data),
        }

    def close(self) -> None:
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None

    def _on_sqlite(self, key: Mapping[str, Any], reason: str) -> str | None:
        connection = self._sqlite_connection()
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error:
            return None  # another writer holds the lock: the general path waits for it on a thread
        try:
            found = connection.execute(self._plain.sql, self._plain.parameters(key)).fetchone()
            if found is None:
                connection.execute("ROLLBACK")
                return None
            values = self._values(key, int(found[0]), reason, utc_now())
            for statement in self._steps:
                connection.execute(statement.sql, statement.parameters(values))
            connection.execute("COMMIT")
        except sqlite3.Error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            return None
        return str(values["decline_uid"])

    def _sqlite_connection(self) -> sqlite3.Connection:
        """The event loop's own connection: it never waits for a lock and never checkpoints, so a write on it
        costs the loop the write alone (``checkpoints`` copies the log back from a thread)."""
        if self._sqlite is None:
            connection = sqlite3.connect(self._database.path, timeout=0, isolation_level=None, check_same_thread=False)
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute(f"PRAGMA synchronous = {SQLITE_SYNCHRONOUS}")
            connection.execute("PRAGMA wal_autocheckpoint = 0")
            self._sqlite = connection
        return self._sqlite

    def _on_postgresql(self, key: Mapping[str, Any], reason: str) -> str | None:
        """One statement in autocommit (``_at_once``): one round trip, no ``BEGIN`` or ``COMMIT`` of its own."""
        sql, parameters, uid = self._at_once_for(key, reason)
        pooled = self._database.engine.raw_connection()
        connection: psycopg.Connection[Any] = pooled.driver_connection  # type: ignore[assignment]
        try:
            connection.autocommit = True
            written = connection.execute(sql, parameters).fetchone()
        except psycopg.Error:
            # A twin's constraint, a dropped connection: the general path answers (and finds the decline, should
            # the statement have committed before the connection broke).
            if connection.closed:
                pooled.invalidate()
            return None
        finally:
            if not connection.closed:
                connection.autocommit = False
            pooled.close()
        return None if written is None else uid
