"""Push: every mutation applied at most once, answered per mutation, whatever the network or the client sends."""

from __future__ import annotations

import json
import socket
import time
import uuid
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select

from advocate_hub.core.store.models import Advocate, AdvocateTotals, LedgerEntry, Submission
from advocate_hub.core.store.server_models import AppliedMutation

from .support import Client, ServerProcess, mutation, owned_rows, quiz_challenge, right_answer, twice_at_once


def ledger_count(server: ServerProcess, advocate_uid: str) -> int:
    return owned_rows(server, LedgerEntry, advocate_uid)


def balance(server: ServerProcess, advocate_uid: str) -> int:
    with server.database.read() as session:
        return session.scalars(
            select(AdvocateTotals.balance)
            .join(Advocate, Advocate.id == AdvocateTotals.advocate_id)
            .where(Advocate.uid == advocate_uid)
        ).one()


def test_applied_then_duplicate_with_the_original_result(
    server: ServerProcess, moderator: Client, advocate: Client
) -> None:
    challenge = quiz_challenge(moderator, points=25)
    sent = right_answer(challenge["uid"])

    first = advocate.push_ok(sent)
    again = advocate.push_ok(sent)

    assert first[0]["status"] == "applied"
    assert first[0]["result"]["points"] == 25
    assert again[0]["status"] == "duplicate"
    assert again[0]["result"] == first[0]["result"]
    assert ledger_count(server, advocate.user.uid) == 1
    assert balance(server, advocate.user.uid) == 25


def test_the_uids_of_created_rows_derive_from_the_mutation_id(moderator: Client, advocate: Client) -> None:
    from advocate_hub.core.sync.identity import Role, derived_uid

    challenge = quiz_challenge(moderator)
    sent = right_answer(challenge["uid"])

    [answer] = advocate.push_ok(sent)

    assert answer["result"]["submission_uid"] == derived_uid(sent["mutation_id"], Role.SUBMISSION)


def test_a_rejection_never_blocks_the_queue_and_a_resend_gets_the_same_answer(
    server: ServerProcess, moderator: Client, advocate: Client
) -> None:
    challenge = quiz_challenge(moderator, cap=1)
    batch = [
        right_answer(challenge["uid"]),
        right_answer(challenge["uid"]),
        mutation("decline.create", challenge_uid=challenge["uid"], reason="busy"),
    ]

    first = advocate.push_ok(*batch)
    again = advocate.push_ok(*batch)

    assert [r["status"] for r in first] == ["applied", "rejected", "applied"]
    assert first[1]["reason"] == "cap_reached"
    assert first[1]["message"]
    assert [r["status"] for r in again] == ["duplicate", "rejected", "duplicate"]
    assert (again[1]["reason"], again[1]["message"]) == (first[1]["reason"], first[1]["message"])
    assert ledger_count(server, advocate.user.uid) == 1


def test_the_same_push_twice_at_once_makes_one_entry(
    server: ServerProcess, moderator: Client, advocate: Client
) -> None:
    """Issue 4, test 3: two threads deliver the same mutations at the same moment."""
    challenge = quiz_challenge(moderator, points=7)
    batch = [right_answer(challenge["uid"]) for _ in range(5)]

    answers = twice_at_once(advocate, *batch)

    assert len(answers) == 2
    for position in range(len(batch)):
        statuses = sorted(answer[position]["status"] for answer in answers)
        assert statuses == ["applied", "duplicate"]
        assert answers[0][position]["result"] == answers[1][position]["result"]
    assert ledger_count(server, advocate.user.uid) == 5
    assert balance(server, advocate.user.uid) == 35


def _send_and_hang_up(base_url: str, token: str, body: bytes) -> None:
    """Send a whole push request, then close the connection without reading the answer."""
    parts = urlsplit(base_url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as connection:
        head = (
            "POST /api/v1/sync/push HTTP/1.1\r\n"
            f"Host: {parts.hostname}:{parts.port}\r\n"
            f"Authorization: Bearer {token}\r\n"
            "Content-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        )
        connection.sendall(head.encode() + body)
        connection.shutdown(socket.SHUT_RDWR)


def test_the_server_commits_though_the_answer_is_lost(
    server: ServerProcess, moderator: Client, advocate: Client
) -> None:
    """Issue 4, test 2: the connection is cut after sending; the retry gets ``duplicate``; one entry."""
    challenge = quiz_challenge(moderator, points=9)
    sent = right_answer(challenge["uid"])
    body = json.dumps({"client_id": advocate.client_id, "mutations": [sent]}).encode()

    _send_and_hang_up(server.base_url, advocate.tokens["access_token"], body)
    deadline = time.monotonic() + 20
    while ledger_count(server, advocate.user.uid) == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    [retry] = advocate.push_ok(sent)

    assert ledger_count(server, advocate.user.uid) == 1
    assert retry["status"] == "duplicate"
    assert retry["result"]["points"] == 9


def _stored_mutations(server: ServerProcess, advocate_uid: str) -> int:
    with server.database.read() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(AppliedMutation)
                .join(Advocate, Advocate.id == AppliedMutation.advocate_id)
                .where(Advocate.uid == advocate_uid)
            )
            or 0
        )


