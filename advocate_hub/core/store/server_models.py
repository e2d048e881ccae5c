"""Tables only the sync server fills: accounts' secrets, sessions, applied mutations and the change feed.

They live in the same metadata (and so the same migrations) as the program's tables, so a server database is a
program database plus these; on a desktop client they stay empty.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from advocate_hub.core.store.models import Base


class Credential(Base):
    """An account's password, as an argon2 hash; an advocate without a row cannot sign in."""

    __tablename__ = "credentials"

    advocate_id: Mapped[int] = mapped_column(ForeignKey("advocates.id"), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    updated_at: Mapped[datetime]


class RefreshToken(Base):
    """One refresh token (only its SHA-256 is kept); tokens of one sign-in share a ``family_id``."""

    __tablename__ = "refresh_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    family_id: Mapped[str] = mapped_column(String(36), index=True)
    advocate_id: Mapped[int] = mapped_column(ForeignKey("advocates.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("refresh_tokens.id"), index=True)
    issued_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    grace_used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]


class SignInFailures(Base):
    """Failed sign-ins in the current window for one key (``account:EMAIL`` or ``address:IP``), shared by all
    server processes."""

    __tablename__ = "signin_failures"

    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    window_start: Mapped[datetime]


class ServerSecret(Base):
    """Secrets the server generates for itself on first start (the access-token signing key)."""

    __tablename__ = "server_secrets"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class SyncClient(Base):
    """A client id and the account it belongs to: the first account that pushed with it."""

    __tablename__ = "sync_clients"

    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    advocate_id: Mapped[int] = mapped_column(ForeignKey("advocates.id"), index=True)
    created_at: Mapped[datetime]
    last_mutation_id: Mapped[str | None] = mapped_column(String(36))
    last_seen_at: Mapped[datetime | None]


class AppliedMutation(Base):
    """Each mutation id the server has processed, with its outcome, written with the mutation's effect."""

    __tablename__ = "applied_mutations"

    mutation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36), index=True)
    advocate_id: Mapped[int] = mapped_column(ForeignKey("advocates.id"), index=True)
    kind: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    """``applied`` or ``rejected``."""
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(String(64))
    message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]


class ChangeCounter(Base):
    """One row: the last sequence number given to a change. Writers lock it until they commit."""

    __tablename__ = "change_counter"

    id: Mapped[int] = mapped_column(primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
    tiers_published: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """Whether the feed's public advocate copies carry tiers: false on a feed started before they did, until the
    next start publishes everyone's (in the same transaction as it sets this)."""


class ChangeLogEntry(Base):
    """One change to a synced row, as clients receive it; ``owner_id`` NULL means every account may see it."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_owner_seq", "owner_id", "seq"),)

    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False
    )
    entity: Mapped[str] = mapped_column(String(32))
    uid: Mapped[str] = mapped_column(String(200))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("advocates.id"))
    op: Mapped[str] = mapped_column(String(8))
    data: Mapped[dict[str, Any]]
    created_at: Mapped[datetime]
