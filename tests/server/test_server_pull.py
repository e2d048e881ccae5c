"""Pull: the caller's changes and the public ones, in pages after a cursor; an unknown cursor gets a snapshot."""

from __future__ import annotations

from typing import Any

from .support import Client, ServerProcess, mutation, quiz_challenge, right_answer


def latest(changes: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    """What a client holds after applying ``changes`` in order."""
    state: dict[tuple[str, str], dict[str, Any]] = {}
    for change in changes:
        key = (change["entity"], change["uid"])
        if change["op"] == "delete":
            state.pop(key, None)
        else:
            state[key] = change["data"]
    return state


def test_a_client_sees_its_own_changes_and_public_ones_only(
    server: ServerProcess, moderator: Client, advocate: Client
) -> None:
    challenge = quiz_challenge(moderator, points=30)
    [mine] = advocate.push_ok(right_answer(challenge["uid"]))
    other = server.client(server.user())
    [theirs] = other.push_ok(right_answer(challenge["uid"]))

    state = latest(advocate.pull_all()[0])

    assert state[("challenge", challenge["uid"])]["points"] == 30
    assert ("submission", mine["result"]["submission_uid"]) in state
    assert ("submission", theirs["result"]["submission_uid"]) not in state
    assert state[("totals", advocate.user.uid)]["balance"] == 30
    assert ("totals", other.user.uid) not in state
    assert "email" in state[("advocate", advocate.user.uid)]
    assert "email" not in state[("advocate", other.user.uid)]
    ledger = [data for (entity, _), data in state.items() if entity == "ledger_entry"]
    assert [(entry["points"], entry["submission_uid"]) for entry in ledger] == [(30, mine["result"]["submission_uid"])]
    scores = [
        data for (entity, _), data in state.items() if entity == "score" and data["advocate_uid"] == other.user.uid
    ]
    assert {score["period"] for score in scores if score["points"] == 30} == {"all", "month", "week"}


def test_pages_follow_the_cursor_without_gaps_or_repeats(
    server: ServerProcess, moderator: Client, advocate: Client
) -> None:
    challenge = quiz_challenge(moderator, points=2)
    advocate.push_ok(*[right_answer(challenge["uid"]) for _ in range(20)])

    everything, cursor = advocate.pull_all(limit=5_000)
    paged, paged_cursor = advocate.pull_all(limit=7)
    first = advocate.get("/sync/pull", limit=7).json()

    assert paged == everything
    assert paged_cursor == cursor
    assert first["more"] is True
    # At most a page; one fewer when the page held the caller's own public row (they get their full row instead).
    assert 6 <= len(first["changes"]) <= 7
    seqs = [change["seq"] for change in everything]
    assert seqs == sorted(set(seqs))
    nothing_new = advocate.get("/sync/pull", cursor=cursor).json()
    assert nothing_new == {"changes": [], "cursor": cursor, "more": False, "reset": False}


def test_a_pull_after_a_cursor_has_only_what_changed_since(moderator: Client, advocate: Client) -> None:
    challenge = quiz_challenge(moderator, points=3)
    _, cursor = advocate.pull_all()
    [answer] = advocate.push_ok(right_answer(challenge["uid"]))

    changes, _ = advocate.pull_all(cursor)

    assert all(change["seq"] > int(cursor.partition(".")[0]) for change in changes)
    entities = {change["entity"] for change in changes}
    assert {"submission", "ledger_entry", "totals", "score"} <= entities
    submission = next(c for c in changes if c["entity"] == "submission")
    assert submission["uid"] == answer["result"]["submission_uid"]
    assert submission["data"]["status"] == "approved"


def test_an_unknown_cursor_gets_a_snapshot_with_reset(moderator: Client, advocate: Client) -> None:
    challenge = quiz_challenge(moderator, points=4)
    advocate.push_ok(right_answer(challenge["uid"]), mutation("decline.create", challenge_uid=challenge["uid"]))
    incremental = latest(advocate.pull_all()[0])

    for cursor in ("999999999999", "not-a-cursor", "-5"):
        answer = advocate.get("/sync/pull", cursor=cursor).json()
        assert answer["reset"] is True
        assert answer["more"] is False
        snapshot = latest(answer["changes"])
        assert snapshot == incremental
        follow_up = advocate.get("/sync/pull", cursor=answer["cursor"]).json()
        assert follow_up["reset"] is False


def test_pull_limits_are_checked(advocate: Client) -> None:
    assert advocate.get("/sync/pull", limit=0).status_code == 422
    assert advocate.get("/sync/pull", limit=5_001).status_code == 422
    assert advocate.get("/sync/pull", limit=5_000).status_code == 200
