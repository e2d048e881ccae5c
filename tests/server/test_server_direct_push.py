"""Issue 8, benchmark 6: a push of one decline goes the direct way (``lanes``, ``direct_push``) and answers,
writes and reads in the feed exactly as the general path does; every case but the plain one is left to it."""

from __future__ import annotations

import json
import uuid
from functools import partial
from typing import Any

import pytest
from sqlalchemy import select, text

from advocate_hub.core.domain.enums import Role
from advocate_hub.core.store.models import Advocate, Decline
from advocate_hub.core.store.server_models import AppliedMutation, SyncClient
from advocate_hub.core.sync.identity import Role as IdentityRole
from advocate_hub.core.sync.identity import derived_uid
from advocate_hub.server.db import ServerDatabase
from advocate_hub.server.direct_push import DirectDeclines

from .support import Client, ServerProcess, mutation, owned_rows, quiz_challenge, twice_at_once


def decline(challenge_uid: str, reason: str = "not now") -> dict[str, Any]:
    return mutation("decline.create", challenge_uid=challenge_uid, reason=reason)


def declines_of(server: ServerProcess, advocate_uid: str) -> int:
    return owned_rows(server, Decline, advocate_uid)


def stored(server: ServerProcess, mutation_id: str) -> AppliedMutation:
    with server.database.read() as session:
        row = session.get(AppliedMutation, mutation_id)
    assert row is not None
    return row


def feed_change(changes: list[dict[str, Any]], uid: str) -> dict[str, Any]:
    [found] = [change for change in changes if change["entity"] == "decline" and change["uid"] == uid]
    return found


@pytest.fixture
def challenge_uid(moderator: Client) -> str:
    return str(quiz_challenge(moderator)["uid"])


def test_a_plain_decline_is_stored_and_published_as_the_general_path_does(
    server: ServerProcess, advocate: Client, challenge_uid: str
) -> None:
    first, second = decline(challenge_uid, "busy"), decline(challenge_uid, "  no time  ")
    [general] = advocate.push_ok(first)  # a client's first push: the general path, which registers the client
    [direct] = advocate.push_ok(second)

    assert general["status"] == direct["status"] == "applied"
    assert direct["result"] == {"decline_uid": derived_uid(second["mutation_id"], IdentityRole.DECLINE)}
    changes, _cursor = advocate.pull_all()
    by_general = feed_change(changes, general["result"]["decline_uid"])
    by_direct = feed_change(changes, direct["result"]["decline_uid"])
    assert by_direct["seq"] > by_general["seq"]
    assert by_direct.keys() == by_general.keys()
    assert by_direct["data"].keys() == by_general["data"].keys()
    assert by_direct["data"]["reason"] == "no time"
    assert by_direct["data"]["challenge_uid"] == by_general["data"]["challenge_uid"] == challenge_uid
    for name in ("entity", "op", "owner"):
        assert by_direct.get(name) == by_general.get(name)
    written, registered = stored(server, second["mutation_id"]), stored(server, first["mutation_id"])
    for column in ("client_id", "advocate_id", "kind", "status", "reason", "message"):
        assert getattr(written, column) == getattr(registered, column)
    assert written.result == direct["result"]
    with server.database.read() as session:
        client = session.get(SyncClient, advocate.client_id)
    assert client is not None
    assert client.last_mutation_id == second["mutation_id"]


def test_a_resent_plain_decline_is_a_duplicate_with_the_first_answer(
    server: ServerProcess, advocate: Client, challenge_uid: str
) -> None:
    advocate.push_ok(decline(challenge_uid))
    sent = decline(challenge_uid)

    [first] = advocate.push_ok(sent)
    [again] = advocate.push_ok(sent)

    assert (first["status"], again["status"]) == ("applied", "duplicate")
    assert again["result"] == first["result"]
    assert declines_of(server, advocate.user.uid) == 2


def test_what_the_direct_way_leaves_is_answered_as_before(
    server: ServerProcess, advocate: Client, challenge_uid: str
) -> None:
    advocate.push_ok(decline(challenge_uid))
    kiosk = server.client(server.user(Role.KIOSK))
    kiosk.push_ok(decline(challenge_uid))  # registers the kiosk's client, so its next push is not a first one

    [unknown] = advocate.push_ok(decline(str(uuid.uuid4())))
    [extra] = advocate.push_ok({**decline(challenge_uid), "payload": {"challenge_uid": challenge_uid, "points": 9}})
    [by_kiosk] = kiosk.push_ok(decline(challenge_uid))
    other = server.client(server.user())
    refused = other.push(decline(challenge_uid), client_id=advocate.client_id)

    assert (unknown["status"], unknown["reason"]) == ("rejected", "not_found")
    assert (extra["status"], extra["reason"]) == ("rejected", "invalid")
    assert (by_kiosk["status"], by_kiosk["reason"]) == ("rejected", "not_allowed")
    assert refused.status_code == 403
    assert declines_of(server, advocate.user.uid) == 1


