"""Benchmark 8: resident memory of the app with a large program open and the leaderboard shown.

A fresh process builds the real main window (offscreen) on a dataset, signs in as one of its advocates, opens
the leaderboard and scrolls it through ``SCROLLS`` places along the board (so its page cache is full), lets every
background load finish, and reports its resident set size (VmRSS) and peak (VmHWM) from /proc/self/status. The
empty-app baseline is the same on a one-advocate program.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import datasets

Row = tuple[str, int, float | None, str]
SCROLLS = 20
CHILD = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[3])
import board_scroll
from pathlib import Path
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
person = program.read(find_by_email, email=sys.argv[2])
ui_app.sign_in(window, controller, person)
window.resize(1280, 800)
window.show()
window.show_screen("leaderboard")
page = window.screens["leaderboard"].page
board_scroll._run_until(lambda: page.model.standing is not None and not page.model.busy() and not runner.busy())
scroll = page.table.verticalScrollBar()
for step in range(1, int(sys.argv[4]) + 1):
    scroll.setValue(scroll.maximum() * step // int(sys.argv[4]))
    board_scroll._run_until(lambda: not page.model.busy() and not runner.busy())
status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
print(json.dumps({key: int(status[key].split()[0]) / 1024 for key in ("VmRSS", "VmHWM")}))
controller.stop()
runner.wait()
os._exit(0)
"""


def measure(advocates: int) -> dict[str, float]:
    folder = datasets.ensure(advocates)
    bench = str(Path(__file__).resolve().parent)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), datasets.email(advocates), bench, str(SCROLLS)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=600,
    )
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def run(advocates: int) -> list[Row]:
    empty = measure(1)
    full = measure(advocates)
    return [
        ("memory: empty app, leaderboard open (RSS)", 1, None, f"{empty['VmRSS']:.0f} MB (peak {empty['VmHWM']:.0f})"),
        (
            "memory: leaderboard open and scrolled (RSS)",
            advocates,
            None,
            f"{full['VmRSS']:.0f} MB (peak {full['VmHWM']:.0f}); target <= 150 MB at 100k",
        ),
    ]
