"""A read-only health check of one data dir: is the database usable, and is there a keyring for secrets?

``advocate-hub doctor`` prints this, and support asks for it first, so it must never make things worse: it
creates, migrates and writes nothing. When no ``-wal`` file sits next to the database, no connection is open
and the main file holds everything, so it is opened ``immutable`` (SQLite then takes no locks and creates no
``-wal``/``-shm`` files); otherwise it is opened ``mode=ro`` so the committed pages in the WAL are read too.

A missing database is a warning, not a problem: it is the normal state before the first start (and
``doctor`` is often run exactly then), and the app creates it on demand. Only damage to data the app would
refuse or misread makes a diagnosis unhealthy; an unusable keyring or a read-only folder are warnings, since
the app can still say clearly what it cannot do.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from advocate_hub.core.store.database import DATABASE_FILENAME, Database
from advocate_hub.core.store.migrate import current_revision, head_revision, known_revisions

NO_KEYRING = "no usable keyring: the app works signed-out/offline only"
_INTEGRITY_LINES_SHOWN = 5


class Level(StrEnum):
    OK = "ok"
    WARNING = "warning"
    PROBLEM = "problem"


@dataclass(frozen=True, slots=True)
class Finding:
    level: Level
    topic: str
    message: str


@dataclass(frozen=True, slots=True)
class Diagnosis:
    data_dir: Path
    database: Path
    findings: tuple[Finding, ...]

    @property
    def healthy(self) -> bool:
        """False only when the data itself is damaged, foreign or too new for this app."""
        return not self.problems

    @property
    def problems(self) -> tuple[Finding, ...]:
        return tuple(finding for finding in self.findings if finding.level is Level.PROBLEM)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(finding for finding in self.findings if finding.level is Level.WARNING)


def diagnose(data_dir: Path) -> Diagnosis:
    database = data_dir / DATABASE_FILENAME
    findings = [*_check_data_dir(data_dir), *_check_database(database), _check_keyring()]
    return Diagnosis(data_dir, database, tuple(findings))


def _check_data_dir(data_dir: Path) -> list[Finding]:
    if not data_dir.exists():
        return [Finding(Level.WARNING, "data dir", f"{data_dir} does not exist yet; the app creates it")]
    if not data_dir.is_dir():
        return [Finding(Level.PROBLEM, "data dir", f"{data_dir} is not a folder")]
    if not os.access(data_dir, os.W_OK):
        return [
            Finding(
                Level.WARNING,
                "data dir",
                f"{data_dir} is read-only: the app cannot open the program until it is writable",
            )
        ]
    return [Finding(Level.OK, "data dir", f"{data_dir} exists and is writable")]


def _check_database(path: Path) -> list[Finding]:
    if not path.exists():
        return [
            Finding(
                Level.WARNING,
                "database",
                f"no database yet at {path}: the app or `advocate-hub demo` creates it",
            )
        ]
    findings = [Finding(Level.OK, "database", f"{path} ({path.stat().st_size:,} bytes)")]
    engine = _read_only_engine(path)
    try:
        with engine.connect() as connection:
            findings.append(_check_schema(Database(engine, path), connection))
            findings.append(_check_integrity(connection))
            if all(finding.level is not Level.PROBLEM for finding in findings):
                findings.extend(_count_contents(connection))
    except DBAPIError as error:
        findings.append(_unreadable(path, error))
    finally:
        engine.dispose()
    return findings


def _read_only_engine(path: Path) -> Engine:
    mode = "mode=ro" if path.with_name(f"{path.name}-wal").exists() else "mode=ro&immutable=1"
    uri = f"{path.absolute().as_uri()}?{mode}"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True)

    return create_engine("sqlite+pysqlite://", creator=connect, poolclass=NullPool)


def _check_schema(database: Database, connection: Connection) -> Finding:
    revision = current_revision(database)
    head = head_revision()
    if revision is None:
        tables = connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
        if tables:
            return Finding(
                Level.PROBLEM,
                "schema",
                "the file holds tables but no Advocate Hub schema version: it is not an Advocate Hub database",
            )
        return Finding(Level.WARNING, "schema", "empty database: the app sets up its schema on the next start")
    if revision == head:
        return Finding(Level.OK, "schema", f"{revision} (current)")
    if revision in known_revisions():
        return Finding(
            Level.WARNING,
            "schema",
            f"{revision}, older than this app's {head}: it is upgraded, after a backup, on the next start",
        )
    return Finding(
        Level.PROBLEM,
        "schema",
        f"{revision} is newer than this app knows (latest {head}): it was written by a newer Advocate Hub; "
        "update the app to open it",
    )


def _check_integrity(connection: Connection) -> Finding:
    lines = [str(row[0]) for row in connection.exec_driver_sql("PRAGMA integrity_check")]
    if lines == ["ok"]:
        return Finding(Level.OK, "integrity", "ok")
    shown = "; ".join(lines[:_INTEGRITY_LINES_SHOWN])
    more = len(lines) - _INTEGRITY_LINES_SHOWN
    suffix = f" (and {more} more)" if more > 0 else ""
    return Finding(Level.PROBLEM, "integrity", f"integrity check failed: {shown}{suffix}")


def _count_contents(connection: Connection) -> list[Finding]:
    """Counts only make sense once the schema is known; an empty file has nothing to count."""
    tables = set(connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars())
    if not {"advocates", "ledger_entries"} <= tables:
        return []
    advocates = connection.exec_driver_sql("SELECT count(*) FROM advocates").scalar_one()
    entries = connection.exec_driver_sql("SELECT count(*) FROM ledger_entries").scalar_one()
    return [Finding(Level.OK, "contents", f"{advocates:,} advocates, {entries:,} ledger entries")]


def _unreadable(path: Path, error: DBAPIError) -> Finding:
    original = error.orig
    code = getattr(original, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_NOTADB:
        return Finding(Level.PROBLEM, "database", f"{path} is not a database (or is encrypted)")
    if code == sqlite3.SQLITE_CORRUPT:
        return Finding(Level.PROBLEM, "database", f"{path} is damaged or truncated ({original}); restore a backup")
    return Finding(Level.PROBLEM, "database", f"{path} cannot be read: {original}")


def _check_keyring() -> Finding:
    try:
        backend = keyring.get_keyring()
    except Exception as error:  # a broken backend configuration is reported, not raised: doctor must finish
        return Finding(Level.WARNING, "keyring", f"cannot load a keyring backend ({error}): {NO_KEYRING}")
    name = _backend_name(backend)
    if _usable(backend):
        return Finding(Level.OK, "keyring", name)
    return Finding(Level.WARNING, "keyring", f"{name}: {NO_KEYRING}")


def _usable(backend: KeyringBackend) -> bool:
    """The fail and null backends, and a chainer with nothing to chain, store no secret anywhere."""
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return bool(backend.backends)
    return True


def _backend_name(backend: KeyringBackend) -> str:
    kind = type(backend)
    name = f"{kind.__module__}.{kind.__qualname__}"
    if isinstance(backend, chainer.ChainerBackend) and backend.backends:
        chained = ", ".join(f"{type(b).__module__}.{type(b).__qualname__}" for b in backend.backends)
        return f"{name} ({chained})"
    return name
