"""The desktop app's log file: errors in background tasks and on the GUI thread land there with their traceback."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

from advocate_hub.core import logs
from advocate_hub.core.domain.errors import NotAllowed
from advocate_hub.ui import logs as ui_logs

if TYPE_CHECKING:
    from tests.ui.conftest import AppUnderTest


@pytest.fixture
def log_path(tmp_path: Path) -> Iterator[Path]:
    """The app's logging set up as at start, writing under tmp_path; the root logger is restored afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    path = logs.configure(tmp_path / "log" / "advocate-hub.log")
    assert path is not None
    yield path
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def fail_in_a_worker() -> None:
    raise RuntimeError("a bug in a background task")


def test_an_error_in_a_background_task_is_in_the_log_file_with_its_traceback(
    hub: AppUnderTest, qtbot: QtBot, log_path: Path
) -> None:
    with qtbot.waitSignal(hub.controller.error, timeout=5_000) as shown:
        hub.runner.run_db(fail_in_a_worker)
    assert "The details are in the log" in shown.args[0]
    logged = log_path.read_text(encoding="utf-8")
    assert "Unexpected error in a background task" in logged
    assert "Traceback (most recent call last)" in logged
    assert "in fail_in_a_worker" in logged
    assert "RuntimeError: a bug in a background task" in logged


def test_configuring_twice_adds_no_second_handler(log_path: Path, tmp_path: Path) -> None:
    assert logs.configure(tmp_path / "elsewhere.log") == log_path
    names = [handler.get_name() for handler in logging.getLogger().handlers]
    assert names.count(logs.FILE_HANDLER) == 1
    assert names.count(logs.STDERR_HANDLER) == 1


def test_an_uncaught_error_on_the_gui_thread_is_logged_and_shown_briefly(qtbot: QtBot, log_path: Path) -> None:
    shown: list[str] = []
    hook = ui_logs.ExceptHook(shown.append)
    try:
        raise KeyError("missing")
    except KeyError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [ui_logs.uncaught_message(KeyError())]
    assert "Something went wrong. The details are in the log in" in shown[0]
    assert "Traceback" not in shown[0]
    logged = log_path.read_text(encoding="utf-8")
    assert "Uncaught exception on the GUI thread" in logged
    assert "KeyError: 'missing'" in logged


def test_an_uncaught_domain_error_shows_its_own_words(qtbot: QtBot, log_path: Path) -> None:
    shown: list[str] = []
    hook = ui_logs.ExceptHook(shown.append)
    error = NotAllowed("Only moderators can do that.")
    hook(NotAllowed, error, None)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == ["Only moderators can do that."]


def test_a_burst_of_uncaught_errors_shows_one_message_at_a_time(qtbot: QtBot, log_path: Path) -> None:
    shown: list[str] = []
    hook = ui_logs.ExceptHook(shown.append)
    for _ in range(5):
        hook(RuntimeError, RuntimeError("again"), None)
    qtbot.waitUntil(lambda: bool(shown))
    qtbot.wait(20)
    assert len(shown) == 1
    assert log_path.read_text(encoding="utf-8").count("RuntimeError: again") == 5


def test_an_unwritable_log_folder_leaves_stderr_only(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        assert logs.configure(tmp_path / "a-file" / "log" / "advocate-hub.log") is None
        assert logs.FILE_HANDLER not in [handler.get_name() for handler in root.handlers]
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
