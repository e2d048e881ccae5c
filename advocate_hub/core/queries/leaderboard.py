"""The leaderboard screen's read models: the scopes it can show and the signed-in advocate's standing on a board.

Rows themselves come page by page from ``core.store.leaderboard.page``; these answer the questions asked once
per board: how many rows it has, where the advocate is on it, and whether they may be on it at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.services.ledger import is_listed
from advocate_hub.core.store.leaderboard import BoardKey, BoardRow, my_position, my_row, size
from advocate_hub.core.store.models import Advocate, Group


@dataclass(frozen=True, slots=True)
class GroupChoice:
    slug: str
    """The board's ``scope``."""
    name: str


@dataclass(frozen=True, slots=True)
class Standing:
    """One board's size and the advocate's place on it, read in one transaction so they agree."""

    size: int
    me: BoardRow | None
    """The advocate's row, or None when they are not on the board."""
    position: int | None
    """The 0-based row of ``me`` in page order."""
    listed: bool
    """Whether the advocate may appear on boards at all (False once opted out, or for staff)."""


def groups(session: Session) -> list[GroupChoice]:
    """Every group of the program, by name: each has its own boards."""
    rows = session.execute(select(Group.slug, Group.name).order_by(Group.name, Group.slug))
    return [GroupChoice(slug, name) for slug, name in rows]


def standing(session: Session, *, key: BoardKey, advocate_id: int | None) -> Standing:
    advocate = session.get(Advocate, advocate_id) if advocate_id is not None else None
    if advocate is None or not is_listed(advocate):
        return Standing(size(session, key), None, None, listed=False)
    me = my_row(session, key, advocate.id)
    position = my_position(session, key, advocate.id) if me is not None else None
    return Standing(size(session, key), me, position, listed=True)
