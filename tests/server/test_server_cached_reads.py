"""Issue 8, benchmark 6 by design: what a board read and a one-mutation push cost in SQL, and cached boards are
never stale.

The statement counts run on a server in this process (uvicorn on a loopback port) so the engine's statements can be
counted; the rest run against the usual server subprocess.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import uvicorn
from sqlalchemy import event, update
from starlette.middleware import Middleware
from starlette.types import ASGIApp, Receive, Scope, Send

from advocate_hub.core.domain.enums import Role
from advocate_hub.core.store.models import Advocate
from advocate_hub.server.accounts import Account, AccountReader
from advocate_hub.server.admin import create_user
from advocate_hub.server.app import create_app
from advocate_hub.server.middleware import ACCESS_LINES, access_log
from advocate_hub.server.schemas import Leaderboard

from .support import BACKENDS, PASSWORD, Client, ServerProcess, User, mutation, quiz_challenge, right_answer

PUSH_STATEMENTS = 14
"""A client's first push, of one decline, which the general path applies: the account check, then one write
transaction (taking the account's lock, the client registered and the mutation id checked, the decline and its
record written in a savepoint, the change feed appended with one ``UPDATE … RETURNING`` and one insert, from the
rows the transaction wrote, not read again); on PostgreSQL one more, relaxing the commit (``db.RELAXED_COMMIT``). Its
later pushes of one decline go the direct way and run none."""


ACCOUNT_CHECK = "(the account check)"


class CountedAccounts:
    """The server's account reader, noting each read among the recorded statements (it runs on a connection of
    its own, not on the engine's)."""

    def __init__(self, reader: AccountReader, statements: list[str]) -> None:
        self.reader = reader
        self.statements = statements

    async def read(self, advocate_id: int) -> Account | None:
        self.statements.append(ACCOUNT_CHECK)
        return await self.reader.read(advocate_id)

    async def postgres_connection(self) -> Any:
        """The loop's connection, which the direct push writes on (not an account check)."""
        return await self.reader.postgres_connection()

    async def close(self) -> None:
        await self.reader.close()


class Routed:
    """ASGI middleware noting each request that reaches it."""

    def __init__(self, app: ASGIApp, seen: list[str]) -> None:
        self.app = app
        self.seen = seen

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self.seen.append(f"{scope['method']} {scope['path']}")
        await self.app(scope, receive, send)


class InProcess:
    """A server running in this process, with every SQL statement its engine sends and each account check recorded."""

    def __init__(self, url: str, data_dir: Path) -> None:
        self.app = create_app(url, data_dir)
        self.database = self.app.state.database
        self.statements: list[str] = []
        event.listen(self.database.engine, "before_cursor_execute", self._record)
        self.app.state.accounts = CountedAccounts(self.app.state.accounts, self.statements)
        self.routed: list[str] = []
        """The requests that went on past the fast lanes (``lanes``) to FastAPI's routing."""
        self.app.user_middleware.append(Middleware(Routed, seen=self.routed))  # the innermost: inside the lanes
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}"
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=port, log_config=None))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def _record(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.statements.append(statement)

    def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert time.monotonic() < deadline, "the in-process server did not start"
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)

    def client(self, role: Role = Role.ADVOCATE) -> Client:
        email = f"{role.value}-{uuid.uuid4().hex[:10]}@example.com"
        uid = create_user(self.database, email=email, role=role, password=PASSWORD, name=email[:20])
        client = Client(self.base_url, User(email, uid, role))
        client.sign_in()
        return client

    def counted(self, call: Any) -> tuple[requests.Response, list[str]]:
        """The answer of ``call()`` and the statements run for it (a SQLite read transaction's BEGIN aside: it
        is not sent anywhere)."""
        self.statements.clear()
        self.routed.clear()
        answer = call()
        return answer, [statement for statement in self.statements if statement != "BEGIN"]


