"""server tables

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_counter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_counter")),
    )
    op.create_table(
        "server_secrets",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_server_secrets")),
    )
    op.create_table(
        "signin_failures",
        sa.Column("key", sa.String(length=400), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_signin_failures")),
    )
    op.create_table(
        "applied_mutations",
        sa.Column("mutation_id", sa.String(length=36), nullable=False),
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("advocate_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("result", sa.JSON(), nullable=True),
        sa.Column("reason", sa.String(length=64), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["advocate_id"], ["advocates.id"], name=op.f("fk_applied_mutations_advocate_id_advocates")
        ),
        sa.PrimaryKeyConstraint("mutation_id", name=op.f("pk_applied_mutations")),
    )
    with op.batch_alter_table("applied_mutations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_applied_mutations_advocate_id"), ["advocate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_applied_mutations_client_id"), ["client_id"], unique=False)

    op.create_table(
        "change_log",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=False, nullable=False),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("uid", sa.String(length=200), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["advocates.id"], name=op.f("fk_change_log_owner_id_advocates")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_log")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index("ix_change_log_owner_seq", ["owner_id", "seq"], unique=False)

    op.create_table(
        "credentials",
        sa.Column("advocate_id", sa.Integer(), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["advocate_id"], ["advocates.id"], name=op.f("fk_credentials_advocate_id_advocates")),
        sa.PrimaryKeyConstraint("advocate_id", name=op.f("pk_credentials")),
    )
    op.create_table(
        "refresh_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("family_id", sa.String(length=36), nullable=False),
        sa.Column("advocate_id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("grace_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["advocate_id"], ["advocates.id"], name=op.f("fk_refresh_tokens_advocate_id_advocates")
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["refresh_tokens.id"], name=op.f("fk_refresh_tokens_parent_id_refresh_tokens")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refresh_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_refresh_tokens_token_hash")),
    )
    with op.batch_alter_table("refresh_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_refresh_tokens_advocate_id"), ["advocate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_refresh_tokens_family_id"), ["family_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_refresh_tokens_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "sync_clients",
        sa.Column("client_id", sa.String(length=36), nullable=False),
        sa.Column("advocate_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_mutation_id", sa.String(length=36), nullable=True),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["advocate_id"], ["advocates.id"], name=op.f("fk_sync_clients_advocate_id_advocates")),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_sync_clients")),
    )
    with op.batch_alter_table("sync_clients", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_clients_advocate_id"), ["advocate_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_clients", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_clients_advocate_id"))

    op.drop_table("sync_clients")
    with op.batch_alter_table("refresh_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refresh_tokens_parent_id"))
        batch_op.drop_index(batch_op.f("ix_refresh_tokens_family_id"))
        batch_op.drop_index(batch_op.f("ix_refresh_tokens_advocate_id"))

    op.drop_table("refresh_tokens")
    op.drop_table("credentials")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index("ix_change_log_owner_seq")

    op.drop_table("change_log")
    with op.batch_alter_table("applied_mutations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_applied_mutations_client_id"))
        batch_op.drop_index(batch_op.f("ix_applied_mutations_advocate_id"))

    op.drop_table("applied_mutations")
    op.drop_table("signin_failures")
    op.drop_table("server_secrets")
    op.drop_table("change_counter")
