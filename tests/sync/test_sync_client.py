"""The client side of sync against a real server subprocess: issue 4's client tests 1, 4, 5, 6, 7 and 9."""

from __future__ import annotations

import contextlib
import shutil
import signal
import socket
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from server.support import Client, ServerProcess, quiz_challenge, start_server
from sqlalchemy import select

from advocate_hub.core.auth import credentials
from advocate_hub.core.domain.enums import Role
from advocate_hub.core.store.models import LedgerEntry, SyncState
from advocate_hub.core.sync.engine import OtherServer
from sync.support import PASSWORD, open_client, run_client, server_ledger


@pytest.fixture
def person(server: ServerProcess) -> Any:
    return server.user()


def test_sign_in_pull_complete_push_round_trip(
    server: ServerProcess, moderator: Client, person: Any, tmp_path: Path
) -> None:
    challenge = quiz_challenge(moderator, points=10)
    client = open_client(tmp_path / "c", server.base_url, person.email)
    first = client.engine.sync()
    assert first.pulled > 0
    assert first.pushed == 0
    client.complete(challenge["uid"])
    assert client.waiting() == 1
    report = client.engine.sync()
    assert report.pushed == 1
    assert report.waiting == 0
    assert not report.rejected
    assert client.ledger() == server_ledger(moderator, person.uid)
    assert len(client.ledger()) == 1
    again = client.engine.sync()
    assert again.pushed == 0
    client.close()


def test_a_data_dir_refuses_another_server(server: ServerProcess, person: Any, tmp_path: Path) -> None:
    client = open_client(tmp_path / "c", server.base_url, person.email)
    client.engine.sync()
    with client.program.database.write() as session:
        session.get(SyncState, "server_url").value = "http://elsewhere.invalid"  # type: ignore[union-attr]
    with pytest.raises(OtherServer, match="elsewhere"):
        client.engine.sync()
    client.close()


def test_kill_9_after_a_local_completion_pushes_it_once(
    server: ServerProcess, moderator: Client, person: Any, tmp_path: Path
) -> None:
    challenge = quiz_challenge(moderator, points=7)
    data = tmp_path / "c"
    client = open_client(data, server.base_url, person.email)
    client.engine.sync()
    client.close()
    done = run_client(str(data), server.base_url, person.email, "complete", challenge["uid"])
    assert done.returncode == -signal.SIGKILL, done.stderr
    client = open_client(data, server.base_url, person.email)
    assert client.waiting() == 1
    assert client.engine.sync().pushed == 1
    client.engine.sync()
    ledger = server_ledger(moderator, person.uid)
    assert [points for _, points, _ in ledger] == [7]
    assert client.ledger() == ledger
    client.close()


