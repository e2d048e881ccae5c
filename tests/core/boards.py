"""A leaderboard ranked the slow, obvious way, to compare the store's paged and seeking reads with."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.store.leaderboard import BoardKey
from advocate_hub.core.store.models import ScoreTotal


def ranked_board(session: Session, key: BoardKey) -> list[tuple[int, int, int]]:
    """(rank, advocate id, points) of every listed row of the board, in board order, ranked in Python (ties share
    a rank, the next rank skips them)."""
    rows = session.execute(
        select(ScoreTotal.advocate_id, ScoreTotal.points)
        .where(*key.filters())
        .order_by(ScoreTotal.points.desc(), ScoreTotal.advocate_id.desc())
    ).all()
    ranked: list[tuple[int, int, int]] = []
    for position, (advocate_id, points) in enumerate(rows):
        rank = ranked[-1][0] if ranked and ranked[-1][2] == points else position + 1
        ranked.append((rank, advocate_id, points))
    return ranked
