"""The ``advocate-hub`` command as a user runs it: a subprocess, a real SQLite file, exit codes and messages.

Bad input must end in one readable line and a non-zero exit, never a traceback, and must change nothing.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

import advocate_hub
from advocate_hub.core.paths import DATA_DIR_ENV
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.database import DATABASE_FILENAME
from advocate_hub.core.store.migrate import head_revision

RunCli = Callable[..., subprocess.CompletedProcess[str]]
ERROR_PREFIX = "advocate-hub: error: "
CRASH_CODE = """
import sys
import advocate_hub.cli as cli
import advocate_hub.core.doctor as doctor

def fail(_data_dir):
    raise {exception}("an unexpected bug")

doctor.diagnose = fail
raise SystemExit(cli.main(sys.argv[1:]))
"""


def output(result: subprocess.CompletedProcess[str]) -> str:
    return result.stdout + result.stderr


def assert_refused(result: subprocess.CompletedProcess[str], *phrases: str) -> None:
    """Exit 1 with one readable error line on stderr that says what is wrong, and no traceback anywhere."""
    assert result.returncode == 1, output(result)
    assert "Traceback" not in output(result)
    assert result.stderr.startswith(ERROR_PREFIX), result.stderr
    for phrase in phrases:
        assert phrase in result.stderr


def files(directory: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir()) if path.is_file()}


def new_program(data_dir: Path) -> Path:
    """A program with the current schema and no demo data; returns its database file."""
    Program.open(data_dir).close()
    return data_dir / DATABASE_FILENAME


def test_version(run_cli: RunCli) -> None:
    result = run_cli("--version")

    assert result.returncode == 0
    assert result.stdout.strip() == f"advocate-hub {advocate_hub.__version__}"


def test_usage_errors_exit_2(run_cli: RunCli, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"

    assert run_cli("no-such-command").returncode == 2
    assert run_cli("demo", "--data-dir", data_dir, "--advocates", "0", "--events", "5").returncode == 2
    lonely = run_cli("demo", "--data-dir", data_dir, "--advocates", "10")
    assert lonely.returncode == 2
    assert "--advocates and --events go together" in lonely.stderr
    assert not data_dir.exists()


@pytest.mark.parametrize("exists", [True, False], ids=["empty-dir", "missing-dir"])
def test_doctor_without_a_database_warns_and_succeeds(run_cli: RunCli, tmp_path: Path, exists: bool) -> None:
    data_dir = tmp_path / "data"
    if exists:
        data_dir.mkdir()

    result = run_cli("doctor", "--data-dir", data_dir)

    assert result.returncode == 0, output(result)
    assert "warning  database:" in result.stdout
    assert "no database yet" in result.stdout
    assert "no usable keyring" in result.stdout
    assert "result: healthy" in result.stdout
    assert data_dir.exists() == exists
    if exists:
        assert not list(data_dir.iterdir())


def test_doctor_on_a_healthy_program(run_cli: RunCli, tmp_path: Path) -> None:
    new_program(tmp_path / "data")

    result = run_cli("doctor", "--data-dir", tmp_path / "data")

    assert result.returncode == 0, output(result)
    assert re.search(rf"^ok +schema: +{head_revision()} \(current\)$", result.stdout, re.MULTILINE)
    assert re.search(r"^ok +integrity: +ok$", result.stdout, re.MULTILINE)
    assert "0 advocates, 0 ledger entries" in result.stdout


def test_doctor_on_random_bytes_says_not_a_database_and_changes_nothing(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / DATABASE_FILENAME).write_bytes(os.urandom(100_000))
    before = files(tmp_path / "data")

    result = run_cli("doctor", "--data-dir", tmp_path / "data")

    assert result.returncode == 1
    assert "is not a database" in result.stdout
    assert "Traceback" not in output(result)
    assert files(tmp_path / "data") == before


def test_doctor_and_summary_on_a_truncated_database(run_cli: RunCli, tmp_path: Path) -> None:
    original = new_program(tmp_path / "original")
    (tmp_path / "data").mkdir()
    damaged = tmp_path / "data" / DATABASE_FILENAME
    damaged.write_bytes(original.read_bytes()[: original.stat().st_size // 2])
    before = files(tmp_path / "data")

    doctor = run_cli("doctor", "--data-dir", tmp_path / "data")
    summary = run_cli("summary", "--data-dir", tmp_path / "data")

    assert doctor.returncode != 0
    assert "damaged" in doctor.stdout
    assert "Traceback" not in output(doctor)
    assert_refused(summary, "is damaged or is not an Advocate Hub database")
    assert files(tmp_path / "data") == before


def test_a_newer_database_is_refused_and_left_untouched(run_cli: RunCli, tmp_path: Path) -> None:
    database = new_program(tmp_path / "data")
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999zz'")
    connection.close()
    before = files(tmp_path / "data")

    summary = run_cli("summary", "--data-dir", tmp_path / "data")
    # The desktop app shows this in a dialog; rendering a screenshot takes the same path without one.
    start = run_cli("--data-dir", tmp_path / "data", "--screenshot", tmp_path / "home.png")
    doctor = run_cli("doctor", "--data-dir", tmp_path / "data")

    assert_refused(summary, "written by a newer version of Advocate Hub", "9999zz")
    assert_refused(start, "written by a newer version of Advocate Hub")
    assert doctor.returncode == 1
    assert "9999zz is newer than this app knows" in doctor.stdout
    assert files(tmp_path / "data") == before
    assert not (tmp_path / "data" / "backups").exists()


def test_summary_needs_a_program(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("summary", "--data-dir", tmp_path / "data")

    assert_refused(result, "There is no program in")
    assert not (tmp_path / "data").exists()


def test_data_dir_option_environment_and_precedence(run_cli: RunCli, cli_env: dict[str, str], tmp_path: Path) -> None:
    from_env = tmp_path / "from-env"
    env = {**cli_env, DATA_DIR_ENV: str(from_env)}

    assert f"data dir: {from_env} " in run_cli("doctor", env=env).stdout
    assert f"data dir: {tmp_path / 'global'} " in run_cli("--data-dir", tmp_path / "global", "doctor", env=env).stdout
    assert f"data dir: {tmp_path / 'sub'} " in run_cli("doctor", "--data-dir", tmp_path / "sub", env=env).stdout
    both = run_cli("--data-dir", tmp_path / "global", "doctor", "--data-dir", tmp_path / "sub", env=env)
    assert f"data dir: {tmp_path / 'sub'} " in both.stdout


def test_a_data_dir_that_cannot_be_created_is_a_clear_error(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder")

    result = run_cli("demo", "--data-dir", tmp_path / "a-file" / "data")

    assert_refused(result, "Cannot write to the data folder")


def test_demo_in_a_read_only_dir_is_refused(run_cli: RunCli, readonly_dir: Path) -> None:
    result = run_cli("demo", "--data-dir", readonly_dir)

    assert_refused(result, "Cannot write to the data folder", str(readonly_dir))
    assert not list(readonly_dir.iterdir())


def test_a_program_in_a_read_only_dir(run_cli: RunCli, readonly_program_dir: Path) -> None:
    before = files(readonly_program_dir)

    summary = run_cli("summary", "--data-dir", readonly_program_dir)
    doctor = run_cli("doctor", "--data-dir", readonly_program_dir)

    assert_refused(summary, "Cannot write to the data folder")
    assert doctor.returncode == 0, output(doctor)
    assert "is read-only" in doctor.stdout
    assert "0 advocates, 0 ledger entries" in doctor.stdout
    assert files(readonly_program_dir) == before


def test_demo_on_a_full_disk_says_so_and_leaves_nothing_behind(run_cli: RunCli, full_disk_dir: Path) -> None:
    result = run_cli("demo", "--data-dir", full_disk_dir)

    assert_refused(result, "is full")
    assert not (full_disk_dir / DATABASE_FILENAME).exists()


@pytest.mark.slow
def test_demo_refuses_to_overwrite_and_force_moves_the_old_one_to_backups(run_cli: RunCli, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"

    first = run_cli("demo", "--data-dir", data_dir, "--seed", "3")
    assert first.returncode == 0, output(first)
    assert "Demo program" in first.stdout
    original = (data_dir / DATABASE_FILENAME).read_bytes()

    again = run_cli("demo", "--data-dir", data_dir)
    assert_refused(again, "already holds a program", "--force")
    assert (data_dir / DATABASE_FILENAME).read_bytes() == original
    assert not (data_dir / "backups").exists()

    forced = run_cli("demo", "--data-dir", data_dir, "--force", "--seed", "4")
    assert forced.returncode == 0, output(forced)
    (backup,) = (data_dir / "backups").iterdir()
    assert re.fullmatch(r"advocate-hub-replaced-\d{8}T\d{6}Z\.sqlite", backup.name)
    assert backup.read_bytes() == original
    assert str(backup) in forced.stderr
    assert (data_dir / DATABASE_FILENAME).exists()

    summary = run_cli("summary", "--data-dir", data_dir)
    assert summary.returncode == 0, output(summary)


def test_synthetic_demo_shows_progress(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("demo", "--data-dir", tmp_path / "data", "--advocates", "50", "--events", "400")

    assert result.returncode == 0, output(result)
    assert "100%" in result.stderr
    assert result.stdout.strip()


@pytest.mark.slow
def test_the_app_seeds_an_empty_dir_with_the_demo_and_renders_each_view(run_cli: RunCli, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"

    home = run_cli("--data-dir", data_dir, "--screenshot", tmp_path / "home.png", "--view", "home")
    dark = run_cli(
        "--data-dir",
        data_dir,
        "--screenshot",
        tmp_path / "board.png",
        "--view",
        "leaderboard",
        "--theme",
        "dark",
        "--size",
        "1024x700",
        "--as",
        "maya.chen@example.com",
    )
    unknown = run_cli("--data-dir", data_dir, "--screenshot", tmp_path / "x.png", "--view", "nowhere")
    summary = run_cli("summary", "--data-dir", data_dir)

    assert home.returncode == 0, output(home)
    assert dark.returncode == 0, output(dark)
    for picture in (tmp_path / "home.png", tmp_path / "board.png"):
        assert picture.read_bytes().startswith(b"\x89PNG")
    assert "Northwind Champions" in summary.stdout
    assert_refused(unknown, "Unknown view 'nowhere'")
    assert not (tmp_path / "x.png").exists()


def test_an_unexpected_error_is_logged_not_shown(run_cli: RunCli, cli_env: dict[str, str], tmp_path: Path) -> None:
    result = run_cli("doctor", "--data-dir", tmp_path, code=CRASH_CODE.format(exception="RuntimeError"))

    assert result.returncode == 70
    assert "Traceback" not in output(result)
    (log,) = Path(cli_env["XDG_STATE_HOME"]).rglob("advocate-hub.log")
    assert result.stderr == f"advocate-hub: something went wrong; details are in {log}\n"
    logged = log.read_text()
    assert "Traceback" in logged
    assert "RuntimeError: an unexpected bug" in logged


def test_without_a_log_folder_the_traceback_goes_to_stderr(
    run_cli: RunCli, cli_env: dict[str, str], tmp_path: Path
) -> None:
    (tmp_path / "a-file").write_text("")
    env = {**cli_env, "XDG_STATE_HOME": str(tmp_path / "a-file" / "state")}

    result = run_cli("doctor", "--data-dir", tmp_path, env=env, code=CRASH_CODE.format(exception="RuntimeError"))

    assert result.returncode == 70
    assert "RuntimeError: an unexpected bug" in result.stderr
    assert "something went wrong" in result.stderr


def test_ctrl_c_exits_130_quietly(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("doctor", "--data-dir", tmp_path, code=CRASH_CODE.format(exception="KeyboardInterrupt"))

    assert result.returncode == 130
    assert result.stdout == result.stderr == ""
