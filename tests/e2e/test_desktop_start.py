"""Starting the desktop app as a user does (``advocate-hub`` in a subprocess): its names and its log file."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

RunCli = Callable[..., subprocess.CompletedProcess[str]]

NAMES_CODE = """
from advocate_hub.ui import app
qt = app.application()
print(qt.desktopFileName(), qt.applicationName(), qt.organizationName(), qt.organizationDomain(), sep="|")
"""

BROKEN_TASK_CODE = """
import sys
import advocate_hub.cli as cli
from advocate_hub.ui import controller

def broken_pulse(session, **kwargs):
    raise RuntimeError("a bug in a background task")

controller.pulse = broken_pulse
raise SystemExit(cli.main(sys.argv[1:]))
"""


def test_the_app_names_match_the_desktop_entry(run_cli: RunCli) -> None:
    result = run_cli(code=NAMES_CODE)
    assert result.returncode == 0, result.stderr
    desktop, name, organisation, domain = result.stdout.strip().split("|")
    entry = Path(__file__).resolve().parents[2] / "packaging" / "linux" / f"{desktop}.desktop"
    assert entry.is_file()
    assert "Name=Advocate Hub" in entry.read_text(encoding="utf-8").splitlines()
    assert (desktop, name, organisation, domain) == (
        "io.advocatehub.AdvocateHub",
        "Advocate Hub",
        "advocate-hub",
        "advocatehub.io",
    )


def test_an_error_in_a_background_task_of_the_app_is_in_its_log_file(
    run_cli: RunCli, cli_env: dict[str, str], tmp_path: Path
) -> None:
    shot = tmp_path / "home.png"
    result = run_cli(
        "--data-dir", tmp_path / "data", "--screenshot", shot, "--as", "daniel.kim@example.com", code=BROKEN_TASK_CODE
    )

    assert result.returncode == 0, result.stderr
    assert shot.is_file()
    (log,) = Path(cli_env["XDG_STATE_HOME"]).rglob("advocate-hub.log")
    logged = log.read_text(encoding="utf-8")
    assert "Unexpected error in a background task" in logged
    assert "Traceback (most recent call last)" in logged
    assert "in broken_pulse" in logged
    assert "RuntimeError: a bug in a background task" in logged
    assert "RuntimeError: a bug in a background task" in result.stderr


BROKEN_SLOT_CODE = """
import sys
import advocate_hub.cli as cli
from advocate_hub.ui.views import home

def broken_show(self, *args, **kwargs):
    raise RuntimeError("a bug on the GUI thread")

home.HomePage.show_home = broken_show
raise SystemExit(cli.main(sys.argv[1:]))
"""


def test_a_screenshot_whose_view_fails_exits_with_an_error_instead_of_waiting_on_a_dialog(
    run_cli: RunCli, tmp_path: Path
) -> None:
    shot = tmp_path / "home.png"
    result = run_cli(
        "--data-dir", tmp_path / "data", "--screenshot", shot, "--as", "daniel.kim@example.com", code=BROKEN_SLOT_CODE
    )

    assert result.returncode != 0
    assert "home view failed" in result.stderr
    assert not shot.exists()
