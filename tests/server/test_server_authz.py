"""Authorization on every call: advocates cannot moderate, read others' ledgers, or create challenges."""

from __future__ import annotations

import re

from advocate_hub.core.domain.enums import Role

from .support import Client, ServerProcess, mutation, quiz_challenge, right_answer


def pending_submission(moderator: Client, author: Client) -> str:
    challenge = moderator.post(
        "/challenges",
        json={"title": "Share the launch", "kind": "social_share", "points": 40, "disclosure_required": False},
    ).json()
    [answer] = author.push_ok(
        mutation("submission.create", challenge_uid=challenge["uid"], proof={"link": "https://example.com/post"})
    )
    assert answer["status"] == "applied", answer
    assert answer["result"]["status"] == "pending"
    return str(answer["result"]["submission_uid"])


def test_an_advocate_cannot_moderate(moderator: Client, advocate: Client) -> None:
    submission = pending_submission(moderator, advocate)

    assert advocate.get("/moderation/queue").status_code == 403
    assert advocate.post(f"/moderation/submissions/{submission}/approve", json={}).status_code == 403
    assert advocate.post(f"/moderation/submissions/{submission}/reject", json={"reason": "no"}).status_code == 403
    assert advocate.post("/challenges", json={"title": "Mine", "kind": "quiz", "points": 1}).status_code == 403


def test_an_advocate_gets_403_from_every_moderation_endpoint(moderator: Client, advocate: Client) -> None:
    """Walks the server's own route list, so a moderation endpoint added later is covered without editing this."""
    submission = pending_submission(moderator, advocate)
    spec = advocate.http.get(f"{advocate.base_url}/openapi.json", timeout=10).json()
    calls = [
        (method, path.removeprefix("/api/v1"))
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        if path.startswith("/api/v1/moderation") or "moderation" in operation.get("tags", [])
    ]
    assert ("get", "/moderation/queue") in calls
    assert ("post", "/moderation/submissions/{uid}/approve") in calls

    for method, path in calls:
        url = re.sub(r"\{[^}]+\}", submission, path)
        body = {"note": "Thanks", "reason": "No"}
        answer = (
            advocate.get(url)
            if method == "get"
            else advocate.http.request(method.upper(), f"{advocate.base_url}/api/v1{url}", json=body, timeout=10)
        )
        assert answer.status_code == 403, (method, path, answer.text)
    by_push = advocate.push_ok(mutation("submission.approve", submission_uid=submission))
    assert (by_push[0]["status"], by_push[0]["reason"]) == ("rejected", "not_allowed")
    assert submission in [
        item["submission_uid"] for item in moderator.get("/moderation/queue", limit=500).json()["items"]
    ]


def test_a_moderator_approves_from_the_queue(moderator: Client, advocate: Client) -> None:
    submission = pending_submission(moderator, advocate)

    queue = moderator.get("/moderation/queue", limit=500).json()
    approved = moderator.post(f"/moderation/submissions/{submission}/approve", json={"note": "Thanks!"})
    twice = moderator.post(f"/moderation/submissions/{submission}/approve", json={})

    assert submission in [item["submission_uid"] for item in queue["items"]]
    assert approved.status_code == 200
    assert approved.json() == {"submission_uid": submission, "status": "approved", "points": 40}
    assert twice.status_code == 409
    ledger = advocate.get(f"/advocates/{advocate.user.uid}/ledger").json()
    assert ledger["balance"] == 40


def test_a_moderator_cannot_approve_their_own_submission(server: ServerProcess, moderator: Client) -> None:
    other = server.client(server.user(Role.MODERATOR))
    submission = pending_submission(other, moderator)

    own = moderator.post(f"/moderation/submissions/{submission}/approve", json={})
    by_push = moderator.push_ok(mutation("submission.approve", submission_uid=submission))

    assert own.status_code == 403
    assert by_push[0]["status"] == "rejected"
    assert by_push[0]["reason"] == "not_allowed"
    assert other.post(f"/moderation/submissions/{submission}/reject", json={"reason": "Not public"}).status_code == 200


def test_ledgers_are_readable_by_their_owner_and_moderators_only(
    server: ServerProcess, moderator: Client, advocate: Client
) -> None:
    challenge = quiz_challenge(moderator)
    advocate.push_ok(right_answer(challenge["uid"]))
    other = server.client(server.user())

    assert advocate.get(f"/advocates/{advocate.user.uid}/ledger").status_code == 200
    assert moderator.get(f"/advocates/{advocate.user.uid}/ledger").json()["balance"] == 10
    assert other.get(f"/advocates/{advocate.user.uid}/ledger").status_code == 403
    assert moderator.get("/advocates/no-such-advocate/ledger").status_code == 404


def test_a_kiosk_token_only_reaches_kiosk_endpoints(server: ServerProcess, moderator: Client) -> None:
    kiosk = server.client(server.user(Role.KIOSK))
    challenge = quiz_challenge(moderator)

    assert kiosk.get("/me").status_code == 200
    [refused] = kiosk.push_ok(right_answer(challenge["uid"]))  # a kiosk pushes kiosk kinds only
    assert (refused["status"], refused["reason"]) == ("rejected", "not_allowed")
    assert kiosk.get("/sync/pull").status_code == 200  # what anyone may see: the attract screen's boards
    assert kiosk.get("/leaderboard").status_code == 403


def test_the_leaderboard_shows_the_callers_own_rank(server: ServerProcess, moderator: Client) -> None:
    challenge = quiz_challenge(moderator, points=1_000)
    leader, runner_up = server.client(server.user()), server.client(server.user())
    leader.push_ok(right_answer(challenge["uid"]), right_answer(challenge["uid"]))
    runner_up.push_ok(right_answer(challenge["uid"]))

    board = runner_up.get("/leaderboard", period="all", limit=1).json()

    assert board["rows"][0]["advocate_uid"] == leader.user.uid
    assert board["me"]["advocate_uid"] == runner_up.user.uid
    assert board["me"]["points"] == 1_000
    assert board["me"]["rank"] > board["rows"][0]["rank"]


def test_program_metrics_are_for_managers_and_come_from_the_core_computation(
    moderator: Client, advocate: Client
) -> None:
    challenge = quiz_challenge(moderator)
    advocate.push_ok(right_answer(challenge["uid"]))

    assert advocate.get("/metrics").status_code == 403
    answer = moderator.get("/metrics")
    assert answer.status_code == 200, answer.text
    tables = answer.json()["tables"]
    assert {"summary", "challenges", "kinds", "periods", "content", "tiers", "referrals", "over_asking"} <= set(tables)
    header = tables["challenges"]["header"]
    row = next(r for r in tables["challenges"]["rows"] if r[header.index("challenge")] == challenge["title"])
    assert row[header.index("participants")] == 1
    assert row[header.index("approved")] == 1
    assert moderator.get("/metrics", start="2026-12-01T00:00:00Z", end="2026-11-01T00:00:00Z").status_code == 422
    assert moderator.get("/metrics", start="0001-01-01T00:00:00Z", end="0001-01-02T00:00:00Z").status_code == 422
