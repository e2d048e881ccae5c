"""Leaderboards read from the maintained score rows and each board's histogram, never from the whole board.

"Top N" walks ``ix_score_board`` backwards from the highest score. Counting, on the other hand, reads the board's
histogram (``score_counts``: listed advocates per score, kept by triggers): "my rank" is one plus the advocates
above my score, a sum over the distinct scores above it; a board's size is the sum of the whole histogram; and a
page deep in the board seeks to the score its first row has instead of skipping every row above it. So none of
these grows with the board's size: at a million advocates a board has a few thousand distinct scores. Ranks are
competition ranks: advocates with equal points share a rank and the next rank skips. A row carries the name
only when its advocate agreed to have it shown (``domain.public_names``); every row carries its alias.

A page is one statement: the index walk, joined to each of its (at most ``limit``) advocates by primary key for
the name and tier. The reads run as Core statements built once per process with bound parameters, on the
session's connection: at a million advocates SQLite answers a top 100 and a rank in about 0.3 ms, and building
statements and ORM rows per call had cost ten times that. Aliases (a hash of the uid) are cached per uid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, bindparam, func, select
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

    def parameters(self) -> dict[str, Any]:
        """The board's bound parameters for the statements below (``scope``, ``period``, ``start``)."""
        return {"scope": self.scope, "period": self.period, "start": period_start(self.period, self.now)}


SEEK_AFTER = 1_000
"""Pages starting deeper than this row seek through the histogram rather than skipping rows (OFFSET)."""

_scores = ScoreTotal.__table__.c
_counts = ScoreCount.__table__.c
_people = Advocate.__table__.c
_totals = AdvocateTotals.__table__.c
_ON_BOARD = (
    _scores.scope == bindparam("scope"),
    _scores.period == bindparam("period"),
    _scores.period_start == bindparam("start"),
    _scores.visible.is_(True),
)
_IN_HISTOGRAM = (
    _counts.scope == bindparam("scope"),
    _counts.period == bindparam("period"),
    _counts.period_start == bindparam("start"),
)
_TIER = func.coalesce(_totals.tier, _people.public_tier).label("tier")
"""The tier from the totals where they are here, else the one the server published (other people on a member's
client or a kiosk)."""
_SHOWN = (_people.name, _people.role, _people.consent_publish_name, _people.uid, _TIER)
_PEOPLE = Advocate.__table__.outerjoin(AdvocateTotals.__table__, _totals.advocate_id == _people.id)
_ABOVE = select(func.coalesce(func.sum(_counts.advocates), 0)).where(
    *_IN_HISTOGRAM, _counts.points > bindparam("points")
)
_SIZE = select(func.coalesce(func.sum(_counts.advocates), 0)).where(*_IN_HISTOGRAM)
_THROUGH = (
    select(
        _counts.points,
        _counts.advocates,
        func.sum(_counts.advocates).over(order_by=_counts.points.desc(), rows=(None, 0)).label("through"),
    )
    .where(*_IN_HISTOGRAM)
    .subquery("running")
)
_ABOVE_SCORE = _THROUGH.c.through - _THROUGH.c.advocates
_OFFSET = bindparam("offset", type_=Integer)
_SEEK = select(_THROUGH.c.points, _ABOVE_SCORE).where(_ABOVE_SCORE <= _OFFSET, _THROUGH.c.through > _OFFSET).limit(1)
"""The score of the row at ``offset`` and how many rows have a higher one: the one score whose advocates, counted
from the top, span row ``offset``. The running sum walks the histogram inside the database, from the top until it
finds that score (``LIMIT 1``: one row matches), and one row comes back; a walk in Python had fetched every
distinct score above (up to 2,500 rows at a million advocates, about 1.7 ms) holding the interpreter lock, which
the GUI thread then waited for in the middle of a paint."""
_MINE = (
    select(_scores.points, *_SHOWN)
    .select_from(ScoreTotal.__table__.join(_PEOPLE, _people.id == _scores.advocate_id))
    .where(*_ON_BOARD, _scores.advocate_id == bindparam("advocate"))
)
_TIED_BEFORE = (
    select(func.count())
    .select_from(ScoreTotal.__table__)
    .where(*_ON_BOARD, _scores.points == bindparam("points"), _scores.advocate_id > bindparam("advocate"))
)


def _named_page(*, from_points: bool) -> Select[Any]:
    """The rows of one page with their advocates' names and tiers, in one statement.

    The board's rows come from a walk of ``ix_score_board`` (a subquery, so LIMIT applies to it alone); each of
    them is joined to its advocate by primary key. The caller restores board order, a sort of ``limit`` rows.
    """
    walk = select(_scores.advocate_id, _scores.points).where(*_ON_BOARD)
    if from_points:
        walk = walk.where(_scores.points <= bindparam("from_points"))
    board = (
        walk.order_by(_scores.points.desc(), _scores.advocate_id.desc())
        .limit(bindparam("limit"))
        .offset(bindparam("offset"))
        .subquery("board")
    )
    return select(board.c.advocate_id, board.c.points, *_SHOWN).select_from(
        board.join(_PEOPLE, _people.id == board.c.advocate_id)
    )


