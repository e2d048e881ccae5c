"""People in the program: joining, profile and consent, groups, opting out and the membership lifecycle."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import AdvocateStatus, Period, Role
from advocate_hub.core.domain.errors import InvalidTransition, NotAllowed, ValidationError
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.proof import check_email
from advocate_hub.core.domain.referral_codes import new_code
from advocate_hub.core.services import audit, ledger
from advocate_hub.core.services.access import get, require_manager
from advocate_hub.core.store.models import OVERALL_SCOPE, Advocate, AdvocateGroup, Group, ScoreTotal

MAX_NAME_LENGTH = 200

# Who may move a membership from one status to another (opting out and rejoining are the advocate's own).
_MANAGER_TRANSITIONS = {
    AdvocateStatus.NOMINATED: {AdvocateStatus.INVITED, AdvocateStatus.DEACTIVATED},
    AdvocateStatus.INVITED: {AdvocateStatus.ACTIVE, AdvocateStatus.NOMINATED, AdvocateStatus.DEACTIVATED},
    AdvocateStatus.ACTIVE: {AdvocateStatus.ALUMNI, AdvocateStatus.INVITED, AdvocateStatus.DEACTIVATED},
    AdvocateStatus.ALUMNI: {AdvocateStatus.ACTIVE, AdvocateStatus.DEACTIVATED},
    AdvocateStatus.DEACTIVATED: {AdvocateStatus.ACTIVE},
    AdvocateStatus.OPTED_OUT: set(),
}


@dataclass(frozen=True, slots=True)
class NewAdvocate:
    email: str
    name: str
    company: str = ""
    language: str = "en"
    role: Role = Role.ADVOCATE
    status: AdvocateStatus = AdvocateStatus.ACTIVE
    groups: tuple[str, ...] = ()
    consent_publish_name: bool = False
    consent_contact: bool = False
    opted_out_kinds: frozenset[ChallengeKind] = field(default_factory=frozenset)


def _check_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationError("Enter a name.", field="name")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(f"Keep the name under {MAX_NAME_LENGTH} characters.", field="name")
    return name


def unique_referral_code(session: Session, rng: random.Random | None = None) -> str:
    while True:
        code = new_code(rng)
        if session.scalar(select(Advocate.id).where(Advocate.referral_code == code)) is None:
            return code


def create(
    session: Session,
    new: NewAdvocate,
    now: datetime,
    *,
    actor_id: int | None = None,
    rng: random.Random | None = None,
) -> Advocate:
    email = check_email(new.email)
    if session.scalar(select(Advocate.id).where(Advocate.email == email)) is not None:
        raise ValidationError(f"{email} is already in the program.", field="email")
    advocate = Advocate(
        email=email,
        name=_check_name(new.name),
        company=new.company.strip(),
        language=new.language,
        role=new.role,
        status=new.status,
        referral_code=unique_referral_code(session, rng),
        consent_publish_name=new.consent_publish_name,
        consent_contact=new.consent_contact,
        opted_out_kinds=sorted(k.value for k in new.opted_out_kinds),
        created_at=now,
        updated_at=now,
        last_active_at=None,
    )
    session.add(advocate)
    session.flush()
    ledger.open_account(session, advocate)
    if new.groups:
        set_groups(session, advocate.id, new.groups)
    if actor_id is not None:
        audit.record(
            session,
            actor_id=actor_id,
            action="advocate.create",
            target_type="advocate",
            target_id=advocate.id,
            now=now,
            after=snapshot(advocate),
        )
    return advocate


def nominate(
    session: Session,
    *,
    actor_id: int,
    name: str,
    email: str,
    company: str = "",
    now: datetime,
    uid: str | None = None,
) -> Advocate:
    """A moderator puts someone forward for the program: a nominated member, invited later (audited)."""
    require_manager(session, actor_id)
    person = NewAdvocate(email=email, name=name, company=company, status=AdvocateStatus.NOMINATED)
    advocate = create(session, person, now, actor_id=actor_id)
    if uid is not None:
        advocate.uid = uid
    return advocate


def snapshot(advocate: Advocate) -> dict[str, Any]:
    return {
        "email": advocate.email,
        "name": advocate.name,
        "company": advocate.company,
        "role": advocate.role.value,
        "status": advocate.status.value,
        "consent_publish_name": advocate.consent_publish_name,
        "consent_contact": advocate.consent_contact,
        "opted_out_kinds": list(advocate.opted_out_kinds),
    }


def ensure_group(session: Session, slug: str, name: str | None = None) -> Group:
    slug = slug.strip().lower()
    if not slug:
        raise ValidationError("A group needs a short name.", field="group")
    group = session.scalar(select(Group).where(Group.slug == slug))
    if group is None:
        group = Group(slug=slug, name=name or slug.replace("-", " ").title())
        session.add(group)
        session.flush()
    return group


def set_groups(session: Session, advocate_id: int, slugs: tuple[str, ...] | list[str]) -> None:
    """Replace an advocate's groups, and give each new group's leaderboards the advocate's existing points."""
    advocate = get(session, Advocate, advocate_id, "advocate")
    wanted = {ensure_group(session, slug).id: slug.strip().lower() for slug in slugs}
    session.execute(delete(AdvocateGroup).where(AdvocateGroup.advocate_id == advocate_id))
    ledger.forget_groups(session, advocate_id)
    session.execute(delete(ScoreTotal).where(ScoreTotal.advocate_id == advocate_id, ScoreTotal.scope != OVERALL_SCOPE))
    overall = session.execute(
        select(ScoreTotal.period, ScoreTotal.period_start, ScoreTotal.points).where(
            ScoreTotal.advocate_id == advocate_id, ScoreTotal.scope == OVERALL_SCOPE
        )
    ).all()
    for group_id, slug in wanted.items():
        session.add(AdvocateGroup(advocate_id=advocate_id, group_id=group_id))
        for period, start, points in overall:
            ledger.add_scores(
                session,
                advocate_id,
                scopes=[slug],
                starts={Period(period): start},
                points=points,
                visible=ledger.is_listed(advocate),
            )


