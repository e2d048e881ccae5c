"""Test-wide set-up: no display, no real OS keyring, every data dir in a temporary folder, and the migrated server
databases that server fixtures copy."""

from __future__ import annotations

import os
import sys
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


SERVER_FIXTURES = frozenset({"server", "postgres_url"})
"""Fixtures that start ``advocate-hub serve`` or make a throw-away PostgreSQL database: a module's costly set-up."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Modules with slow tests first, then modules with server fixtures, then the rest, each module kept whole.

    ``make test`` hands each module to one worker (``--dist loadscope``, so a module's servers start once, not once
    per worker that gets some of its tests) in this order: the long modules start early and the many short ones
    fill in at the end, rather than a long one keeping one worker busy alone while the other has finished.
    """

    def module_of(item: pytest.Item) -> str:
        return item.nodeid.partition("::")[0]

    rank: dict[str, int] = {}
    for item in items:
        if item.get_closest_marker("slow"):
            cost = 0
        elif SERVER_FIXTURES & set(item.fixturenames):
            cost = 1
        else:
            cost = 2
        rank[module_of(item)] = min(cost, rank.get(module_of(item), cost))
    items.sort(key=lambda item: rank[module_of(item)])


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """After each test, delete the widgets it closed, which Qt otherwise keeps until an event loop next runs.

    pytest-qt closes a test's widgets with ``deleteLater``; left alive, they are restyled by the next test's theme
    or font change (a second or more for a whole window) and their objects outlive the test that made them.
    """
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
