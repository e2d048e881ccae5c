"""A kiosk meets members it never synced: an existing member who "joins" again, a member code typed or scanned while
offline, a code nobody has. After one sync each person is one row on the kiosk and on the server, every completion
is on the server once, and the unknown code is refused by name in the sync report. Also: a kiosk token is refused by
every endpoint that is not the kiosk's own (read from the server's OpenAPI, so a new endpoint is covered too)."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
import requests
from server.support import Client, ServerProcess, User, quiz_challenge
from sqlalchemy import func, select

from advocate_hub.core.domain.enums import Role
from advocate_hub.core.domain.public_names import alias
from advocate_hub.core.kiosk import config, visits
from advocate_hub.core.store.models import Advocate, Challenge, Submission
from advocate_hub.server.admin import create_user
from sync.support import PASSWORD, open_client

EVENT = "MEETUP26"
KIOSK_ENDPOINTS = {
    "/api/v1/sync/push",
    "/api/v1/sync/pull",
    "/api/v1/sync/check",
    "/api/v1/me",
    "/api/v1/auth/token",
    "/api/v1/auth/refresh",
}


@pytest.fixture(scope="module")
def kiosk_user(server: ServerProcess) -> User:
    email = f"kiosk-{uuid.uuid4().hex[:8]}@example.com"
    uid = create_user(server.database, email=email, role=Role.KIOSK, password=PASSWORD, name="Booth", event=EVENT)
    return User(email, uid, Role.KIOSK)


def _on_server(server: ServerProcess, uid: str) -> Advocate:
    with server.database.read() as session:
        found = session.scalar(select(Advocate).where(Advocate.uid == uid))
        assert found is not None
        session.expunge(found)
        return found


def _submissions(server: ServerProcess, challenge_uid: str) -> list[str]:
    """Whose submissions a challenge has on the server (advocate uids, one per submission)."""
    with server.database.read() as session:
        return list(
            session.scalars(
                select(Advocate.uid)
                .join(Submission, Submission.advocate_id == Advocate.id)
                .join(Challenge, Challenge.id == Submission.challenge_id)
                .where(Challenge.uid == challenge_uid)
            )
        )


def test_members_the_kiosk_never_met_end_up_one_person_each(
    server: ServerProcess, moderator: Client, kiosk_user: User, tmp_path: Path
) -> None:
    answer = moderator.post(
        "/challenges",
        json={"title": "Meetup check-in", "kind": "event_checkin", "points": 20, "config": {"code": EVENT}},
    )
    assert answer.status_code == 201, answer.text
    checkin = answer.json()
    quiz = quiz_challenge(moderator, points=5)
    joiner, scanner = (_on_server(server, server.user(name=name).uid) for name in ("Jo Member", "Sam Scanner"))
    kiosk = open_client(tmp_path / "kiosk", server.base_url, kiosk_user.email)
    kiosk.engine.sync()
    kiosk.program.run(config.configure, event_name="Meetup", event_code=EVENT, pin="2468")
    checkin_id, quiz_id = kiosk.challenge_id(checkin["uid"]), kiosk.challenge_id(quiz["uid"])

    # Offline from here: nobody is known to the kiosk by email or code.
    assert kiosk.program.read(visits.find_visitor, text=joiner.email) is None
    assert kiosk.program.read(visits.find_visitor, text=scanner.referral_code) is None
    jo = kiosk.program.run(visits.join, form=visits.JoinForm(name="Jo", email=joiner.email, agree_to_join=True))
    kiosk.program.run(visits.check_in, advocate_id=jo.id, challenge_id=checkin_id, event_code=EVENT)
    sam = kiosk.program.run(visits.sign_in, text=f"https://example.org/r/{scanner.referral_code}?promo=x")
    assert sam is not None
    assert (sam.name, sam.referral_code) == ("", scanner.referral_code)
    kiosk.program.run(
        visits.complete, advocate_id=sam.id, challenge_id=quiz_id, proof={"answers": [1]}, event_code=EVENT
    )
    kiosk.program.run(visits.check_in, advocate_id=sam.id, challenge_id=checkin_id, event_code=EVENT)
    nobody = kiosk.program.run(visits.sign_in, text="zzzz-9999")
    assert nobody is not None
    kiosk.program.run(visits.check_in, advocate_id=nobody.id, challenge_id=checkin_id, event_code=EVENT)
    newcomer = kiosk.program.run(
        visits.join,
        form=visits.JoinForm(name="Nia New", email=f"nia-{uuid.uuid4().hex[:6]}@example.org", agree_to_join=True),
    )
    assert kiosk.program.run(visits.sign_in, text="not a code") is None

    report = kiosk.engine.sync()

    [refused] = report.rejected
    assert "No member has the code ZZZZ9999" in refused.message
    assert (report.pushed, report.waiting) == (5, 0)
    assert sorted(_submissions(server, checkin["uid"])) == sorted([joiner.uid, scanner.uid])
    assert _submissions(server, quiz["uid"]) == [scanner.uid]
    with server.database.read() as session:
        assert session.scalar(select(func.count()).select_from(Advocate).where(Advocate.email == joiner.email)) == 1
        newcomer_code = session.scalar(select(Advocate.referral_code).where(Advocate.email == newcomer.email))
    assert newcomer_code == newcomer.referral_code  # the code its QR code showed at the booth is the real one

    with kiosk.program.database.read() as session:
        rows = {row.uid: row for row in session.scalars(select(Advocate))}
        assert session.scalar(select(func.count()).select_from(Advocate).where(Advocate.email == joiner.email)) == 1
        assert (rows[joiner.uid].id, rows[joiner.uid].name, rows[joiner.uid].referral_code) == (
            jo.id,
            "Jo Member",
            joiner.referral_code,
        )
        assert (rows[scanner.uid].id, rows[scanner.uid].name) == (sam.id, "Sam Scanner")
        mine = session.scalars(select(Submission.advocate_id).where(Submission.challenge_id == checkin_id)).all()
        assert sorted(mine) == sorted([jo.id, sam.id])
    assert kiosk.program.read(visits.find_visitor, text=scanner.referral_code) == visits.Visitor(
        sam.id, "Sam Scanner", "", scanner.referral_code
    )
    board = kiosk.program.read(visits.event_board, event_code=EVENT, now=kiosk.program.clock())
    # Neither member agreed to have their name shown: the booth's screen shows them by alias, as the server does.
    assert sorted((row.name, row.alias) for row in board.rows) == sorted(
        [("", alias(joiner.uid)), ("", alias(scanner.uid))]
    )

    again = kiosk.engine.sync()
    assert (again.pushed, again.rejected) == (0, [])
    with kiosk.program.database.read() as session:
        assert session.scalar(select(func.count()).select_from(Advocate).where(Advocate.email == joiner.email)) == 1
    kiosk.close()


def _call(client: Client, method: str, path: str) -> requests.Response:
    url = client.base_url + path.replace("{uid}", str(uuid.uuid4()))
    return client.http.request(method.upper(), url, json={}, timeout=10)


def test_a_kiosk_token_is_refused_by_every_endpoint_but_the_kiosks_own(server: ServerProcess, kiosk_user: User) -> None:
    kiosk = server.client(kiosk_user)
    spec: dict[str, Any] = requests.get(f"{server.base_url}/openapi.json", timeout=10).json()
    calls = [
        (method, path)
        for path, methods in spec["paths"].items()
        if path.startswith("/api/v1/") and path not in KIOSK_ENDPOINTS
        for method in methods
    ]
    assert len(calls) >= 9
    assert {(method, path): _call(kiosk, method, path).status_code for method, path in calls} == dict.fromkeys(
        calls, 403
    )
