"""Opening the local SQLite file safely, and the transactions every change goes through.

The ledger and the outbox must survive a power cut, so the connection runs in WAL mode with
``synchronous=FULL``; writers take the write lock up front (``BEGIN IMMEDIATE``) so two writers never deadlock
half-way through a use case. SQLite errors the user can act on (a damaged file, a full disk, a read-only
folder) come out as typed ``StoreError``s naming the file; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from advocate_hub.core.domain.errors import (
    DatabaseCorrupt,
    DataDirNotWritable,
    StorageFull,
    StoreError,
)

DATABASE_FILENAME = "advocate-hub.sqlite"
BUSY_TIMEOUT_MS = 10_000
_BEGIN_IMMEDIATE = "advocate_hub_begin_immediate"


def _apply_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" event decide how a transaction starts (pysqlite's own BEGIN is deferred).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _begin(connection: Any) -> None:
    options = connection.get_execution_options()
    if options.get("isolation_level") == "AUTOCOMMIT":
        return  # no transaction at all: VACUUM (the pre-migration backup) refuses to run inside one
    connection.exec_driver_sql("BEGIN IMMEDIATE" if options.get(_BEGIN_IMMEDIATE, False) else "BEGIN")


def sqlite_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    event.listen(engine, "connect", _apply_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def translate_sqlite_error(error: BaseException, path: Path) -> StoreError | None:
    """A readable ``StoreError`` for the SQLite failures a person can do something about, else None."""
    original = getattr(error, "orig", error)
    message = str(original).lower()
    code = getattr(original, "sqlite_errorcode", None)
    if (
        code == sqlite3.SQLITE_FULL
        or "database or disk is full" in message
        or (isinstance(original, OSError) and original.errno == errno.ENOSPC)
    ):
        return StorageFull(f"The disk holding {path} is full, so nothing was saved. Free some space and try again.")
    if (
        code in {sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT}
        or "file is not a database" in message
        or ("malformed" in message)
    ):
        return DatabaseCorrupt(
            f"{path} is damaged or is not an Advocate Hub database. Nothing was changed. "
            f"Run `advocate-hub doctor --data-dir {path.parent}` for details, or restore a backup."
        )
    if code == sqlite3.SQLITE_READONLY or "readonly database" in message or "read-only" in message:
        return DataDirNotWritable(f"{path} cannot be written (read-only). Nothing was changed.")
    if code in {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED} or "database is locked" in message:
        return StoreError(
            f"{path} is in use by another program (another Advocate Hub window or process?). "
            "Nothing was changed. Close the other one and try again."
        )
    if code == sqlite3.SQLITE_CANTOPEN or "unable to open database file" in message:
        return DataDirNotWritable(f"{path} cannot be opened: check that its folder exists and is writable.")
    return None


class Database:
    """One program's database file: its engine, its session factory and its transactions."""

    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path or Path(engine.url.database or "")
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open_file(cls, path: Path) -> Database:
        """Open (creating if needed) the SQLite file at ``path`` and check that it is a readable database."""
        ensure_writable_dir(path.parent)
        engine = sqlite_engine(path)
        database = cls(engine, path)
        try:
            with engine.connect() as connection:
                connection.execute(text("PRAGMA schema_version")).scalar_one()
        except (SADatabaseError, OperationalError) as error:
            engine.dispose()
            raise translate_sqlite_error(error, path) or error from None
        return database

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries, closed (and its transaction rolled back) at the end of the block.

        Closing rather than rolling back keeps loaded objects usable after the block, detached but not expired.
        """
        with self._sessions() as session, self._translated():
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One use case as one transaction: committed when the block ends, rolled back entirely on error."""
        with self._sessions() as session, self._translated():
            if self.engine.dialect.name == "sqlite":
                session.connection(execution_options={_BEGIN_IMMEDIATE: True})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except (SADatabaseError, sqlite3.Error, OSError) as error:
            readable = translate_sqlite_error(error, self.path) if self.engine.dialect.name == "sqlite" else None
            if readable is None:
                raise
            raise readable from error


def ensure_writable_dir(directory: Path) -> None:
    """Create ``directory`` if needed and prove we can write there, with a readable error if not."""
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe = directory / f".write-probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        if error.errno == errno.ENOSPC:
            raise StorageFull(f"The disk holding {directory} is full.") from None
        raise DataDirNotWritable(
            f"Cannot write to the data folder {directory} ({error.strerror or error}). "
            "Choose another with --data-dir or ADVOCATE_HUB_DATA_DIR, or fix its permissions."
        ) from None
