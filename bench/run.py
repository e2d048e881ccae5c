"""Benchmarks that print figures, never assert timings (`make bench`, `make bench-quick`).

Each benchmark of the performance issue has a name (``--only NAME[,NAME]`` runs just those): ``start`` (1, cold
start to first paint), ``leaderboard`` (2, top 100 + my rank against RANK()), ``scroll`` (3, leaderboard view
GUI stalls), ``sync`` (4, push and pull on loopback), ``stall`` (5, GUI stalls during a sync), ``server`` (6,
server requests per second on one keep-alive connection, SQLite and PostgreSQL), ``metrics`` (7,
dashboard over a year), ``memory`` (8, RSS with the leaderboard open). The datasets (bench/datasets.py) are made
on first use and kept in bench/data: the 1M one takes many minutes once. ``--quick`` uses the 10k dataset (and
the 100k one where it is already cached) and smaller sync runs: about two minutes.

Each benchmark runs in a fresh Python process of its own, as a fresh app would: run one after another in one
process, a benchmark's leftovers (the million rows of the RANK() baseline) were collected in the middle of the
next one's measurement (a 60 ms pause in the scroll benchmark that a started app never has).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import app_start
import board_scroll
import datasets
import gui_stall
import leaderboard
import memory
import metrics
import server_rps
import sync

HEADER = f"{'benchmark':<52} {'size':>10} {'seconds':>10} {'per second':>11}  notes"
Rows = Sequence[tuple[object, ...]]


def _print(rows: Rows) -> None:
    for row in rows:
        name, size, seconds = str(row[0]), int(row[1]), row[2]  # type: ignore[call-overload]
        note = str(row[3]) if len(row) > 3 else ""
        # A stall or a latency is a duration, not work done: dividing the size by it would be a meaningless rate.
        rated = len(row) == 3 and "stall" not in name and isinstance(seconds, float) and seconds > 0
        rate = f"{size / seconds:>11,.0f}" if rated else f"{'-':>11}"  # type: ignore[operator]
        shown = f"{seconds:>10.4f}" if isinstance(seconds, float) else f"{'-':>10}"
        print(f"{name:<52} {size:>10,} {shown} {rate}  {note}".rstrip(), flush=True)


def _sizes(quick: bool) -> tuple[list[int], int, int]:
    """(start-up sizes, the large size, the memory size) for this run."""
    large, medium = datasets.SIZES["1M"], datasets.SIZES["100k"]
    small = datasets.SIZES["10k"]
    if quick:
        cached = medium if datasets.cached(medium) else small
        return [small], cached, small
    return [small, medium, large], large, medium


def benchmarks(quick: bool) -> dict[str, Callable[[], Rows]]:
    start_sizes, large, memory_size = _sizes(quick)
    return {
        "start": lambda: app_start.run(start_sizes, runs=3 if quick else 5),
        "leaderboard": lambda: leaderboard.run(large, runs=11 if quick else 21),
        "scroll": lambda: board_scroll.run(large),
        "sync": lambda: sync.run(pushes=1_000 if quick else 10_000, extra=2_000 if quick else 25_000),
        "stall": lambda: gui_stall.run(pushes=200 if quick else 2_000),
        "server": lambda: server_rps.run(requests_per_round=300 if quick else 1_000, rounds=3 if quick else 5),
        "metrics": lambda: metrics.run(large),
        "memory": lambda: memory.run(memory_size),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a quick look")
    parser.add_argument("--only", metavar="NAME[,NAME]", help="run only these benchmarks")
    parser.add_argument("--rows-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    chosen = benchmarks(args.quick)
    names = args.only.split(",") if args.only else list(chosen)
    unknown = [name for name in names if name not in chosen]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(chosen)}")
    if not args.rows_only:
        print(HEADER)
        print("-" * len(HEADER), flush=True)
    if len(names) == 1:
        _print(chosen[names[0]]())
        return
    for name in names:
        command = [sys.executable, __file__, "--only", name, "--rows-only", *(["--quick"] if args.quick else [])]
        finished = subprocess.run(command, check=False)
        if finished.returncode != 0:
            print(f"{name}: the benchmark failed (exit code {finished.returncode})", flush=True)


if __name__ == "__main__":
    main()
