"""The "show my name" consent, end to end: a visitor who joins at an offline kiosk without ticking it is never named
on the kiosk's attract board, on the server's board after the kiosk syncs, nor on another member's board; one who
ticks it is. A member who turns the consent on later in their profile is named everywhere after their next sync."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from server.support import Client, ServerProcess
from sqlalchemy import select

from advocate_hub.core.domain.enums import Period, Role
from advocate_hub.core.domain.public_names import alias
from advocate_hub.core.kiosk import config, visits
from advocate_hub.core.services.advocates import ProfileUpdate
from advocate_hub.core.store.leaderboard import BoardKey, BoardRow, page
from advocate_hub.core.store.models import Advocate
from advocate_hub.core.sync import actions
from advocate_hub.server.admin import create_user
from sync.support import PASSWORD, LocalClient, open_client

QUIET, OPEN = "Quinn Quiet", "Olga Open"


def _server_rows(client: Client) -> dict[str, dict[str, Any]]:
    answer = client.get("/leaderboard", limit=500)
    assert answer.status_code == 200, answer.text
    return {row["advocate_uid"]: row for row in answer.json()["rows"]}


def _local_rows(local: LocalClient) -> dict[str, BoardRow]:
    rows = local.program.read(page, key=BoardKey(Period.ALL, local.program.clock()), limit=500)
    with local.program.database.read() as session:
        uids: dict[int, str] = dict(session.execute(select(Advocate.id, Advocate.uid)).all())
    return {uids[row.advocate_id]: row for row in rows}


def test_a_visitor_without_the_name_consent_is_on_every_board_by_alias_only(
    server: ServerProcess, moderator: Client, tmp_path: Path
) -> None:
    event = f"EV{uuid.uuid4().hex[:6].upper()}"
    checkin = moderator.post(
        "/challenges",
        json={"title": "Booth check-in", "kind": "event_checkin", "points": 30, "config": {"code": event}},
    )
    assert checkin.status_code == 201, checkin.text
    booth = f"kiosk-{uuid.uuid4().hex[:8]}@example.com"
    create_user(server.database, email=booth, role=Role.KIOSK, password=PASSWORD, name="Booth", event=event)
    kiosk = open_client(tmp_path / "kiosk", server.base_url, booth)
    kiosk.engine.sync()
    kiosk.program.run(config.configure, event_name="Expo", event_code=event, pin="2468")
    checkin_id = kiosk.challenge_id(checkin.json()["uid"])

    joined = {}
    for name, consent in ((QUIET, False), (OPEN, True)):
        form = visits.JoinForm(
            name=name, email=f"{uuid.uuid4().hex[:8]}@example.org", agree_to_join=True, consent_publish_name=consent
        )
        visitor = kiosk.program.run(visits.join, form=form)
        kiosk.program.run(visits.check_in, advocate_id=visitor.id, challenge_id=checkin_id, event_code=event)
        joined[name] = visitor
    with kiosk.program.database.read() as session:
        uid = {name: session.get(Advocate, visitor.id).uid for name, visitor in joined.items()}  # type: ignore[union-attr]

    attract = kiosk.program.read(visits.event_board, event_code=event, now=kiosk.program.clock())
    assert sorted((row.name, row.alias) for row in attract.rows) == sorted(
        [(OPEN, alias(uid[OPEN])), ("", alias(uid[QUIET]))]
    )

    report = kiosk.engine.sync()
    assert (report.pushed, report.rejected) == (4, [])
    on_server = _server_rows(moderator)
    assert (on_server[uid[QUIET]]["name"], on_server[uid[QUIET]]["alias"]) == ("", alias(uid[QUIET]))
    assert on_server[uid[OPEN]]["name"] == OPEN
    assert all(row["name"] != QUIET for row in on_server.values())

    member = server.user(name="Mel Member")
    mel = open_client(tmp_path / "member", server.base_url, member.email)
    mel.engine.sync()
    elsewhere = _local_rows(mel)
    assert (elsewhere[uid[QUIET]].name, elsewhere[uid[QUIET]].alias) == ("", alias(uid[QUIET]))
    assert elsewhere[uid[OPEN]].name == OPEN
    assert elsewhere[member.uid].name == ""  # members' own default: no consent yet

    mel.program.run(
        actions.update_profile,
        advocate_id=mel.me_id(),
        update=ProfileUpdate("Mel Member", "", "en", True, False, frozenset()),
    )
    assert _local_rows(mel)[member.uid].name == "Mel Member"
    mel.engine.sync()
    assert server.client(member).get("/leaderboard").json()["me"]["name"] == "Mel Member"
    kiosk.engine.sync()
    assert _local_rows(kiosk)[member.uid].name == "Mel Member"
    kiosk.close()
    mel.close()
