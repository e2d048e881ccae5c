"""Bringing a database to the schema this app knows, through Alembic, and refusing one that is newer.

A database written by a newer app version is left untouched (we cannot know what its new columns mean), and a
database about to be migrated is first copied with ``VACUUM INTO`` so an interrupted or faulty migration never
costs a point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from advocate_hub.core.domain.errors import DatabaseNewerThanApp
from advocate_hub.core.store.database import Database

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_REVISION_LINE = re.compile(r"""^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(?:None|["']([^"']+)["'])\s*$""", re.M)


@dataclass(frozen=True, slots=True)
class MigrationReport:
    before: str | None
    after: str
    backup: Path | None


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(database: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_not_newer(revision: str | None, where: str) -> None:
    if revision is not None and revision not in known_revisions():
        raise DatabaseNewerThanApp(
            f"{where} was written by a newer version of Advocate Hub (schema {revision}). "
            "It was left untouched; update the app to open it."
        )


def upgrade(database: Database, backup_dir: Path | None = None) -> MigrationReport:
    """Migrate to head; refuse a newer schema; back the file up first when it already holds data.

    A database already at head (every start but the first after an update) is recognised without importing
    Alembic, which would cost a large share of the app's start-up time for nothing.
    """
    stamped = _stamped_revision(database)
    if stamped is not None and stamped == _head_on_disk():
        return MigrationReport(stamped, stamped, None)
    from alembic import command

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


def _stamped_revision(database: Database) -> str | None:
    """The revision in ``alembic_version``, read with one query (None when unstamped or ambiguous)."""
    with database.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return rows[0] if len(rows) == 1 else None


def _head_on_disk() -> str | None:
    """The one revision no other migration builds on, read from the files; None when that is not clear-cut.

    Only a fast path: anything unusual (a branch, a file it cannot read) returns None and Alembic decides.
    """
    revisions: dict[str, str | None] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        found = {name: value or None for name, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8"))}
        if "revision" not in found or found["revision"] is None:
            continue
        revisions[found["revision"]] = found.get("down_revision")
    heads = set(revisions) - {down for down in revisions.values() if down is not None}
    return next(iter(heads)) if len(heads) == 1 else None