def test_malformed_json_or_a_big_body_is_refused_whole(
    server: ServerProcess, moderator: Client, advocate: Client
) -> None:
    """Issue 4, test 8 (whole-request part): a 4xx and nothing applied."""
    challenge = quiz_challenge(moderator)
    good = json.dumps({"client_id": advocate.client_id, "mutations": [right_answer(challenge["uid"])]})
    headers = {"Content-Type": "application/json"}
    padding = "x" * 1_100_000
    big = json.dumps({"client_id": advocate.client_id, "mutations": [right_answer(challenge["uid"])], "pad": padding})

    def chunks() -> Any:
        for start in range(0, len(big), 64_000):
            yield big[start : start + 64_000].encode()

    malformed = advocate.post("/sync/push", data=good[:-5], headers=headers)
    not_json = advocate.post("/sync/push", data=b"\xff\xfe garbage", headers=headers)
    wrong_shape = advocate.post("/sync/push", json={"client_id": "not-a-uuid", "mutations": "all"})
    too_big = advocate.post("/sync/push", data=big.encode(), headers=headers)
    too_big_chunked = advocate.post("/sync/push", data=chunks(), headers=headers)
    ten_megabytes = advocate.post("/sync/push", data=b"[" + b" " * 10_000_000 + b"]", headers=headers)

    assert malformed.status_code in {400, 422}
    assert not_json.status_code in {400, 422}
    assert wrong_shape.status_code == 422
    assert too_big.status_code == 413
    assert too_big_chunked.status_code == 413
    assert ten_megabytes.status_code == 413
    assert _stored_mutations(server, advocate.user.uid) == 0
    assert ledger_count(server, advocate.user.uid) == 0


def test_nul_characters_are_refused_before_they_reach_the_database(
    server: ServerProcess, moderator: Client, advocate: Client
) -> None:
    """PostgreSQL cannot store NUL in text: without the check these were 500s (found by the OpenAPI fuzz test)."""
    challenge = quiz_challenge(moderator)
    answer = right_answer(challenge["uid"])
    split_escape = json.dumps({"client_id": advocate.client_id, "mutations": [answer], "x": "a\x00b"})
    cut = split_escape.index("\\u0000") + 3

    def two_chunks() -> Any:
        yield split_escape[:cut].encode()
        yield split_escape[cut:].encode()

    in_body = advocate.push({**answer, "payload": {**answer["payload"], "proof": {"answers": ["\x00"]}}})
    in_chunks = advocate.post("/sync/push", data=two_chunks(), headers={"Content-Type": "application/json"})
    in_query = advocate.get("/leaderboard", period="all", group="a\x00b")
    in_sign_in = advocate.post("/auth/token", json={"email": "a\x00b@example.com", "password": "x"})

    for response in (in_body, in_chunks, in_query, in_sign_in):
        assert response.status_code == 422, response.text
        assert "NUL" in response.json()["detail"]
    assert _stored_mutations(server, advocate.user.uid) == 0
    assert advocate.push(answer).status_code == 200


def test_hostile_mutations_are_rejected_one_by_one(server: ServerProcess, moderator: Client, advocate: Client) -> None:
    """Issue 4, test 8 (per-mutation part): HTTP 200, each hostile mutation rejected, the good one applied."""
    challenge = quiz_challenge(moderator, points=5)
    profile = {
        "name": "Mallory",
        "company": "",
        "language": "en",
        "consent_publish_name": False,
        "consent_contact": False,
        "opted_out_kinds": [],
    }
    batch = [
        mutation("points.adjust", advocate_uid=advocate.user.uid, points=-500, reason="take it"),
        mutation("points.adjust", advocate_uid=advocate.user.uid, points=100_000, reason="give it"),
        mutation("submission.create", challenge_uid=challenge["uid"], proof={"answers": [1]}, points=-50),
        mutation("profile.update", **profile, role="moderator"),
        mutation("advocate.set_role", role="staff"),
        mutation("teleport", to="mars"),
        mutation("submission.create", challenge_uid="no-such-challenge", proof={}),
        mutation("submission.create", challenge_uid=challenge["uid"], proof="not an object"),
        right_answer(challenge["uid"]),
    ]

    answer = advocate.push(*batch)
    again = advocate.push(*batch)

    assert answer.status_code == 200
    results = answer.json()["results"]
    assert [r["status"] for r in results] == ["rejected"] * 8 + ["applied"]
    assert [r["reason"] for r in results[:8]] == [
        "not_allowed",
        "not_allowed",
        "invalid",
        "invalid",
        "unknown_kind",
        "unknown_kind",
        "not_found",
        "invalid",
    ]
    assert all(r["message"] for r in results[:8])
    assert [(r["status"], r["reason"], r["message"]) for r in again.json()["results"][:8]] == [
        (r["status"], r["reason"], r["message"]) for r in results[:8]
    ]
    with server.database.read() as session:
        person = session.scalars(select(Advocate).where(Advocate.uid == advocate.user.uid)).one()
        assert person.role.value == "advocate"
        assert person.name != "Mallory"
    assert balance(server, advocate.user.uid) == 5


