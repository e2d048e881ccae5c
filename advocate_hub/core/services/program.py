"""One program's data on this machine: opening it, and running use cases as transactions.

``Program.run(use_case, **kwargs)`` opens a write transaction, calls ``use_case(session, now=..., **kwargs)``
with the program's clock and commits; any error rolls the whole use case back. ``Program.read`` does the same
for queries, without ``now`` and without writing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from advocate_hub.core.clock import Clock, utc_now
from advocate_hub.core.store import migrate
from advocate_hub.core.store.database import DATABASE_FILENAME, Database, translate_sqlite_error
from advocate_hub.core.store.models import Advocate

T = TypeVar("T")


class Program:
    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self.database = database
        self.clock = clock

    @classmethod
    def open(cls, data_dir: Path, clock: Clock = utc_now) -> Program:
        """Open (or create) the program in ``data_dir``, migrating it to this app's schema first."""
        database = Database.open_file(data_dir / DATABASE_FILENAME)
        try:
            migrate.upgrade(database, backup_dir=data_dir / "backups")
        except BaseException as error:
            database.close()
            readable = translate_sqlite_error(error, database.path) if isinstance(error, DBAPIError) else None
            if readable is None:
                raise
            raise readable from error
        return cls(database, clock)

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Program:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def run(self, use_case: Callable[..., T], /, **kwargs: Any) -> T:
        with self.database.write() as session:
            return use_case(session, now=self.clock(), **kwargs)

    def read(self, query: Callable[..., T], /, **kwargs: Any) -> T:
        with self.database.read() as session:
            return query(session, **kwargs)

    def is_empty(self) -> bool:
        with self.database.read() as session:
            return not session.scalar(select(func.count()).select_from(Advocate))


def program_exists(data_dir: Path) -> bool:
    return (data_dir / DATABASE_FILENAME).exists()
