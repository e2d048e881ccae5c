"""Running the real CLI as a subprocess, and folders that cannot be written to or are full.

As root (CI), permissions do not stop writes, so read-only and full folders are small tmpfs mounts; where
mounting is not allowed the tests that need them are skipped, saying why.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import advocate_hub
from advocate_hub.core.paths import DATA_DIR_ENV
from advocate_hub.core.services.program import Program

SOURCE_ROOT = Path(advocate_hub.__file__).resolve().parents[1]
CLI_TIMEOUT_SECONDS = 300


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """The test's environment (no display, fail keyring) without a data dir, logging under tmp_path."""
    env = dict(os.environ)
    env.pop(DATA_DIR_ENV, None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE_ROOT), env.get("PYTHONPATH")]))
    env["XDG_STATE_HOME"] = str(tmp_path / "xdg-state")
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
    return env


@pytest.fixture
def run_cli(cli_env: dict[str, str]) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run ``advocate-hub ARGS...`` in a fresh interpreter, or ``code`` (``python -c``) given those args."""

    def run(
        *args: str | Path, env: dict[str, str] | None = None, code: str | None = None
    ) -> subprocess.CompletedProcess[str]:
        program = ["-m", "advocate_hub.cli"] if code is None else ["-c", code]
        return subprocess.run(
            [sys.executable, *program, *map(str, args)],
            env=cli_env if env is None else env,
            capture_output=True,
            text=True,
            timeout=CLI_TIMEOUT_SECONDS,
            check=False,
        )

    return run


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


def _mount_tmpfs(directory: Path, options: str) -> None:
    if sys.platform != "linux":
        pytest.skip("simulating a read-only or full disk needs Linux tmpfs")
    try:
        result = _run("mount", "-t", "tmpfs", "-o", options, "tmpfs", str(directory))
    except FileNotFoundError:
        pytest.skip("no `mount` command here")
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")


def _unmount(directory: Path) -> None:
    result = _run("umount", str(directory))
    assert result.returncode == 0, result.stderr


def _read_only(tmp_path: Path, populate: Callable[[Path], None]) -> Iterator[Path]:
    """A folder filled by ``populate``, then made read-only: by permissions, or (root) a remounted tmpfs."""
    directory = tmp_path / "readonly"
    directory.mkdir()
    if os.geteuid() != 0:
        populate(directory)
        directory.chmod(0o555)
        yield directory
        directory.chmod(0o755)
        return
    _mount_tmpfs(directory, "size=4m")
    try:
        populate(directory)
        result = _run("mount", "-o", "remount,ro", str(directory))
        if result.returncode != 0:
            pytest.skip(f"cannot remount the tmpfs read-only: {result.stderr.strip()}")
        yield directory
    finally:
        _unmount(directory)


@pytest.fixture
def readonly_dir(tmp_path: Path) -> Iterator[Path]:
    """An empty folder nothing can be written to."""
    yield from _read_only(tmp_path, lambda _directory: None)


@pytest.fixture
def readonly_program_dir(tmp_path: Path) -> Iterator[Path]:
    """A read-only folder holding a program (current schema, no data)."""
    yield from _read_only(tmp_path, lambda directory: Program.open(directory).close())


@pytest.fixture
def full_disk_dir(tmp_path: Path) -> Iterator[Path]:
    """A 200 KB tmpfs: room for a few pages, not for a program."""
    if os.geteuid() != 0:
        pytest.skip("simulating a full disk needs root to mount a tiny tmpfs")
    directory = tmp_path / "full"
    directory.mkdir()
    _mount_tmpfs(directory, "size=200k")
    try:
        yield directory
    finally:
        _unmount(directory)