@pytest.fixture(scope="module", params=BACKENDS)
def in_process(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[InProcess]:
    directory = tmp_path_factory.mktemp(f"in-process-{request.param}")
    url = (
        f"sqlite:///{directory / 'server.sqlite'}"
        if request.param == "sqlite"
        else request.getfixturevalue("postgres_url")
    )
    server = InProcess(url, directory / "data")
    server.start()
    try:
        yield server
    finally:
        server.stop()
        server.database.close()


def test_a_board_read_again_while_nothing_changed_runs_only_the_account_check(in_process: InProcess) -> None:
    moderator = in_process.client(Role.MODERATOR)
    challenge = quiz_challenge(moderator)
    reader = in_process.client()
    reader.push_ok(right_answer(challenge["uid"]))

    first, first_statements = in_process.counted(lambda: reader.get("/leaderboard", period="all", limit=100))
    again, statements = in_process.counted(lambda: reader.get("/leaderboard", period="all", limit=100))

    assert first.status_code == again.status_code == 200
    assert again.json() == first.json()
    assert len(first_statements) > 1
    assert statements == [ACCOUNT_CHECK]


def test_a_kept_board_is_answered_before_fastapi_byte_for_byte_as_the_route_answers_it(in_process: InProcess) -> None:
    reader = in_process.client()
    asked = [
        {},
        {"period": "week", "limit": 3},
        {"period": "month", "group": " Team-A ", "offset": 2, "limit": 7},
        {"group": "", "limit": 13},
    ]
    for query in asked:
        first, _ = in_process.counted(lambda query=query: reader.get("/leaderboard", **query))
        assert in_process.routed == ["GET /api/v1/leaderboard"]

        again, statements = in_process.counted(lambda query=query: reader.get("/leaderboard", **query))

        assert (first.status_code, again.status_code) == (200, 200), again.text
        assert again.content == first.content
        assert again.headers["content-type"] == first.headers["content-type"]
        assert statements == [ACCOUNT_CHECK]
        assert in_process.routed == []


def test_a_board_read_the_lane_passes_on_checks_the_account_once(in_process: InProcess) -> None:
    reader = in_process.client()

    _answer, statements = in_process.counted(lambda: reader.get("/leaderboard", period="week", limit=11))

    assert in_process.routed == ["GET /api/v1/leaderboard"]
    assert statements.count(ACCOUNT_CHECK) == 1


def test_board_reads_the_route_would_refuse_are_refused_by_it(in_process: InProcess) -> None:
    reader = in_process.client()
    reader.get("/leaderboard")
    kiosk = in_process.client(Role.KIOSK)
    refused = {
        "period": reader.get("/leaderboard", period="year"),
        "limit": reader.get("/leaderboard", limit=0),
        "not a number": reader.get("/leaderboard", limit="٣"),
        "group": reader.get("/leaderboard", group="g" * 65),
        "offset": reader.get("/leaderboard", offset=10_000_001),
    }
    token = reader.http.headers.pop("Authorization")
    unsigned = reader.get("/leaderboard")
    reader.http.headers["Authorization"] = token

    for name, answer in refused.items():
        assert answer.status_code == 422, name
    assert kiosk.get("/leaderboard").status_code == 403
    assert unsigned.status_code == 401


def test_another_callers_read_of_the_same_board_reads_only_its_own_row(in_process: InProcess) -> None:
    first, second = in_process.client(), in_process.client()
    first.get("/leaderboard", period="month", limit=20)

    _answer, statements = in_process.counted(lambda: second.get("/leaderboard", period="month", limit=20))

    assert not any("LIMIT" in statement for statement in statements)  # the page: kept
    assert len(statements) <= 3  # the account check, my row and my rank


def test_a_push_of_one_mutation_runs_a_bounded_number_of_statements(in_process: InProcess) -> None:
    moderator = in_process.client(Role.MODERATOR)
    challenge = quiz_challenge(moderator)
    pusher = in_process.client()

    answer, statements = in_process.counted(
        lambda: pusher.push(mutation("decline.create", challenge_uid=challenge["uid"], reason="not now"))
    )

    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["status"] == "applied"
    assert len(statements) <= PUSH_STATEMENTS + in_process.database.is_postgresql, statements


def test_a_plain_push_of_one_decline_runs_nothing_on_the_engine_nor_an_account_check(in_process: InProcess) -> None:
    """The direct way (``lanes``, ``direct_push``): its own statements on the driver, the account checked by
    the same read that checks the client, the challenge and the mutation id."""
    moderator = in_process.client(Role.MODERATOR)
    challenge = quiz_challenge(moderator)
    pusher = in_process.client()
    pusher.push_ok(mutation("decline.create", challenge_uid=challenge["uid"], reason="first"))

    answer, statements = in_process.counted(
        lambda: pusher.push(mutation("decline.create", challenge_uid=challenge["uid"], reason="not now"))
    )

    assert answer.status_code == 200, answer.text
    assert answer.json()["results"][0]["status"] == "applied"
    assert statements == []
    assert in_process.routed == []


def test_a_kept_board_shows_a_change_at_once(server: ServerProcess, moderator: Client) -> None:
    challenge = quiz_challenge(moderator, points=700)
    reader, climber = server.client(server.user()), server.client(server.user())
    reader.push_ok(right_answer(challenge["uid"]))
    before = reader.get("/leaderboard", period="all", limit=500).json()
    assert reader.get("/leaderboard", period="all", limit=500).json() == before

    climber.push_ok(right_answer(challenge["uid"]), right_answer(challenge["uid"]))
    after = reader.get("/leaderboard", period="all", limit=500).json()

    points = {row["advocate_uid"]: row["points"] for row in after["rows"]}
    assert points[climber.user.uid] == 1_400
    assert after["me"]["rank"] == before["me"]["rank"] + 1


def test_a_kept_board_shows_a_change_made_by_another_process(server: ServerProcess) -> None:
    reader = server.client(server.user(name="Quiet Reader"))
    moderator = server.client(server.user(Role.MODERATOR))
    reader.push_ok(right_answer(quiz_challenge(moderator)["uid"]))
    assert reader.get("/leaderboard", period="all").json()["me"]["name"] == ""

    with server.database.write() as session:  # this test process, as another server process would
        session.execute(update(Advocate).where(Advocate.uid == reader.user.uid).values(consent_publish_name=True))

    assert reader.get("/leaderboard", period="all").json()["me"]["name"] == "Quiet Reader"


def test_a_role_change_takes_effect_on_the_next_read(server: ServerProcess) -> None:
    reader = server.client(server.user())
    assert reader.get("/leaderboard").status_code == 200

    with server.database.write() as session:
        session.execute(update(Advocate).where(Advocate.uid == reader.user.uid).values(role=Role.KIOSK))

    assert reader.get("/leaderboard").status_code == 403


def test_a_kept_board_answers_in_the_documented_shape_with_the_group_as_asked(server: ServerProcess) -> None:
    reader = server.client(server.user())
    reader.get("/leaderboard", period="week", group="Team-A")

    answer = reader.get("/leaderboard", period="week", group="team-a ")

    assert answer.headers["content-type"] == "application/json"
    board = Leaderboard.model_validate_json(answer.content)
    assert (board.period, board.group, board.size, board.rows, board.me) == ("week", "team-a ", 0, [], None)


def test_every_request_gets_one_access_log_line_with_its_status(
    in_process: InProcess, caplog: pytest.LogCaptureFixture
) -> None:
    """Lines are written by a thread of their own (``middleware.AccessLines``), for lanes' answers and routes' alike."""
    caplog.set_level(logging.INFO, logger=access_log.name)
    reader = in_process.client()
    reader.get("/leaderboard", period="week", limit=5)
    reader.get("/leaderboard", period="week", limit=5)
    reader.get("/leaderboard", period="year")

    ACCESS_LINES.flush()

    lines = [record.getMessage() for record in caplog.records if record.name == access_log.name]
    board = [line for line in lines if line.startswith("GET /api/v1/leaderboard?period=week&limit=5 200 ")]
    assert len(board) == 2
    assert any(line.startswith("GET /api/v1/leaderboard?period=year 422 ") for line in lines)
    assert all(line.endswith(" 127.0.0.1") for line in board)