def test_another_accounts_client_id_is_refused_whole(
    server: ServerProcess, moderator: Client, advocate: Client
) -> None:
    challenge = quiz_challenge(moderator)
    assert advocate.push_ok(right_answer(challenge["uid"]))[0]["status"] == "applied"
    intruder = server.client(server.user())
    sent = right_answer(challenge["uid"])

    refused = intruder.push(sent, client_id=advocate.client_id)
    refused_again = intruder.push(sent, client_id=advocate.client_id)

    assert refused.status_code == 403
    assert refused_again.status_code == 403
    assert _stored_mutations(server, intruder.user.uid) == 0
    assert ledger_count(server, intruder.user.uid) == 0


def test_a_mutation_id_of_another_account_is_not_answered_with_its_result(
    server: ServerProcess, moderator: Client, advocate: Client
) -> None:
    challenge = quiz_challenge(moderator)
    sent = right_answer(challenge["uid"])
    advocate.push_ok(sent)
    other = server.client(server.user())

    [answer] = other.push_ok(sent)

    assert answer["status"] == "rejected"
    assert answer["result"] is None
    assert ledger_count(server, other.user.uid) == 0


def test_server_timestamps_win_over_a_client_clock_a_day_off(
    server: ServerProcess, moderator: Client, advocate: Client
) -> None:
    """Issue 4, test 7: the client's clock is a day ahead; what it pushes is dated by the server."""
    challenge = quiz_challenge(moderator, points=12)
    skewed = datetime.now(UTC) + timedelta(days=1)
    advocate.http.headers["Date"] = format_datetime(skewed, usegmt=True)
    sent = right_answer(challenge["uid"])
    sent["payload"]["submitted_at"] = skewed.isoformat()

    dated = advocate.push_ok(sent)
    before = datetime.now(UTC)
    answer = advocate.push(right_answer(challenge["uid"]))
    after = datetime.now(UTC)

    assert dated[0]["status"] == "rejected"  # a payload cannot carry a timestamp
    assert answer.status_code == 200
    assert answer.json()["results"][0]["status"] == "applied"
    server_time = datetime.fromisoformat(answer.json()["server_time"])
    assert before - timedelta(seconds=5) <= server_time <= after + timedelta(seconds=5)
    with server.database.read() as session:
        submission = session.scalars(
            select(Submission).where(Submission.uid == answer.json()["results"][0]["result"]["submission_uid"])
        ).one()
        entry = session.scalars(select(LedgerEntry).where(LedgerEntry.submission_id == submission.id)).one()
    for moment in (submission.submitted_at, entry.created_at):
        assert before - timedelta(seconds=5) <= moment <= after + timedelta(seconds=5)
    week = advocate.get("/leaderboard", period="week").json()
    assert week["me"]["points"] == 12


def test_a_push_of_many_mutations_in_one_request(server: ServerProcess, moderator: Client, advocate: Client) -> None:
    challenge = quiz_challenge(moderator, points=1)
    batch = [right_answer(challenge["uid"]) for _ in range(200)]

    results = advocate.push_ok(*batch)

    assert {r["status"] for r in results} == {"applied"}
    assert [r["mutation_id"] for r in results] == [m["mutation_id"] for m in batch]
    assert balance(server, advocate.user.uid) == 200
    assert uuid.UUID(results[0]["mutation_id"])


def test_one_push_applies_around_a_rejection_and_answers_a_repeated_id_as_a_duplicate(
    server: ServerProcess, moderator: Client, advocate: Client
) -> None:
    """A push is one transaction with a savepoint per mutation: a rejection in the middle undoes only itself."""
    challenge = quiz_challenge(moderator, points=3, cap=2)
    first, second = right_answer(challenge["uid"]), right_answer(challenge["uid"])
    over_cap = right_answer(challenge["uid"])
    cursor_before = advocate.pull_all()[1]

    results = advocate.push_ok(
        first, mutation("points.adjust", advocate_uid=advocate.user.uid, points=5, reason="x"), second, first, over_cap
    )

    assert [r["status"] for r in results] == ["applied", "rejected", "applied", "duplicate", "rejected"]
    assert results[3]["result"] == results[0]["result"]
    assert results[4]["reason"] == "cap_reached"
    assert ledger_count(server, advocate.user.uid) == 2
    assert balance(server, advocate.user.uid) == 6
    changes, _cursor = advocate.pull_all(cursor_before)
    entries = [c for c in changes if c["entity"] == "ledger_entry"]
    assert len(entries) == 2
    totals = [c for c in changes if c["entity"] == "totals"]
    assert totals[-1]["data"]["balance"] == 6
