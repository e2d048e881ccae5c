"""A visitor's time at the kiosk: finding them, joining, the quick challenges open to them, completing one.

Everything a visitor does is queued for the server through ``core.sync.kiosk_actions``; the checks here run first
so a visitor hears "no" at once, offline, with nothing written.

A kiosk holds no directory of members: it pulls only what anyone may see (names on boards), so an email or code it
has never met means nothing to it. A well-formed member code it does not know still signs the visitor in, as a
nameless *stand-in* row holding just that code: what they do is queued against the code, the server resolves it on
push (or refuses it, named in the sync report, when no member has it) and the kiosk's row becomes that member's.
An unknown email is a join instead, which the server likewise maps to the member who already has it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import AdvocateStatus, Period, Role, SubmissionStatus
from advocate_hub.core.domain.errors import NotEligible, ValidationError
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.referral_codes import referral_link
from advocate_hub.core.kiosk import rules
from advocate_hub.core.queries.challenges import ChallengeItem, ChallengeState, list_for
from advocate_hub.core.services import ledger, submissions
from advocate_hub.core.services.settings import load_rules
from advocate_hub.core.store.leaderboard import BoardKey, BoardRow, page, shown_people
from advocate_hub.core.store.models import Advocate, Challenge, ScoreTotal, Submission
from advocate_hub.core.sync import kiosk_actions
from advocate_hub.core.sync.kiosk_actions import PLACEHOLDER_DOMAIN

STAND_IN_DOMAIN = "kiosk" + PLACEHOLDER_DOMAIN
BOARD_SIZE = 10


@dataclass(frozen=True, slots=True)
class Visitor:
    id: int
    name: str
    """'' for a member the kiosk knows only by the code they typed or scanned (until the server names them)."""
    email: str
    referral_code: str


@dataclass(frozen=True, slots=True)
class JoinForm:
    """What a new visitor fills in; ``agree_to_join`` is the required box, the two others are optional."""

    name: str
    email: str
    company: str = ""
    agree_to_join: bool = False
    consent_contact: bool = False
    consent_publish_name: bool = False


@dataclass(frozen=True, slots=True)
class Featured:
    id: int
    title: str
    kind: ChallengeKind
    points: int


@dataclass(frozen=True, slots=True)
class EventBoard:
    rows: list[BoardRow]
    at_event: bool
    """True when the rows are the people checked in at this event; False for the program's board instead."""


def _visitor(advocate: Advocate) -> Visitor:
    email = "" if advocate.email.endswith(PLACEHOLDER_DOMAIN) else advocate.email
    return Visitor(advocate.id, advocate.name, email, advocate.referral_code)


def find_visitor(session: Session, text: str) -> Visitor | None:
    """The person behind a typed email address, or a typed or scanned code or referral link, if the kiosk knows them."""
    typed = text.strip()
    if "@" in typed and rules.LINK_MARK not in typed:
        if typed.lower().endswith(PLACEHOLDER_DOMAIN):
            return None
        where = Advocate.email == typed.lower()
    elif code := rules.member_code(typed):
        where = Advocate.referral_code == code
    else:
        return None
    found = session.scalar(select(Advocate).where(where, Advocate.role == Role.ADVOCATE))
    return None if found is None else _visitor(found)


def sign_in(session: Session, *, text: str, now: datetime) -> Visitor | None:
    """Find the visitor; a well-formed member code the kiosk does not know yet signs them in as a stand-in.

    None means: not a member code, or an email the kiosk does not know (the visitor joins, see ``join``).
    """
    found = find_visitor(session, text)
    code = rules.member_code(text) if "@" not in text else ""
    if found is not None or not code:
        return found
    stand_in = Advocate(
        email=f"{code.lower()}@{STAND_IN_DOMAIN}",
        name="",
        company="",
        language="en",
        role=Role.ADVOCATE,
        status=AdvocateStatus.ACTIVE,
        referral_code=code,
        consent_publish_name=False,
        consent_contact=False,
        opted_out_kinds=[],
        created_at=now,
        updated_at=now,
    )
    session.add(stand_in)
    session.flush()
    ledger.open_account(session, stand_in)
    return _visitor(stand_in)


def join(session: Session, *, form: JoinForm, now: datetime) -> Visitor:
    """Add a visitor to the program (queued for the server); refused, with nothing written, without their consent."""
    if not form.agree_to_join:
        raise ValidationError(
            "Tick the box to agree to join the program and for your details to be stored.", field="agree_to_join"
        )
    visitor = kiosk_actions.join(
        session,
        email=form.email,
        name=form.name,
        company=form.company,
        consent_contact=form.consent_contact,
        consent_publish_name=form.consent_publish_name,
        now=now,
    )
    if visitor.status is not AdvocateStatus.ACTIVE:
        raise NotEligible("Your membership is not active; ask at the booth.", reason="not_active")
    return _visitor(visitor)


