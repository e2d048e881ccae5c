"""What a kiosk does for a visitor: the local effect and its outbox row, in one transaction.

A kiosk's own database may not know the visitor (it only pulls what anyone may see of other people), so each
mutation names the visitor by email or code and the server finds them. Rows created here take uids derived from
the mutation id, as the server's copies will.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.proof import check_email
from advocate_hub.core.kiosk import rules
from advocate_hub.core.services import advocates, submissions
from advocate_hub.core.services.access import get
from advocate_hub.core.store.models import Advocate, Challenge
from advocate_hub.core.sync import outbox
from advocate_hub.core.sync.identity import Role, derived_uid, new_mutation_id

JOIN = "kiosk.join"
COMPLETE = "kiosk.complete"


def join(
    session: Session,
    *,
    email: str,
    name: str,
    company: str,
    consent_contact: bool,
    consent_publish_name: bool,
    now: datetime,
) -> Advocate:
    """A new visitor joins at the booth; someone this kiosk already has is simply returned, with nothing queued."""
    address = check_email(email)
    known = session.scalar(select(Advocate).where(Advocate.email == address))
    if known is not None:
        return known
    mutation_id = new_mutation_id()
    visitor = advocates.create(
        session,
        advocates.NewAdvocate(
            email=address,
            name=name,
            company=company,
            consent_contact=consent_contact,
            consent_publish_name=consent_publish_name,
        ),
        now,
    )
    uid = derived_uid(mutation_id, Role.ADVOCATE)
    assert uid is not None
    visitor.uid = uid
    outbox.record(
        session,
        mutation_id=mutation_id,
        kind=JOIN,
        payload={
            "email": visitor.email,
            "name": visitor.name,
            "company": visitor.company,
            "consent_contact": consent_contact,
            "consent_publish_name": consent_publish_name,
        },
        now=now,
    )
    return visitor


def visitor_key(visitor: Advocate) -> dict[str, str]:
    """How the server will find the visitor: their email when this kiosk knows it, else their code."""
    if visitor.email and not visitor.email.endswith(".invalid"):
        return {"visitor_email": visitor.email}
    return {"visitor_code": visitor.referral_code}


def complete(
    session: Session,
    *,
    visitor_id: int,
    challenge_id: int,
    proof: dict[str, Any],
    event_code: str,
    now: datetime,
    disclosure_acknowledged: bool = False,
) -> submissions.Outcome:
    """Submit a quick challenge for the visitor; refused (nothing written) if the kiosk may not take it."""
    challenge = get(session, Challenge, challenge_id, "challenge")
    visitor = get(session, Advocate, visitor_id, "visitor")
    rules.require_allowed(session, challenge=challenge, advocate_id=visitor_id, event_code=event_code)
    mutation_id = new_mutation_id()
    outcome = submissions.submit(
        session,
        advocate_id=visitor_id,
        challenge_id=challenge_id,
        proof=proof,
        disclosure_acknowledged=disclosure_acknowledged,
        now=now,
        mutation_id=mutation_id,
    )
    outbox.record(
        session,
        mutation_id=mutation_id,
        kind=COMPLETE,
        payload={
            **visitor_key(visitor),
            "challenge_uid": challenge.uid,
            "proof": outcome.submission.proof,
            "disclosure_acknowledged": disclosure_acknowledged,
        },
        now=now,
    )
    return outcome
