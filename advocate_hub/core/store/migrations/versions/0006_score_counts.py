"""each board's histogram (listed advocates per score), kept by triggers on score_totals

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

A rank is one plus the number of listed advocates with more points. Counting those rows costs time in proportion
to the rank (a million index entries for the last of a million advocates); summing this histogram over the
distinct scores above costs time in proportion to the number of distinct scores (a few thousand). Triggers keep
it in the same transaction as every change to ``score_totals``, whichever code path makes the change.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

KEY = ("scope", "period", "period_start", "points")

SQLITE_TRIGGERS = (
    """
    CREATE TRIGGER score_counts_after_insert AFTER INSERT ON score_totals WHEN NEW.visible
    BEGIN
        INSERT INTO score_counts (scope, period, period_start, points, advocates)
        VALUES (NEW.scope, NEW.period, NEW.period_start, NEW.points, 1)
        ON CONFLICT (scope, period, period_start, points) DO UPDATE SET advocates = advocates + 1;
    END
    """,
    """
    CREATE TRIGGER score_counts_after_delete AFTER DELETE ON score_totals WHEN OLD.visible
    BEGIN
        UPDATE score_counts SET advocates = advocates - 1
        WHERE scope = OLD.scope AND period = OLD.period AND period_start = OLD.period_start AND points = OLD.points;
        DELETE FROM score_counts
        WHERE scope = OLD.scope AND period = OLD.period AND period_start = OLD.period_start AND points = OLD.points
          AND advocates <= 0;
    END
    """,
    """
    CREATE TRIGGER score_counts_after_update AFTER UPDATE OF scope, period, period_start, points, visible
    ON score_totals
    BEGIN
        UPDATE score_counts SET advocates = advocates - 1
        WHERE OLD.visible AND scope = OLD.scope AND period = OLD.period AND period_start = OLD.period_start
          AND points = OLD.points;
        DELETE FROM score_counts
        WHERE OLD.visible AND scope = OLD.scope AND period = OLD.period AND period_start = OLD.period_start
          AND points = OLD.points AND advocates <= 0;
        INSERT INTO score_counts (scope, period, period_start, points, advocates)
        SELECT NEW.scope, NEW.period, NEW.period_start, NEW.points, 1 WHERE NEW.visible
        ON CONFLICT (scope, period, period_start, points) DO UPDATE SET advocates = advocates + 1;
    END
    """,
)

POSTGRESQL_FUNCTION = """
CREATE FUNCTION score_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.visible THEN
        UPDATE score_counts SET advocates = advocates - 1
        WHERE scope = OLD.scope AND period = OLD.period AND period_start = OLD.period_start AND points = OLD.points;
        DELETE FROM score_counts
        WHERE scope = OLD.scope AND period = OLD.period AND period_start = OLD.period_start AND points = OLD.points
          AND advocates <= 0;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.visible THEN
        INSERT INTO score_counts (scope, period, period_start, points, advocates)
        VALUES (NEW.scope, NEW.period, NEW.period_start, NEW.points, 1)
        ON CONFLICT (scope, period, period_start, points) DO UPDATE SET advocates = score_counts.advocates + 1;
    END IF;
    RETURN NULL;
END
$$
"""
POSTGRESQL_TRIGGER = """
CREATE TRIGGER score_counts_follow AFTER INSERT OR DELETE OR UPDATE OF scope, period, period_start, points, visible
ON score_totals FOR EACH ROW EXECUTE FUNCTION score_counts_follow()
"""


def upgrade() -> None:
    op.create_table(
        "score_counts",
        sa.Column("scope", sa.String(length=64), nullable=False),
        sa.Column(
            "period", sa.Enum("all", "month", "week", name="period", native_enum=False, length=32), nullable=False
        ),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("advocates", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(*KEY, name=op.f("pk_score_counts")),
        sqlite_with_rowid=False,
    )
    op.execute(
        "INSERT INTO score_counts (scope, period, period_start, points, advocates) "
        "SELECT scope, period, period_start, points, count(*) FROM score_totals WHERE visible "
        "GROUP BY scope, period, period_start, points"
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(POSTGRESQL_FUNCTION)
        op.execute(POSTGRESQL_TRIGGER)
    else:
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER score_counts_follow ON score_totals")
        op.execute("DROP FUNCTION score_counts_follow()")
    else:
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER score_counts_after_{name}")
    op.drop_table("score_counts")
