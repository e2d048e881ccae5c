"""Migrations: an empty file reaches head, models and migrations agree, a newer schema is refused untouched, and a
database holding data is backed up before it is migrated."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from advocate_hub.core.domain.errors import DatabaseNewerThanApp
from advocate_hub.core.services import advocates
from advocate_hub.core.services.program import Program
from advocate_hub.core.store import migrate
from advocate_hub.core.store.database import DATABASE_FILENAME, Database
from advocate_hub.core.store.models import Base

NOW = datetime(2025, 3, 3, 12, 0, tzinfo=UTC)
FUTURE_REVISION = "9999_from_a_newer_app"

NOOP_REVISION = '''"""a later revision that changes nothing (test only)"""

revision = "test_noop"
down_revision = {down!r}
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
'''


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = Database.open_file(tmp_path / DATABASE_FILENAME)
    yield db
    db.close()


def tables_in(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as connection:
        return {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def emails_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [email for (email,) in connection.execute("SELECT email FROM advocates ORDER BY id")]


def revision_in(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(revision)


def file_state(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def add_people(data_dir: Path, count: int) -> list[str]:
    with Program.open(data_dir, clock=lambda: NOW) as program:
        for n in range(count):
            program.run(advocates.create, new=advocates.NewAdvocate(f"person{n}@example.com", f"Person {n}"))
    return [f"person{n}@example.com" for n in range(count)]


def test_an_empty_file_is_migrated_to_head_with_every_table(database: Database, tmp_path: Path) -> None:
    report = migrate.upgrade(database, backup_dir=tmp_path / "backups")

    assert report.before is None
    assert report.after == migrate.head_revision() == migrate.current_revision(database)
    assert report.backup is None, "nothing to lose in an empty file, so no backup"
    assert not (tmp_path / "backups").exists()
    assert tables_in(database.path) == set(Base.metadata.tables) | {"alembic_version"}


def test_upgrading_again_is_a_no_op(database: Database, tmp_path: Path) -> None:
    migrate.upgrade(database, backup_dir=tmp_path / "backups")
    database.close()
    before = file_state(database.path)

    again = Database.open_file(database.path)
    try:
        report = migrate.upgrade(again, backup_dir=tmp_path / "backups")
    finally:
        again.close()

    assert report.before == report.after == migrate.head_revision()
    assert report.backup is None
    assert file_state(database.path) == before
    assert not (tmp_path / "backups").exists()


def test_models_and_migrations_agree(database: Database) -> None:
    migrate.upgrade(database)
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == [], "the models changed without a migration (or the other way round)"


def test_indexes_of_the_models_exist_in_the_migrated_database(database: Database) -> None:
    migrate.upgrade(database)
    inspector = inspect(database.engine)
    for table in Base.metadata.sorted_tables:
        expected = {index.name for index in table.indexes}
        assert expected <= {index["name"] for index in inspector.get_indexes(table.name)}, table.name


def test_a_database_from_a_newer_app_is_refused_and_left_untouched(tmp_path: Path) -> None:
    add_people(tmp_path, 3)
    path = tmp_path / DATABASE_FILENAME
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (FUTURE_REVISION,))
    before = file_state(path)
    names_before = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(DatabaseNewerThanApp) as info:
        Program.open(tmp_path)

    message = str(info.value)
    assert str(path) in message
    assert FUTURE_REVISION in message
    assert "newer version" in message
    assert file_state(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == names_before
    assert not (tmp_path / "backups").exists()


def test_upgrade_itself_refuses_a_newer_schema(database: Database) -> None:
    migrate.upgrade(database)
    with database.engine.begin() as connection:
        connection.exec_driver_sql(f"UPDATE alembic_version SET version_num = '{FUTURE_REVISION}'")
    with pytest.raises(DatabaseNewerThanApp):
        migrate.upgrade(database)
    assert migrate.current_revision(database) == FUTURE_REVISION


@pytest.fixture
def one_more_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """This app's migrations plus one later no-op revision; returns (previous head, new head)."""
    previous_head = migrate.head_revision()
    copy = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "versions" / "9000_test_noop.py").write_text(NOOP_REVISION.format(down=previous_head))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", copy)
    assert migrate.head_revision() == "test_noop"
    return previous_head, "test_noop"


def test_a_database_with_data_is_backed_up_before_a_migration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, one_more_revision: tuple[str, str]
) -> None:
    previous_head, new_head = one_more_revision
    data_dir = tmp_path / "program"
    with monkeypatch.context() as original:
        original.setattr(migrate, "MIGRATIONS_DIR", Path(migrate.__file__).with_name("migrations"))
        emails = add_people(data_dir, 4)
        assert revision_in(data_dir / DATABASE_FILENAME) == previous_head

    database = Database.open_file(data_dir / DATABASE_FILENAME)
    try:
        report = migrate.upgrade(database, backup_dir=data_dir / "backups")
    finally:
        database.close()

    assert (report.before, report.after) == (previous_head, new_head)
    assert report.backup is not None
    assert report.backup.parent == data_dir / "backups"
    assert report.backup.is_file()
    assert previous_head in report.backup.name
    with closing(sqlite3.connect(report.backup)) as backup:
        assert backup.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert emails_in(report.backup) == emails
    assert revision_in(report.backup) == previous_head
    assert revision_in(data_dir / DATABASE_FILENAME) == new_head
    assert emails_in(data_dir / DATABASE_FILENAME) == emails


def test_program_open_backs_up_and_migrates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, one_more_revision: tuple[str, str]
) -> None:
    previous_head, new_head = one_more_revision
    data_dir = tmp_path / "program"
    with monkeypatch.context() as original:
        original.setattr(migrate, "MIGRATIONS_DIR", Path(migrate.__file__).with_name("migrations"))
        emails = add_people(data_dir, 2)

    with Program.open(data_dir) as program:
        assert migrate.current_revision(program.database) == new_head
        assert not program.is_empty()

    (backup,) = (data_dir / "backups").iterdir()
    assert emails_in(backup) == emails
    assert revision_in(backup) == previous_head
