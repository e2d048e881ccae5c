"""``advocate-hub summary`` on a member's synced data folder, which holds its own totals but not other people's."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from server.conftest import postgres_url, server
from server.support import ServerProcess, quiz_challenge
from sync.support import open_client

from advocate_hub.core.domain.enums import Role

__all__ = ["postgres_url", "server"]
RunCli = Callable[..., subprocess.CompletedProcess[str]]


def test_summary_of_a_synced_member_s_copy(server: ServerProcess, run_cli: RunCli, tmp_path: Path) -> None:
    moderator = server.client(server.user(Role.MODERATOR))
    big, small = quiz_challenge(moderator, points=30), quiz_challenge(moderator, points=10)
    other = server.user(name="Other Person")
    me = server.user(name="Me Myself")
    theirs = open_client(tmp_path / "other", server.base_url, other.email)
    theirs.engine.sync()
    theirs.complete(big["uid"])
    theirs.engine.sync()
    theirs.close()
    mine = open_client(tmp_path / "me", server.base_url, me.email)
    mine.engine.sync()
    mine.complete(small["uid"])
    mine.engine.sync()
    mine.close()

    result = run_cli("summary", "--data-dir", tmp_path / "me")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert f"  a member's copy synced with {server.base_url}" in result.stdout
    board = lines[lines.index("  leaderboard, all time:") + 1 :]
    assert board[0].startswith("      1. ")
    assert board[0].endswith(" 30 pts")
    assert "(Community)" not in board[0], "another advocate's tier is not known on this computer"
    assert board[1].startswith("      2. ")
    assert board[1].endswith(" (Community) 10 pts"), "this account's own tier is known"
