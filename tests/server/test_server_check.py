"""``POST /sync/check`` and the cursors it checks: what a client asks before pushing, to notice a restored server.

(The restore itself, with clients on both sides of it, is in tests/sync/test_sync_restore.py.)
"""

from __future__ import annotations

import uuid
from typing import Any

from .support import Client, ServerProcess, mutation, quiz_challenge, right_answer


def _check(client: Client, cursor: str = "", mutation_ids: list[str] | None = None) -> dict[str, Any]:
    answer = client.post("/sync/check", json={"cursor": cursor, "mutation_ids": mutation_ids or []})
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    return body


def _tampered(cursor: str) -> str:
    seq, _dot, tag = cursor.partition(".")
    return f"{seq}.{'0' if tag[0] != '0' else '1'}{tag[1:]}"


def test_a_cursor_the_server_issued_is_known_and_a_different_change_at_its_number_is_not(
    moderator: Client, advocate: Client
) -> None:
    challenge = quiz_challenge(moderator, points=2)
    advocate.push_ok(right_answer(challenge["uid"]))
    _changes, cursor = advocate.pull_all()
    seq = cursor.partition(".")[0]

    assert _check(advocate, cursor)["cursor_known"] is True
    assert _check(advocate, "")["cursor_known"] is True
    assert _check(advocate, seq)["cursor_known"] is True  # a bare number, as older servers issued
    for unknown in (_tampered(cursor), str(int(seq) + 10**9), "not-a-cursor", f"{seq}.xyz"):
        assert _check(advocate, unknown)["cursor_known"] is False, unknown

    pulled = advocate.get("/sync/pull", cursor=_tampered(cursor)).json()
    assert pulled["reset"] is True
    assert advocate.get("/sync/pull", cursor=pulled["cursor"]).json()["reset"] is False


def test_unknown_lists_the_mutations_this_account_never_pushed_here(
    server: ServerProcess, moderator: Client, advocate: Client
) -> None:
    challenge = quiz_challenge(moderator, points=2)
    applied = right_answer(challenge["uid"])
    rejected = mutation("redemption.create", reward_uid=str(uuid.uuid4()))
    advocate.push_ok(applied, rejected)
    someone_else = server.client(server.user())
    theirs = right_answer(challenge["uid"])
    someone_else.push_ok(theirs)
    never = str(uuid.uuid4())

    ids = [applied["mutation_id"], rejected["mutation_id"], theirs["mutation_id"], never]
    answer = _check(advocate, mutation_ids=ids)

    assert answer["unknown"] == [theirs["mutation_id"], never]
    assert _check(someone_else, mutation_ids=ids)["unknown"] == [applied["mutation_id"], rejected["mutation_id"], never]


def test_check_refuses_a_malformed_body(advocate: Client) -> None:
    too_many = [str(uuid.uuid4()) for _ in range(101)]
    assert advocate.post("/sync/check", json={"mutation_ids": too_many}).status_code == 422
    assert advocate.post("/sync/check", json={"mutation_ids": ["not-a-uuid"]}).status_code == 422
    assert advocate.post("/sync/check", json={"cursor": "1", "extra": 1}).status_code == 422
