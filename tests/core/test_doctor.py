"""``diagnose`` reports what is wrong with a data dir, and never changes a byte of it."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import null

from advocate_hub.core import doctor
from advocate_hub.core.doctor import NO_KEYRING, Diagnosis, Level, diagnose
from advocate_hub.core.services import advocates
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.database import DATABASE_FILENAME


class DummyKeyring(KeyringBackend):
    """A backend that could hold a secret (it never does here)."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NotImplementedError

    def delete_password(self, service: str, username: str) -> None:
        raise NotImplementedError


def finding(diagnosis: Diagnosis, topic: str) -> doctor.Finding:
    (match,) = [f for f in diagnosis.findings if f.topic == topic]
    return match


def snapshot(directory: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())}


@pytest.fixture
def program_dir(tmp_path: Path) -> Path:
    """A data dir holding a freshly created (schema only) program, closed again."""
    data_dir = tmp_path / "program"
    Program.open(data_dir).close()
    return data_dir


def test_a_missing_data_dir_is_only_a_warning_and_is_not_created(tmp_path: Path) -> None:
    data_dir = tmp_path / "nothing-here"

    diagnosis = diagnose(data_dir)

    assert diagnosis.healthy
    assert finding(diagnosis, "data dir").level is Level.WARNING
    assert finding(diagnosis, "database").level is Level.WARNING
    assert "no database yet" in finding(diagnosis, "database").message
    assert not data_dir.exists()


def test_a_data_dir_that_is_a_file_is_a_problem(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("hello")

    diagnosis = diagnose(not_a_dir)

    assert not diagnosis.healthy
    assert "not a folder" in finding(diagnosis, "data dir").message


def test_a_fresh_program_is_healthy(program_dir: Path) -> None:
    before = snapshot(program_dir)

    diagnosis = diagnose(program_dir)

    assert diagnosis.healthy
    assert diagnosis.database == program_dir / DATABASE_FILENAME
    assert finding(diagnosis, "schema").level is Level.OK
    assert "(current)" in finding(diagnosis, "schema").message
    assert finding(diagnosis, "integrity").message == "ok"
    assert finding(diagnosis, "contents").message == "0 advocates, 0 ledger entries"
    assert snapshot(program_dir) == before


def test_a_program_in_use_is_read_through_its_wal(program_dir: Path) -> None:
    with Program.open(program_dir) as program:
        program.run(advocates.create, new=advocates.NewAdvocate(email="ana@example.com", name="Ana"))
        assert (program_dir / f"{DATABASE_FILENAME}-wal").exists()

        diagnosis = diagnose(program_dir)

    assert diagnosis.healthy
    assert finding(diagnosis, "contents").message.startswith("1 advocates")


def test_random_bytes_are_not_a_database_and_stay_untouched(tmp_path: Path) -> None:
    (tmp_path / DATABASE_FILENAME).write_bytes(os.urandom(64 * 1024))
    before = snapshot(tmp_path)

    diagnosis = diagnose(tmp_path)

    assert not diagnosis.healthy
    (problem,) = diagnosis.problems
    assert "is not a database" in problem.message
    assert snapshot(tmp_path) == before


def test_a_truncated_database_is_damaged(program_dir: Path) -> None:
    database = program_dir / DATABASE_FILENAME
    with database.open("r+b") as file:
        file.truncate(database.stat().st_size // 2)

    diagnosis = diagnose(program_dir)

    assert not diagnosis.healthy
    assert any("damaged or truncated" in problem.message for problem in diagnosis.problems)


def test_a_newer_schema_is_a_problem(program_dir: Path) -> None:
    database = program_dir / DATABASE_FILENAME
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999zz'")
    connection.close()

    diagnosis = diagnose(program_dir)

    assert not diagnosis.healthy
    schema = finding(diagnosis, "schema")
    assert schema.level is Level.PROBLEM
    assert "9999zz is newer than this app knows" in schema.message


def test_an_older_schema_is_a_warning(program_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    known = doctor.known_revisions()
    monkeypatch.setattr(doctor, "head_revision", lambda: "9999")
    monkeypatch.setattr(doctor, "known_revisions", lambda: {*known, "9999"})

    diagnosis = diagnose(program_dir)

    assert diagnosis.healthy
    schema = finding(diagnosis, "schema")
    assert schema.level is Level.WARNING
    assert "older than this app's 9999" in schema.message


def test_an_empty_file_is_an_empty_database(tmp_path: Path) -> None:
    (tmp_path / DATABASE_FILENAME).write_bytes(b"")

    diagnosis = diagnose(tmp_path)

    assert diagnosis.healthy
    assert "empty database" in finding(diagnosis, "schema").message


def test_a_foreign_sqlite_database_is_a_problem(tmp_path: Path) -> None:
    with sqlite3.connect(tmp_path / DATABASE_FILENAME) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()

    diagnosis = diagnose(tmp_path)

    assert not diagnosis.healthy
    assert "not an Advocate Hub database" in finding(diagnosis, "schema").message


def test_a_failed_integrity_check_is_a_problem(program_dir: Path) -> None:
    # An index whose declared order no longer matches its pages: the file opens, but integrity_check objects.
    with sqlite3.connect(program_dir / DATABASE_FILENAME) as connection:
        connection.execute("CREATE TABLE scratch (a INTEGER)")
        connection.execute("CREATE INDEX ix_scratch ON scratch (a)")
        connection.executemany("INSERT INTO scratch VALUES (?)", [(n,) for n in range(200)])
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_scratch ON scratch (a DESC)' WHERE name = 'ix_scratch'"
        )
    connection.close()

    diagnosis = diagnose(program_dir)

    assert not diagnosis.healthy
    integrity = finding(diagnosis, "integrity")
    assert integrity.level is Level.PROBLEM
    assert "missing from index ix_scratch" in integrity.message
    assert "more)" in integrity.message


def test_the_fail_keyring_is_a_warning_not_a_problem(tmp_path: Path) -> None:
    diagnosis = diagnose(tmp_path)  # tests/conftest.py selects keyring's fail backend

    keyring_finding = finding(diagnosis, "keyring")
    assert keyring_finding.level is Level.WARNING
    assert NO_KEYRING in keyring_finding.message
    assert "keyring.backends.fail.Keyring" in keyring_finding.message
    assert diagnosis.healthy


@pytest.mark.parametrize(
    ("backend", "level"),
    [(null.Keyring(), Level.WARNING), (DummyKeyring(), Level.OK)],
    ids=["null", "usable"],
)
def test_keyring_backends(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: KeyringBackend, level: Level
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)

    keyring_finding = finding(diagnose(tmp_path), "keyring")

    assert keyring_finding.level is level
    assert type(backend).__qualname__ in keyring_finding.message


def test_a_broken_keyring_configuration_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> KeyringBackend:
        raise RuntimeError("no such backend: nope.Keyring")

    monkeypatch.setattr(keyring, "get_keyring", broken)

    diagnosis = diagnose(tmp_path)

    assert diagnosis.healthy
    assert "no such backend: nope.Keyring" in finding(diagnosis, "keyring").message
