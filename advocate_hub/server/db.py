"""The server's database: SQLite (a file in the data dir, by default) or PostgreSQL, migrated at start-up.

Sessions of a server database capture changes for the sync feed (``changes.install``); a desktop client's
sessions never do.

A server's SQLite file runs WAL with ``synchronous=NORMAL`` where the desktop's runs ``FULL``: a commit then costs
no fsync (the WAL is synced at checkpoints), so a push or a sign-in commits in microseconds rather than a disk
flush. It stays durable against a crash of the server process; a power cut or OS crash can lose the last commits
(never corrupt the file). The protocol already heals that loss as it heals a server restored from an older backup:
each client keeps a 30-day journal of the mutations the server answered and pushes it again when the server's
newest change is older than the client's cursor. The desktop keeps ``FULL``: its outbox and ledger are the only
copy of what the advocate did offline.

On PostgreSQL a push commits the same way (``RELAXED_COMMIT``, for the push's transaction only): the commit does not
wait for the WAL to reach the disk, which took about as long as the rest of a one-mutation push here. A crash of
PostgreSQL itself (not of the server process) can lose the last fraction of a second of pushes, never corrupt
anything; the clients push them again as above (``POST /sync/check`` finds their last acknowledged mutations gone).
Every other write (accounts, tokens, moderation through the API) keeps waiting for the flush.

Preparing the database (migrations, the change counter, the token signing key) is safe to run from several
processes at once: on PostgreSQL an advisory lock lets one process do it while the others wait.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Executable, Row, create_engine, event, make_url, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from advocate_hub.core.store import migrate
from advocate_hub.core.store.database import DATABASE_FILENAME, Database, ensure_writable_dir, sqlite_engine
from advocate_hub.server import changes

log = logging.getLogger(__name__)

PREPARE_LOCK = 0x41_48_53_59  # "AHSY": the advisory lock id taken while migrating
POOL_SIZE = 10
SQLITE_SYNCHRONOUS = "NORMAL"
SQLITE_WAL_PAGES = 10_000
"""The write-ahead log's size (pages of 4 kB) at which a commit checkpoints it itself: a backstop, the server
checkpoints from a thread of its own (``checkpoints``)."""
RELAXED_COMMIT = "SET LOCAL synchronous_commit TO OFF"
"""A push's transaction on PostgreSQL: its commit returns before the WAL flush (module docstring)."""


class CapturingSession(Session):
    """A session whose committed changes go to the sync feed."""


changes.install(CapturingSession)


class ServerDatabase(Database):
    """A ``Database`` whose sessions capture changes for the sync feed."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        super().__init__(engine, path)
        self._sessions = sessionmaker(engine, class_=CapturingSession, expire_on_commit=False)
        # One statement sees one snapshot on its own: on PostgreSQL it needs no BEGIN and ROLLBACK round trips.
        # (SQLite's BEGIN costs no round trip, and leaving its autocommit mode resets the connection's pragmas.)
        self._single = engine.execution_options(isolation_level="AUTOCOMMIT") if self.is_postgresql else engine

    def read_one(self, statement: Executable, parameters: Mapping[str, Any]) -> Row[Any] | None:
        """The first row of one read statement, on a bare connection: no ORM session, the cheapest read there is
        (every request's account check runs one)."""
        with self._translated(), self._single.connect() as connection:
            return connection.execute(statement, parameters).first()

    @contextmanager
    def push_write(self) -> Iterator[Session]:
        """``write`` for a push: on PostgreSQL its commit does not wait for the WAL flush (module docstring)."""
        with self.write() as session:
            if self.is_postgresql:
                session.execute(text(RELAXED_COMMIT))
            yield session

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A read session whose queries all see one moment (PostgreSQL's REPEATABLE READ; SQLite's WAL read)."""
        with self.read() as session:
            if self.is_postgresql:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            yield session

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"


def default_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / DATABASE_FILENAME}"


def engine_for(url: str) -> Engine:
    """An engine for a ``sqlite:///FILE`` or ``postgresql+psycopg://`` URL."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            raise ValueError("the server needs a SQLite file, not an in-memory database")
        path = Path(parsed.database)
        ensure_writable_dir(path.parent)
        engine = sqlite_engine(path)
        event.listen(engine, "connect", _server_pragmas)
        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.get_driver_name() not in {"psycopg", "psycopg2"}:
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_size=POOL_SIZE, max_overflow=POOL_SIZE, pool_pre_ping=True)
    raise ValueError(
        f"unsupported database URL {parsed.render_as_string(hide_password=True)}: use sqlite or postgresql"
    )


def _server_pragmas(dbapi_connection: Any, _record: object) -> None:
    """Runs after the desktop's pragmas (listeners run in order): the server's durability (module docstring)."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA synchronous = {SQLITE_SYNCHRONOUS}")
        cursor.execute(f"PRAGMA wal_autocheckpoint = {SQLITE_WAL_PAGES}")
    finally:
        cursor.close()


def open_database(database_url: str | None, data_dir: Path) -> ServerDatabase:
    """Open the database at ``database_url`` (default: the SQLite file in ``data_dir``) and prepare it."""
    url = database_url or default_url(data_dir)
    engine = engine_for(url)
    path = Path(engine.url.database) if engine.dialect.name == "sqlite" and engine.url.database else None
    database = ServerDatabase(engine, path)
    try:
        prepare(database, data_dir)
    except BaseException:
        database.close()
        raise
    return database


def prepare(database: ServerDatabase, data_dir: Path) -> None:
    """Migrate to the current schema and create the change counter, one process at a time."""
    if not database.is_postgresql:
        migrate.upgrade(database, backup_dir=data_dir / "backups")
        _ensure_counter(database)
        return
    with database.engine.connect() as lock:
        lock.execute(text("SELECT pg_advisory_lock(:id)"), {"id": PREPARE_LOCK})
        try:
            migrate.upgrade(database)
            _ensure_counter(database)
        finally:
            lock.execute(text("SELECT pg_advisory_unlock(:id)"), {"id": PREPARE_LOCK})
            lock.commit()


def _ensure_counter(database: ServerDatabase) -> None:
    try:
        with database.write() as session:
            changes.ensure_counter(session)
    except IntegrityError:
        log.info("another process created the change counter first")
