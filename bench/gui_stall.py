"""How long the GUI thread is blocked while a sync runs in the background, as the app runs it.

A real server on loopback (bench/sync.py's ``demo_server``), an offscreen ``QApplication`` and a ``TaskRunner``:
each sync runs through ``TaskRunner.run_net`` with the engine's progress coming back through a signal (as
``SyncController`` does), while a 16 ms ``QTimer`` on the GUI thread records the time between its ticks. A gap
longer than the interval is time the GUI thread could not react; the figures are the longest gap and the 99th
percentile, minus the 16 ms interval. Two syncs are watched: a fresh client's first sync (a full pull) and then a
push of ``pushes`` queued mutations (with the pull of their results).
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication
from sync import ADVOCATE, PASSWORD, Row, demo_server, queue_declines

from advocate_hub.core.api.client import ApiClient
from advocate_hub.core.services.program import Program
from advocate_hub.core.sync.engine import SyncEngine, client_id_of
from advocate_hub.ui.tasks import TaskRunner

HEARTBEAT_MS = 16
TIMEOUT_S = 600.0


class _Progress(QObject):
    reported = Signal(str, int, int)


def _watched(runner: TaskRunner, work: Callable[[], Any]) -> tuple[Any, list[float], float]:
    """Run ``work`` on the network pool while the heartbeat ticks; its result, the gaps between ticks, its time."""
    ticks: list[float] = []
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def done(key: str) -> Callable[[Any], None]:
        def finish(value: Any) -> None:
            outcome[key] = value
            outcome["end"] = time.perf_counter()
            loop.quit()

        return finish

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    guard.start(int(TIMEOUT_S * 1000))
    heartbeat.start()
    ticks.append(time.perf_counter())
    started = time.perf_counter()
    runner.run_net(work, done("result"), done("error"))
    loop.exec()
    heartbeat.stop()
    guard.stop()
    if "error" in outcome:
        raise outcome["error"]
    if "result" not in outcome:
        raise TimeoutError(f"the sync did not finish within {TIMEOUT_S:.0f} s")
    ticks.append(outcome["end"])
    gaps = [later - earlier for earlier, later in pairwise(ticks)]
    return outcome["result"], gaps, outcome["end"] - started


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


def run(pushes: int) -> list[Row]:
    app = QApplication.instance() or QApplication([])
    assert app is not None
    runner = TaskRunner()
    progress = _Progress()
    seen: list[int] = []
    progress.reported.connect(lambda _stage, done, _total: seen.append(done))
    gaps: list[float] = []
    changes = 0
    seconds = 0.0
    try:
        with tempfile.TemporaryDirectory() as temp, demo_server(Path(temp)) as base:
            program = Program.open(Path(temp) / "client")
            try:
                api = ApiClient(base)
                api.sign_in(ADVOCATE, PASSWORD)
                engine = SyncEngine(program, api, client_id=client_id_of(program))

                def sync() -> Any:
                    return engine.sync(progress.reported.emit, lambda: False)

                report, found, took = _watched(runner, sync)
                gaps += found
                changes += report.pulled
                seconds += took
                queue_declines(program, pushes, "stall")
                report, found, took = _watched(runner, sync)
                gaps += found
                changes += report.pushed + report.pulled
                seconds += took
            finally:
                runner.wait()
                program.close()
    finally:
        runner.wait()
        runner.deleteLater()
        progress.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    interval = HEARTBEAT_MS / 1000
    return [
        ("GUI stall in sync, longest (s)", changes, max(0.0, max(gaps, default=0.0) - interval)),
        ("GUI stall in sync, 99th percentile (s)", changes, max(0.0, _percentile(gaps, 0.99) - interval)),
        ("sync with GUI heartbeat (changes)", changes, seconds),
    ]
