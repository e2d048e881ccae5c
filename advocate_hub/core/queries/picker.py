"""The profile picker's type-ahead: a page of people whose email starts with what was typed.

The picker used to read everyone (a second at 100k, forty at a million). Now each keystroke is one walk of the
unique email index from the typed prefix, ``limit`` rows long, whatever the program's size. Email is what
identifies a person here (and what ``--as`` takes); names are shown but not searched, as no index covers them.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import Role
from advocate_hub.core.queries.people import Person
from advocate_hub.core.store.models import Advocate, AdvocateTotals

PAGE = 50
_AFTER_EVERY_PREFIX = "\U0010ffff"


def search_people(session: Session, *, text: str, limit: int = PAGE) -> list[Person]:
    """Up to ``limit`` people who can sign in here (no kiosk accounts), by email, from the prefix ``text``."""
    prefix = text.strip().lower()
    query = (
        select(Advocate.id, Advocate.name, Advocate.email, Advocate.role, Advocate.status, AdvocateTotals.tier)
        .join(AdvocateTotals, AdvocateTotals.advocate_id == Advocate.id)
        .where(Advocate.role != Role.KIOSK)
        .order_by(Advocate.email)
        .limit(limit)
    )
    if prefix:
        query = query.where(Advocate.email >= prefix, Advocate.email < prefix + _AFTER_EVERY_PREFIX)
    return [Person(*row) for row in session.execute(query)]


def person(session: Session, *, advocate_id: int) -> Person | None:
    row = session.execute(
        select(Advocate.id, Advocate.name, Advocate.email, Advocate.role, Advocate.status, AdvocateTotals.tier)
        .join(AdvocateTotals, AdvocateTotals.advocate_id == Advocate.id)
        .where(Advocate.id == advocate_id)
    ).first()
    return None if row is None else Person(*row)
