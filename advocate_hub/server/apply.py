"""Applying pushed mutations: each kind maps to a core use case, run at most once per mutation id.

A push is applied in ONE transaction (one commit, one fsync, one change-feed append for the whole batch), each
mutation inside its own savepoint: the ``applied_mutations`` row and the effect are written together, so an
effect exists if and only if its row does. A use case that says no rolls back to its savepoint and the rejection
is recorded in the same transaction, so a resend gets the same answer and the queue moves on. The pushing
account's totals row is locked first, so two deliveries of the same push are serialised and the second sees the
first's stored outcomes (``duplicate``). Should the batch still break a constraint (a twin from another account,
say), it is rolled back whole and applied again one mutation per transaction, where the loser of a race answers
with the winner's stored outcome. Payloads never carry points or timestamps: the server takes points from its own
challenge and reward rows, and "now" from its own clock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar, cast

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PayloadError
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from advocate_hub.core.clock import utc_now
from advocate_hub.core.domain.challenges import draft_from_json
from advocate_hub.core.domain.enums import AdvocateStatus, LedgerKind, ReferralStage, Role
from advocate_hub.core.domain.errors import AdvocateHubError, NotAllowed, NotEligible, NotFound
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.services import advocates, challenges, points, referrals, rewards, submissions
from advocate_hub.core.services.access import MANAGERS
from advocate_hub.core.store.models import (
    Advocate,
    AdvocateTotals,
    Base,
    Challenge,
    LedgerEntry,
    Redemption,
    Referral,
    Reward,
    Submission,
)
from advocate_hub.core.store.server_models import AppliedMutation, SyncClient
from advocate_hub.core.sync.identity import Role as IdentityRole
from advocate_hub.core.sync.identity import derived_uid
from advocate_hub.server import erasure
from advocate_hub.server.db import ServerDatabase
from advocate_hub.server.kiosk import KIOSK_KINDS

log = logging.getLogger(__name__)

UID_CACHE_KEY = "uid_ids"
DECLINE_KIND = "decline.create"
APPLIED = "applied"
DUPLICATE = "duplicate"
REJECTED = "rejected"


class ClientOfAnotherAccount(Exception):
    """The client id was first used by another account: the whole push is refused (HTTP 403)."""


@dataclass(frozen=True, slots=True)
class Outcome:
    mutation_id: str
    status: str
    result: dict[str, Any] | None = None
    reason: str | None = None
    message: str | None = None


class Rejection(Exception):
    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


# ---- payloads ------------------------------------------------------------------------------------------------


class Payload(BaseModel):
    """Fields a kind does not define (``points``, ``role``, a timestamp) make the mutation invalid."""

    model_config = ConfigDict(extra="forbid", strict=True)


class SubmissionCreate(Payload):
    challenge_uid: str = Field(max_length=36)
    proof: dict[str, Any] = Field(default_factory=dict)
    disclosure_acknowledged: bool = False


class SubmissionResubmit(Payload):
    submission_uid: str = Field(max_length=36)
    proof: dict[str, Any] = Field(default_factory=dict)
    disclosure_acknowledged: bool = False


class DeclineCreate(Payload):
    challenge_uid: str = Field(max_length=36)
    reason: str = Field(default="", max_length=2_000)


class RedemptionCreate(Payload):
    reward_uid: str = Field(max_length=36)


class ProfileUpdate(Payload):
    name: str = Field(max_length=200)
    company: str = Field(default="", max_length=200)
    language: str = Field(default="en", max_length=16)
    consent_publish_name: bool = False
    consent_contact: bool = False
    opted_out_kinds: list[str] = Field(default_factory=list, max_length=20)


class Empty(Payload):
    pass


class SubmissionApprove(Payload):
    submission_uid: str = Field(max_length=36)
    note: str = Field(default="", max_length=2_000)


class SubmissionReject(Payload):
    submission_uid: str = Field(max_length=36)
    reason: str = Field(max_length=2_000)


class SubmissionChanges(Payload):
    submission_uid: str = Field(max_length=36)
    note: str = Field(max_length=2_000)


class RedemptionFulfil(Payload):
    redemption_uid: str = Field(max_length=36)
    note: str = Field(default="", max_length=2_000)


class RedemptionCancel(Payload):
    redemption_uid: str = Field(max_length=36)
    reason: str = Field(max_length=2_000)


class ReferralMove(Payload):
    referral_uid: str = Field(max_length=36)
    stage: ReferralStage = Field(strict=False)
    deal_value_cents: int | None = Field(default=None, ge=0)


class AdvocateStatusChange(Payload):
    advocate_uid: str = Field(max_length=36)
    status: AdvocateStatus = Field(strict=False)


class ChallengeCreate(Payload):
    draft: dict[str, Any]


class ChallengeUpdate(Payload):
    challenge_uid: str = Field(max_length=36)
    draft: dict[str, Any]


class ChallengeReschedule(Payload):
    challenge_uid: str = Field(max_length=36)
    starts_at: datetime = Field(strict=False)
    expires_at: datetime | None = Field(default=None, strict=False)


class ChallengeRef(Payload):
    challenge_uid: str = Field(max_length=36)


class RewardCreate(Payload):
    draft: dict[str, Any]


class RewardUpdate(Payload):
    reward_uid: str = Field(max_length=36)
    draft: dict[str, Any]


class RewardActive(Payload):
    reward_uid: str = Field(max_length=36)
    active: bool


class AdvocateNominate(Payload):
    name: str = Field(max_length=200)
    email: str = Field(max_length=320)
    company: str = Field(default="", max_length=200)


class AdvocateErase(Payload):
    advocate_uid: str = Field(max_length=36)
    reason: str = Field(max_length=2_000)


class PointsAdjust(Payload):
    advocate_uid: str = Field(max_length=36)
    points: int
    reason: str = Field(max_length=2_000)


class PointsReverse(Payload):
    entry_uid: str = Field(max_length=36)
    reason: str = Field(max_length=2_000)


# ---- handlers ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Context:
    session: Session
    actor: Advocate
    now: datetime
    mutation_id: str


RowT = TypeVar("RowT", bound=Base)
SetResults = dict[str, dict[str, Any] | AdvocateHubError]
"""Per mutation id: its result, or the domain error that rejects it."""
SetHandler = Callable[[Session, Advocate, datetime, list[tuple["Pushed", BaseModel]]], SetResults]
"""Applies many mutations of one kind at once, each already checked against its payload model."""


def _by_uid(session: Session, model: type[RowT], uid: str, label: str) -> RowT:
    """The row with ``uid``. A push resolves the same few uids again and again; the session keeps the rows it found
    (its identity map holds them only weakly, so they would be loaded again)."""
    known: dict[tuple[type[Base], str], Base] = session.info.setdefault(UID_CACHE_KEY, {})
    found = known.get((model, uid))
    if found is not None and found in session:
        return found  # type: ignore[return-value]
    row = session.scalar(select(model).where(model.uid == uid))  # type: ignore[attr-defined]
    if row is None:
        raise NotFound(f"There is no {label} {uid}.")
    known[(model, uid)] = row
    return row


def _submission_create(c: Context, p: SubmissionCreate) -> dict[str, Any]:
    challenge = _by_uid(c.session, Challenge, p.challenge_uid, "challenge")
    outcome = submissions.submit(
        c.session,
        advocate_id=c.actor.id,
        challenge_id=challenge.id,
        proof=p.proof,
        disclosure_acknowledged=p.disclosure_acknowledged,
        now=c.now,
        mutation_id=c.mutation_id,
    )
    earned = outcome.posted.entry.points if outcome.posted is not None else 0
    return {"submission_uid": outcome.submission.uid, "status": outcome.submission.status.value, "points": earned}


def _submission_resubmit(c: Context, p: SubmissionResubmit) -> dict[str, Any]:
    submission = _by_uid(c.session, Submission, p.submission_uid, "submission")
    row = submissions.resubmit(
        c.session,
        advocate_id=c.actor.id,
        submission_id=submission.id,
        proof=p.proof,
        disclosure_acknowledged=p.disclosure_acknowledged,
        now=c.now,
    )
    return {"submission_uid": row.uid, "status": row.status.value}


def _decline_create(c: Context, p: DeclineCreate) -> dict[str, Any]:
    challenge = _by_uid(c.session, Challenge, p.challenge_uid, "challenge")
    row = submissions.decline(
        c.session,
        advocate_id=c.actor.id,
        challenge_id=challenge.id,
        reason=p.reason,
        now=c.now,
        mutation_id=c.mutation_id,
    )
    return {"decline_uid": row.uid}


def _declines(session: Session, actor: Advocate, now: datetime, batch: list[tuple[Pushed, BaseModel]]) -> SetResults:
    """Many ``decline.create`` at once: the challenges resolved with one query, the declines one insert; a decline
    of an unknown challenge is answered as ``_decline_create`` answers it."""
    payloads = [(mutation, cast(DeclineCreate, payload)) for mutation, payload in batch]
    wanted = sorted({payload.challenge_uid for _m, payload in payloads})
    challenge_ids = dict(session.execute(select(Challenge.uid, Challenge.id).where(Challenge.uid.in_(wanted))).all())
    requests = [
        submissions.DeclineRequest(challenge_ids[p.challenge_uid], p.reason, m.mutation_id)
        for m, p in payloads
        if p.challenge_uid in challenge_ids
    ]
    uids = iter(submissions.decline_many(session, advocate_id=actor.id, requests=requests, now=now))
    return {
        mutation.mutation_id: {"decline_uid": next(uids)}
        if payload.challenge_uid in challenge_ids
        else NotFound(f"There is no challenge {payload.challenge_uid}.")
        for mutation, payload in payloads
    }


def _redemption_create(c: Context, p: RedemptionCreate) -> dict[str, Any]:
    reward = _by_uid(c.session, Reward, p.reward_uid, "reward")
    redemption, posted = rewards.redeem(
        c.session, advocate_id=c.actor.id, reward_id=reward.id, now=c.now, mutation_id=c.mutation_id
    )
    return {"redemption_uid": redemption.uid, "cost": redemption.cost, "balance": posted.balance}


def _profile_update(c: Context, p: ProfileUpdate) -> dict[str, Any]:
    try:
        kinds = frozenset(ChallengeKind(kind) for kind in p.opted_out_kinds)
    except ValueError:
        raise Rejection("invalid", "opted_out_kinds names an unknown challenge kind.") from None
    update = advocates.ProfileUpdate(
        name=p.name,
        company=p.company,
        language=p.language,
        consent_publish_name=p.consent_publish_name,
        consent_contact=p.consent_contact,
        opted_out_kinds=kinds,
    )
    advocate = advocates.update_profile(c.session, c.actor.id, update, c.now)
    return {"advocate_uid": advocate.uid}


def _opt_out(c: Context, _p: Empty) -> dict[str, Any]:
    return {"status": advocates.opt_out(c.session, c.actor.id, c.now).status.value}


def _rejoin(c: Context, _p: Empty) -> dict[str, Any]:
    return {"status": advocates.rejoin(c.session, c.actor.id, c.now).status.value}


def _approve(c: Context, p: SubmissionApprove) -> dict[str, Any]:
    submission = _by_uid(c.session, Submission, p.submission_uid, "submission")
    outcome = submissions.approve(
        c.session,
        actor_id=c.actor.id,
        submission_id=submission.id,
        thank_you=p.note,
        now=c.now,
        mutation_id=c.mutation_id,
    )
    earned = outcome.posted.entry.points if outcome.posted is not None else 0
    return {"submission_uid": submission.uid, "status": outcome.submission.status.value, "points": earned}


def _reject(c: Context, p: SubmissionReject) -> dict[str, Any]:
    submission = _by_uid(c.session, Submission, p.submission_uid, "submission")
    row = submissions.reject(c.session, actor_id=c.actor.id, submission_id=submission.id, reason=p.reason, now=c.now)
    return {"submission_uid": row.uid, "status": row.status.value, "points": 0}


def _request_changes(c: Context, p: SubmissionChanges) -> dict[str, Any]:
    submission = _by_uid(c.session, Submission, p.submission_uid, "submission")
    row = submissions.request_changes(
        c.session, actor_id=c.actor.id, submission_id=submission.id, note=p.note, now=c.now
    )
    return {"submission_uid": row.uid, "status": row.status.value, "points": 0}


def _fulfil(c: Context, p: RedemptionFulfil) -> dict[str, Any]:
    redemption = _by_uid(c.session, Redemption, p.redemption_uid, "redemption")
    row = rewards.fulfil(c.session, actor_id=c.actor.id, redemption_id=redemption.id, note=p.note, now=c.now)
    return {"redemption_uid": row.uid, "status": row.status.value}


def _cancel(c: Context, p: RedemptionCancel) -> dict[str, Any]:
    redemption = _by_uid(c.session, Redemption, p.redemption_uid, "redemption")
    row = rewards.cancel(
        c.session,
        actor_id=c.actor.id,
        redemption_id=redemption.id,
        reason=p.reason,
        now=c.now,
        mutation_id=c.mutation_id,
    )
    return {"redemption_uid": row.uid, "status": row.status.value}


def _move_referral(c: Context, p: ReferralMove) -> dict[str, Any]:
    referral = _by_uid(c.session, Referral, p.referral_uid, "referral")
    row, _posted = referrals.move(
        c.session,
        actor_id=c.actor.id,
        referral_id=referral.id,
        stage=p.stage,
        now=c.now,
        deal_value_cents=p.deal_value_cents,
        mutation_id=c.mutation_id,
    )
    return {"referral_uid": row.uid, "stage": row.stage.value}


def _change_status(c: Context, p: AdvocateStatusChange) -> dict[str, Any]:
    advocate = _by_uid(c.session, Advocate, p.advocate_uid, "advocate")
    row = advocates.change_status(c.session, actor_id=c.actor.id, advocate_id=advocate.id, status=p.status, now=c.now)
    return {"advocate_uid": row.uid, "status": row.status.value}


def _challenge_result(row: Challenge) -> dict[str, Any]:
    return {"challenge_uid": row.uid}


def _create_challenge(c: Context, p: ChallengeCreate) -> dict[str, Any]:
    uid = derived_uid(c.mutation_id, IdentityRole.CHALLENGE)
    draft = draft_from_json(p.draft)
    return _challenge_result(challenges.create(c.session, actor_id=c.actor.id, draft=draft, now=c.now, uid=uid))


def _update_challenge(c: Context, p: ChallengeUpdate) -> dict[str, Any]:
    row = _by_uid(c.session, Challenge, p.challenge_uid, "challenge")
    draft = draft_from_json(p.draft)
    return _challenge_result(
        challenges.update(c.session, actor_id=c.actor.id, challenge_id=row.id, draft=draft, now=c.now)
    )


def _reschedule_challenge(c: Context, p: ChallengeReschedule) -> dict[str, Any]:
    row = _by_uid(c.session, Challenge, p.challenge_uid, "challenge")
    moved = challenges.reschedule(
        c.session, actor_id=c.actor.id, challenge_id=row.id, starts_at=p.starts_at, expires_at=p.expires_at, now=c.now
    )
    return _challenge_result(moved)


def _expire_challenge(c: Context, p: ChallengeRef) -> dict[str, Any]:
    row = _by_uid(c.session, Challenge, p.challenge_uid, "challenge")
    return _challenge_result(challenges.expire(c.session, actor_id=c.actor.id, challenge_id=row.id, now=c.now))


def _archive_challenge(c: Context, p: ChallengeRef) -> dict[str, Any]:
    row = _by_uid(c.session, Challenge, p.challenge_uid, "challenge")
    return _challenge_result(challenges.archive(c.session, actor_id=c.actor.id, challenge_id=row.id, now=c.now))


def _create_reward(c: Context, p: RewardCreate) -> dict[str, Any]:
    uid = derived_uid(c.mutation_id, IdentityRole.REWARD)
    row = rewards.create(c.session, actor_id=c.actor.id, draft=rewards.draft_from_json(p.draft), now=c.now, uid=uid)
    return {"reward_uid": row.uid}


def _update_reward(c: Context, p: RewardUpdate) -> dict[str, Any]:
    reward = _by_uid(c.session, Reward, p.reward_uid, "reward")
    draft = rewards.draft_from_json(p.draft)
    row = rewards.update(c.session, actor_id=c.actor.id, reward_id=reward.id, draft=draft, now=c.now)
    return {"reward_uid": row.uid}


def _reward_active(c: Context, p: RewardActive) -> dict[str, Any]:
    reward = _by_uid(c.session, Reward, p.reward_uid, "reward")
    row = rewards.set_active(c.session, actor_id=c.actor.id, reward_id=reward.id, active=p.active, now=c.now)
    return {"reward_uid": row.uid, "active": row.active}


def _nominate(c: Context, p: AdvocateNominate) -> dict[str, Any]:
    uid = derived_uid(c.mutation_id, IdentityRole.ADVOCATE)
    row = advocates.nominate(
        c.session, actor_id=c.actor.id, name=p.name, email=p.email, company=p.company, now=c.now, uid=uid
    )
    return {"advocate_uid": row.uid, "status": row.status.value}


def _erase(c: Context, p: AdvocateErase) -> dict[str, Any]:
    advocate = _by_uid(c.session, Advocate, p.advocate_uid, "advocate")
    erasure.erase(c.session, actor_id=c.actor.id, advocate=advocate, reason=p.reason, now=c.now)
    return {"advocate_uid": advocate.uid}


def _adjust(c: Context, p: PointsAdjust) -> dict[str, Any]:
    advocate = _by_uid(c.session, Advocate, p.advocate_uid, "advocate")
    posted = points.adjust(
        c.session,
        actor_id=c.actor.id,
        advocate_id=advocate.id,
        points=p.points,
        reason=p.reason,
        now=c.now,
        kind=LedgerKind.ADJUSTMENT,
        mutation_id=c.mutation_id,
    )
    return {"ledger_entry_uid": posted.entry.uid, "points": posted.entry.points}


def _reverse(c: Context, p: PointsReverse) -> dict[str, Any]:
    entry = _by_uid(c.session, LedgerEntry, p.entry_uid, "ledger entry")
    posted = points.reverse(
        c.session, actor_id=c.actor.id, entry_id=entry.id, reason=p.reason, now=c.now, mutation_id=c.mutation_id
    )
    return {"ledger_entry_uid": posted.entry.uid, "points": posted.entry.points}


@dataclass(frozen=True, slots=True)
class Kind:
    payload: type[BaseModel]
    handler: Callable[[Context, Any], dict[str, Any]]
    managers_only: bool = False
    kiosk_only: bool = False
    """Kiosk kinds act for a visitor; a kiosk account may use these and nothing else, and nobody else may use them."""


KINDS: dict[str, Kind] = {
    "submission.create": Kind(SubmissionCreate, _submission_create),
    "submission.resubmit": Kind(SubmissionResubmit, _submission_resubmit),
    DECLINE_KIND: Kind(DeclineCreate, _decline_create),
    "redemption.create": Kind(RedemptionCreate, _redemption_create),
    "profile.update": Kind(ProfileUpdate, _profile_update),
    "membership.opt_out": Kind(Empty, _opt_out),
    "membership.rejoin": Kind(Empty, _rejoin),
    "submission.approve": Kind(SubmissionApprove, _approve, managers_only=True),
    "submission.reject": Kind(SubmissionReject, _reject, managers_only=True),
    "submission.request_changes": Kind(SubmissionChanges, _request_changes, managers_only=True),
    "points.adjust": Kind(PointsAdjust, _adjust, managers_only=True),
    "points.reverse": Kind(PointsReverse, _reverse, managers_only=True),
    "redemption.fulfil": Kind(RedemptionFulfil, _fulfil, managers_only=True),
    "redemption.cancel": Kind(RedemptionCancel, _cancel, managers_only=True),
    "referral.move": Kind(ReferralMove, _move_referral, managers_only=True),
    "advocate.status": Kind(AdvocateStatusChange, _change_status, managers_only=True),
    "challenge.create": Kind(ChallengeCreate, _create_challenge, managers_only=True),
    "challenge.update": Kind(ChallengeUpdate, _update_challenge, managers_only=True),
    "challenge.reschedule": Kind(ChallengeReschedule, _reschedule_challenge, managers_only=True),
    "challenge.expire": Kind(ChallengeRef, _expire_challenge, managers_only=True),
    "challenge.archive": Kind(ChallengeRef, _archive_challenge, managers_only=True),
    "reward.create": Kind(RewardCreate, _create_reward, managers_only=True),
    "reward.update": Kind(RewardUpdate, _update_reward, managers_only=True),
    "reward.active": Kind(RewardActive, _reward_active, managers_only=True),
    "advocate.nominate": Kind(AdvocateNominate, _nominate, managers_only=True),
    "advocate.erase": Kind(AdvocateErase, _erase, managers_only=True),
    **{name: Kind(payload, handler, kiosk_only=True) for name, (payload, handler) in KIOSK_KINDS.items()},
}


BATCHED: dict[str, SetHandler] = {DECLINE_KIND: _declines}
"""Kinds with a set-based handler, used for a run of two or more of them in one push (for a single one, measured
side by side, the savepoint path costs no more)."""


def _check_kind(actor: Advocate, kind_name: str, payload: dict[str, Any]) -> tuple[Kind, BaseModel]:
    kind = KINDS.get(kind_name)
    if kind is None:
        raise Rejection("unknown_kind", f"The server does not know the change {kind_name!r}.")
    if kind.managers_only and actor.role not in MANAGERS:
        raise Rejection(NotAllowed.code, "Only moderators and program staff can do that.")
    if kind.kiosk_only != (actor.role is Role.KIOSK):
        who = "Only a kiosk account can" if kind.kiosk_only else "A kiosk account cannot"
        raise Rejection(NotAllowed.code, f"{who} make this change.")
    try:
        return kind, kind.payload.model_validate(payload)
    except PayloadError as error:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'payload'}: {e['msg']}" for e in error.errors())
        raise Rejection("invalid", f"The change is not valid: {problems}.") from None


def _reason(error: AdvocateHubError) -> str:
    return error.reason if isinstance(error, NotEligible) else error.code


# ---- running a push ---------------------------------------------------------------------------------------------


def claim_client(database: ServerDatabase, client_id: str, actor_id: int) -> None:
    """Bind ``client_id`` to the account on first use; refuse it to every other account."""
    with database.read() as session:
        owner = session.scalar(select(SyncClient.advocate_id).where(SyncClient.client_id == client_id))
    if owner is None:
        try:
            with database.push_write() as session:
                session.add(SyncClient(client_id=client_id, advocate_id=actor_id, created_at=utc_now()))
            return
        except IntegrityError:
            with database.read() as session:
                owner = session.scalar(select(SyncClient.advocate_id).where(SyncClient.client_id == client_id))
    if owner != actor_id:
        raise ClientOfAnotherAccount(client_id)


def _stored(database: ServerDatabase, mutation_id: str, actor_id: int) -> Outcome | None:
    with database.read() as session:
        row = session.get(AppliedMutation, mutation_id)
    return None if row is None else _answer(row, actor_id)


def _answer(row: AppliedMutation, actor_id: int) -> Outcome:
    """What a mutation already stored answers to a resend."""
    mutation_id = row.mutation_id
    if row.advocate_id != actor_id:
        return Outcome(mutation_id, REJECTED, None, NotAllowed.code, "That change id was used by another account.")
    if row.status == APPLIED:
        return Outcome(mutation_id, DUPLICATE, row.result)
    return Outcome(mutation_id, REJECTED, None, row.reason, row.message)


@dataclass(frozen=True, slots=True)
class Pushed:
    mutation_id: str
    kind: str
    payload: dict[str, Any]


class _BatchConflict(Exception):
    """A constraint broke inside the batch: apply it again one mutation per transaction."""


def apply_batch(database: ServerDatabase, *, actor_id: int, client_id: str, mutations: list[Pushed]) -> list[Outcome]:
    """Claim the client and apply a push in one transaction; falls back to one transaction each on a conflict.

    Raises ``ClientOfAnotherAccount`` when the client id belongs to another account.
    """
    try:
        return _apply_together(database, actor_id=actor_id, client_id=client_id, mutations=mutations)
    except _BatchConflict:
        claim_client(database, client_id, actor_id)
        return [
            apply(
                database,
                actor_id=actor_id,
                client_id=client_id,
                mutation_id=m.mutation_id,
                kind=m.kind,
                payload=m.payload,
            )
            for m in mutations
        ]


def single_decline(mutations: list[Pushed]) -> tuple[str, DeclineCreate] | None:
    """The mutation id and payload of a push that is one valid decline (what ``direct_push`` may write), else None:
    ``apply_batch`` answers every other push."""
    if len(mutations) != 1 or mutations[0].kind != DECLINE_KIND:
        return None
    try:
        return mutations[0].mutation_id, DeclineCreate.model_validate(mutations[0].payload)
    except PayloadError:
        return None


def _apply_together(
    database: ServerDatabase, *, actor_id: int, client_id: str, mutations: list[Pushed]
) -> list[Outcome]:
    now = utc_now()
    with database.push_write() as session:
        _lock_account(session, actor_id)
        actor = session.get(Advocate, actor_id)
        assert actor is not None
        client = _claimed(session, client_id, actor_id, now)
        ids = list(dict.fromkeys(m.mutation_id for m in mutations))
        known = {
            row.mutation_id: _answer(row, actor_id)
            for row in session.scalars(select(AppliedMutation).where(AppliedMutation.mutation_id.in_(ids)))
        }
        outcomes: list[Outcome] = []
        for run in _runs(mutations):
            fresh: dict[str, Pushed] = {}
            for mutation in run:
                if mutation.mutation_id not in known:
                    fresh.setdefault(mutation.mutation_id, mutation)
            together = BATCHED.get(run[0].kind)
            if together is not None and len(fresh) > 1:
                applied = _apply_set(session, actor, client_id, list(fresh.values()), now=now, together=together)
            else:
                applied = {key: _apply_in_savepoint(session, actor, client_id, m, now) for key, m in fresh.items()}
            for mutation in run:
                outcome = known.get(mutation.mutation_id)
                if outcome is None:
                    outcome = applied[mutation.mutation_id]
                    known[mutation.mutation_id] = _as_resent(outcome)
                outcomes.append(outcome)
        if mutations:
            client.last_mutation_id = mutations[-1].mutation_id
        client.last_seen_at = now
    return outcomes


def _runs(mutations: list[Pushed]) -> list[list[Pushed]]:
    """Consecutive mutations of one kind: a run of a kind with a set-based handler is applied in one go."""
    runs: list[list[Pushed]] = []
    for mutation in mutations:
        if runs and runs[-1][0].kind == mutation.kind:
            runs[-1].append(mutation)
        else:
            runs.append([mutation])
    return runs


def _claimed(session: Session, client_id: str, actor_id: int, now: datetime) -> SyncClient:
    """The client's row, created on its first push; another account's client id is refused."""
    client = session.get(SyncClient, client_id)
    if client is None:
        client = SyncClient(client_id=client_id, advocate_id=actor_id, created_at=now)
        session.add(client)
        try:
            session.flush()
        except IntegrityError as error:
            raise _BatchConflict from error
    elif client.advocate_id != actor_id:
        raise ClientOfAnotherAccount(client_id)
    return client


def _apply_set(
    session: Session,
    actor: Advocate,
    client_id: str,
    mutations: list[Pushed],
    *,
    now: datetime,
    together: SetHandler,
) -> dict[str, Outcome]:
    """Mutations of one kind applied by the kind's set-based handler: rows inserted many at a time, no savepoint
    per mutation (each is checked before anything is written, so none is half-applied). Should the handler refuse
    the whole run, which it does before writing, the run is applied one mutation per savepoint instead."""
    outcomes: dict[str, Outcome] = {}
    valid: list[tuple[Pushed, BaseModel]] = []
    for mutation in mutations:
        try:
            valid.append((mutation, _check_kind(actor, mutation.kind, mutation.payload)[1]))
        except Rejection as rejection:
            outcomes[mutation.mutation_id] = Outcome(
                mutation.mutation_id, REJECTED, None, rejection.reason, str(rejection)
            )
    try:
        results = together(session, actor, now, valid)
    except AdvocateHubError:
        return {m.mutation_id: _apply_in_savepoint(session, actor, client_id, m, now) for m in mutations}
    except IntegrityError as error:
        raise _BatchConflict from error
    try:
        for mutation_id, result in results.items():
            if isinstance(result, AdvocateHubError):
                outcomes[mutation_id] = Outcome(mutation_id, REJECTED, None, _reason(result), str(result))
            else:
                outcomes[mutation_id] = Outcome(mutation_id, APPLIED, result)
        session.execute(
            insert(AppliedMutation),
            [_row_values(m, client_id, actor.id, now, outcomes[m.mutation_id]) for m in mutations],
        )
    except IntegrityError as error:
        raise _BatchConflict from error
    return outcomes


def _as_resent(outcome: Outcome) -> Outcome:
    """The same mutation twice in one push: the second copy answers as a resend would."""
    if outcome.status == APPLIED:
        return Outcome(outcome.mutation_id, DUPLICATE, outcome.result)
    return outcome


def _apply_in_savepoint(session: Session, actor: Advocate, client_id: str, mutation: Pushed, now: datetime) -> Outcome:
    try:
        with session.begin_nested():
            checked, valid = _check_kind(actor, mutation.kind, mutation.payload)
            result = checked.handler(Context(session, actor, now, mutation.mutation_id), valid)
            session.add(_row(mutation, client_id, actor.id, now, APPLIED, result=result))
            session.flush()
        return Outcome(mutation.mutation_id, APPLIED, result)
    except Rejection as rejection:
        outcome = Outcome(mutation.mutation_id, REJECTED, None, rejection.reason, str(rejection))
    except AdvocateHubError as error:
        outcome = Outcome(mutation.mutation_id, REJECTED, None, _reason(error), str(error))
    except IntegrityError as error:
        raise _BatchConflict from error
    session.add(_row(mutation, client_id, actor.id, now, REJECTED, reason=outcome.reason, message=outcome.message))
    return outcome


def _row_values(mutation: Pushed, client_id: str, actor_id: int, now: datetime, outcome: Outcome) -> dict[str, Any]:
    reason = outcome.reason
    return {
        "mutation_id": mutation.mutation_id,
        "client_id": client_id,
        "advocate_id": actor_id,
        "kind": mutation.kind[:64],
        "status": outcome.status,
        "result": outcome.result,
        "reason": reason[:64] if reason is not None else None,
        "message": outcome.message,
        "created_at": now,
    }


def _row(
    mutation: Pushed,
    client_id: str,
    actor_id: int,
    now: datetime,
    status: str,
    *,
    result: dict[str, Any] | None = None,
    reason: str | None = None,
    message: str | None = None,
) -> AppliedMutation:
    return AppliedMutation(
        mutation_id=mutation.mutation_id,
        client_id=client_id,
        advocate_id=actor_id,
        kind=mutation.kind[:64],
        status=status,
        result=result,
        reason=reason[:64] if reason is not None else None,
        message=message,
        created_at=now,
    )


def _lock_account(session: Session, actor_id: int) -> None:
    """One push of an account at a time: later checks (caps, balance) then see earlier effects. A SQLite writer
    already holds the whole database's write lock (``BEGIN IMMEDIATE``), so there it has nothing to add."""
    if session.get_bind().dialect.name == "sqlite":
        return
    session.scalars(
        select(AdvocateTotals.advocate_id).where(AdvocateTotals.advocate_id == actor_id).with_for_update()
    ).first()


