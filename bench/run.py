"""Benchmarks that print figures, never assert timings (`make bench`, `make bench-quick`).

The performance issue fills in the table; until then this only prints its header.
"""

from __future__ import annotations

import argparse

HEADER = f"{'benchmark':<40} {'size':>12} {'seconds':>10} {'per second':>12}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a quick look")
    parser.parse_args()
    print(HEADER)
    print("-" * len(HEADER))
    print("no benchmarks yet")


if __name__ == "__main__":
    main()