def test_a_decline_without_a_good_token_or_body_is_refused_as_the_route_refuses_it(
    server: ServerProcess, advocate: Client, challenge_uid: str
) -> None:
    advocate.push_ok(decline(challenge_uid))
    body = {"client_id": advocate.client_id, "mutations": [decline(challenge_uid)]}
    token = advocate.http.headers["Authorization"]

    del advocate.http.headers["Authorization"]
    unsigned = advocate.post("/sync/push", json=body)
    advocate.http.headers["Authorization"] = token[:-3] + "xyz"
    forged = advocate.post("/sync/push", json=body)
    advocate.http.headers["Authorization"] = token
    cut = advocate.post("/sync/push", data=json.dumps(body)[:-3], headers={"Content-Type": "application/json"})
    nul = advocate.push(decline(challenge_uid, "a\x00b"))
    big = advocate.push(decline(challenge_uid, "x" * 1_100_000))

    assert (unsigned.status_code, forged.status_code) == (401, 401)
    assert unsigned.headers["WWW-Authenticate"] == "Bearer"
    assert cut.status_code == 422
    assert (nul.status_code, big.status_code) == (422, 413)
    assert declines_of(server, advocate.user.uid) == 1


def test_the_same_plain_decline_twice_at_once_is_written_once(
    server: ServerProcess, advocate: Client, challenge_uid: str
) -> None:
    advocate.push_ok(decline(challenge_uid))
    for _ in range(5):
        answers = [answer for [answer] in twice_at_once(advocate, decline(challenge_uid))]

        assert sorted(answer["status"] for answer in answers) == ["applied", "duplicate"]
        assert answers[0]["result"] == answers[1]["result"]
    assert declines_of(server, advocate.user.uid) == 6


def test_a_push_commits_without_waiting_for_postgresqls_wal_flush_and_nothing_else_does(
    database: ServerDatabase,
) -> None:
    if not database.is_postgresql:
        pytest.skip("SQLite's server file runs synchronous=NORMAL for every write")
    with database.push_write() as session:
        during_push = session.scalar(text("SHOW synchronous_commit"))
    with database.write() as session:
        otherwise = session.scalar(text("SHOW synchronous_commit"))

    assert (during_push, otherwise) == ("off", "on")


def test_a_plain_decline_adds_one_change_to_the_feed(advocate: Client, challenge_uid: str) -> None:
    """As a captured decline: one change, the decline's; the advocate and its public copy are untouched."""
    advocate.push_ok(decline(challenge_uid))
    _changes, cursor = advocate.pull_all()

    advocate.push_ok(decline(challenge_uid))
    after, _ = advocate.pull_all(cursor)

    assert [change["entity"] for change in after] == ["decline"]


def test_a_plain_decline_is_written_the_same_from_a_worker_thread(
    server: ServerProcess, advocate: Client, challenge_uid: str
) -> None:
    """The way taken where the event loop has no connection of its own (PostgreSQL on Windows' proactor loop) or
    none is needed (SQLite writes on the loop): the same rows, the same answer."""
    advocate.push_ok(decline(challenge_uid))
    with server.database.read() as session:
        actor_id = session.scalar(select(Advocate.id).where(Advocate.uid == advocate.user.uid))
    assert actor_id is not None
    writer = DirectDeclines(server.database)
    sent = decline(challenge_uid)

    push = partial(
        writer.push,
        actor_id=actor_id,
        client_id=advocate.client_id,
        mutation_id=sent["mutation_id"],
        challenge_uid=challenge_uid,
        reason="from a thread",
    )
    try:
        uid, again = push(), push()
    finally:
        writer.close()

    assert uid == derived_uid(sent["mutation_id"], IdentityRole.DECLINE)
    assert again is None  # a resend: left to the general path
    [resent] = advocate.push_ok(sent)
    assert (resent["status"], resent["result"]) == ("duplicate", {"decline_uid": uid})
    changes, _cursor = advocate.pull_all()
    assert feed_change(changes, uid)["data"]["reason"] == "from a thread"
