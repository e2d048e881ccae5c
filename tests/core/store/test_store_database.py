"""The SQLite file: pragmas on every connection, BEGIN IMMEDIATE writers, and readable errors for bad files.

Each failure a person can meet (a damaged or foreign file, a folder that cannot exist, a full disk) must come out
as a typed ``StoreError`` naming the file, never as a raw sqlite3 or SQLAlchemy exception, and must leave what
was already saved as it was.
"""

from __future__ import annotations

import random
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from advocate_hub.core.domain.errors import (
    DatabaseCorrupt,
    DataDirNotWritable,
    StorageFull,
    StoreError,
    ValidationError,
)
from advocate_hub.core.services import advocates
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.database import BUSY_TIMEOUT_MS, DATABASE_FILENAME, Database, sqlite_engine
from advocate_hub.core.store.models import Advocate, Base

NOW = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A bare database file with one table, for tests of the transaction machinery itself."""
    database = Database.open_file(tmp_path / "data" / DATABASE_FILENAME)
    with database.write() as session:
        session.execute(text("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"))
    yield database
    database.close()


def count_items(database: Database) -> int:
    with database.read() as session:
        return session.scalar(text("SELECT count(*) FROM items")) or 0


def raw_connection(path: Path) -> sqlite3.Connection:
    """A connection outside the engine's pool that never waits for a lock and manages no transactions."""
    return sqlite3.connect(path, timeout=0, isolation_level=None)


def add_people(data_dir: Path, count: int, *, name_length: int = 20) -> None:
    with Program.open(data_dir, clock=lambda: NOW) as program:
        for n in range(count):
            program.run(
                advocates.create,
                new=advocates.NewAdvocate(f"person{n}@example.com", f"Person {n} " + "x" * name_length),
            )


def people(data_dir: Path) -> list[tuple[str, str]]:
    with Program.open(data_dir, clock=lambda: NOW) as program:
        return program.read(lambda s: [tuple(r) for r in s.execute(select(Advocate.email, Advocate.name))])


# --- pragmas ----------------------------------------------------------------------------------------------------


def test_every_pooled_connection_gets_the_pragmas(db: Database) -> None:
    connections = [db.engine.connect() for _ in range(3)]
    try:
        assert len({id(c.connection.dbapi_connection) for c in connections}) == 3
        for connection in connections:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS == 10_000
    finally:
        for connection in connections:
            connection.close()


def test_sessions_enforce_foreign_keys(tmp_path: Path) -> None:
    with Program.open(tmp_path, clock=lambda: NOW) as program, pytest.raises(IntegrityError, match="FOREIGN KEY"):
        program.run(lambda session, now: session.execute(text("INSERT INTO advocate_groups VALUES (999, 999)")))


# --- transactions ------------------------------------------------------------------------------------------------


def test_write_takes_the_write_lock_before_any_statement(db: Database) -> None:
    other = raw_connection(db.path)
    try:
        with db.write(), pytest.raises(sqlite3.OperationalError, match="database is locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released on commit
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_read_does_not_take_the_write_lock(db: Database) -> None:
    other = raw_connection(db.path)
    try:
        with db.read() as session:
            assert session.scalar(text("SELECT count(*) FROM items")) == 0
            other.execute("BEGIN IMMEDIATE")
            other.execute("INSERT INTO items (name) VALUES ('written meanwhile')")
            other.execute("COMMIT")
            # One consistent snapshot: the reader does not see what was committed after it started.
            assert session.scalar(text("SELECT count(*) FROM items")) == 0
    finally:
        other.close()
    assert count_items(db) == 1


def test_a_second_writer_waits_for_the_first_to_commit(db: Database) -> None:
    entered = threading.Event()
    hold = 0.4
    errors: list[BaseException] = []

    def first_writer() -> None:
        try:
            with db.write() as session:
                entered.set()
                time.sleep(hold)
                session.execute(text("INSERT INTO items (name) VALUES ('first')"))
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)
            entered.set()

    thread = threading.Thread(target=first_writer)
    thread.start()
    try:
        assert entered.wait(5)
        started = time.monotonic()
        with db.write() as session:
            waited = time.monotonic() - started
            # The lock was taken on entering the block, so the first writer's row is already there: a deferred
            # BEGIN would have entered at once and only collided (or deadlocked) at the first write.
            names = list(session.scalars(text("SELECT name FROM items")))
            session.execute(text("INSERT INTO items (name) VALUES ('second')"))
    finally:
        thread.join(5)
    assert not errors
    assert waited >= hold / 2
    assert names == ["first"]
    assert count_items(db) == 2


