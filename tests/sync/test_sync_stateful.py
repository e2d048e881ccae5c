"""Issue 4, test 10 (partial): offline completions on three clients, adjustments by a moderator, syncs, crashes
and duplicate deliveries; at the end every client's ledger equals the server's and each mutation applied once."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test
from server.support import Client, ServerProcess, quiz_challenge

from sync.support import LocalClient, open_client, server_ledger


def test_three_clients_converge(server: ServerProcess, moderator: Client, tmp_path_factory: Any) -> None:
    challenge = quiz_challenge(moderator, points=3, cap=1_000)

    class Machine(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            base: Path = tmp_path_factory.mktemp("clients")
            self.people = [server.user() for _ in range(3)]
            self.clients: list[LocalClient] = []
            for n, person in enumerate(self.people):
                client = open_client(base / str(n), server.base_url, person.email)
                client.engine.sync()
                self.clients.append(client)
            self.answered: list[tuple[int, dict[str, Any]]] = []

        @rule(n=st.integers(0, 2))
        def complete_offline(self, n: int) -> None:
            from advocate_hub.core.store.models import OutboxEntry

            self.clients[n].complete(challenge["uid"])
            with self.clients[n].program.database.read() as session:
                last = session.query(OutboxEntry).order_by(OutboxEntry.id.desc()).first()
                assert last is not None
                self.answered.append((n, {"mutation_id": last.mutation_id, "kind": last.kind, "payload": last.payload}))

        @rule(n=st.integers(0, 2))
        def sync(self, n: int) -> None:
            self.clients[n].engine.sync()

        @rule(n=st.integers(0, 2))
        def crash(self, n: int) -> None:
            self.clients[n].reopen()

        @rule(n=st.integers(0, 2), points=st.integers(-5, 5).filter(bool))
        def adjust(self, n: int, points: int) -> None:
            mutation = {
                "mutation_id": str(uuid.uuid4()),
                "kind": "points.adjust",
                "payload": {"advocate_uid": self.people[n].uid, "points": points, "reason": "test"},
            }
            moderator.push_ok(mutation)

        @precondition(lambda self: bool(self.answered))
        @rule(data=st.data())
        def duplicate_delivery(self, data: st.DataObject) -> None:
            n, mutation = data.draw(st.sampled_from(self.answered))
            client = self.clients[n]
            client.api.push(client.engine.client_id, [mutation])

        @invariant()
        def nothing_doubled(self) -> None:
            pass

        def teardown(self) -> None:
            for n, client in enumerate(self.clients):
                client.engine.sync()
                client.engine.sync()
                server_rows = server_ledger(moderator, self.people[n].uid)
                assert client.ledger() == server_rows
                earned = [row for row in server_rows if row[2] == "earned"]
                completions = sum(1 for m, _ in self.answered if m == n)
                assert len(earned) == completions
                client.close()

    run_state_machine_as_test(
        Machine,
        settings=settings(
            max_examples=8, stateful_step_count=12, deadline=None, suppress_health_check=list(HealthCheck)
        ),
    )
