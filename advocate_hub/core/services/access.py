"""Loading rows by id with a readable "not found", and checking who may do what."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import Role
from advocate_hub.core.domain.errors import NotAllowed, NotFound
from advocate_hub.core.store.models import Advocate, Base

Row = TypeVar("Row", bound=Base)

MANAGERS = frozenset({Role.MODERATOR, Role.STAFF})


def get(session: Session, model: type[Row], row_id: int, label: str) -> Row:
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(f"There is no {label} with id {row_id}.")
    return row


def require_manager(session: Session, actor_id: int) -> Advocate:
    """The acting moderator or staff member; anyone else gets ``NotAllowed``."""
    actor = get(session, Advocate, actor_id, "person")
    if actor.role not in MANAGERS:
        raise NotAllowed("Only moderators and program staff can do that.")
    return actor
