"""Where a program's files live: command-line option, then environment variable, then the platform default."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

APP_NAME = "advocate-hub"
DATA_DIR_ENV = "ADVOCATE_HUB_DATA_DIR"
LOG_FILENAME = "advocate-hub.log"


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> Path:
    if option:
        return Path(option).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser()
    return Path(user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    """The rotating log that unexpected errors are written to with their traceback (shown in About)."""
    return log_dir() / LOG_FILENAME
