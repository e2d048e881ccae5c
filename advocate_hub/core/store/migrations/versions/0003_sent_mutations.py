"""sent mutations kept for a resend after a server restore

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sent_mutations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mutation_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sent_mutations")),
        sa.UniqueConstraint("mutation_id", name=op.f("uq_sent_mutations_mutation_id")),
    )
    op.create_index(op.f("ix_sent_mutations_acknowledged_at"), "sent_mutations", ["acknowledged_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_sent_mutations_acknowledged_at"), table_name="sent_mutations")
    op.drop_table("sent_mutations")
