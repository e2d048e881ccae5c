"""People on this machine: the profile picker's list and one person's profile."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import AdvocateStatus, Role
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.referral_codes import referral_link
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services.access import get
from advocate_hub.core.services.ledger import group_slugs
from advocate_hub.core.services.settings import load_rules
from advocate_hub.core.store.models import Advocate, AdvocateTotals


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str
    email: str
    role: Role
    status: AdvocateStatus
    tier: Tier


@dataclass(frozen=True, slots=True)
class Profile:
    id: int
    name: str
    email: str
    company: str
    language: str
    role: Role
    status: AdvocateStatus
    groups: tuple[str, ...]
    consent_publish_name: bool
    consent_contact: bool
    opted_out_kinds: frozenset[ChallengeKind]
    referral_code: str
    referral_link: str


def people(session: Session) -> list[Person]:
    """Everyone who can sign in on this machine (kiosk accounts excluded), advocates first, by name."""
    rows = session.execute(
        select(Advocate, AdvocateTotals.tier)
        .join(AdvocateTotals, AdvocateTotals.advocate_id == Advocate.id)
        .where(Advocate.role != Role.KIOSK)
    ).all()
    found = [Person(a.id, a.name, a.email, a.role, a.status, tier) for a, tier in rows]
    return sorted(found, key=lambda p: (p.role is not Role.ADVOCATE, p.name.casefold()))


def find_by_email(session: Session, email: str) -> Person | None:
    row = session.execute(
        select(Advocate, AdvocateTotals.tier)
        .join(AdvocateTotals, AdvocateTotals.advocate_id == Advocate.id)
        .where(Advocate.email == email.strip().lower())
    ).first()
    if row is None:
        return None
    advocate, tier = row
    return Person(advocate.id, advocate.name, advocate.email, advocate.role, advocate.status, tier)


def profile(session: Session, *, advocate_id: int) -> Profile:
    advocate = get(session, Advocate, advocate_id, "advocate")
    return Profile(
        id=advocate.id,
        name=advocate.name,
        email=advocate.email,
        company=advocate.company,
        language=advocate.language,
        role=advocate.role,
        status=advocate.status,
        groups=tuple(group_slugs(session, advocate_id)),
        consent_publish_name=advocate.consent_publish_name,
        consent_contact=advocate.consent_contact,
        opted_out_kinds=frozenset(ChallengeKind(k) for k in advocate.opted_out_kinds),
        referral_code=advocate.referral_code,
        referral_link=referral_link(load_rules(session).referral_base_url, advocate.referral_code),
    )
