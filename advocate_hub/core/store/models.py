"""The tables of a program, as typed SQLAlchemy 2.x models.

Points live in ``ledger_entries`` and are never updated or deleted. ``advocate_totals`` and ``score_totals``
are materialised from the ledger for speed, always in the same transaction as the entry that changes them
(see ``core.services.ledger``), so they can be rebuilt from the ledger at any time and must agree with it.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any
from uuid import uuid4

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from advocate_hub.core.domain.enums import (
    AdvocateStatus,
    Barrier,
    Incentive,
    LedgerKind,
    Period,
    ProofType,
    RedemptionStatus,
    ReferralStage,
    Role,
    SubmissionStatus,
    TemplatePurpose,
)
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.store.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

OVERALL_SCOPE = ""
"""The ``scope`` of program-wide score rows; a group's rows use the group's slug."""


def _enum(cls: type[Enum]) -> SAEnum:
    return SAEnum(cls, native_enum=False, length=32, values_callable=lambda e: [m.value for m in e])


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
        Role: _enum(Role),
        AdvocateStatus: _enum(AdvocateStatus),
        Barrier: _enum(Barrier),
        ProofType: _enum(ProofType),
        SubmissionStatus: _enum(SubmissionStatus),
        LedgerKind: _enum(LedgerKind),
        Incentive: _enum(Incentive),
        RedemptionStatus: _enum(RedemptionStatus),
        ReferralStage: _enum(ReferralStage),
        Period: _enum(Period),
        ChallengeKind: _enum(ChallengeKind),
        Tier: _enum(Tier),
        TemplatePurpose: _enum(TemplatePurpose),
    }


def new_uid() -> str:
    return str(uuid4())


class Synced:
    """A row that exists on the server and on clients, known everywhere by ``uid``.

    Integer ids are local to one database; the uid is what sync messages carry. A row created on a client takes
    a uid the server will reproduce (see ``core.sync``), so the server's copy replaces the optimistic one.
    """

    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)


class ProgramSettings(Base):
    """One row: the program's name and the rules a moderator may tune."""

    __tablename__ = "program_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    fatigue_limit: Mapped[int]
    tier_ladder: Mapped[list[Any]]
    referral_points: Mapped[dict[str, Any]]
    """Points granted to the referrer when a referral reaches a stage, keyed by stage."""
    referral_base_url: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime]


class Group(Base):
    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class Advocate(Synced, Base):
    """A person in the program, whatever their role; moderators and kiosks are rows here too."""

    __tablename__ = "advocates"
    __table_args__ = (Index("ix_advocates_membership", "role", "status", "created_at"),)
    """Counting the active advocates (the metrics' denominator) reads this narrow index, not every wide row."""

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    company: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(16), default="en")
    role: Mapped[Role]
    status: Mapped[AdvocateStatus]
    referral_code: Mapped[str] = mapped_column(String(16), unique=True)
    consent_publish_name: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    opted_out_kinds: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    last_active_at: Mapped[datetime | None]
    erased_at: Mapped[datetime | None]
    """Set when the person's data was erased on request: the row stays (anonymised) so totals stay consistent."""
    kiosk_event: Mapped[str | None] = mapped_column(String(64))
    """For a kiosk account: the code of the one event it serves (its token can act for that event only)."""
    public_tier: Mapped[Tier | None]
    """On a member's or kiosk's synced copy: the tier the server publishes for someone whose totals this copy does
    not hold (boards show it); empty where the totals are here (the server, a moderator's replica, oneself)."""


class AdvocateGroup(Base):
    __tablename__ = "advocate_groups"

    advocate_id: Mapped[int] = mapped_column(ForeignKey("advocates.id"), primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), primary_key=True, index=True)


class AdvocateTotals(Base):
    """Balance, lifetime earned points and tier of one advocate, maintained with each ledger entry."""

    __tablename__ = "advocate_totals"
    __table_args__ = (Index("ix_advocate_totals_tier", "tier"),)
    """Advocates per tier are counted from this index (see ``queries.metrics``)."""

    advocate_id: Mapped[int] = mapped_column(ForeignKey("advocates.id"), primary_key=True)
    balance: Mapped[int] = mapped_column(default=0)
    lifetime: Mapped[int] = mapped_column(default=0)
    high_barrier_completions: Mapped[int] = mapped_column(default=0)
    tier: Mapped[Tier]
    tier_reached_at: Mapped[datetime | None]


