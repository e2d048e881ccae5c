"""Putting the demo back as it was seeded, after a demo session has redeemed, approved and adjusted things."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

from advocate_hub.core.demo.marker import is_demo
from advocate_hub.core.demo.seed import DemoSummary, create_demo
from advocate_hub.core.domain.errors import NotAllowed
from advocate_hub.core.services.program import Program, program_exists
from advocate_hub.core.store.database import DATABASE_FILENAME

DEMO_SEED = 7
"""The seed of the demo the app opens with ``--demo`` (and so the one a reset restores)."""
SIDE_FILES = ("-wal", "-shm", "-journal")
"""SQLite's companions of a database file; a stale one next to the fresh file would corrupt it."""


def reset_demo(data_dir: Path, *, seed: int = DEMO_SEED, now: datetime | None = None) -> DemoSummary:
    """Replace the demo program in ``data_dir`` by a freshly seeded one, and say what it holds.

    The program must be closed first (every connection to it). The fresh demo is built in a scratch folder
    beside the old one and then moved over it in one step, so a failure while seeding leaves the old demo in
    place. A data dir that holds a real program is refused: a reset would throw its data away.
    """
    target = data_dir / DATABASE_FILENAME
    if program_exists(data_dir):
        with Program.open(data_dir) as existing:
            demo = existing.read(is_demo)
        if not demo:
            raise NotAllowed(f"{data_dir} holds a real program, not the demo; resetting it would throw its data away.")
    data_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".demo-reset-", dir=data_dir) as scratch:
        with Program.open(Path(scratch)) as fresh:
            summary = create_demo(fresh, seed=seed, now=now)
        for suffix in SIDE_FILES:
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(Path(scratch) / DATABASE_FILENAME, target)
    return summary
