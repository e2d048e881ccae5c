"""the tier the server publishes about a person, kept on synced copies that do not hold their totals

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    tier = sa.Enum("community", "silver", "gold", "platinum", name="tier", native_enum=False, length=32)
    op.add_column("advocates", sa.Column("public_tier", tier, nullable=True))


def downgrade() -> None:
    op.drop_column("advocates", "public_tier")
