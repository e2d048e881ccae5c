"""Benchmark 7: the metrics dashboard's figures for a year of a large program, as the background job computes them.

``core.queries.metrics.program_metrics`` is what the dashboard runs on the task runner's database worker (and the
server's metrics endpoint); this times that call over the year before the dataset was made, median of a few runs
on a warm cache. The synthetic datasets hold advocates, their ledger and their totals, but no submissions,
redemptions or referrals, so the figures that read those tables cost little here.
"""

from __future__ import annotations

import statistics
import time
from datetime import timedelta

import datasets

from advocate_hub.core.queries.metrics import program_metrics
from advocate_hub.core.services.program import Program

Row = tuple[str, int, float | None, str]


def run(advocates: int, *, runs: int = 3) -> list[Row]:
    now = datasets.now(advocates)
    with Program.open(datasets.ensure(advocates)) as program:
        times = []
        for _ in range(runs + 1):
            started = time.perf_counter()
            program.read(program_metrics, start=now - timedelta(days=365), end=now, now=now)
            times.append(time.perf_counter() - started)
    return [("metrics dashboard, one year", advocates, statistics.median(times[1:]), "target <= 500 ms at 1M")]
