"""What a kiosk does for a visitor: the local effect and its outbox row, in one transaction.

A kiosk's own database may not know the visitor (it only pulls what anyone may see of other people), so each
mutation names the visitor by email or code and the server finds them. Rows created here take uids derived from
the mutation id, as the server's copies will.

The kiosk may therefore hold a row of its own for someone the program already has: a member who joined again
with their address, or a code typed or scanned offline. The server's answer names the member (``settle``), and the
kiosk's row takes over the member's uid and their pulled copy, so each person is one row on the kiosk too.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from advocate_hub.core.domain.enums import Role as AdvocateRole
from advocate_hub.core.domain.errors import ValidationError
from advocate_hub.core.domain.proof import check_email
from advocate_hub.core.kiosk import rules
from advocate_hub.core.services import advocates, submissions
from advocate_hub.core.services.access import get
from advocate_hub.core.store.models import (
    Advocate,
    AdvocateBadge,
    AdvocateGroup,
    AdvocateTotals,
    AuditEntry,
    Challenge,
    Decline,
    LedgerEntry,
    Redemption,
    Referral,
    ScoreTotal,
    Submission,
)
from advocate_hub.core.sync import outbox
from advocate_hub.core.sync.identity import Role, derived_uid, new_mutation_id

JOIN = "kiosk.join"
COMPLETE = "kiosk.complete"
PLACEHOLDER_DOMAIN = ".invalid"
"""Rows of people the kiosk knows only by name or code carry a made-up address under this domain."""

_OWNED: tuple[InstrumentedAttribute[int], ...] = (
    Submission.advocate_id,
    Decline.advocate_id,
    LedgerEntry.advocate_id,
    Redemption.advocate_id,
    Referral.referrer_id,
)
"""What the kiosk did for a visitor: it follows the visitor's row when two rows turn out to be one person."""
_PULLED: tuple[InstrumentedAttribute[int], ...] = (
    AdvocateTotals.advocate_id,
    ScoreTotal.advocate_id,
    AdvocateBadge.advocate_id,
    AdvocateGroup.advocate_id,
)
"""Totals, board rows and memberships: the server's (pulled) ones, where the kiosk has them, win over its guesses."""
_ACTED: tuple[InstrumentedAttribute[int | None], ...] = (
    Submission.decided_by,
    Redemption.decided_by,
    AuditEntry.actor_id,
    Challenge.created_by,
)


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
        if known.role is not AdvocateRole.ADVOCATE:
            raise ValidationError("That address belongs to a staff account; use another one.", field="email")
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
            "referral_code": visitor.referral_code,
        },
        now=now,
    )
    return visitor


def visitor_key(visitor: Advocate) -> dict[str, str]:
    """How the server will find the visitor: their email when this kiosk knows it, else their code."""
    if visitor.email and not visitor.email.endswith(PLACEHOLDER_DOMAIN):
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


def settle(session: Session, *, kind: str, mutation_id: str, result: dict[str, Any] | None) -> None:
    """Fold the server's answer to a kiosk mutation into the kiosk's row of the visitor it named.

    The server names the member it found; when that is not the kiosk's row, the kiosk's row takes the member's uid
    (and absorbs the pulled copy of the member, if the kiosk had one), and a join's answer brings the member's code.
    """
    if not result or kind not in {JOIN, COMPLETE}:
        return
    if kind == JOIN:
        local = session.scalar(select(Advocate).where(Advocate.uid == derived_uid(mutation_id, Role.ADVOCATE)))
    else:
        submission = session.scalar(
            select(Submission).where(Submission.uid == derived_uid(mutation_id, Role.SUBMISSION))
        )
        local = session.get(Advocate, submission.advocate_id) if submission is not None else None
    if local is None:
        return
    member_uid = str(result.get("advocate_uid") or "")
    if member_uid and member_uid != local.uid:
        twin = session.scalar(select(Advocate).where(Advocate.uid == member_uid))
        if twin is not None:
            _absorb(session, keep=local, drop=twin)
        local.uid = member_uid
    code = rules.member_code(str(result.get("referral_code") or ""))
    if code and code != local.referral_code:
        holder = session.scalar(select(Advocate).where(Advocate.referral_code == code, Advocate.id != local.id))
        if holder is not None:
            _absorb(session, keep=local, drop=holder)
        local.referral_code = code
    session.flush()


def _absorb(session: Session, *, keep: Advocate, drop: Advocate) -> None:
    """Make ``keep`` the only row of a person the kiosk held twice, and delete ``drop``."""
    session.flush()
    pulled = [column for column in _PULLED if session.scalar(select(column).where(column == drop.id).limit(1))]
    for column in pulled:
        session.execute(delete(column.class_).where(column == keep.id))
    moved: tuple[InstrumentedAttribute[Any], ...] = (*pulled, *_OWNED, *_ACTED)
    for column in moved:
        session.execute(
            update(column.class_).where(column == drop.id).values({column.key: keep.id}),
            execution_options={"synchronize_session": False},
        )
    name, email = drop.name, drop.email
    session.execute(delete(Advocate).where(Advocate.id == drop.id), execution_options={"synchronize_session": False})
    session.expunge(drop)
    session.expire_all()
    if name:
        keep.name = name
    if keep.email.endswith(PLACEHOLDER_DOMAIN) and not email.endswith(PLACEHOLDER_DOMAIN):
        keep.email = email
    session.flush()
