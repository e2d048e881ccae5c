"""The task runner brings results and errors back to the GUI thread, and never swallows a failure."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from advocate_hub.ui.tasks import TaskRunner, collect_garbage


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    """As in the app: one runner that outlives its tasks and is drained before it goes."""
    runner = TaskRunner()
    yield runner
    runner.wait()


def test_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(qtbot: QtBot, runner: TaskRunner) -> None:
    gui = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    runner.run_db(work, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["worker"] != gui
    assert seen["callback"] == gui
    assert not runner.busy()


def test_a_failure_reaches_on_failure(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("boom")

    runner.run_db(work, on_failure=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "boom"


def test_a_failure_without_a_handler_is_signalled_not_swallowed(qtbot: QtBot, runner: TaskRunner) -> None:

    def work() -> None:
        raise RuntimeError("unhandled")

    with qtbot.waitSignal(runner.failed, timeout=5_000) as blocker:
        runner.run_net(work)
    assert str(blocker.args[0]) == "unhandled"


def test_database_work_is_serialised_on_one_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    threads: set[int] = set()
    finished: list[int] = []
    for number in range(5):
        runner.run_db(lambda: threads.add(threading.get_ident()), lambda _r, n=number: finished.append(n))
    qtbot.waitUntil(lambda: len(finished) == 5)
    assert len(threads) == 1
    assert finished == [0, 1, 2, 3, 4]


def test_the_first_full_collection_freezes_what_start_up_left_and_later_ones_skip_it() -> None:
    gc.unfreeze()
    limits = gc.get_threshold()
    try:
        gc.set_threshold(1, 1, 1)
        collect_garbage()
        frozen = gc.get_freeze_count()
        assert frozen > 0

        made_since = [[] for _ in range(1_000)]
        collect_garbage()
        assert gc.get_freeze_count() == frozen, "what the app makes later stays collectable"
        assert len(made_since) == 1_000
    finally:
        gc.set_threshold(*limits)
        gc.unfreeze()
