"""What a kiosk may offer and the one rule that is the kiosk's own: a single check-in per event and person.

Shared by the kiosk (to refuse at once, offline) and the server (which has the final word), so both say the same.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import SubmissionStatus
from advocate_hub.core.domain.errors import NotEligible
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.referral_codes import ALPHABET, CODE_LENGTH, normalise_code
from advocate_hub.core.store.models import Challenge, Submission

QUICK_KINDS = frozenset(
    {
        ChallengeKind.EVENT_CHECKIN,
        ChallengeKind.SURVEY,
        ChallengeKind.QUIZ,
        ChallengeKind.TESTIMONIAL,
        ChallengeKind.REFERRAL,
    }
)
"""The kinds a visitor can finish at a booth in a minute (a survey is the kiosk's poll)."""

ALREADY_CHECKED_IN = "already_checked_in"
NOT_THIS_EVENT = "not_this_event"
NOT_QUICK = "not_quick"


_CODE_SHAPE = re.compile(rf"[0-9A-Za-z]{{{CODE_LENGTH // 2}}}[- ]?[0-9A-Za-z]{{{CODE_LENGTH // 2}}}")
"""Eight letters and digits, perhaps split in two halves: a name typed by mistake ("Not a code") is not a code."""
LINK_MARK = "/r/"
"""Referral links end in ``/r/CODE?promo=CODE``: a scanned QR code of one identifies its member."""


def member_code(text: str) -> str:
    """The member code in what was typed or scanned (a code, or a referral link), or '' when it is not one.

    Only the exact shape of a code counts, so a typo of the wrong length is caught at the booth, not by the server.
    """
    typed = text.strip()
    if LINK_MARK in typed:
        typed = typed.rsplit(LINK_MARK, 1)[1].split("?", 1)[0].split("/", 1)[0]
    if not _CODE_SHAPE.fullmatch(typed):
        return ""
    code = normalise_code(typed)
    return code if all(char in ALPHABET for char in code) else ""


def same_code(a: object, b: object) -> bool:
    return str(a or "").strip().upper() == str(b or "").strip().upper()


def event_of(challenge: Challenge) -> str:
    """The event code of a check-in challenge ('' for other kinds)."""
    if challenge.kind is not ChallengeKind.EVENT_CHECKIN:
        return ""
    return str(challenge.config.get("code") or "").strip().upper()


def offered_at(challenge: Challenge, event_code: str) -> bool:
    """Whether a kiosk serving ``event_code`` may offer ``challenge`` at all (a check-in only of its own event)."""
    if challenge.kind not in QUICK_KINDS:
        return False
    return challenge.kind is not ChallengeKind.EVENT_CHECKIN or same_code(event_of(challenge), event_code)


def checked_in(session: Session, advocate_id: int, event_code: str) -> bool:
    """Whether the person already has a check-in (not rejected) at this event, whichever challenge it was."""
    query = (
        select(Challenge.config)
        .join(Submission, Submission.challenge_id == Challenge.id)
        .where(
            Submission.advocate_id == advocate_id,
            Challenge.kind == ChallengeKind.EVENT_CHECKIN,
            Submission.status != SubmissionStatus.REJECTED,
        )
    )
    return any(same_code(config.get("code"), event_code) for config in session.scalars(query))


def require_allowed(session: Session, *, challenge: Challenge, advocate_id: int, event_code: str) -> None:
    """Refuse, with a sentence a visitor understands, a challenge this kiosk must not take."""
    if challenge.kind not in QUICK_KINDS:
        raise NotEligible("That challenge cannot be done at the kiosk; open the app to take it on.", reason=NOT_QUICK)
    if not offered_at(challenge, event_code):
        raise NotEligible("That check-in belongs to another event.", reason=NOT_THIS_EVENT)
    if challenge.kind is ChallengeKind.EVENT_CHECKIN and checked_in(session, advocate_id, event_code):
        raise NotEligible(
            "You are already checked in at this event. Thanks for stopping by again!", reason=ALREADY_CHECKED_IN
        )
