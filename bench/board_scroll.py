"""Benchmark 3: open the leaderboard on a large board and scroll to its end in steps, watching the GUI thread.

The real main window (offscreen) on a dataset, signed in as one of its advocates, shows the leaderboard screen
(all time, the largest board). Then the table's scroll bar moves to the end in ``STEPS`` equal jumps, as a drag
of the scroll bar would; after each jump the event loop runs until the pages on screen have arrived. A
``HEARTBEAT_MS`` precise timer ticks on the GUI thread the whole time: the longest gap between ticks, minus the
interval, is the longest time the GUI thread could not react (the figure the 16 ms target is about). The model's
counters say how many rows were read from the database, against the rows that were on screen.
"""

from __future__ import annotations

import os
import time
from itertools import pairwise

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datasets
from PySide6.QtCore import QEventLoop, Qt, QTimer

from advocate_hub.core.queries.people import find_by_email
from advocate_hub.core.services.program import Program
from advocate_hub.ui import app as ui_app
from advocate_hub.ui.controller import AppController
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
        ticks: list[float] = []
        heartbeat = QTimer()
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        heartbeat.setInterval(HEARTBEAT_MS)
        heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
        heartbeat.start()
        opened = time.perf_counter()
        window.show_screen("leaderboard")
        page = window.screens["leaderboard"].page
        assert isinstance(page, LeaderboardPage)
        model, table = page.model, page.table
        _run_until(lambda: model.standing is not None and model.row(0) is not None and not model.busy())
        open_seconds = time.perf_counter() - opened
        scroll = table.verticalScrollBar()
        shown = 0
        step_stalls: list[float] = []
        for step in range(1, STEPS + 1):
            start = len(ticks)
            ticks.append(time.perf_counter())
            scroll.setValue(scroll.maximum() * step // STEPS)
            _run_until(lambda: not model.busy() and not runner.busy())
            first, last = page.visible_rows()
            shown += last - first + 1
            gaps = [later - earlier for earlier, later in pairwise(ticks[start:])]
            step_stalls.append(max(gaps, default=0.0) - HEARTBEAT_MS / 1000)
        heartbeat.stop()
        assert page.visible_rows()[1] == model.rowCount() - 1, "the end of the board is on screen"
        longest = max(0.0, *step_stalls)
        return [
            ("leaderboard view: open (build + first rows)", advocates, open_seconds, f"{model.rowCount():,} rows"),
            (
                f"leaderboard view: longest GUI stall ({STEPS} steps)",
                advocates,
                longest,
                f"target <= 16 ms; median step {sorted(step_stalls)[len(step_stalls) // 2] * 1000:.1f} ms",
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