class ScoreTotal(Base):
    """Leaderboard points of one advocate in one scope (program or group) and period.

    The covering index answers "top N" by walking it in order, and "my rank" by counting a range of it; there is
    never a sort or a window function over the whole board.
    """

    __tablename__ = "score_totals"
    __table_args__ = (Index("ix_score_board", "scope", "period", "period_start", "visible", "points", "advocate_id"),)

    scope: Mapped[str] = mapped_column(String(64), primary_key=True)
    period: Mapped[Period] = mapped_column(primary_key=True)
    period_start: Mapped[date] = mapped_column(Date, primary_key=True)
    """Monday of the week, first of the month, or ``ALL_TIME_START`` for all-time rows (never NULL)."""
    advocate_id: Mapped[int] = mapped_column(ForeignKey("advocates.id"), primary_key=True, index=True)
    points: Mapped[int] = mapped_column(default=0)
    visible: Mapped[bool] = mapped_column(Boolean, default=True)


class ScoreCount(Base):
    """How many listed advocates have exactly ``points`` on one board: the board's histogram.

    Kept by database triggers on ``score_totals`` (migration 0006), so every writer keeps it right in the same
    transaction. A rank (and a board's size) is a sum over the distinct scores above, a few thousand rows at
    most, instead of a count over every advocate above, up to a million.
    """

    __tablename__ = "score_counts"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - SQLAlchemy reads this class attribute

    scope: Mapped[str] = mapped_column(String(64), primary_key=True)
    period: Mapped[Period] = mapped_column(primary_key=True)
    period_start: Mapped[date] = mapped_column(Date, primary_key=True)
    points: Mapped[int] = mapped_column(primary_key=True)
    advocates: Mapped[int]


class Challenge(Synced, Base):
    __tablename__ = "challenges"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[ChallengeKind]
    barrier: Mapped[Barrier]
    points: Mapped[int]
    starts_at: Mapped[datetime]
    expires_at: Mapped[datetime | None]
    max_per_advocate: Mapped[int] = mapped_column(default=1)
    min_tier: Mapped[Tier]
    audience_tiers: Mapped[list[Any]] = mapped_column(default=list)
    audience_groups: Mapped[list[Any]] = mapped_column(default=list)
    auto_approve: Mapped[bool] = mapped_column(Boolean)
    disclosure_required: Mapped[bool] = mapped_column(Boolean)
    proof_type: Mapped[ProofType]
    config: Mapped[dict[str, Any]] = mapped_column(default=dict)
    archived_at: Mapped[datetime | None]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("advocates.id"))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Submission(Synced, Base):
    """One attempt at a challenge, with its proof and the moderator's decision."""

    __tablename__ = "submissions"
    __table_args__ = (
        Index("ix_submissions_advocate_time", "advocate_id", "submitted_at"),
        Index("ix_submissions_status_time", "status", "submitted_at"),
        Index("ix_submissions_challenge_advocate", "challenge_id", "advocate_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    challenge_id: Mapped[int] = mapped_column(ForeignKey("challenges.id"))
    advocate_id: Mapped[int] = mapped_column(ForeignKey("advocates.id"))
    status: Mapped[SubmissionStatus]
    proof: Mapped[dict[str, Any]] = mapped_column(default=dict)
    disclosure_acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)
    submitted_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("advocates.id"))
    decision_note: Mapped[str] = mapped_column(Text, default="")
    """The thank-you on approval, the reason on rejection, what to change on a request for changes."""
    used_note: Mapped[str] = mapped_column(Text, default="")
    used_link: Mapped[str] = mapped_column(String(2000), default="")
    used_at: Mapped[datetime | None]


