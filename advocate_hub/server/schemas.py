"""Request and answer bodies of the HTTP API; they are what ``/openapi.json`` describes."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

MAX_MUTATIONS_PER_PUSH = 1_000
DEFAULT_PULL_LIMIT = 500
MAX_PULL_LIMIT = 5_000
MAX_CHECKED_MUTATIONS = 100


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Problem(BaseModel):
    """Every error answer: ``detail`` is a sentence a person can read."""

    detail: Any


class TokenRequest(Strict):
    email: str = Field(min_length=3, max_length=320)
    password: str = Field(min_length=1, max_length=1_000)


class RefreshRequest(Strict):
    refresh_token: str = Field(min_length=1, max_length=200)


class TokenAnswer(BaseModel):
    access_token: str
    refresh_token: str
    expires_in: int
    token_type: Literal["bearer"] = "bearer"


class Health(BaseModel):
    status: Literal["ok"]
    database: str
    cursor: int


class Totals(BaseModel):
    balance: int
    lifetime: int
    tier: str
    high_barrier_completions: int


class Me(BaseModel):
    uid: str
    email: str
    name: str
    company: str
    language: str
    role: str
    status: str
    referral_code: str
    consent_publish_name: bool
    consent_contact: bool
    opted_out_kinds: list[str]
    groups: list[str]
    totals: Totals


class ChallengeIn(Strict):
    """A new challenge; unset optional fields take the kind's defaults."""

    title: str = Field(min_length=1, max_length=200)
    kind: str
    points: int = Field(ge=0, le=100_000)
    starts_at: datetime | None = None
    description: str = Field(default="", max_length=10_000)
    expires_at: datetime | None = None
    barrier: str | None = None
    proof_type: str | None = None
    auto_approve: bool | None = None
    disclosure_required: bool | None = None
    max_per_advocate: int = Field(default=1, ge=1, le=1_000)
    min_tier: str | None = None
    audience_tiers: list[str] = Field(default_factory=list, max_length=10)
    audience_groups: list[str] = Field(default_factory=list, max_length=100)
    config: dict[str, Any] = Field(default_factory=dict)


class ChallengeOut(BaseModel):
    uid: str
    title: str
    description: str
    kind: str
    barrier: str
    points: int
    starts_at: datetime
    expires_at: datetime | None
    max_per_advocate: int
    min_tier: str
    auto_approve: bool
    disclosure_required: bool
    proof_type: str
    config: dict[str, Any]
    archived_at: datetime | None


class Mutation(Strict):
    mutation_id: UUID
    kind: str = Field(min_length=1, max_length=64)
    payload: dict[str, Any] = Field(default_factory=dict)


class PushRequest(Strict):
    client_id: UUID
    mutations: list[Mutation] = Field(max_length=MAX_MUTATIONS_PER_PUSH)


class MutationResult(BaseModel):
    mutation_id: UUID
    status: Literal["applied", "duplicate", "rejected"]
    result: dict[str, Any] | None = None
    reason: str | None = None
    message: str | None = None


class PushAnswer(BaseModel):
    results: list[MutationResult]
    server_time: datetime


class ChangeOut(BaseModel):
    seq: int
    entity: str
    uid: str
    op: Literal["upsert", "delete"]
    data: dict[str, Any]
    owner: str | None = None
    """The owning advocate's uid, sent to moderators' clients (which hold every advocate's rows)."""


class PullAnswer(BaseModel):
    changes: list[ChangeOut]
    cursor: str
    more: bool
    reset: bool = False


class CheckRequest(Strict):
    """Before pushing: is this server still the one the client last synced with?"""

    cursor: str = Field(default="", max_length=100)
    """The client's pull cursor."""
    mutation_ids: list[UUID] = Field(default_factory=list, max_length=MAX_CHECKED_MUTATIONS)
    """The client's most recently acknowledged mutations."""


class CheckAnswer(BaseModel):
    cursor_known: bool
    """False when the server no longer has the change the cursor names: pull a snapshot."""
    unknown: list[UUID]
    """The mutation ids this account never pushed here, as far as the server knows: it lost them (restored from
    an older backup), so push them again."""


class BoardRowOut(BaseModel):
    rank: int
    advocate_uid: str
    name: str
    """'' when the advocate has not agreed to have their name shown: show them by ``alias``."""
    alias: str
    """A number that tells nameless rows apart ("Advocate #0427"), the same on every client."""
    tier: str
    points: int


class Leaderboard(BaseModel):
    period: str
    group: str | None
    size: int
    rows: list[BoardRowOut]
    me: BoardRowOut | None


class QueueItem(BaseModel):
    submission_uid: str
    challenge_uid: str
    challenge_title: str
    advocate_uid: str
    advocate_name: str
    proof: dict[str, Any]
    submitted_at: datetime


class Queue(BaseModel):
    total: int
    items: list[QueueItem]


class ApproveRequest(Strict):
    note: str = Field(default="", max_length=2_000)


class RejectRequest(Strict):
    reason: str = Field(min_length=1, max_length=2_000)


class Decision(BaseModel):
    submission_uid: str
    status: str
    points: int


class LedgerEntryOut(BaseModel):
    uid: str
    kind: str
    points: int
    reason: str
    created_at: datetime


class LedgerPage(BaseModel):
    advocate_uid: str
    balance: int
    lifetime: int
    entries: list[LedgerEntryOut]