@dataclass(frozen=True, slots=True)
class ProfileUpdate:
    name: str
    company: str
    language: str
    consent_publish_name: bool
    consent_contact: bool
    opted_out_kinds: frozenset[ChallengeKind]


def update_profile(session: Session, advocate_id: int, update: ProfileUpdate, now: datetime) -> Advocate:
    advocate = get(session, Advocate, advocate_id, "advocate")
    advocate.name = _check_name(update.name)
    advocate.company = update.company.strip()
    advocate.language = update.language
    advocate.consent_publish_name = update.consent_publish_name
    advocate.consent_contact = update.consent_contact
    advocate.opted_out_kinds = sorted(k.value for k in update.opted_out_kinds)
    advocate.updated_at = now
    return advocate


def opt_out(session: Session, advocate_id: int, now: datetime) -> Advocate:
    """Leave the program at once: no more asks, off every leaderboard; the ledger is kept."""
    advocate = get(session, Advocate, advocate_id, "advocate")
    if advocate.status is AdvocateStatus.OPTED_OUT:
        return advocate
    advocate.status = AdvocateStatus.OPTED_OUT
    advocate.updated_at = now
    ledger.set_visibility(session, advocate_id, visible=False)
    return advocate


def rejoin(session: Session, advocate_id: int, now: datetime) -> Advocate:
    advocate = get(session, Advocate, advocate_id, "advocate")
    if advocate.status is not AdvocateStatus.OPTED_OUT:
        raise InvalidTransition("Only someone who left the program can rejoin it.")
    advocate.status = AdvocateStatus.ACTIVE
    advocate.updated_at = now
    ledger.set_visibility(session, advocate_id, visible=ledger.is_listed(advocate))
    return advocate


def change_status(
    session: Session, *, actor_id: int, advocate_id: int, status: AdvocateStatus, now: datetime
) -> Advocate:
    """A moderator moves a membership along: invite, activate, rotate to alumni (never opt someone out)."""
    require_manager(session, actor_id)
    advocate = get(session, Advocate, advocate_id, "advocate")
    if status is AdvocateStatus.OPTED_OUT:
        raise NotAllowed("Only advocates themselves can opt out of the program.")
    if status not in _MANAGER_TRANSITIONS[advocate.status]:
        raise InvalidTransition(
            f"{advocate.name} is {advocate.status.value.replace('_', ' ')}; "
            f"they cannot be moved to {status.value.replace('_', ' ')}."
        )
    before = snapshot(advocate)
    advocate.status = status
    advocate.updated_at = now
    audit.record(
        session,
        actor_id=actor_id,
        action="advocate.status",
        target_type="advocate",
        target_id=advocate_id,
        now=now,
        before=before,
        after=snapshot(advocate),
    )
    return advocate
