"""The people staff "view as" in the demo: one representative advocate per tier, and a moderator.

The choice is deterministic, so a demo shows the same person every time, and it avoids advocates whose own
choices would blur what their tier unlocks (someone who opted out of a kind of challenge, or who has reached
the over-asking limit and so sees every ask held back).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.clock import utc_now
from advocate_hub.core.demo import catalog
from advocate_hub.core.domain.enums import AdvocateStatus, Role
from advocate_hub.core.domain.errors import NotFound
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.people import Person, find_by_email
from advocate_hub.core.services.challenges import asks_in_window
from advocate_hub.core.services.settings import load_rules
from advocate_hub.core.store.models import Advocate, AdvocateTotals

MODERATOR_EMAIL = f"{catalog.STAFF[0][1]}@{catalog.EMAIL_DOMAIN}"
"""The demo's moderator persona: the first moderator of the seeded staff (maya.chen@example.com)."""


class Persona(StrEnum):
    COMMUNITY = "community"
    SILVER = "silver"
    GOLD = "gold"
    PLATINUM = "platinum"
    MODERATOR = "moderator"

    @property
    def tier(self) -> Tier | None:
        """The tier this persona shows, or None for the moderator."""
        return None if self is Persona.MODERATOR else Tier(self.value)

    @property
    def label(self) -> str:
        return "Moderator" if self is Persona.MODERATOR else f"{Tier(self.value).label} advocate"


def persona_for(session: Session, tier_or_role: Persona | Tier | Role | str, now: datetime | None = None) -> Person:
    """The person to sign in as to see the app as ``tier_or_role`` (a tier, ``Role.MODERATOR`` or a persona)."""
    try:
        persona = Persona(str(tier_or_role))
    except ValueError:
        known = ", ".join(p.value for p in Persona)
        raise NotFound(f"There is no demo persona {tier_or_role!r}; choose one of: {known}.") from None
    if persona.tier is None:
        return _moderator(session)
    return _advocate_of(session, persona.tier, now or utc_now())


def persona_of(session: Session, advocate_id: int, now: datetime | None = None) -> Persona | None:
    """Which persona ``advocate_id`` is (so the switcher can show it), or None for anybody else."""
    for persona in Persona:
        try:
            if persona_for(session, persona, now).id == advocate_id:
                return persona
        except NotFound:
            continue
    return None


def _moderator(session: Session) -> Person:
    person = find_by_email(session, MODERATOR_EMAIL)
    if person is not None and person.role is Role.MODERATOR:
        return person
    first = session.scalar(select(Advocate.email).where(Advocate.role == Role.MODERATOR).order_by(Advocate.id))
    found = find_by_email(session, first) if first else None
    if found is None:
        raise NotFound("This program has no moderator to view it as.")
    return found


def _advocate_of(session: Session, tier: Tier, now: datetime) -> Person:
    """The active advocate of ``tier`` with the median lifetime points, preferring those nothing else holds back."""
    rows = session.execute(
        select(Advocate, AdvocateTotals.lifetime)
        .join(AdvocateTotals, AdvocateTotals.advocate_id == Advocate.id)
        .where(
            Advocate.role == Role.ADVOCATE,
            Advocate.status == AdvocateStatus.ACTIVE,
            AdvocateTotals.tier == tier,
        )
        .order_by(AdvocateTotals.lifetime, Advocate.id)
    ).all()
    if not rows:
        raise NotFound(f"This program has no active {tier.label} advocate to view it as.")
    limit = load_rules(session).fatigue_limit
    unhindered = [
        advocate
        for advocate, _lifetime in rows
        if not advocate.opted_out_kinds and asks_in_window(session, advocate.id, now) < limit
    ]
    candidates = unhindered or [advocate for advocate, _lifetime in rows]
    chosen = candidates[len(candidates) // 2]
    return Person(chosen.id, chosen.name, chosen.email, chosen.role, chosen.status, tier)
