"""The two changes a kiosk account may push: a visitor joins, a visitor completes a quick challenge.

The kiosk acts for other people, so each mutation names its visitor (by email, or by referral code) and the server
finds them; the kiosk's own token can do nothing else (``apply._check_kind``). A kiosk serves one event (its
account's ``kiosk_event``): a check-in challenge of another event, or a challenge that is not quick, is refused, and
so is a second check-in of the same person at the event. Uids of created rows derive from the mutation id, as the
kiosk derived them for its optimistic copies.

Each answer names the visitor's advocate uid (and a join their referral code), so a kiosk that met a member it did not
know (an existing member joining again, or a code typed or scanned offline) folds its stand-in row into that member
(``core.sync.kiosk_actions.settle``): one person, one row, on both sides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import Role
from advocate_hub.core.domain.errors import NotAllowed, NotFound, ValidationError
from advocate_hub.core.domain.proof import check_email
from advocate_hub.core.domain.referral_codes import normalise_code
from advocate_hub.core.kiosk import rules
from advocate_hub.core.services import advocates, submissions
from advocate_hub.core.store.models import Advocate, AdvocateTotals, Challenge
from advocate_hub.core.sync.identity import Role as UidRole
from advocate_hub.core.sync.identity import derived_uid
from advocate_hub.core.sync.kiosk_actions import COMPLETE, JOIN

if TYPE_CHECKING:
    from advocate_hub.server.apply import Context


class KioskPayload(BaseModel):
    """As every payload: unknown fields (``points``, a timestamp) make the mutation invalid."""

    model_config = ConfigDict(extra="forbid", strict=True)


class KioskJoin(KioskPayload):
    email: str = Field(max_length=320)
    name: str = Field(max_length=200)
    company: str = Field(default="", max_length=200)
    consent_contact: bool = False
    consent_publish_name: bool = False
    referral_code: str | None = Field(default=None, max_length=32)
    """The code the kiosk gave the visitor offline (its QR code already shows it); kept when it is free."""


class KioskComplete(KioskPayload):
    visitor_email: str | None = Field(default=None, max_length=320)
    visitor_code: str | None = Field(default=None, max_length=32)
    challenge_uid: str = Field(max_length=36)
    proof: dict[str, Any] = Field(default_factory=dict)
    disclosure_acknowledged: bool = False


def _join(c: Context, p: KioskJoin) -> dict[str, Any]:
    """Add the visitor, or (an address the program already has) answer with that person, changing nothing."""
    email = check_email(p.email)
    known = c.session.scalar(select(Advocate).where(Advocate.email == email))
    if known is not None:
        if known.role is not Role.ADVOCATE:
            raise NotAllowed("That address belongs to a staff account; it cannot take part at a kiosk.")
        return {"advocate_uid": known.uid, "created": False, "referral_code": known.referral_code}
    visitor = advocates.create(
        c.session,
        advocates.NewAdvocate(
            email=email,
            name=p.name,
            company=p.company,
            consent_contact=p.consent_contact,
            consent_publish_name=p.consent_publish_name,
        ),
        c.now,
        actor_id=c.actor.id,
    )
    uid = derived_uid(c.mutation_id, UidRole.ADVOCATE)
    assert uid is not None
    visitor.uid = uid
    proposed = rules.member_code(p.referral_code or "")
    taken = proposed and c.session.scalar(select(Advocate.id).where(Advocate.referral_code == proposed))
    if proposed and not taken:
        visitor.referral_code = proposed
    return {"advocate_uid": uid, "created": True, "referral_code": visitor.referral_code}


def _visitor(session: Session, p: KioskComplete) -> Advocate:
    if p.visitor_email:
        said = f"the email {p.visitor_email.strip().lower()}"
        where = Advocate.email == p.visitor_email.strip().lower()
    elif p.visitor_code:
        said = f"the code {normalise_code(p.visitor_code)}"
        where = Advocate.referral_code == normalise_code(p.visitor_code)
    else:
        raise ValidationError("Say who the visitor is: their email or their code.", field="visitor_email")
    visitor = session.scalar(select(Advocate).where(where, Advocate.role == Role.ADVOCATE))
    if visitor is None:
        raise NotFound(f"No member has {said}, so this was not recorded; they can join at the kiosk and do it again.")
    return visitor


def _complete(c: Context, p: KioskComplete) -> dict[str, Any]:
    visitor = _visitor(c.session, p)
    challenge = c.session.scalar(select(Challenge).where(Challenge.uid == p.challenge_uid))
    if challenge is None:
        raise NotFound(f"There is no challenge {p.challenge_uid}.")
    # Two kiosks of one event may serve the same visitor at once: one check-in each would be one too many.
    c.session.scalars(
        select(AdvocateTotals.advocate_id).where(AdvocateTotals.advocate_id == visitor.id).with_for_update()
    ).first()
    rules.require_allowed(c.session, challenge=challenge, advocate_id=visitor.id, event_code=c.actor.kiosk_event or "")
    outcome = submissions.submit(
        c.session,
        advocate_id=visitor.id,
        challenge_id=challenge.id,
        proof=p.proof,
        disclosure_acknowledged=p.disclosure_acknowledged,
        now=c.now,
        mutation_id=c.mutation_id,
    )
    earned = outcome.posted.entry.points if outcome.posted is not None else 0
    return {
        "submission_uid": outcome.submission.uid,
        "status": outcome.submission.status.value,
        "points": earned,
        "advocate_uid": visitor.uid,
    }


KIOSK_KINDS: dict[str, tuple[type[KioskPayload], Callable[[Context, Any], dict[str, Any]]]] = {
    JOIN: (KioskJoin, _join),
    COMPLETE: (KioskComplete, _complete),
}
"""Merged into ``apply.KINDS`` as kiosk-only kinds."""
