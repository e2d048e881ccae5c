"""The server's SQLite log is copied back into the database file from a thread, not by the requests' commits."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from advocate_hub.server.checkpoints import Checkpointer


def test_the_checkpointer_copies_the_log_into_the_database_file_and_stops(tmp_path: Path) -> None:
    path = tmp_path / "server.sqlite"
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")  # as the event loop's connection: it never checkpoints
    writer.execute("CREATE TABLE notes (body BLOB)")
    writer.executemany("INSERT INTO notes VALUES (?)", [(b"x" * 4_000,) for _ in range(500)])
    before = path.stat().st_size
    checkpointer = Checkpointer(path, every=0.02)

    checkpointer.start()
    deadline = time.monotonic() + 10
    while path.stat().st_size <= before and time.monotonic() < deadline:
        time.sleep(0.02)
    checkpointer.stop()

    assert path.stat().st_size > before + 500 * 4_000
    assert not any(thread.name == "sqlite-checkpoint" for thread in threading.enumerate())
    writer.close()
