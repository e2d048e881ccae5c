"""Benchmarks that print figures, never assert timings (`make bench`, `make bench-quick`).

So far: sync push and pull on loopback (bench/sync.py) and how long the GUI thread stalls while a sync runs
(bench/gui_stall.py). The performance issue adds the rest of its table.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gui_stall
import sync

HEADER = f"{'benchmark':<40} {'size':>12} {'seconds':>10} {'per second':>12}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a quick look")
    quick = parser.parse_args().quick
    print(HEADER)
    print("-" * len(HEADER))
    rows = sync.run(pushes=1_000 if quick else 10_000, extra=2_000 if quick else 25_000)
    rows += gui_stall.run(pushes=200 if quick else 2_000)
    for name, size, seconds in rows:
        # A stall is a duration, not work done: dividing its size by it would be a meaningless rate.
        rate = f"{size / seconds:>12,.0f}" if seconds and "stall" not in name else f"{'-':>12}"
        print(f"{name:<40} {size:>12,} {seconds:>10.3f} {rate}")


if __name__ == "__main__":
    main()
