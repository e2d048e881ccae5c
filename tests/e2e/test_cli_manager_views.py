"""`--screenshot --view NAME` for the moderator workspace: rendered for a moderator, refused for an advocate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from advocate_hub.ui.screenshot import MANAGER_VIEWS

MODERATOR = "maya.chen@example.com"
ADVOCATE = "daniel.kim@example.com"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("manager-views") / "data"


@pytest.mark.parametrize("view", MANAGER_VIEWS)
def test_a_moderator_gets_each_workspace_view(run_cli: Any, seeded: Path, tmp_path: Path, view: str) -> None:
    picture = tmp_path / f"{view}.png"
    result = run_cli("--data-dir", seeded, "--as", MODERATOR, "--screenshot", picture, "--view", view)
    assert result.returncode == 0, result.stdout + result.stderr
    assert picture.read_bytes().startswith(b"\x89PNG")


def test_an_advocate_is_refused_the_workspace_views(run_cli: Any, seeded: Path, tmp_path: Path) -> None:
    picture = tmp_path / "metrics.png"
    result = run_cli("--data-dir", seeded, "--as", ADVOCATE, "--screenshot", picture, "--view", "metrics")
    assert result.returncode != 0
    assert "for moderators" in result.stderr
    assert ADVOCATE in result.stderr
    assert not picture.exists()
