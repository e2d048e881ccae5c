"""Benchmark 2: the top 100 of a leaderboard plus the signed-in advocate's rank, against a naive RANK().

The app's way (``core.store.leaderboard``): the top 100 walk the covering index ``ix_score_board`` of the maintained
per-period totals, joined to their advocates by primary key in the same statement, and "my rank" is one plus a
sum over the board's histogram (``score_counts``). Both baselines
answer the same two questions with a window function, the way one would without maintained data:

- ``RANK() over the ledger``: each advocate's points in the period summed from ``ledger_entries`` (spending does
  not count, opted-out advocates are left out), ranked with ``RANK() OVER (ORDER BY points DESC)``; one query for
  the top 100 and one for my rank, as a screen would ask them.
- ``RANK() over the totals``: the same window function over the maintained ``score_totals`` rows of the board, to
  show what the histogram and the index walk add on their own.

The figures are medians over several runs on a warm cache, in one process, on the same data.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import datasets
from sqlalchemy import text
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import Period
from advocate_hub.core.domain.periods import period_start
from advocate_hub.core.queries.people import find_by_email
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.leaderboard import BoardKey, my_row, page

Row = tuple[str, int, float | None, str]

LEDGER_SCORES = """
    WITH scores AS (
        SELECT entry.advocate_id AS advocate_id, SUM(entry.points) AS points
        FROM ledger_entries AS entry JOIN advocates AS person ON person.id = entry.advocate_id
        WHERE person.status = 'active' AND entry.kind != 'spent' AND entry.created_at >= :since
        GROUP BY entry.advocate_id
    ),
    ranked AS (SELECT advocate_id, points, RANK() OVER (ORDER BY points DESC) AS rank FROM scores)
"""
TOTALS_SCORES = """
    WITH ranked AS (
        SELECT advocate_id, points, RANK() OVER (ORDER BY points DESC) AS rank FROM score_totals
        WHERE scope = '' AND period = :period AND period_start = :start AND visible = 1
    )
"""
TOP = "SELECT rank, advocate_id, points FROM ranked ORDER BY rank, advocate_id DESC LIMIT 100"
MINE = "SELECT rank FROM ranked WHERE advocate_id = :me"


def _timed(work: Callable[[], Any], runs: int, *, warm_up: bool = True) -> tuple[float, float]:
    """(median, fastest) of ``runs`` runs."""
    if warm_up:
        work()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times)


def _app_way(session: Session, key: BoardKey, me: int) -> None:
    page(session, key, offset=0, limit=100)
    my_row(session, key, me)


def _naive(session: Session, scores: str, parameters: dict[str, Any]) -> None:
    session.execute(text(scores + TOP), parameters).all()
    session.execute(text(scores + MINE), parameters).all()


def _since(period: Period, now: datetime) -> str:
    return "" if period is Period.ALL else f"{period_start(period, now).isoformat()} 00:00:00"


def run(advocates: int, *, runs: int = 21, baseline_runs: int = 3) -> list[Row]:
    folder = datasets.ensure(advocates)
    now = datasets.now(advocates)
    rows: list[Row] = []
    with Program.open(folder) as program:
        person = program.read(find_by_email, email=datasets.email(advocates))
        assert person is not None
        with program.database.read() as session:
            for period in Period:
                key = BoardKey(period, now)
                fast, fastest = _timed(lambda key=key: _app_way(session, key, person.id), runs)
                start = period_start(period, now).isoformat()
                parameters = {"since": _since(period, now), "me": person.id, "period": period.value, "start": start}
                # Seconds each at 1M: no warm-up run, the first one warms the cache for the rest.
                ledger, _ = _timed(lambda p=parameters: _naive(session, LEDGER_SCORES, p), baseline_runs, warm_up=False)
                totals, _ = _timed(lambda p=parameters: _naive(session, TOTALS_SCORES, p), baseline_runs)
                label = f"leaderboard {period.value}: top 100 + my rank"
                note = f"fastest {fastest * 1000:.1f} ms; target <= 5 ms; {ledger / fast:,.0f}x RANK() over ledger"
                rows.append((label, advocates, fast, note))
                rows.append((f"  baseline RANK() over the ledger ({period.value})", advocates, ledger, ""))
                rows.append(
                    (f"  baseline RANK() over the totals ({period.value})", advocates, totals, f"{totals / fast:,.0f}x")
                )
    return rows
