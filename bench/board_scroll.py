"""Benchmark 3: open the leaderboard on a large board and scroll to its end in steps, watching the GUI thread.

The real main window (offscreen) on a dataset, signed in as one of its advocates, settles on its first screen
(its reads and the window's idle warm-up done, as after any start: the screen's module imported, PySide6's widget
types readied), then shows the leaderboard screen (all time, the largest board) for the first time, so opening
includes building the screen.
"Open" is the time from asking for the screen to the end of the first paint of the table with its first rows
(not placeholders). Then the table's scroll bar moves to the end in ``STEPS`` equal jumps, as a drag of the
scroll bar would; after each jump the event loop runs until the pages on screen have arrived. A
``HEARTBEAT_MS`` precise timer ticks on the GUI thread the whole time: the longest gap between ticks, minus the
interval, is the longest time the GUI thread could not react (the figure the 16 ms target is about), reported
for the opening and for each step. The model's counters say how many rows were read from the database, against
the rows that were on screen.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from itertools import pairwise

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datasets
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer

from advocate_hub.core.queries.people import find_by_email
from advocate_hub.core.services.program import Program
from advocate_hub.ui import app as ui_app
from advocate_hub.ui.controller import AppController
from advocate_hub.ui.main_window import MainWindow
from advocate_hub.ui.tasks import TaskRunner
from advocate_hub.ui.views.leaderboard import LeaderboardPage

Row = tuple[str, int, float | None, str]
HEARTBEAT_MS = 4
STEPS = 40
STEP_TIMEOUT_MS = 30_000


def _run_until(done: object, timeout_ms: int = STEP_TIMEOUT_MS) -> None:
    """Spin the event loop until ``done()`` is true (polled every few ms), or the timeout."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: loop.quit() if done() else None)  # type: ignore[operator]
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    poll.start()
    guard.start(timeout_ms)
    loop.exec()
    poll.stop()
    guard.stop()


class _FirstRowsPainted(QObject):
    """Notes when the table's viewport has finished a paint with the first row loaded (a zero timer after the
    paint event fires once it has been handled)."""

    def __init__(self, loaded: Callable[[], bool]) -> None:
        super().__init__()
        self._loaded = loaded
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint and self._loaded():
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        if self.at is None:
            self.at = time.perf_counter()


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def _longest_gap(ticks: list[float]) -> float:
    return max(0.0, max((later - earlier for earlier, later in pairwise(ticks)), default=0.0) - HEARTBEAT_MS / 1000)


def _open(window: MainWindow, ticks: list[float]) -> tuple[LeaderboardPage, float, float]:
    """Show the leaderboard screen: (its page, seconds to its first rows painted, longest GUI stall meanwhile)."""
    opened = time.perf_counter()
    ticks.append(opened)
    window.show_screen("leaderboard")
    page = window.screens["leaderboard"].page
    assert isinstance(page, LeaderboardPage)
    painted = _FirstRowsPainted(lambda: page.model.row(max(0, page.visible_rows()[0])) is not None)
    page.table.viewport().installEventFilter(painted)
    _run_until(lambda: painted.at is not None)
    assert painted.at is not None, "the first rows were painted"
    page.table.viewport().removeEventFilter(painted)
    return page, painted.at - opened, _longest_gap([tick for tick in ticks if tick <= painted.at] + [painted.at])


def run(advocates: int) -> list[Row]:
    application = ui_app.application()
    folder = datasets.ensure(advocates)
    program = Program.open(folder)
    runner = TaskRunner()
    controller = AppController(program, runner)
    window = ui_app.build_window(program, controller)
    try:
        person = program.read(find_by_email, email=datasets.email(advocates))
        assert person is not None
        ui_app.sign_in(window, controller, person)
        window.resize(1280, 800)
        window.show()
        _run_until(lambda: not runner.busy() and not window.warm_up_pending())
        ticks: list[float] = []
        heartbeat = QTimer()
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        heartbeat.setInterval(HEARTBEAT_MS)
        heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
        heartbeat.start()
        page, open_seconds, open_stall = _open(window, ticks)
        model = page.model
        _run_until(lambda: not model.busy() and not runner.busy())
        scroll = page.table.verticalScrollBar()
        shown = 0
        step_stalls: list[float] = []
        step_cpu: list[float] = []
        for step in range(1, STEPS + 1):
            start = len(ticks)
            ticks.append(time.perf_counter())
            cpu = time.thread_time()
            scroll.setValue(scroll.maximum() * step // STEPS)
            _run_until(lambda: not model.busy() and not runner.busy())
            step_cpu.append(time.thread_time() - cpu)
            first, last = page.visible_rows()
            shown += last - first + 1
            step_stalls.append(_longest_gap(ticks[start:]))
        heartbeat.stop()
        assert page.visible_rows()[1] == model.rowCount() - 1, "the end of the board is on screen"
        longest = max(step_stalls)
        return [
            (
                "leaderboard view: open (build + first rows painted)",
                advocates,
                open_seconds,
                f"{model.rowCount():,} rows; longest GUI stall while opening {open_stall * 1000:.1f} ms",
            ),
            (
                f"leaderboard view: longest GUI stall ({STEPS} steps)",
                advocates,
                longest,
                f"target <= 16 ms; median step {_median(step_stalls) * 1000:.1f} ms",
            ),
            (
                "leaderboard view: GUI-thread CPU per step",
                advocates,
                max(step_cpu),
                f"longest step; median {_median(step_cpu) * 1000:.1f} ms (all the GUI thread's own work in a "
                "step, so a bound on any one stall's work; the rest of a stall is waiting for a core or the GIL)",
            ),
            (
                "leaderboard view: rows fetched / shown",
                advocates,
                None,
                f"{model.rows_fetched:,} fetched in {model.fetch_jobs} jobs for {shown:,} shown; "
                f"{model.cached_rows():,} cached",
            ),
        ]
    finally:
        controller.stop()
        runner.wait()
        window.close()
        window.deleteLater()
        program.close()
        application.processEvents()