def quick_challenges(session: Session, *, advocate_id: int, event_code: str, now: datetime) -> list[ChallengeItem]:
    """The quick challenges open to the visitor now: check-in (this event's, until done), poll, quiz, testimonial,
    referral."""
    done = rules.checked_in(session, advocate_id, event_code)
    checkins = session.scalars(select(Challenge).where(Challenge.kind == ChallengeKind.EVENT_CHECKIN))
    this_event = set() if done else {c.id for c in checkins if rules.offered_at(c, event_code)}
    picked: list[ChallengeItem] = []
    for item in list_for(session, advocate_id=advocate_id, now=now):
        if item.state is not ChallengeState.OPEN or item.kind not in rules.QUICK_KINDS:
            continue
        if item.kind is ChallengeKind.EVENT_CHECKIN and item.id not in this_event:
            continue
        picked.append(item)
    return sorted(picked, key=lambda item: (item.kind is not ChallengeKind.EVENT_CHECKIN, -item.points, item.title))


@dataclass(frozen=True, slots=True)
class VisitorHome:
    challenges: list[ChallengeItem]
    checked_in: bool
    continue_link: str
    """The visitor's own referral link: as a QR code, it takes them to the program on their phone."""


def visitor_home(session: Session, *, advocate_id: int, event_code: str, now: datetime) -> VisitorHome:
    """What the visitor's home screen shows, read in one transaction."""
    visitor = session.get(Advocate, advocate_id)
    link = referral_link(load_rules(session).referral_base_url, visitor.referral_code) if visitor else ""
    return VisitorHome(
        quick_challenges(session, advocate_id=advocate_id, event_code=event_code, now=now),
        rules.checked_in(session, advocate_id, event_code),
        link,
    )


def complete(
    session: Session,
    *,
    advocate_id: int,
    challenge_id: int,
    proof: dict[str, Any],
    event_code: str,
    now: datetime,
    disclosure_acknowledged: bool = False,
) -> submissions.Outcome:
    """Complete a quick challenge for the visitor (queued for the server)."""
    return kiosk_actions.complete(
        session,
        visitor_id=advocate_id,
        challenge_id=challenge_id,
        proof=proof,
        event_code=event_code,
        now=now,
        disclosure_acknowledged=disclosure_acknowledged,
    )


def check_in(
    session: Session, *, advocate_id: int, challenge_id: int, event_code: str, now: datetime
) -> submissions.Outcome:
    """One tap: check the visitor in at this event, once; a second time is refused kindly."""
    return complete(
        session,
        advocate_id=advocate_id,
        challenge_id=challenge_id,
        proof={"code": event_code},
        event_code=event_code,
        now=now,
    )


def featured(session: Session, *, event_code: str, now: datetime, limit: int = 4) -> list[Featured]:
    """The quick challenges running now, for the attract screen: this event's check-in first, then by points."""
    rows = session.scalars(
        select(Challenge).where(
            Challenge.archived_at.is_(None),
            Challenge.starts_at <= now,
            Challenge.kind.in_(rules.QUICK_KINDS),
        )
    )
    open_now = [c for c in rows if (c.expires_at is None or c.expires_at > now) and rules.offered_at(c, event_code)]
    open_now.sort(key=lambda c: (c.kind is not ChallengeKind.EVENT_CHECKIN, -c.points, c.title))
    return [Featured(c.id, c.title, c.kind, c.points) for c in open_now[:limit]]


def event_board(session: Session, *, event_code: str, now: datetime) -> EventBoard:
    """The all-time top 10 of the people checked in at this event, or the program's top 10 before anyone is.

    The screen faces the whole booth, so a visitor who did not tick "You may show my name" is shown by alias, like
    on every board. Stand-ins (nameless until the server names them) are left out: they may be someone on the board.
    """
    key = BoardKey(Period.ALL, now)
    checked_in = (
        select(Submission.advocate_id, Challenge.config)
        .join(Challenge, Challenge.id == Submission.challenge_id)
        .where(Challenge.kind == ChallengeKind.EVENT_CHECKIN, Submission.status != SubmissionStatus.REJECTED)
    )
    candidates = {who for who, config in session.execute(checked_in) if rules.same_code(config.get("code"), event_code)}
    not_stand_in = Advocate.name != ""
    if not candidates:
        top = page(session, key, limit=BOARD_SIZE)
        ids = [row.advocate_id for row in top]
        named = set(session.scalars(select(Advocate.id).where(Advocate.id.in_(ids), not_stand_in)))
        return EventBoard([row for row in top if row.advocate_id in named], at_event=False)
    scores = session.execute(
        select(ScoreTotal.advocate_id, ScoreTotal.points)
        .join(Advocate, Advocate.id == ScoreTotal.advocate_id)
        .where(*key.filters(), ScoreTotal.advocate_id.in_(candidates), not_stand_in)
        .order_by(ScoreTotal.points.desc(), ScoreTotal.advocate_id.desc())
        .limit(BOARD_SIZE)
    ).all()
    people = shown_people(session, [advocate_id for advocate_id, _ in scores])
    rows: list[BoardRow] = []
    for position, (advocate_id, points) in enumerate(scores, start=1):
        rank = rows[-1].rank if rows and rows[-1].points == points else position
        name, tier, label = people[advocate_id]
        rows.append(BoardRow(rank, advocate_id, name, tier, points, label))
    return EventBoard(rows, at_event=True)
