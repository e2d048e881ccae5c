"""Test-wide set-up: no display, no real OS keyring, every data dir in a temporary folder, and the migrated server
databases that server fixtures copy."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Set before Qt or keyring is imported anywhere, so no test can reach a display or a real keyring.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.pop("ADVOCATE_HUB_DATA_DIR", None)

# CI runs the property tests with fixed examples so a submission's result is reproducible; runs on developers'
# machines keep exploring new examples.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def server_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated server SQLite file, made once per test worker, that each server fixture copies."""
    from server.support import migrated_sqlite_template

    return migrated_sqlite_template(tmp_path_factory.mktemp("server-template") / "server.sqlite")


@pytest.fixture(scope="session")
def server_postgres_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A migrated PostgreSQL database, made once per test worker and dropped at its end, that each module copies.

    Session fixtures live here so the modules outside ``tests/server`` that import its server fixtures find them.
    """
    from server.support import PG_ENV, migrated_postgres_template

    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"set {PG_ENV} to run the PostgreSQL tests")
    with migrated_postgres_template(base, tmp_path_factory.mktemp("postgres-template")) as name:
        yield name


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashes() -> Iterator[None]:
    """Passwords and kiosk PINs hashed in the test process use argon2's cheapest parameters, not 0.2 s of CPU each.

    A hash is checked with the parameters written in it, so signing in to a test account (or a kiosk checking its
    PIN) is as cheap, and the suite makes and signs in to hundreds; servers in subprocesses keep their parameters.
    """
    from argon2 import PasswordHasher, profiles

    from advocate_hub.core.kiosk import config as kiosk_config
    from advocate_hub.server import auth

    cheapest = PasswordHasher.from_parameters(profiles.CHEAPEST)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(auth, "_hasher", cheapest)
        patch.setattr(kiosk_config, "_hasher", cheapest)
        yield