def test_a_writer_that_cannot_get_the_lock_fails_before_running_anything(db: Database) -> None:
    impatient = sqlite_engine(db.path)
    event.listen(impatient, "connect", lambda connection, _record: connection.execute("PRAGMA busy_timeout = 50"))
    quick = Database(impatient, db.path)
    other = raw_connection(db.path)
    other.execute("BEGIN IMMEDIATE")
    ran: list[bool] = []

    def insert() -> None:
        with quick.write() as session:
            ran.append(True)
            session.execute(text("INSERT INTO items (name) VALUES ('never')"))

    try:
        with pytest.raises(StoreError, match="in use") as info:
            insert()
        assert str(db.path) in str(info.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
        quick.close()
    assert not ran
    assert count_items(db) == 0


def test_write_rolls_back_everything_on_an_error(db: Database) -> None:
    with db.write() as session:
        session.execute(text("INSERT INTO items (name) VALUES ('kept')"))

    class Boom(Exception):
        pass

    def insert_then_fail() -> None:
        with db.write() as session:
            session.execute(text("INSERT INTO items (name) VALUES ('first')"))
            session.execute(text("INSERT INTO items (name) VALUES ('second')"))
            raise Boom

    with pytest.raises(Boom):
        insert_then_fail()

    with db.read() as session:
        assert list(session.scalars(text("SELECT name FROM items"))) == ["kept"]


def test_a_failed_use_case_writes_nothing(tmp_path: Path) -> None:
    with Program.open(tmp_path, clock=lambda: NOW) as program:

        def half_done(session: Session, now: datetime) -> None:
            advocates.create(session, advocates.NewAdvocate("a@example.com", "Ada"), now)
            advocates.create(session, advocates.NewAdvocate("a@example.com", "Ada again"), now)

        with pytest.raises(ValidationError, match="already in the program"):
            program.run(half_done)
        assert program.is_empty()


# --- files that are not a usable database -----------------------------------------------------------------------


def test_a_file_of_random_bytes_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILENAME
    content = random.Random(7).randbytes(64 * 1024)
    path.write_bytes(content)

    with pytest.raises(DatabaseCorrupt) as info:
        Database.open_file(path)
    assert str(path) in str(info.value)
    with pytest.raises(DatabaseCorrupt):
        Program.open(tmp_path)

    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == [DATABASE_FILENAME]


def test_a_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_FILENAME
    path.write_text("name,points\nAda,100\n" * 200)
    with pytest.raises(DatabaseCorrupt, match="not an Advocate Hub database"):
        Program.open(tmp_path)
    assert path.read_text().startswith("name,points")


@pytest.mark.parametrize("keep", [0.5, 0.25])
def test_a_truncated_database_gives_a_store_error_not_a_raw_one(tmp_path: Path, keep: float) -> None:
    add_people(tmp_path, 150, name_length=180)
    path = tmp_path / DATABASE_FILENAME
    assert not (tmp_path / f"{DATABASE_FILENAME}-wal").exists(), "the WAL was checkpointed on close"
    size = path.stat().st_size
    with path.open("r+b") as file:
        file.truncate(int(size * keep))

    def read_everything(session: Session) -> int:
        return sum(len(session.execute(select(table)).all()) for table in Base.metadata.sorted_tables)

    failure: StoreError | None = None
    try:
        with Program.open(tmp_path) as program:
            program.read(read_everything)
    except StoreError as error:  # at open or at the first query: either is fine, a raw error is not
        failure = error
    assert isinstance(failure, DatabaseCorrupt)
    assert str(path) in str(failure)


def test_a_damaged_page_is_reported_at_the_first_query_that_reads_it(tmp_path: Path) -> None:
    add_people(tmp_path, 150, name_length=180)
    path = tmp_path / DATABASE_FILENAME
    with closing(sqlite3.connect(path)) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        (root,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'advocates'").fetchone()
    with path.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(random.Random(3).randbytes(page_size))
    damaged = path.read_bytes()

    with Program.open(tmp_path) as program:  # the schema and the version are intact: opening works
        with pytest.raises(DatabaseCorrupt) as info:
            program.read(lambda s: s.execute(select(Advocate)).all())
        assert str(path) in str(info.value)
        with pytest.raises(DatabaseCorrupt):
            program.run(advocates.create, new=advocates.NewAdvocate("new@example.com", "New Person"))
    assert path.read_bytes() == damaged


def test_a_data_dir_that_cannot_be_created_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    data_dir = blocker / "program"

    with pytest.raises(DataDirNotWritable) as info:
        Program.open(data_dir)
    assert str(data_dir) in str(info.value)
    with pytest.raises(DataDirNotWritable):
        Database.open_file(data_dir / DATABASE_FILENAME)
    assert blocker.read_text() == "not a folder"


# --- a full disk ---------------------------------------------------------------------------------------------------


def test_a_full_database_raises_storage_full_and_keeps_what_was_saved(tmp_path: Path) -> None:
    """Simulated with ``max_page_count``: the file may not grow, as if the disk were full."""
    add_people(tmp_path, 5)
    before = people(tmp_path)
    database = Database.open_file(tmp_path / DATABASE_FILENAME)
    try:
        with pytest.raises(StorageFull) as info:
            fill_up(database)
        assert str(database.path) in str(info.value)
    finally:
        database.close()  # the limit lives on the pooled connection: drop it
    assert people(tmp_path) == before
    with Program.open(tmp_path) as program:
        assert program.read(lambda s: s.scalar(text("SELECT count(*) FROM groups"))) == 0
        assert program.read(lambda s: s.scalar(select(func.count()).where(Advocate.company != ""))) == 0


def fill_up(database: Database) -> None:
    with database.write() as session:
        pages = session.scalar(text("PRAGMA page_count"))
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
        session.execute(text("UPDATE advocates SET company = 'changed in the failed transaction'"))
        for n in range(2_000):
            session.execute(
                text("INSERT INTO groups (slug, name) VALUES (:slug, :name)"),
                {"slug": f"group-{n}", "name": "g" * 150},
            )


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1 MiB tmpfs, so the disk really fills up (needs root and permission to mount)."""
    mount_point = tmp_path / "tiny-disk"
    mount_point.mkdir()
    try:
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        pytest.skip(f"cannot mount a small tmpfs to fill up: {error}")
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs to fill up (needs root): {result.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=False, timeout=10)


def test_a_really_full_disk_raises_storage_full_and_keeps_what_was_saved(tiny_disk: Path) -> None:
    data_dir = tiny_disk / "program"
    add_people(data_dir, 5)
    before = people(data_dir)

    with Program.open(data_dir, clock=lambda: NOW) as program:
        with pytest.raises(StorageFull) as info:
            program.run(_fill_the_disk)
        assert str(data_dir / DATABASE_FILENAME) in str(info.value)
        # Still usable for reading after the failure.
        assert program.read(lambda s: s.scalar(select(func.count()).select_from(Advocate))) == len(before)

    assert people(data_dir) == before


def _fill_the_disk(session: Session, now: datetime) -> None:
    session.execute(text("UPDATE advocates SET company = 'changed in the failed transaction'"))
    session.execute(text("CREATE TABLE filler (data BLOB)"))
    for _ in range(400):
        session.execute(text("INSERT INTO filler VALUES (randomblob(8000))"))
