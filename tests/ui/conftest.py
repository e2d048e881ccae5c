"""Fixtures for the desktop app: a real demo program in a temporary folder and a real main window.

The demo program is built once per test session and copied for each test (building it takes seconds).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from advocate_hub.core.demo.seed import create_demo
from advocate_hub.core.domain.enums import AdvocateStatus, Role
from advocate_hub.core.queries.people import find_by_email, people
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.database import DATABASE_FILENAME
from advocate_hub.ui import app as ui_app
from advocate_hub.ui import theme
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.main_window import MainWindow
from advocate_hub.ui.tasks import TaskRunner

MODERATOR_EMAIL = "maya.chen@example.com"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo-template")
    with Program.open(folder) as program:
        create_demo(program, seed=ui_app.DEMO_SEED)
    return folder


@pytest.fixture
def data_dir(demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "data"
    target.mkdir()
    shutil.copy(demo_template / DATABASE_FILENAME, target / DATABASE_FILENAME)
    return target


@dataclass
class AppUnderTest:
    """The whole app as the user sees it, wired exactly as ``ui.app`` wires it."""

    program: Program
    runner: TaskRunner
    controller: AppController
    window: MainWindow
    qtbot: QtBot

    def sign_in(self, email: str) -> int:
        person = self.program.read(find_by_email, email=email)
        assert person is not None, email
        ui_app.sign_in(self.window, self.controller, person)
        self.settle()
        return person.id

    def email_of_tier(self, tier: str) -> str:
        """The email of an active advocate of ``tier`` in the demo program."""
        for person in self.program.read(people):
            if person.role is Role.ADVOCATE and person.status is AdvocateStatus.ACTIVE and person.tier.value == tier:
                return person.email
        raise LookupError(tier)

    def moderator_id(self) -> int:
        person = self.program.read(find_by_email, email=MODERATOR_EMAIL)
        assert person is not None
        return person.id

    def settle(self, timeout: int = 10_000) -> None:
        """Wait until every background task has finished and its results reached the widgets."""
        self.qtbot.waitUntil(lambda: not self.runner.busy(), timeout=timeout)
        self.qtbot.wait(10)
        self.qtbot.waitUntil(lambda: not self.runner.busy(), timeout=timeout)


@pytest.fixture
def hub(qtbot: QtBot, qapp: object, data_dir: Path) -> Iterator[AppUnderTest]:
    theme.apply(qapp, theme.ThemeName.LIGHT)  # type: ignore[arg-type]
    program = Program.open(data_dir)
    runner = TaskRunner()
    controller = AppController(program, runner)
    window = ui_app.build_window(program, controller)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    under_test = AppUnderTest(program, runner, controller, window, qtbot)
    yield under_test
    controller.stop()
    runner.wait()
    program.close()
