"""Other people's tiers on a member's copy: the public advocate copy carries the tier, a tier change publishes it
again, and the member's boards show it although the member never receives the other person's totals."""

from __future__ import annotations

from pathlib import Path

from server.support import Client, ServerProcess, quiz_challenge
from sqlalchemy import select

from advocate_hub.core.domain.enums import Period
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.store.leaderboard import BoardKey, page, shown_people
from advocate_hub.core.store.models import Advocate, AdvocateTotals
from sync.support import LocalClient, open_client


def _board_tiers(local: LocalClient) -> dict[str, Tier]:
    rows = local.program.read(page, key=BoardKey(Period.ALL, local.program.clock()), limit=500)
    with local.program.database.read() as session:
        uids: dict[int, str] = dict(session.execute(select(Advocate.id, Advocate.uid)).all())
    return {uids[row.advocate_id]: row.tier for row in rows}


def _local_id(local: LocalClient, uid: str) -> int:
    with local.program.database.read() as session:
        found = session.scalar(select(Advocate.id).where(Advocate.uid == uid))
        assert found is not None
        return found


def test_a_member_sees_another_members_tier_after_they_climb(
    server: ServerProcess, moderator: Client, tmp_path: Path
) -> None:
    small = quiz_challenge(moderator, points=600, cap=1)
    big = quiz_challenge(moderator, points=1_500, cap=1)
    climber, watcher = server.user(name="Cleo Climber"), server.user(name="Wes Watcher")
    cleo = open_client(tmp_path / "cleo", server.base_url, climber.email)
    wes = open_client(tmp_path / "wes", server.base_url, watcher.email)
    cleo.engine.sync()
    cleo.complete(small["uid"])
    cleo.engine.sync()
    wes.engine.sync()
    assert _board_tiers(wes)[climber.uid] is Tier.SILVER

    cleo.complete(big["uid"])
    assert cleo.engine.sync().pushed == 1
    report = wes.engine.sync()

    assert report.pulled > 0
    assert _board_tiers(wes)[climber.uid] is Tier.GOLD
    assert _board_tiers(cleo)[climber.uid] is Tier.GOLD
    cleo_here = _local_id(wes, climber.uid)
    kiosk_view = wes.program.read(shown_people, ids=[cleo_here])
    assert kiosk_view[cleo_here][1] is Tier.GOLD
    with wes.program.database.read() as session:
        assert session.get(AdvocateTotals, cleo_here) is None  # the totals themselves stay private
    cleo.close()
    wes.close()


def test_a_first_sync_brings_everyones_tier(server: ServerProcess, moderator: Client, tmp_path: Path) -> None:
    big = quiz_challenge(moderator, points=2_000, cap=1)
    climber = server.user(name="Gus Gold")
    gus = open_client(tmp_path / "gus", server.base_url, climber.email)
    gus.engine.sync()
    gus.complete(big["uid"])
    gus.engine.sync()

    newcomer = open_client(tmp_path / "new", server.base_url, server.user(name="Nia New").email)
    newcomer.engine.sync()

    assert _board_tiers(newcomer)[climber.uid] is Tier.GOLD
    gus.close()
    newcomer.close()
