"""Leaderboards read from the maintained score rows and each board's histogram, never from the whole board.

"Top N" walks ``ix_score_board`` backwards from the highest score. Counting, on the other hand, reads the board's
histogram (``score_counts``: listed advocates per score, kept by triggers): "my rank" is one plus the advocates
above my score, a sum over the distinct scores above it; a board's size is the sum of the whole histogram; and a
page deep in the board seeks to the score its first row has instead of skipping every row above it. So none of
these grows with the board's size: at a million advocates a board has a few thousand distinct scores. Ranks are
competition ranks: advocates with equal points share a rank and the next rank skips. A row carries the name
only when its advocate agreed to have it shown (``domain.public_names``); every row carries its alias.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import Period
from advocate_hub.core.domain.periods import period_start
from advocate_hub.core.domain.public_names import alias, public_name
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.store.models import OVERALL_SCOPE, Advocate, AdvocateTotals, ScoreCount, ScoreTotal


@dataclass(frozen=True, slots=True)
class BoardRow:
    rank: int
    advocate_id: int
    name: str
    """'' when the advocate has not agreed to have their name shown: show them by ``alias``."""
    tier: Tier
    points: int
    alias: str = ""


@dataclass(frozen=True, slots=True)
class BoardKey:
    """Which board: a period (with the week or month that contains ``now``) and a scope (program or group)."""

    period: Period
    now: datetime
    scope: str = OVERALL_SCOPE

    def filters(self) -> tuple[ColumnElement[bool], ...]:
        """The board's rows in ``score_totals``."""
        return (
            ScoreTotal.scope == self.scope,
            ScoreTotal.period == self.period,
            ScoreTotal.period_start == period_start(self.period, self.now),
            ScoreTotal.visible.is_(True),
        )

    def histogram(self) -> tuple[ColumnElement[bool], ...]:
        """The board's rows in ``score_counts``."""
        return (
            ScoreCount.scope == self.scope,
            ScoreCount.period == self.period,
            ScoreCount.period_start == period_start(self.period, self.now),
        )


SEEK_AFTER = 1_000
"""Pages starting deeper than this row seek through the histogram rather than skipping rows (OFFSET)."""


def above_query(key: BoardKey, points: int) -> Select[int]:
    """How many listed advocates have more points: one less than the rank of someone with ``points``."""
    return select(func.coalesce(func.sum(ScoreCount.advocates), 0)).where(*key.histogram(), ScoreCount.points > points)


def histogram_query(key: BoardKey) -> Select[int, int]:
    """The board's distinct scores from the highest, each with how many listed advocates have it."""
    return select(ScoreCount.points, ScoreCount.advocates).where(*key.histogram()).order_by(ScoreCount.points.desc())


def top_query(key: BoardKey, *, offset: int, limit: int) -> Select[int, int]:
    """Advocate ids and points in board order (ties broken by id so pages never overlap)."""
    return (
        select(ScoreTotal.advocate_id, ScoreTotal.points)
        .where(*key.filters())
        .order_by(ScoreTotal.points.desc(), ScoreTotal.advocate_id.desc())
        .offset(offset)
        .limit(limit)
    )


def size(session: Session, key: BoardKey) -> int:
    return session.scalar(select(func.coalesce(func.sum(ScoreCount.advocates), 0)).where(*key.histogram())) or 0


def _seek(session: Session, key: BoardKey, offset: int) -> tuple[int, int] | None:
    """The score of the row at ``offset`` and how many rows with that score come before it (None: past the end)."""
    before = 0
    for points, advocates in session.execute(histogram_query(key)):
        if before + advocates > offset:
            return points, offset - before
        before += advocates
    return None


def page(session: Session, key: BoardKey, *, offset: int = 0, limit: int = 100) -> list[BoardRow]:
    if offset > SEEK_AFTER:
        found = _seek(session, key, offset)
        if found is None:
            return []
        points, skip = found
        query = top_query(key, offset=skip, limit=limit).where(ScoreTotal.points <= points)
    else:
        query = top_query(key, offset=offset, limit=limit)
    scores = session.execute(query).all()
    if not scores:
        return []
    people = shown_people(session, [advocate_id for advocate_id, _ in scores])
    rows: list[BoardRow] = []
    rank = 1 + (session.scalar(above_query(key, scores[0][1])) or 0)
    for position, (advocate_id, points) in enumerate(scores):
        if rows and points < rows[-1].points:
            rank = offset + position + 1
        name, tier, label = people[advocate_id]
        rows.append(BoardRow(rank, advocate_id, name, tier, points, label))
    return rows


def shown_people(session: Session, ids: list[int]) -> dict[int, tuple[str, Tier, str]]:
    """Each advocate's name as others may see it, tier and alias.

    Member clients and kiosks receive other people's names and scores but not their totals: their tier is not
    known there and reads as the first tier (an outer join, so the board still shows them).
    """
    rows = session.execute(
        select(
            Advocate.id, Advocate.name, Advocate.role, Advocate.consent_publish_name, Advocate.uid, AdvocateTotals.tier
        )
        .outerjoin(AdvocateTotals, AdvocateTotals.advocate_id == Advocate.id)
        .where(Advocate.id.in_(ids))
    )
    return {
        advocate_id: (public_name(name, role=role, consent_publish_name=consent), tier or Tier.COMMUNITY, alias(uid))
        for advocate_id, name, role, consent, uid, tier in rows
    }


def my_row(session: Session, key: BoardKey, advocate_id: int) -> BoardRow | None:
    """The advocate's own place on a board, or None when they are not on it (opted out, no points yet)."""
    points = session.scalar(select(ScoreTotal.points).where(*key.filters(), ScoreTotal.advocate_id == advocate_id))
    if points is None:
        return None
    name, tier, label = shown_people(session, [advocate_id])[advocate_id]
    return BoardRow(1 + (session.scalar(above_query(key, points)) or 0), advocate_id, name, tier, points, label)


def my_position(session: Session, key: BoardKey, advocate_id: int) -> int | None:
    """The advocate's 0-based row in ``page`` order, so a view can scroll to it or pin it."""
    points = session.scalar(select(ScoreTotal.points).where(*key.filters(), ScoreTotal.advocate_id == advocate_id))
    if points is None:
        return None
    tied_before = session.scalar(
        select(func.count())
        .select_from(ScoreTotal)
        .where(*key.filters(), ScoreTotal.points == points, ScoreTotal.advocate_id > advocate_id)
    )
    return (session.scalar(above_query(key, points)) or 0) + (tied_before or 0)
