"""Copying the server's SQLite write-ahead log back into the database file from a thread of its own.

SQLite checkpoints inside whichever commit takes the log past its limit: that request copies the pages back and
waits for two disk flushes, a pause of milliseconds every hundred or so pushes, and a hot page (the change
counter, the feed's last page) is copied again at every checkpoint. A passive checkpoint once a second, from this
thread, never blocks a reader or a writer and takes that work off the requests. The requests' own automatic
checkpoint stays as a backstop, at a larger limit (``db.SQLITE_WAL_PAGES``), should this thread fall behind.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

log = logging.getLogger(__name__)

EVERY_SECONDS = 1.0


class Checkpointer:
    """A daemon thread checkpointing the SQLite file at ``path`` every ``every`` seconds until ``stop``."""

    def __init__(self, path: Path, every: float = EVERY_SECONDS) -> None:
        self._path = path
        self._every = every
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sqlite-checkpoint", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        connection = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
        try:
            while not self._stopping.wait(self._every):
                try:
                    connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
                except sqlite3.Error:
                    log.warning("a background checkpoint of %s failed; the writers' own checkpoints go on", self._path)
        finally:
            connection.close()
