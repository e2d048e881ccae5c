"""An event kiosk against a real server: a day offline, then one sync that lands everything exactly once, and a
kiosk token that can do nothing but the kiosk's own two changes for its own event."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from server.support import Client, ServerProcess, User, mutation, quiz_challenge
from sqlalchemy import func, select

from advocate_hub.core.domain.enums import Role
from advocate_hub.core.domain.errors import NotEligible
from advocate_hub.core.kiosk import config, visits
from advocate_hub.core.store.models import Advocate, Challenge, SentMutation, Submission
from advocate_hub.server.admin import create_user
from advocate_hub.server.apply import KINDS
from sync.support import PASSWORD, open_client

EVENT = "SUMMIT26"


def _challenge(moderator: Client, kind: str, **config: Any) -> dict[str, Any]:
    body = {"title": f"{kind} {uuid.uuid4().hex[:6]}", "kind": kind, "points": 20, "max_per_advocate": 5}
    body["config"] = config
    answer = moderator.post("/challenges", json=body)
    assert answer.status_code == 201, answer.text
    challenge: dict[str, Any] = answer.json()
    return challenge


@pytest.fixture(scope="module")
def kiosk_user(server: ServerProcess) -> User:
    email = f"kiosk-{uuid.uuid4().hex[:8]}@example.com"
    uid = create_user(server.database, email=email, role=Role.KIOSK, password=PASSWORD, name="Booth", event=EVENT)
    return User(email, uid, Role.KIOSK)


def _server_count(server: ServerProcess, challenge_uid: str) -> tuple[int, int]:
    """Submissions of a challenge on the server, and how many different people made them."""
    with server.database.read() as session:
        rows = session.execute(
            select(Submission.advocate_id).join(Challenge).where(Challenge.uid == challenge_uid)
        ).all()
    return len(rows), len({row[0] for row in rows})


def test_an_offline_day_at_the_booth_lands_exactly_once(
    server: ServerProcess, moderator: Client, kiosk_user: User, tmp_path: Path
) -> None:
    checkin = _challenge(moderator, "event_checkin", code=EVENT)
    quiz = quiz_challenge(moderator, points=5, cap=5)
    member = server.user(name="Known Member")
    kiosk = open_client(tmp_path / "kiosk", server.base_url, kiosk_user.email)
    kiosk.engine.sync()
    kiosk.program.run(config.configure, event_name="Summit", event_code=EVENT, pin="2468")
    checkin_id, quiz_id = kiosk.challenge_id(checkin["uid"]), kiosk.challenge_id(quiz["uid"])

    emails = [member.email] + [f"visitor{n}-{uuid.uuid4().hex[:6]}@example.org" for n in range(49)]
    people = []
    for number, email in enumerate(emails):
        form = visits.JoinForm(name=f"Visitor {number}", email=email, agree_to_join=True)
        visitor = kiosk.program.run(visits.join, form=form)
        kiosk.program.run(visits.check_in, advocate_id=visitor.id, challenge_id=checkin_id, event_code=EVENT)
        people.append(visitor)
    for visitor in people[:20]:
        kiosk.program.run(
            visits.complete, advocate_id=visitor.id, challenge_id=quiz_id, proof={"answers": [1]}, event_code=EVENT
        )
    with pytest.raises(NotEligible, match="already checked in"):
        kiosk.program.run(visits.check_in, advocate_id=people[3].id, challenge_id=checkin_id, event_code=EVENT)
    assert kiosk.waiting() == 120

    report = kiosk.engine.sync()
    assert (report.pushed, report.rejected, report.waiting) == (120, [], 0)
    assert _server_count(server, checkin["uid"]) == (50, 50)
    assert _server_count(server, quiz["uid"]) == (20, 20)
    with server.database.read() as session:
        assert session.scalar(select(func.count()).select_from(Advocate).where(Advocate.email.in_(emails))) == 50

    # The network dropped the answer: the same push arrives again and changes nothing.
    with kiosk.program.database.read() as session:
        sent = [
            {"mutation_id": row.mutation_id, "kind": row.kind, "payload": row.payload}
            for row in session.scalars(select(SentMutation).order_by(SentMutation.id))
        ]
    http = Client(server.base_url, kiosk_user)
    http.sign_in()
    assert {result["status"] for result in http.push_ok(*sent)} == {"duplicate"}
    assert _server_count(server, checkin["uid"]) == (50, 50)
    assert _server_count(server, quiz["uid"]) == (20, 20)

    # Another kiosk of the same event, unaware of the first: the server still refuses a second check-in.
    [again] = http.push_ok(
        mutation("kiosk.complete", visitor_email=member.email, challenge_uid=checkin["uid"], proof={"code": EVENT})
    )
    assert (again["status"], again["reason"]) == ("rejected", "already_checked_in")
    assert "already checked in" in again["message"]
    kiosk.close()


def test_a_kiosk_token_does_only_kiosk_changes_for_its_own_event(
    server: ServerProcess, moderator: Client, kiosk_user: User
) -> None:
    elsewhere = _challenge(moderator, "event_checkin", code="ELSEWHERE")
    review = _challenge(moderator, "review")
    person = server.client(server.user())
    kiosk = server.client(kiosk_user)
    others = [mutation(kind, challenge_uid=review["uid"]) for kind, spec in KINDS.items() if not spec.kiosk_only]
    assert len(others) >= 11
    for result in kiosk.push_ok(*others):
        assert (result["status"], result["reason"]) == ("rejected", "not_allowed")
    join = mutation("kiosk.join", email=f"new-{uuid.uuid4().hex[:6]}@example.org", name="Newcomer")
    visitor = {"visitor_email": person.user.email}
    refused = kiosk.push_ok(
        join,
        mutation("kiosk.complete", **visitor, challenge_uid=elsewhere["uid"], proof={"code": "ELSEWHERE"}),
        mutation("kiosk.complete", **visitor, challenge_uid=review["uid"], proof={"link": "https://example.org/r"}),
    )
    assert [r["status"] for r in refused] == ["applied", "rejected", "rejected"]
    assert [r["reason"] for r in refused[1:]] == ["not_this_event", "not_quick"]
    assert refused[0]["result"]["created"] is True
    assert person.push_ok(mutation("kiosk.join", email="y@example.org", name="Y"))[0]["reason"] == "not_allowed"
