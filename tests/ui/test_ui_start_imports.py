"""The start path stays lean: a fresh app process that paints its main window loads only what that needs.

Timings are for the benchmarks (bench/app_start.py); these tests guard the design that makes start-up fast and
independent of the program's size: no server, no migrations machinery when the schema is current, no moderator
workspace (nor its charts and PDF code) and no screens but the first until they are opened; no icon-font library
(the icons are bundled SVGs) and no PostgreSQL dialect.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from advocate_hub.core.demo.synthetic import generate
from advocate_hub.core.services.program import Program
from advocate_hub.ui.first_paint import ENVIRONMENT, MARKER
from tests.ui.conftest import MODERATOR_EMAIL, AppUnderTest

NOT_ON_THE_START_PATH = (
    "fastapi",
    "uvicorn",
    "starlette",
    "advocate_hub.server",
    "alembic",
    "advocate_hub.core.doctor",
    "advocate_hub.core.demo.seed",
    "PySide6.QtCharts",
    "advocate_hub.ui.pdf_summary",
    "advocate_hub.ui.views.metrics",
    "advocate_hub.ui.views.moderation",
    "advocate_hub.ui.views.advocates",
    "advocate_hub.ui.views.calendar",
    "advocate_hub.ui.views.challenge_editor",
    "advocate_hub.ui.views.fulfilment",
    "advocate_hub.ui.views.referral_board",
    "advocate_hub.ui.views.audit_log",
    "advocate_hub.ui.views.leaderboard",
    "advocate_hub.ui.views.profile",
    "advocate_hub.core.sync.engine",
    "advocate_hub.core.api",
    "qtawesome",
    "qtpy",
    "sqlalchemy.dialects.postgresql",
)
START = """
import sys
from advocate_hub.cli import main
code = main(sys.argv[1:])
print("MODULES", *sorted(sys.modules))
sys.exit(code)
"""


OPEN_AFTER_WARM_UP = """
import enum, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from advocate_hub.core.queries.people import find_by_email
from advocate_hub.core.services.program import Program
from advocate_hub.ui import app as ui_app
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.tasks import TaskRunner

application = ui_app.application()
program = Program.open(Path(sys.argv[1]))
runner = TaskRunner()
controller = AppController(program, runner)
window = ui_app.build_window(program, controller)
ui_app.sign_in(window, controller, program.read(find_by_email, email=sys.argv[2]))
window.show()
loop = QEventLoop()
poll = QTimer()
poll.timeout.connect(lambda: loop.quit() if not window.warm_up_pending() and not runner.busy() else None)
poll.start(10)
QTimer.singleShot(30_000, loop.quit)
loop.exec()
print("IMPORTED", sorted(m for m in sys.modules if m.startswith("advocate_hub.ui.views.")))
created = []
make = enum.EnumType._create_
enum.EnumType._create_ = lambda cls, name, *args, **kw: created.append(name) or make(cls, name, *args, **kw)
window.show_screen("leaderboard")
print("BUILT", window.screens["leaderboard"].built, "ENUMS", len(created))
controller.stop()
runner.wait()
program.close()
"""


@pytest.fixture(scope="module")
def small_program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("start-path")
    with Program.open(folder) as program:
        generate(program, advocates=40, events=200)
    return folder


def fresh_process(script: str, *arguments: str, **environment: str) -> list[str]:
    """The lines ``script`` printed, run offscreen in a new interpreter (nothing imported yet), which must succeed."""
    result = subprocess.run(
        [sys.executable, "-c", script, *arguments],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **environment},
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_a_first_paint_loads_no_module_it_does_not_need(small_program: Path) -> None:
    lines = fresh_process(
        START, "--data-dir", str(small_program), "--as", "advocate20@synthetic.example", **{ENVIRONMENT: "1"}
    )
    assert any(line.startswith(MARKER) for line in lines), "the window never painted"
    modules = next(line for line in lines if line.startswith("MODULES ")).split()[1:]
    assert "advocate_hub.ui.main_window" in modules
    loaded = [m for m in modules if any(m == name or m.startswith(f"{name}.") for name in NOT_ON_THE_START_PATH)]
    assert loaded == []


def test_screens_are_built_when_first_opened(hub: AppUnderTest, qtbot: QtBot) -> None:
    screens = hub.window.screens
    assert screens["home"].built
    assert not screens["metrics"].built
    assert not screens["leaderboard"].built
    hub.sign_in(MODERATOR_EMAIL)
    hub.window.show_screen("metrics")
    assert screens["metrics"].built
    assert hub.window.stack.currentWidget() is screens["metrics"].page
    assert hub.window.current_key() == "metrics"
    hub.window.show_screen("leaderboard")
    assert hub.window.stack.currentWidget() is screens["leaderboard"].page
    assert type(screens["leaderboard"].page).__name__ == "LeaderboardPage"
    assert hub.window.stack.count() == len(screens)


def test_the_window_warms_up_at_idle_so_opening_the_leaderboard_imports_and_readies_nothing(
    small_program: Path,
) -> None:
    """After start, at idle, the window imports the light screens' modules (not the profile's, nor the moderator
    workspace's) and has PySide6 ready its widget types: opening the leaderboard then builds the page only, with no
    import and none of the some 65 enum classes PySide6 otherwise creates at the first scroll area's viewport."""
    lines = fresh_process(OPEN_AFTER_WARM_UP, str(small_program), "advocate20@synthetic.example")
    imported = next(line for line in lines if line.startswith("IMPORTED "))
    for module in ("leaderboard", "badges", "rewards"):
        assert f"'advocate_hub.ui.views.{module}'" in imported
    for module in ("profile", "metrics", "moderation"):
        assert f"'advocate_hub.ui.views.{module}'" not in imported
    assert "BUILT True ENUMS 0" in lines