class FlakyProxy:
    """A loopback TCP proxy to the server that resets or answers 503 for the first ``failures`` connections."""

    def __init__(self, target: str, failures: int) -> None:
        host, port = target.removeprefix("http://").split(":")
        self.target = (host, int(port))
        self.failures = failures
        self.connections = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            if self.connections <= self.failures:
                if self.connections % 2:
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    conn.close()  # a connection reset
                else:
                    conn.recv(65536)
                    conn.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    conn.close()
                continue
            upstream = socket.create_connection(self.target)
            for a, b in ((conn, upstream), (upstream, conn)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for s in (source, sink):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()

    def close(self) -> None:
        self.listener.close()


def test_resets_and_503_back_off_then_succeed_without_doubling(
    server: ServerProcess, moderator: Client, person: Any, tmp_path: Path
) -> None:
    challenge = quiz_challenge(moderator, points=5, cap=10)
    client = open_client(tmp_path / "c", server.base_url, person.email)
    client.engine.sync()
    for _ in range(3):
        client.complete(challenge["uid"])
    proxy = FlakyProxy(server.base_url, failures=4)
    try:
        from advocate_hub.core.api.client import ApiClient
        from advocate_hub.core.sync.engine import SyncEngine

        api = ApiClient(proxy.url)
        api.use_refresh_token(client.api._refresh or "")
        api.http.headers["Connection"] = "close"  # each request a new connection, so each failure counts
        sleeps: list[float] = []
        outbox_during: list[int] = []

        def sleep(seconds: float) -> None:
            sleeps.append(seconds)
            outbox_during.append(client.waiting())

        with client.program.database.write() as session:  # the same server, reached through the proxy
            session.get(SyncState, "server_url").value = proxy.url  # type: ignore[union-attr]
        engine = SyncEngine(client.program, api, client_id=client.engine.client_id, sleep=sleep, rng=lambda: 1.0)
        report = engine.sync()
    finally:
        proxy.close()
        api.http.close()
    assert len(sleeps) == 4
    assert sleeps == [1.0, 2.0, 4.0, 8.0]
    assert outbox_during == [3, 3, 3, 3]
    assert report.pushed == 3
    assert report.waiting == 0
    ledger = server_ledger(moderator, person.uid)
    assert [points for _, points, _ in ledger] == [5, 5, 5]
    assert client.ledger() == ledger
    client.close()


def test_kill_9_in_the_middle_of_a_pull_leaves_cursor_and_data_in_agreement(
    server: ServerProcess, moderator: Client, person: Any, tmp_path: Path
) -> None:
    for _ in range(3):
        quiz_challenge(moderator)
    data = tmp_path / "c"
    client = open_client(data, server.base_url, person.email)
    client.close()
    died = run_client(str(data), server.base_url, person.email, "pull-and-die", "2")
    assert died.returncode == -signal.SIGKILL, died.stderr
    client = open_client(data, server.base_url, person.email)
    with client.program.database.read() as session:
        cursor = session.scalar(select(SyncState.value).where(SyncState.key == "cursor"))
    assert cursor is not None  # two pages committed with their cursors; the third rolled back
    client.engine.sync()
    fresh = open_client(tmp_path / "fresh", server.base_url, person.email)
    fresh.engine.sync()
    assert _content(client) == _content(fresh)
    client.close()
    fresh.close()


def _content(client: Any) -> dict[str, Any]:
    from advocate_hub.core.store.models import Advocate, Challenge, ScoreTotal

    with client.program.database.read() as session:
        return {
            "advocates": sorted(session.execute(select(Advocate.uid, Advocate.name)).all()),
            "challenges": sorted(session.execute(select(Challenge.uid, Challenge.title)).all()),
            "ledger": sorted(session.execute(select(LedgerEntry.uid, LedgerEntry.points)).all()),
            "scores": sorted(
                (str(a), str(b), str(c), d)
                for a, b, c, d in session.execute(
                    select(ScoreTotal.scope, ScoreTotal.period, ScoreTotal.period_start, ScoreTotal.points)
                ).all()
            ),
        }


def test_client_clock_a_day_off_server_timestamps_win(
    server: ServerProcess, moderator: Client, person: Any, tmp_path: Path
) -> None:
    challenge = quiz_challenge(moderator, points=3)
    tomorrow = lambda: datetime.now(UTC) + timedelta(days=1)  # noqa: E731
    client = open_client(tmp_path / "c", server.base_url, person.email, clock=tomorrow)
    client.api.clock = tomorrow
    client.engine.sync()
    client.complete(challenge["uid"])
    with client.program.database.read() as session:
        optimistic = session.scalar(select(LedgerEntry.created_at))
    assert optimistic is not None
    assert optimistic > datetime.now(UTC) + timedelta(hours=20)
    report = client.engine.sync()
    assert report.clock_skew is not None
    assert -90_000 < report.clock_skew < -80_000
    with client.program.database.read() as session:
        pulled = session.scalar(select(LedgerEntry.created_at))
    assert pulled is not None
    assert abs((pulled - datetime.now(UTC)).total_seconds()) < 120
    board = moderator.get("/leaderboard", period="week").json()
    assert any(row.get("points") == 3 for row in board.get("rows", board.get("entries", [])))
    client.close()


def test_no_keyring_signs_in_for_the_session_and_writes_no_secret(
    server: ServerProcess, person: Any, tmp_path: Path
) -> None:
    data = tmp_path / "c"
    client = open_client(data, server.base_url, person.email)
    tokens = client.api.sign_in(person.email, "correct horse battery")
    remembered = credentials.remember(server.base_url, person.email, tokens.refresh_token)
    assert not remembered.stored
    assert "session only" in remembered.reason
    assert credentials.recall(server.base_url, person.email) is None
    assert "fail" in credentials.backend_name().lower()
    client.engine.sync()
    client.close()
    for path in data.rglob("*"):
        if path.is_file():
            blob = path.read_bytes()
            assert tokens.refresh_token.encode() not in blob, path
            assert tokens.access_token.encode() not in blob, path


def test_server_restored_from_an_older_backup_gets_the_lost_mutations_again(tmp_path: Path) -> None:
    # A server of this test's own, on SQLite, so it can be stopped and its file restored at the same address.
    base = tmp_path / "srv"
    url = f"sqlite:///{base / 'server.sqlite'}"
    srv = start_server(url, base / "data")
    port = int(srv.base_url.rsplit(":", 1)[1])

    def restart(log_name: str) -> ServerProcess:
        started = start_server(url, base / "data", log_name=log_name, port=port)
        client.api.sign_in(person.email, PASSWORD)
        return started

    try:
        moderator = srv.client(srv.user(Role.MODERATOR))
        person = srv.user()
        challenge = quiz_challenge(moderator, points=2, cap=10)
        client = open_client(tmp_path / "c", srv.base_url, person.email)
        client.engine.sync()
        client.complete(challenge["uid"])
        client.engine.sync()
        srv.stop()
        shutil.copy(base / "server.sqlite", tmp_path / "backup.sqlite")
        srv = restart("server2.log")
        client.complete(challenge["uid"])
        assert client.engine.sync().pushed == 1
        assert len(server_ledger(moderator, person.uid)) == 2
        srv.stop()
        shutil.copy(tmp_path / "backup.sqlite", base / "server.sqlite")
        for suffix in ("-wal", "-shm"):
            (base / f"server.sqlite{suffix}").unlink(missing_ok=True)
        srv = restart("server3.log")
        moderator.sign_in()
        assert len(server_ledger(moderator, person.uid)) == 1  # the backup predates the second completion
        client.complete(challenge["uid"])  # and a third, made offline, is still in the outbox

        report = client.engine.sync()

        assert report.reset
        assert report.resent == 1
        assert report.pushed == 1
        assert client.ledger() == server_ledger(moderator, person.uid)
        assert len(client.ledger()) == 3
        assert client.engine.sync().resent == 0
        client.close()
    finally:
        srv.stop()
