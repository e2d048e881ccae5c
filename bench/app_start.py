"""Benchmark 1: cold start of a fresh app process to the first paint of its main window.

Each run launches ``python -m advocate_hub.cli --data-dir DATASET --as ADVOCATE`` offscreen with
``ADVOCATE_HUB_FIRST_PAINT=1``: the window prints ``first-paint`` at its first paint event and quits. The figure is
the wall time from launch to that line (interpreter, imports, opening and checking the database, building the
window, first paint), and beside it the CPU time the process had used by then (all its threads), which a busy
shared machine disturbs less.

Compiled bytecode is kept in ``bench/data/pycache`` (an installed app has its .pyc files; this environment may set
PYTHONDONTWRITEBYTECODE), and one unmeasured run first warms it and the OS file cache: "cold" is a new process,
not a cold disk.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

import datasets

from advocate_hub.ui.first_paint import ENVIRONMENT, MARKER

Row = tuple[str, int, float | None, str]
TIMEOUT_S = 300


def _environment() -> dict[str, str]:
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    environment.update(
        {"QT_QPA_PLATFORM": "offscreen", ENVIRONMENT: "1", "PYTHONPYCACHEPREFIX": str(datasets.DATA / "pycache")}
    )
    return environment


def start_once(advocates: int) -> tuple[float, float]:
    """(wall seconds to the first paint, CPU seconds the process had used by then)."""
    folder = datasets.ensure(advocates)
    command = [sys.executable, "-m", "advocate_hub.cli", "--data-dir", str(folder), "--as", datasets.email(advocates)]
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_environment(), text=True
    )
    assert process.stdout is not None
    painted = cpu = None
    for line in process.stdout:
        if line.startswith(MARKER):
            painted = time.perf_counter() - started
            cpu = float(line.split()[1])
    if process.wait() != 0 or painted is None or cpu is None:
        raise RuntimeError(f"the app did not paint its window (exit {process.returncode}): {' '.join(command)}")
    return painted, cpu


def run(sizes: list[int], *, runs: int = 5) -> list[Row]:
    rows: list[Row] = []
    for advocates in sizes:
        start_once(advocates)
        results = [start_once(advocates) for _ in range(runs)]
        wall = statistics.median(wall for wall, _ in results)
        cpu = statistics.median(cpu for _, cpu in results)
        rows.append(("cold start to first paint", advocates, wall, f"CPU {cpu:.2f} s; target <= 1.0 s at 100k, flat"))
    return rows
