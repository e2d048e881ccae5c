"""The benchmark datasets: synthetic programs of 10k, 100k and 1M advocates, made once and kept in bench/data.

Each is a program folder made by ``advocate-hub demo --advocates N --events 10N`` (about ten ledger entries per
advocate). It is built in a temporary folder and renamed into place only when complete, with a ``dataset.json``
recording how long it took, so an interrupted build is never mistaken for a dataset.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from advocate_hub.core.demo.synthetic import generate
from advocate_hub.core.services.program import Program
from advocate_hub.core.store import migrate
from advocate_hub.core.store.database import DATABASE_FILENAME, Database

DATA = Path(__file__).resolve().parent / "data"
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
ENTRIES_PER_ADVOCATE = 10
MARKER = "dataset.json"


def folder(advocates: int) -> Path:
    return DATA / f"synthetic-{advocates}"


def cached(advocates: int) -> bool:
    return (folder(advocates) / MARKER).exists()


def info(advocates: int) -> dict[str, object]:
    return dict(json.loads((folder(advocates) / MARKER).read_text()))


def now(advocates: int) -> datetime:
    """The moment the dataset was made: its "this week" and "this month" boards are those of that moment."""
    return datetime.fromisoformat(str(info(advocates)["generated_at"]))


def email(advocates: int) -> str:
    """A signed-in advocate for the app benchmarks: one from the middle of the program."""
    return f"advocate{max(1, advocates // 2)}@synthetic.example"


def ensure(advocates: int) -> Path:
    """The dataset's program folder, generated first if it is not cached yet (minutes for 1M)."""
    target = folder(advocates)
    if cached(advocates):
        _migrate(target)
        return target
    building = DATA / f"building-{advocates}"
    shutil.rmtree(building, ignore_errors=True)
    shutil.rmtree(target, ignore_errors=True)
    print(f"generating the {advocates:,}-advocate dataset in {target} (once)...", file=sys.stderr, flush=True)
    started = time.perf_counter()
    with Program.open(building) as program:
        generated_at = program.clock()
        summary = generate(program, advocates=advocates, events=ENTRIES_PER_ADVOCATE * advocates, seed=7)
    record = {
        "advocates": summary.advocates,
        "ledger_entries": summary.ledger_entries,
        "generate_seconds": round(summary.seconds, 1),
        "total_seconds": round(time.perf_counter() - started, 1),
        "generated_at": generated_at.astimezone(UTC).isoformat(),
        "generated_on": datetime.now(UTC).date().isoformat(),
    }
    (building / MARKER).write_text(json.dumps(record, indent=2))
    building.rename(target)
    print(summary.describe(), file=sys.stderr, flush=True)
    return target


def _migrate(target: Path) -> None:
    """Bring a dataset made by an older version to the current schema, without the usual backup copy.

    The app copies a database before migrating it; a benchmark dataset can be made again, and a copy of the 1M
    one would cost gigabytes and minutes.
    """
    database = Database.open_file(target / DATABASE_FILENAME)
    try:
        migrate.upgrade(database)
    finally:
        database.close()


if __name__ == "__main__":
    for name in sys.argv[1:] or list(SIZES):
        ensure(SIZES[name])
