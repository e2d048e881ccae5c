"""The app's log: a rotating file in the platform's log folder, and warnings on stderr, set up once per process.

Every message an unexpected error shows ("the details are in the log in …") points at this file, so the desktop
app, the kiosk, ``--screenshot`` and the CLI's crash handler all write to it through the root logger.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from advocate_hub.core.paths import log_file

MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
FILE_HANDLER = "advocate-hub-file"
STDERR_HANDLER = "advocate-hub-stderr"


def _named(name: str) -> logging.Handler | None:
    return next((handler for handler in logging.getLogger().handlers if handler.get_name() == name), None)


def configure(path: Path | None = None, *, warnings_to_stderr: bool = True) -> Path | None:
    """Log INFO and above to the rotating file at ``path`` (default ``paths.log_file()``), warnings to stderr.

    Calling it again adds nothing. Returns the file, or None when its folder cannot be written: then the warning
    saying so and every later message go to stderr only, and the app still runs. The CLI's crash handler passes
    ``warnings_to_stderr=False``: it prints its own one line there.
    """
    root = logging.getLogger()
    if warnings_to_stderr and _named(STDERR_HANDLER) is None:
        stderr = logging.StreamHandler(sys.stderr)
        stderr.set_name(STDERR_HANDLER)
        stderr.setLevel(logging.WARNING)
        stderr.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(stderr)
    existing = _named(FILE_HANDLER)
    if isinstance(existing, RotatingFileHandler):
        return Path(existing.baseFilename)
    target = path or log_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError as error:
        logging.getLogger(__name__).warning("Cannot write the log file %s: %s", target, error)
        return None
    handler.set_name(FILE_HANDLER)
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    return target
