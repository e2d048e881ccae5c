"""Erasing an advocate on the server: managers only, and every client pulls the anonymised rows, never the old."""

from __future__ import annotations

import json

from sqlalchemy import select

from advocate_hub.core.store.models import Advocate
from advocate_hub.core.store.server_models import ChangeLogEntry, Credential

from .support import PASSWORD, Client, ServerProcess, mutation, quiz_challenge, right_answer

NAME = "Erin Erasable"


def _traces(changes: list[dict[str, object]], words: list[str]) -> list[dict[str, object]]:
    return [change for change in changes if any(word.casefold() in json.dumps(change).casefold() for word in words)]


def test_erase_is_for_managers_and_every_pull_gets_the_anonymised_rows(
    server: ServerProcess, moderator: Client, advocate: Client
) -> None:
    erin_user = server.user(name=NAME)
    erin = server.client(erin_user)
    quiz = quiz_challenge(moderator, points=10)
    testimonial = moderator.post(
        "/challenges", json={"title": "Say a few words", "kind": "testimonial", "points": 20, "min_tier": "community"}
    )
    assert testimonial.status_code == 201, testimonial.text
    words_about_erin = f"I am {NAME} ({erin_user.email}) and I like it a lot."
    results = erin.push_ok(
        right_answer(quiz["uid"]),
        mutation(
            "submission.create",
            challenge_uid=testimonial.json()["uid"],
            proof={"text": words_about_erin},
            disclosure_acknowledged=True,
        ),
    )
    assert [r["status"] for r in results] == ["applied", "applied"], results
    words = [NAME, erin_user.email]
    watcher_changes, watcher_cursor = advocate.pull_all()
    assert _traces(watcher_changes, words)
    assert _traces(erin.pull_all()[0], words)

    refused = advocate.post(f"/advocates/{erin_user.uid}/erase", json={"reason": "Their request"})
    assert refused.status_code == 403, refused.text
    assert moderator.post(f"/advocates/{erin_user.uid}/erase", json={"reason": ""}).status_code == 422

    answer = moderator.post(f"/advocates/{erin_user.uid}/erase", json={"reason": "Their request by email"})
    assert answer.status_code == 200, answer.text
    again = moderator.post(f"/advocates/{erin_user.uid}/erase", json={"reason": "Their request by email"})
    assert again.status_code == 409, again.text
    assert "already erased" in again.json()["detail"]

    # A client that was in sync receives the anonymised advocate; one that starts now finds no trace at all.
    later, _ = advocate.pull_all(watcher_cursor)
    erased = [c for c in later if c["entity"] == "advocate" and c["uid"] == erin_user.uid]
    assert erased
    assert erased[-1]["data"]["name"] == "Erased advocate"
    fresh = server.client(server.user())
    assert _traces(fresh.pull_all()[0], words) == []
    assert _traces(moderator.pull_all()[0], words) == []

    with server.database.read() as session:
        stored = [json.dumps(data) for data in session.scalars(select(ChangeLogEntry.data))]
        row = session.scalar(select(Advocate).where(Advocate.uid == erin_user.uid))
        assert row is not None
        assert session.get(Credential, row.id) is None
        assert row.erased_at is not None
    assert not [text for text in stored if any(word.casefold() in text.casefold() for word in words)]
    signed_out = erin.http.post(
        f"{server.base_url}/api/v1/auth/token", json={"email": erin_user.email, "password": PASSWORD}, timeout=30
    )
    assert signed_out.status_code == 401
