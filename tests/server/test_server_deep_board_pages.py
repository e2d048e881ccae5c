"""A deep leaderboard page (past ``SEEK_AFTER`` rows) seeks its first score through the histogram with a running sum
in the database: the same rows and ranks as ranking every row, on SQLite and on PostgreSQL (the server's boards)."""

from __future__ import annotations

import random
import uuid

from sqlalchemy import insert, select

from advocate_hub.core.clock import utc_now
from advocate_hub.core.domain.enums import Period, Role
from advocate_hub.core.domain.periods import period_start
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.store import leaderboard
from advocate_hub.core.store.models import OVERALL_SCOPE, Advocate, AdvocateTotals, ScoreTotal
from advocate_hub.core.sync.apply import PLACEHOLDER_FIXED
from advocate_hub.server.db import ServerDatabase
from tests.core.boards import ranked_board

PEOPLE = leaderboard.SEEK_AFTER + 400


def test_deep_pages_have_the_rows_and_ranks_of_the_whole_board(database: ServerDatabase) -> None:
    now = utc_now()
    key = leaderboard.BoardKey(Period.WEEK, now, OVERALL_SCOPE)
    scores = random.Random(5)
    with database.write() as session:
        first = session.scalar(select(Advocate.id).order_by(Advocate.id.desc())) or 0
        people = []
        for _ in range(PEOPLE):
            uid = str(uuid.uuid4())
            compact = uid.replace("-", "")
            people.append(
                {
                    **PLACEHOLDER_FIXED,
                    "uid": uid,
                    "email": f"{compact}@example.com",
                    "referral_code": compact[:16].upper(),
                    "name": f"Deep {compact[:6]}",
                    "role": Role.ADVOCATE,
                }
            )
        session.execute(insert(Advocate), people)
        ids = list(session.scalars(select(Advocate.id).where(Advocate.id > first).order_by(Advocate.id)))
        session.execute(
            insert(AdvocateTotals), [{"advocate_id": i, "tier": Tier.COMMUNITY, "tier_reached_at": now} for i in ids]
        )
        session.execute(
            insert(ScoreTotal),
            [
                {
                    "scope": OVERALL_SCOPE,
                    "period": Period.WEEK,
                    "period_start": period_start(Period.WEEK, now),
                    "advocate_id": advocate_id,
                    # Few distinct scores, so many ties: a seek lands inside a run of equal scores.
                    "points": scores.randrange(0, 300) * 5,
                    "visible": True,
                }
                for advocate_id in ids
            ],
        )

    with database.read() as session:
        whole = ranked_board(session, key)
    assert len(whole) >= PEOPLE
    # Where a score's run of ties starts, one row either side of it, and a few plain offsets: the seek's edges.
    starts = [i for i in range(leaderboard.SEEK_AFTER + 1, len(whole)) if whole[i][2] != whole[i - 1][2]]
    offsets = {leaderboard.SEEK_AFTER + 1, leaderboard.SEEK_AFTER + 137, len(whole) - 30}
    offsets |= {offset + step for offset in starts[:25] for step in (-1, 0, 1)}
    with database.read() as session:
        for offset in sorted(offsets):
            rows = leaderboard.page(session, key, offset=offset, limit=20)
            assert [(row.rank, row.advocate_id, row.points) for row in rows] == whole[offset : offset + 20], offset
        assert leaderboard.page(session, key, offset=len(whole) + 1, limit=10) == []
