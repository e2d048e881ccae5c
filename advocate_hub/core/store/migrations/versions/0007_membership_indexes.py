"""indexes for the metrics at a million advocates: membership (role, status, joined) and tier

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op


revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_advocates_membership", "advocates", ["role", "status", "created_at"], unique=False)
    op.create_index("ix_advocate_totals_tier", "advocate_totals", ["tier"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_advocate_totals_tier", table_name="advocate_totals")
    op.drop_index("ix_advocates_membership", table_name="advocates")
