"""the event a kiosk account serves

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("advocates", sa.Column("kiosk_event", sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column("advocates", "kiosk_event")