def apply(
    database: ServerDatabase, *, actor_id: int, client_id: str, mutation_id: str, kind: str, payload: dict[str, Any]
) -> Outcome:
    """Apply one mutation at most once and answer for it; resends get the stored outcome."""
    stored = _stored(database, mutation_id, actor_id)
    if stored is not None:
        return stored
    now = utc_now()
    try:
        with database.push_write() as session:
            _lock_account(session, actor_id)
            actor = session.get(Advocate, actor_id)
            assert actor is not None
            checked, valid = _check_kind(actor, kind, payload)
            result = checked.handler(Context(session, actor, now, mutation_id), valid)
            # Written last, with its result; a concurrent twin fails on this primary key (or on a uid derived from
            # the same mutation id) and its whole transaction, effect included, rolls back.
            session.add(
                AppliedMutation(
                    mutation_id=mutation_id,
                    client_id=client_id,
                    advocate_id=actor_id,
                    kind=kind[:64],
                    status=APPLIED,
                    result=result,
                    reason=None,
                    message=None,
                    created_at=now,
                )
            )
            session.flush()
        return Outcome(mutation_id, APPLIED, result)
    except Rejection as rejection:
        return _record_rejection(
            database,
            actor_id=actor_id,
            client_id=client_id,
            mutation_id=mutation_id,
            kind=kind,
            reason=rejection.reason,
            message=str(rejection),
        )
    except AdvocateHubError as error:
        return _record_rejection(
            database,
            actor_id=actor_id,
            client_id=client_id,
            mutation_id=mutation_id,
            kind=kind,
            reason=_reason(error),
            message=str(error),
        )
    except IntegrityError:
        stored = _stored(database, mutation_id, actor_id)
        if stored is not None:
            return stored
        log.exception("mutation %s broke a database constraint", mutation_id)
        return _record_rejection(
            database,
            actor_id=actor_id,
            client_id=client_id,
            mutation_id=mutation_id,
            kind=kind,
            reason="conflict",
            message="The change conflicts with the server's data.",
        )


def _record_rejection(
    database: ServerDatabase,
    *,
    actor_id: int,
    client_id: str,
    mutation_id: str,
    kind: str,
    reason: str,
    message: str,
) -> Outcome:
    try:
        with database.push_write() as session:
            session.add(
                AppliedMutation(
                    mutation_id=mutation_id,
                    client_id=client_id,
                    advocate_id=actor_id,
                    kind=kind[:64],
                    status=REJECTED,
                    result=None,
                    reason=reason[:64],
                    message=message,
                    created_at=utc_now(),
                )
            )
    except IntegrityError:
        stored = _stored(database, mutation_id, actor_id)
        if stored is not None:
            return stored
        raise
    return Outcome(mutation_id, REJECTED, None, reason, message)
