"""A server restored from an older backup, noticed by every client however many changes others pushed meanwhile.

Each test runs its own SQLite server, so it can be stopped and its file replaced by the backup at the same address.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from server.support import Client, ServerProcess, User, quiz_challenge, start_server
from sqlalchemy import select

from advocate_hub.core.domain.enums import Period, Role
from advocate_hub.core.store.leaderboard import BoardKey, page
from advocate_hub.core.store.models import Advocate, SyncState
from sync.support import PASSWORD, LocalClient, open_client, server_ledger


@dataclass
class Restorable:
    """A server whose file can be backed up and restored while clients keep its address."""

    base: Path
    url: str
    process: ServerProcess
    moderator: Client
    port: int

    def stop(self) -> None:
        self.process.stop()

    def backup(self, target: Path) -> None:
        self.process.stop()
        shutil.copy(self.base / "server.sqlite", target)
        self._start("after-backup.log")

    def restore(self, backup: Path, *clients: LocalClient) -> None:
        self.process.stop()
        shutil.copy(backup, self.base / "server.sqlite")
        for suffix in ("-wal", "-shm"):
            (self.base / f"server.sqlite{suffix}").unlink(missing_ok=True)
        self._start("after-restore.log")
        self.moderator.sign_in()
        for client in clients:  # the restored server does not know the refresh tokens issued after the backup
            client.api.sign_in(client.email, PASSWORD)

    def newest_change(self) -> int:
        return int(requests.get(f"{self.process.base_url}/healthz", timeout=5).json()["cursor"])

    def _start(self, log_name: str) -> None:
        self.process = start_server(self.url, self.base / "data", log_name=log_name, port=self.port)


@pytest.fixture
def srv(tmp_path: Path) -> Iterator[Restorable]:
    base = tmp_path / "srv"
    url = f"sqlite:///{base / 'server.sqlite'}"
    process = start_server(url, base / "data")
    port = int(process.base_url.rsplit(":", 1)[1])
    restorable = Restorable(base, url, process, process.client(process.user(Role.MODERATOR)), port)
    try:
        yield restorable
    finally:
        restorable.stop()


def _cursor_seq(client: LocalClient) -> int:
    with client.program.database.read() as session:
        cursor = session.scalar(select(SyncState.value).where(SyncState.key == "cursor"))
    assert cursor is not None
    return int(cursor.partition(".")[0])


def _board_points(client: LocalClient) -> dict[str, int]:
    rows = client.program.read(page, key=BoardKey(Period.ALL, client.program.clock()), limit=500)
    with client.program.database.read() as session:
        uids: dict[int, str] = dict(session.execute(select(Advocate.id, Advocate.uid)).all())
    return {uids[row.advocate_id]: row.points for row in rows}


def _member(srv: Restorable, tmp_path: Path, name: str) -> tuple[User, LocalClient]:
    user = srv.process.user(name=name)
    return user, open_client(tmp_path / name, srv.process.base_url, user.email)


def test_a_restore_is_noticed_after_another_client_pushed_past_the_cursor(srv: Restorable, tmp_path: Path) -> None:
    challenge = quiz_challenge(srv.moderator, points=3, cap=20)
    ann, a = _member(srv, tmp_path, "ann")
    ben, b = _member(srv, tmp_path, "ben")
    a.engine.sync()
    b.engine.sync()
    a.complete(challenge["uid"])
    a.engine.sync()
    srv.backup(tmp_path / "backup.sqlite")
    a.complete(challenge["uid"])
    assert a.engine.sync().pushed == 1
    assert len(server_ledger(srv.moderator, ann.uid)) == 2

    srv.restore(tmp_path / "backup.sqlite", a, b)
    assert len(server_ledger(srv.moderator, ann.uid)) == 1  # the backup predates Ann's second completion
    for _ in range(4):
        b.complete(challenge["uid"])
    assert b.engine.sync().pushed == 4
    assert srv.newest_change() > _cursor_seq(a)  # the old check (cursor beyond the newest change) sees nothing

    report = a.engine.sync()

    assert (report.resent, report.reset) == (1, True)
    on_server = server_ledger(srv.moderator, ann.uid)
    assert len(on_server) == 2
    assert len({uid for uid, _points, _kind in on_server}) == 2
    assert a.ledger() == on_server
    assert _board_points(a)[ben.uid] == 12  # and Ben's points, numbered below Ann's old cursor, reached Ann
    again = a.engine.sync()
    assert (again.resent, again.reset) == (0, False)
    assert len(server_ledger(srv.moderator, ann.uid)) == 2
    a.close()
    b.close()


def test_a_client_with_nothing_lost_still_gets_the_changes_numbered_below_its_cursor(
    srv: Restorable, tmp_path: Path
) -> None:
    challenge = quiz_challenge(srv.moderator, points=5, cap=20)
    _ann, a = _member(srv, tmp_path, "ann")
    ben, b = _member(srv, tmp_path, "ben")
    cat, c = _member(srv, tmp_path, "cat")
    for client in (a, b, c):
        client.engine.sync()
    srv.backup(tmp_path / "backup.sqlite")
    b.complete(challenge["uid"])
    b.engine.sync()
    a.engine.sync()  # Ann pulls Ben's completion, which the backup does not have
    assert _board_points(a)[ben.uid] == 5

    srv.restore(tmp_path / "backup.sqlite", a, b, c)
    for _ in range(3):
        c.complete(challenge["uid"])
    c.engine.sync()
    assert srv.newest_change() > _cursor_seq(a)

    report = a.engine.sync()

    assert report.reset
    assert report.resent == 0
    points = _board_points(a)
    assert points[cat.uid] == 15
    assert points.get(ben.uid, 0) == 0  # until Ben syncs and pushes his journal again
    b.engine.sync()
    a.engine.sync()
    assert _board_points(a)[ben.uid] == 5
    a.close()
    b.close()
    c.close()
