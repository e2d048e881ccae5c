"""The public advocate copy carries the person's tier: in a snapshot, and again in the feed when the tier changes."""

from __future__ import annotations

from typing import Any

from .support import Client, ServerProcess, quiz_challenge, right_answer


def _public_copies(changes: list[dict[str, Any]], uid: str) -> list[dict[str, Any]]:
    return [c["data"] for c in changes if c["entity"] == "advocate" and c["uid"] == uid and "email" not in c["data"]]


def test_a_tier_change_publishes_the_public_copy_with_the_new_tier(
    server: ServerProcess, moderator: Client, advocate: Client
) -> None:
    watcher = server.client(server.user())
    _before, cursor = watcher.pull_all()
    first = _public_copies(watcher.get("/sync/pull", cursor="reset").json()["changes"], advocate.user.uid)
    assert [copy["tier"] for copy in first] == ["community"]

    small, silver = quiz_challenge(moderator, points=5), quiz_challenge(moderator, points=600)
    advocate.push_ok(right_answer(small["uid"]))
    no_change, cursor = watcher.pull_all(cursor)
    assert _public_copies(no_change, advocate.user.uid) == []  # points without a new tier publish no copy
    advocate.push_ok(right_answer(silver["uid"]))
    climbed, _cursor = watcher.pull_all(cursor)

    assert [copy["tier"] for copy in _public_copies(climbed, advocate.user.uid)] == ["silver"]
    snapshot = watcher.get("/sync/pull", cursor="reset").json()["changes"]
    assert [copy["tier"] for copy in _public_copies(snapshot, advocate.user.uid)] == ["silver"]
    own, _ = advocate.pull_all()
    assert _public_copies(own, advocate.user.uid) == []  # one's own row comes whole, with the totals
