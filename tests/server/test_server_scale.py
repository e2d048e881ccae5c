"""Issue 4, test 11: two server processes on one PostgreSQL database, 20 clients pushing at once."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from advocate_hub.core.domain.enums import Role
from advocate_hub.core.store.models import Decline, LedgerEntry, Submission
from advocate_hub.core.store.server_models import AppliedMutation

from .support import Client, ServerProcess, mutation, quiz_challenge, right_answer, start_server

CLIENTS = 20
MUTATIONS = int(os.environ.get("ADVOCATE_HUB_SCALE_MUTATIONS", "5000"))
BATCH = 50

pytestmark = [pytest.mark.slow, pytest.mark.postgres]


@pytest.fixture(scope="module")
def two_servers(postgres_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[ServerProcess]]:
    directory = tmp_path_factory.mktemp("scale")
    servers = [start_server(postgres_url, directory / f"data{n}") for n in range(2)]
    try:
        yield servers
    finally:
        for server in servers:
            server.stop()


def test_concurrent_clients_on_two_servers_lose_nothing_and_double_nothing(two_servers: list[ServerProcess]) -> None:
    first, second = two_servers
    moderator = first.client(first.user(Role.MODERATOR))
    challenge = quiz_challenge(moderator, points=1, cap=1_000)["uid"]
    clients = [(first if n % 2 else second).client(first.user()) for n in range(CLIENTS)]
    per_client = MUTATIONS // CLIENTS
    quizzes = len(range(0, per_client, 4))
    planned: dict[str, list[dict[str, Any]]] = {
        client.client_id: [
            right_answer(challenge) if n % 4 == 0 else mutation("decline.create", challenge_uid=challenge, reason="")
            for n in range(per_client)
        ]
        for client in clients
    }
    answers: dict[str, list[dict[str, Any]]] = {client.client_id: [] for client in clients}
    errors: list[BaseException] = []
    start = threading.Barrier(CLIENTS)

    def work(client: Client) -> None:
        try:
            start.wait()
            batch = planned[client.client_id]
            for offset in range(0, len(batch), BATCH):
                answers[client.client_id].extend(client.push_ok(*batch[offset : offset + BATCH]))
        except BaseException as error:  # reported below, with the others
            errors.append(error)

    began = time.perf_counter()
    threads = [threading.Thread(target=work, args=(client,)) for client in clients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    pushed_in = time.perf_counter() - began

    assert not errors, errors[:3]
    for client in clients:
        assert [a["status"] for a in answers[client.client_id]] == ["applied"] * per_client
    with first.database.read() as session:
        assert session.scalar(select(func.count()).select_from(AppliedMutation)) == CLIENTS * per_client
        assert session.scalar(select(func.count()).select_from(Decline)) == CLIENTS * (per_client - quizzes)
        assert session.scalar(select(func.count()).select_from(Submission)) == CLIENTS * quizzes
        assert session.scalar(select(func.count()).select_from(LedgerEntry)) == CLIENTS * quizzes

    pulled_in = time.perf_counter()
    for client in clients:
        changes, _ = client.pull_all(limit=5_000)
        seen = {(c["entity"], c["uid"]) for c in changes}
        for answer in answers[client.client_id]:
            result = answer["result"]
            if "decline_uid" in result:
                assert ("decline", result["decline_uid"]) in seen
            else:
                assert ("submission", result["submission_uid"]) in seen
        totals = [c["data"] for c in changes if c["entity"] == "totals" and c["uid"] == client.user.uid]
        assert totals[-1]["balance"] == quizzes
        for other in clients:
            scores = [
                c["data"]["points"]
                for c in changes
                if c["entity"] == "score" and c["uid"].startswith(other.user.uid) and c["data"]["period"] == "all"
            ]
            assert scores[-1] == quizzes
    pulled_in = time.perf_counter() - pulled_in
    print(
        f"\n{CLIENTS * per_client} mutations pushed in {pushed_in:.1f}s ({CLIENTS * per_client / pushed_in:.0f}/s); "
        f"{CLIENTS} full pulls in {pulled_in:.1f}s"
    )
