"""Bringing a database to the schema this app knows, through Alembic, and refusing one that is newer.

A database written by a newer app version is left untouched (we cannot know what its new columns mean), and a
database about to be migrated is first copied with ``VACUUM INTO`` so an interrupted or faulty migration never
costs a point.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text

from advocate_hub.core.domain.errors import DatabaseNewerThanApp
from advocate_hub.core.store.database import Database

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True, slots=True)
class MigrationReport:
    before: str | None
    after: str
    backup: Path | None


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_not_newer(revision: str | None, where: str) -> None:
    if revision is not None and revision not in known_revisions():
        raise DatabaseNewerThanApp(
            f"{where} was written by a newer version of Advocate Hub (schema {revision}). "
            "It was left untouched; update the app to open it."
        )


def upgrade(database: Database, backup_dir: Path | None = None) -> MigrationReport:
    """Migrate to head; refuse a newer schema; back the file up first when it already holds data."""
    before = current_revision(database)
    check_not_newer(before, str(database.path))
    head = head_revision()
    if before == head:
        return MigrationReport(before, head, None)
    backup = None
    if before is not None and backup_dir is not None and database.engine.dialect.name == "sqlite":
        backup = backup_file(database, backup_dir, before)
    with database.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    return MigrationReport(before, head, backup)


def backup_file(database: Database, backup_dir: Path, revision: str) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"{database.path.stem}-{revision}-{stamp}.sqlite"
    with database.engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").execute(
            text("VACUUM INTO :target"), {"target": str(target)}
        )
    return target
