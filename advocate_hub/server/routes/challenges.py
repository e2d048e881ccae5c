"""The challenge catalog: everyone signed in reads it, moderators add to it."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar

from fastapi import APIRouter, HTTPException
from sqlalchemy import select

from advocate_hub.core.clock import utc_now
from advocate_hub.core.domain.challenges import ChallengeDraft
from advocate_hub.core.domain.enums import Barrier, ProofType
from advocate_hub.core.domain.kinds import parse_kind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services import challenges
from advocate_hub.core.store.models import Challenge
from advocate_hub.server.deps import Db, Manager, Person, domain_errors
from advocate_hub.server.schemas import ChallengeIn, ChallengeOut, Problem

router = APIRouter(prefix="/challenges", tags=["challenges"])

E = TypeVar("E", bound=Enum)


def out(challenge: Challenge) -> ChallengeOut:
    return ChallengeOut(
        uid=challenge.uid,
        title=challenge.title,
        description=challenge.description,
        kind=challenge.kind.value,
        barrier=challenge.barrier.value,
        points=challenge.points,
        starts_at=challenge.starts_at,
        expires_at=challenge.expires_at,
        max_per_advocate=challenge.max_per_advocate,
        min_tier=challenge.min_tier.value,
        auto_approve=challenge.auto_approve,
        disclosure_required=challenge.disclosure_required,
        proof_type=challenge.proof_type.value,
        config=challenge.config,
        archived_at=challenge.archived_at,
    )


def _choice(enum: type[E], value: str | None, field: str) -> E | None:
    if value is None:
        return None
    try:
        return enum(value)
    except ValueError:
        known = ", ".join(str(member.value) for member in enum)
        raise HTTPException(status_code=422, detail=f"{field}: {value!r} is not one of {known}.") from None


@router.get("")
def list_challenges(_caller: Person, db: Db) -> list[ChallengeOut]:
    """Challenges that are not archived, newest first."""
    with db.read() as session:
        rows = session.scalars(
            select(Challenge).where(Challenge.archived_at.is_(None)).order_by(Challenge.id.desc()).limit(1_000)
        )
        return [out(row) for row in rows]


@router.post("", status_code=201, responses={403: {"model": Problem}, 422: {"model": Problem}})
def create_challenge(body: ChallengeIn, caller: Manager, db: Db) -> ChallengeOut:
    now = utc_now()
    tiers = [_choice(Tier, tier, "audience_tiers") for tier in body.audience_tiers]
    with domain_errors():
        draft = ChallengeDraft(
            title=body.title,
            kind=parse_kind(body.kind),
            points=body.points,
            starts_at=body.starts_at or now,
            description=body.description,
            expires_at=body.expires_at,
            barrier=_choice(Barrier, body.barrier, "barrier"),
            proof_type=_choice(ProofType, body.proof_type, "proof_type"),
            auto_approve=body.auto_approve,
            disclosure_required=body.disclosure_required,
            max_per_advocate=body.max_per_advocate,
            min_tier=_choice(Tier, body.min_tier, "min_tier"),
            audience_tiers=frozenset(tier for tier in tiers if tier is not None),
            audience_groups=frozenset(body.audience_groups),
            config=body.config,
        )
        with db.write() as session:
            challenge = challenges.create(session, actor_id=caller.id, draft=draft, now=now)
        return out(challenge)