class Decline(Synced, Base):
    __tablename__ = "declines"
    __table_args__ = (Index("ix_declines_advocate_challenge", "advocate_id", "challenge_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    challenge_id: Mapped[int] = mapped_column(ForeignKey("challenges.id"))
    advocate_id: Mapped[int] = mapped_column(ForeignKey("advocates.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]


class LedgerEntry(Synced, Base):
    """An append-only change to an advocate's points; corrections are new entries, never edits."""

    __tablename__ = "ledger_entries"
    __table_args__ = (Index("ix_ledger_advocate", "advocate_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    advocate_id: Mapped[int] = mapped_column(ForeignKey("advocates.id"))
    kind: Mapped[LedgerKind]
    points: Mapped[int]
    reason: Mapped[str] = mapped_column(Text, default="")
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("advocates.id"))
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"), index=True)
    redemption_id: Mapped[int | None] = mapped_column(ForeignKey("redemptions.id"), index=True)
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id"), index=True)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("ledger_entries.id"), unique=True)
    """Set on a reversal; unique, so the database itself refuses a second reversal of one entry."""
    created_at: Mapped[datetime]


class BadgeDefinitionRow(Base):
    __tablename__ = "badges"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    rule: Mapped[str] = mapped_column(String(32))
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)


class AdvocateBadge(Base):
    __tablename__ = "advocate_badges"

    advocate_id: Mapped[int] = mapped_column(ForeignKey("advocates.id"), primary_key=True)
    badge_id: Mapped[int] = mapped_column(ForeignKey("badges.id"), primary_key=True)
    earned_at: Mapped[datetime]


class Reward(Synced, Base):
    __tablename__ = "rewards"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    incentive: Mapped[Incentive]
    cost: Mapped[int]
    stock: Mapped[int | None]
    """Units left; None for an unlimited reward."""
    min_tier: Mapped[Tier]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class Redemption(Synced, Base):
    __tablename__ = "redemptions"
    __table_args__ = (Index("ix_redemptions_advocate", "advocate_id", "requested_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    reward_id: Mapped[int] = mapped_column(ForeignKey("rewards.id"))
    advocate_id: Mapped[int] = mapped_column(ForeignKey("advocates.id"))
    status: Mapped[RedemptionStatus]
    cost: Mapped[int]
    requested_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("advocates.id"))
    note: Mapped[str] = mapped_column(Text, default="")


class Referral(Synced, Base):
    __tablename__ = "referrals"
    __table_args__ = (UniqueConstraint("referrer_id", "email"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    referrer_id: Mapped[int] = mapped_column(ForeignKey("advocates.id"), index=True)
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"))
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320))
    company: Mapped[str] = mapped_column(String(200), default="")
    consent: Mapped[bool] = mapped_column(Boolean)
    stage: Mapped[ReferralStage]
    deal_value_cents: Mapped[int | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class AuditEntry(Synced, Base):
    """Who did what, when, with the state before and after: written for every moderator and staff action."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_time", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("advocates.id"), index=True)
    action: Mapped[str] = mapped_column(String(64))
    target_type: Mapped[str] = mapped_column(String(32))
    target_id: Mapped[int | None]
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime]


class OutboxEntry(Base):
    """A local action not yet confirmed by the server; deleted only once the server has answered for it."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
    attempts: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")


class MessageTemplate(Base):
    """A moderator's ready-made words: a thank-you on approval, a reason to reject, a request for changes."""

    __tablename__ = "message_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    purpose: Mapped[TemplatePurpose]
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class SentMutation(Base):
    """A mutation the server answered ``applied`` or ``duplicate``, kept for a while after it left the outbox.

    A server restored from an older backup no longer has what it applied after that backup; these copies are what
    the client pushes again when it notices (a resend of something the server still has answers ``duplicate``).
    """

    __tablename__ = "sent_mutations"

    id: Mapped[int] = mapped_column(primary_key=True)
    """Answers arrive in outbox order, so this id keeps the order the mutations were made in for a resend."""
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict[str, Any]]
    acknowledged_at: Mapped[datetime] = mapped_column(index=True)


SERVER_URL_KEY = "server_url"
"""``SyncState`` key: the server this data dir syncs with (absent for a program that lives on this computer)."""


class SyncState(Base):
    """Small facts about this client's sync: its client id, the server URL, the last pull cursor."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