_PAGE = _named_page(from_points=False)
_PAGE_FROM = _named_page(from_points=True)


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


def page_statement(*, deep: bool) -> Select[Any]:
    """The statement ``page`` runs: from the top (``deep`` False) or from a score found in the histogram."""
    return _PAGE_FROM if deep else _PAGE


def size(session: Session, key: BoardKey) -> int:
    return int(session.connection().execute(_SIZE, key.parameters()).scalar_one())


def _above(session: Session, parameters: dict[str, Any], points: int) -> int:
    return int(session.connection().execute(_ABOVE, {**parameters, "points": points}).scalar_one())


def _seek(session: Session, parameters: dict[str, Any], offset: int) -> tuple[int, int] | None:
    """The score of the row at ``offset`` and how many rows have a higher score (None: past the end)."""
    found = session.connection().execute(_SEEK, {**parameters, "offset": offset}).first()
    if found is None:
        return None
    points, above = found
    return int(points), int(above)


def page(session: Session, key: BoardKey, *, offset: int = 0, limit: int = 100) -> list[BoardRow]:
    parameters = key.parameters()
    seek: tuple[int, int] | None = None
    if offset > SEEK_AFTER:
        seek = _seek(session, parameters, offset)
        if seek is None:
            return []
        points, above = seek
        statement = _PAGE_FROM
        bound = {**parameters, "from_points": points, "offset": offset - above, "limit": limit}
    else:
        statement = _PAGE
        bound = {**parameters, "offset": offset, "limit": limit}
    scores = sorted(session.connection().execute(statement, bound), key=lambda row: (row[1], row[0]), reverse=True)
    if not scores:
        return []
    rows: list[BoardRow] = []
    # The seek counted the rows above the first row's score already; a board changed in between (a database
    # whose statements each see the latest commit) gives the first row another score, counted afresh.
    above = seek[1] if seek is not None and seek[0] == scores[0][1] else _above(session, parameters, scores[0][1])
    rank = 1 + above
    for position, (advocate_id, points, name, role, consent, uid, tier) in enumerate(scores):
        if rows and points < rows[-1].points:
            rank = offset + position + 1
        rows.append(_row(rank, advocate_id, points, (name, role, consent, uid, tier)))
    return rows


def _row(rank: int, advocate_id: int, points: int, shown: tuple[Any, ...]) -> BoardRow:
    name, role, consent, uid, tier = shown
    label = _alias(uid)
    return BoardRow(
        rank,
        advocate_id,
        public_name(name, role=role, consent_publish_name=consent),
        tier or Tier.COMMUNITY,
        points,
        label,
    )


@lru_cache(maxsize=100_000)
def _alias(uid: str) -> str:
    """``alias`` is a SHA-256 per row: a page of 100 rows hashed 100 uids on every read."""
    return alias(uid)


def shown_people(session: Session, ids: list[int]) -> dict[int, tuple[str, Tier, str]]:
    """Each advocate's name as others may see it, tier and alias.

    Member clients and kiosks receive other people's names, scores and tiers but not their totals: the tier is the
    one the server published (an outer join on totals, so the board still shows them).
    """
    rows = session.connection().execute(select(_people.id, *_SHOWN).select_from(_PEOPLE).where(_people.id.in_(ids)))
    return {
        advocate_id: (public_name(name, role=role, consent_publish_name=consent), tier or Tier.COMMUNITY, _alias(uid))
        for advocate_id, name, role, consent, uid, tier in rows
    }


def my_row(session: Session, key: BoardKey, advocate_id: int) -> BoardRow | None:
    """The advocate's own place on a board, or None when they are not on it (opted out, no points yet)."""
    parameters = key.parameters()
    found = session.connection().execute(_MINE, {**parameters, "advocate": advocate_id}).first()
    if found is None:
        return None
    points, *shown = found
    return _row(1 + _above(session, parameters, points), advocate_id, points, tuple(shown))


def my_position(session: Session, key: BoardKey, advocate_id: int) -> int | None:
    """The advocate's 0-based row in ``page`` order, so a view can scroll to it or pin it."""
    parameters = {**key.parameters(), "advocate": advocate_id}
    found = session.connection().execute(_MINE, parameters).first()
    if found is None:
        return None
    points = found[0]
    tied_before = session.connection().execute(_TIED_BEFORE, {**parameters, "points": points}).scalar_one()
    return _above(session, parameters, points) + int(tied_before)
