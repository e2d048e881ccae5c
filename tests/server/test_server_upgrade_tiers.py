"""Upgrading a server whose feed predates tiers in the public advocate copy: the next start publishes the tier of
everyone above the first tier once, so members' boards need not wait for each tier to change."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from advocate_hub.core.domain.enums import Role

from .support import quiz_challenge, right_answer, start_server


def _tiers(changes: list[dict[str, Any]]) -> dict[str, str]:
    return {c["uid"]: c["data"].get("tier") for c in changes if c["entity"] == "advocate" and "email" not in c["data"]}


def _as_before_tiers(database: Path) -> None:
    """The server file as the previous version left it: schema 0007, public copies without a tier."""
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE change_log SET data = json_remove(data, '$.tier') WHERE entity = 'advocate'")
        connection.execute("ALTER TABLE change_counter DROP COLUMN tiers_published")
        connection.execute("ALTER TABLE advocates DROP COLUMN public_tier")
        connection.execute("UPDATE alembic_version SET version_num = '0007'")
    connection.close()


def test_the_upgrade_publishes_the_tiers_the_old_feed_lacks(tmp_path: Path) -> None:
    database = tmp_path / "server.sqlite"
    url = f"sqlite:///{database}"
    srv = start_server(url, tmp_path / "data")
    port = int(srv.base_url.rsplit(":", 1)[1])  # restarted at the same address, which the clients know
    try:
        moderator = srv.client(srv.user(Role.MODERATOR))
        climber, stayer = srv.client(srv.user()), srv.client(srv.user())
        climber.push_ok(right_answer(quiz_challenge(moderator, points=600)["uid"]))
        watcher = srv.client(srv.user())
        _seen, cursor = watcher.pull_all()
        srv.stop()
        _as_before_tiers(database)

        srv = start_server(url, tmp_path / "data", log_name="upgraded.log", port=port)
        republished, cursor = watcher.pull_all(cursor)
        srv.stop()
        srv = start_server(url, tmp_path / "data", log_name="again.log", port=port)
        again, _cursor = watcher.pull_all(cursor)
    finally:
        srv.stop()

    assert _tiers(republished) == {climber.user.uid: "silver"}  # Community is what a missing tier reads as
    assert stayer.user.uid not in _tiers(republished)
    assert again == []
