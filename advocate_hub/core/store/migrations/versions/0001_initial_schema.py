"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "advocates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column(
            "role",
            sa.Enum("advocate", "moderator", "staff", "kiosk", name="role", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "nominated",
                "invited",
                "active",
                "opted_out",
                "alumni",
                name="advocatestatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("referral_code", sa.String(length=16), nullable=False),
        sa.Column("consent_publish_name", sa.Boolean(), nullable=False),
        sa.Column("consent_contact", sa.Boolean(), nullable=False),
        sa.Column("opted_out_kinds", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_active_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_advocates")),
        sa.UniqueConstraint("email", name=op.f("uq_advocates_email")),
        sa.UniqueConstraint("referral_code", name=op.f("uq_advocates_referral_code")),
        sa.UniqueConstraint("uid", name=op.f("uq_advocates_uid")),
    )
    op.create_table(
        "badges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("rule", sa.String(length=32), nullable=False),
        sa.Column("params", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_badges")),
        sa.UniqueConstraint("slug", name=op.f("uq_badges_slug")),
    )
    op.create_table(
        "groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_groups")),
        sa.UniqueConstraint("slug", name=op.f("uq_groups_slug")),
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mutation_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("mutation_id", name=op.f("uq_outbox_mutation_id")),
    )
    op.create_table(
        "program_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("fatigue_limit", sa.Integer(), nullable=False),
        sa.Column("tier_ladder", sa.JSON(), nullable=False),
        sa.Column("referral_points", sa.JSON(), nullable=False),
        sa.Column("referral_base_url", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_program_settings")),
    )
    op.create_table(
        "rewards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "incentive",
            sa.Enum("status", "access", "power", "stuff", name="incentive", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("cost", sa.Integer(), nullable=False),
        sa.Column("stock", sa.Integer(), nullable=True),
        sa.Column(
            "min_tier",
            sa.Enum("community", "silver", "gold", "platinum", name="tier", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rewards")),
        sa.UniqueConstraint("uid", name=op.f("uq_rewards_uid")),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "advocate_badges",
        sa.Column("advocate_id", sa.Integer(), nullable=False),
        sa.Column("badge_id", sa.Integer(), nullable=False),
        sa.Column("earned_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["advocate_id"], ["advocates.id"], name=op.f("fk_advocate_badges_advocate_id_advocates")
        ),
        sa.ForeignKeyConstraint(["badge_id"], ["badges.id"], name=op.f("fk_advocate_badges_badge_id_badges")),
        sa.PrimaryKeyConstraint("advocate_id", "badge_id", name=op.f("pk_advocate_badges")),
    )
    op.create_table(
        "advocate_groups",
        sa.Column("advocate_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["advocate_id"], ["advocates.id"], name=op.f("fk_advocate_groups_advocate_id_advocates")
        ),
        sa.ForeignKeyConstraint(["group_id"], ["groups.id"], name=op.f("fk_advocate_groups_group_id_groups")),
        sa.PrimaryKeyConstraint("advocate_id", "group_id", name=op.f("pk_advocate_groups")),
    )
    with op.batch_alter_table("advocate_groups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_advocate_groups_group_id"), ["group_id"], unique=False)

    op.create_table(
        "advocate_totals",
        sa.Column("advocate_id", sa.Integer(), nullable=False),
        sa.Column("balance", sa.Integer(), nullable=False),
        sa.Column("lifetime", sa.Integer(), nullable=False),
        sa.Column("high_barrier_completions", sa.Integer(), nullable=False),
        sa.Column(
            "tier",
            sa.Enum("community", "silver", "gold", "platinum", name="tier", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("tier_reached_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["advocate_id"], ["advocates.id"], name=op.f("fk_advocate_totals_advocate_id_advocates")
        ),
        sa.PrimaryKeyConstraint("advocate_id", name=op.f("pk_advocate_totals")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("target_type", sa.String(length=32), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["advocates.id"], name=op.f("fk_audit_log_actor_id_advocates")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("uid", name=op.f("uq_audit_log_uid")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index("ix_audit_time", ["created_at"], unique=False)

    op.create_table(
        "challenges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "review",
                "social_share",
                "survey",
                "quiz",
                "content",
                "event_checkin",
                "testimonial",
                "reference_call",
                "referral",
                "video_testimonial",
                "product_feedback",
                "community_answer",
                "case_study",
                "speaking",
                "advisory_board",
                name="challengekind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "barrier", sa.Enum("low", "medium", "high", name="barrier", native_enum=False, length=32), nullable=False
        ),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("max_per_advocate", sa.Integer(), nullable=False),
        sa.Column(
            "min_tier",
            sa.Enum("community", "silver", "gold", "platinum", name="tier", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("audience_tiers", sa.JSON(), nullable=False),
        sa.Column("audience_groups", sa.JSON(), nullable=False),
        sa.Column("auto_approve", sa.Boolean(), nullable=False),
        sa.Column("disclosure_required", sa.Boolean(), nullable=False),
        sa.Column(
            "proof_type",
            sa.Enum(
                "none",
                "link",
                "text",
                "answers",
                "quiz",
                "code",
                "referral",
                "media",
                "moderator_confirms",
                name="prooftype",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("config", sa.JSON(), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["created_by"], ["advocates.id"], name=op.f("fk_challenges_created_by_advocates")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_challenges")),
        sa.UniqueConstraint("uid", name=op.f("uq_challenges_uid")),
    )
    op.create_table(
        "redemptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reward_id", sa.Integer(), nullable=False),
        sa.Column("advocate_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("requested", "fulfilled", "cancelled", name="redemptionstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("cost", sa.Integer(), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["advocate_id"], ["advocates.id"], name=op.f("fk_redemptions_advocate_id_advocates")),
        sa.ForeignKeyConstraint(["decided_by"], ["advocates.id"], name=op.f("fk_redemptions_decided_by_advocates")),
        sa.ForeignKeyConstraint(["reward_id"], ["rewards.id"], name=op.f("fk_redemptions_reward_id_rewards")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_redemptions")),
        sa.UniqueConstraint("uid", name=op.f("uq_redemptions_uid")),
    )
    with op.batch_alter_table("redemptions", schema=None) as batch_op:
        batch_op.create_index("ix_redemptions_advocate", ["advocate_id", "requested_at"], unique=False)

    op.create_table(
        "score_totals",
        sa.Column("scope", sa.String(length=64), nullable=False),
        sa.Column(
            "period", sa.Enum("all", "month", "week", name="period", native_enum=False, length=32), nullable=False
        ),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("advocate_id", sa.Integer(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("visible", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["advocate_id"], ["advocates.id"], name=op.f("fk_score_totals_advocate_id_advocates")),
        sa.PrimaryKeyConstraint("scope", "period", "period_start", "advocate_id", name=op.f("pk_score_totals")),
    )
    with op.batch_alter_table("score_totals", schema=None) as batch_op:
        batch_op.create_index(
            "ix_score_board", ["scope", "period", "period_start", "visible", "points", "advocate_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_score_totals_advocate_id"), ["advocate_id"], unique=False)

    op.create_table(
        "declines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("challenge_id", sa.Integer(), nullable=False),
        sa.Column("advocate_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["advocate_id"], ["advocates.id"], name=op.f("fk_declines_advocate_id_advocates")),
        sa.ForeignKeyConstraint(["challenge_id"], ["challenges.id"], name=op.f("fk_declines_challenge_id_challenges")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_declines")),
        sa.UniqueConstraint("uid", name=op.f("uq_declines_uid")),
    )
    with op.batch_alter_table("declines", schema=None) as batch_op:
        batch_op.create_index("ix_declines_advocate_challenge", ["advocate_id", "challenge_id"], unique=False)

    op.create_table(
        "submissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("challenge_id", sa.Integer(), nullable=False),
        sa.Column("advocate_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "approved",
                "rejected",
                "changes_requested",
                name="submissionstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("proof", sa.JSON(), nullable=False),
        sa.Column("disclosure_acknowledged", sa.Boolean(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("used_note", sa.Text(), nullable=False),
        sa.Column("used_link", sa.String(length=2000), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["advocate_id"], ["advocates.id"], name=op.f("fk_submissions_advocate_id_advocates")),
        sa.ForeignKeyConstraint(
            ["challenge_id"], ["challenges.id"], name=op.f("fk_submissions_challenge_id_challenges")
        ),
        sa.ForeignKeyConstraint(["decided_by"], ["advocates.id"], name=op.f("fk_submissions_decided_by_advocates")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submissions")),
        sa.UniqueConstraint("uid", name=op.f("uq_submissions_uid")),
    )
    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.create_index("ix_submissions_advocate_time", ["advocate_id", "submitted_at"], unique=False)
        batch_op.create_index("ix_submissions_challenge_advocate", ["challenge_id", "advocate_id"], unique=False)
        batch_op.create_index("ix_submissions_status_time", ["status", "submitted_at"], unique=False)

    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referrer_id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column(
            "stage",
            sa.Enum(
                "submitted", "contacted", "qualified", "won", "lost", name="referralstage", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("deal_value_cents", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["referrer_id"], ["advocates.id"], name=op.f("fk_referrals_referrer_id_advocates")),
        sa.ForeignKeyConstraint(
            ["submission_id"], ["submissions.id"], name=op.f("fk_referrals_submission_id_submissions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
        sa.UniqueConstraint("referrer_id", "email", name=op.f("uq_referrals_referrer_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_referrals_uid")),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referrals_referrer_id"), ["referrer_id"], unique=False)

    op.create_table(
        "ledger_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("advocate_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "earned", "bonus", "adjustment", "reversal", "spent", name="ledgerkind", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("submission_id", sa.Integer(), nullable=True),
        sa.Column("redemption_id", sa.Integer(), nullable=True),
        sa.Column("referral_id", sa.Integer(), nullable=True),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["advocates.id"], name=op.f("fk_ledger_entries_actor_id_advocates")),
        sa.ForeignKeyConstraint(
            ["advocate_id"], ["advocates.id"], name=op.f("fk_ledger_entries_advocate_id_advocates")
        ),
        sa.ForeignKeyConstraint(
            ["redemption_id"], ["redemptions.id"], name=op.f("fk_ledger_entries_redemption_id_redemptions")
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"], ["referrals.id"], name=op.f("fk_ledger_entries_referral_id_referrals")
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"], ["ledger_entries.id"], name=op.f("fk_ledger_entries_reverses_id_ledger_entries")
        ),
        sa.ForeignKeyConstraint(
            ["submission_id"], ["submissions.id"], name=op.f("fk_ledger_entries_submission_id_submissions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entries")),
        sa.UniqueConstraint("reverses_id", name=op.f("uq_ledger_entries_reverses_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_ledger_entries_uid")),
    )
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.create_index("ix_ledger_advocate", ["advocate_id", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ledger_entries_redemption_id"), ["redemption_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ledger_entries_referral_id"), ["referral_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ledger_entries_submission_id"), ["submission_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_entries_submission_id"))
        batch_op.drop_index(batch_op.f("ix_ledger_entries_referral_id"))
        batch_op.drop_index(batch_op.f("ix_ledger_entries_redemption_id"))
        batch_op.drop_index("ix_ledger_advocate")

    op.drop_table("ledger_entries")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referrals_referrer_id"))

    op.drop_table("referrals")
    with op.batch_alter_table("submissions", schema=None) as batch_op:
        batch_op.drop_index("ix_submissions_status_time")
        batch_op.drop_index("ix_submissions_challenge_advocate")
        batch_op.drop_index("ix_submissions_advocate_time")

    op.drop_table("submissions")
    with op.batch_alter_table("declines", schema=None) as batch_op:
        batch_op.drop_index("ix_declines_advocate_challenge")

    op.drop_table("declines")
    with op.batch_alter_table("score_totals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_score_totals_advocate_id"))
        batch_op.drop_index("ix_score_board")

    op.drop_table("score_totals")
    with op.batch_alter_table("redemptions", schema=None) as batch_op:
        batch_op.drop_index("ix_redemptions_advocate")

    op.drop_table("redemptions")
    op.drop_table("challenges")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_time")
        batch_op.drop_index(batch_op.f("ix_audit_log_actor_id"))

    op.drop_table("audit_log")
    op.drop_table("advocate_totals")
    with op.batch_alter_table("advocate_groups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_advocate_groups_group_id"))

    op.drop_table("advocate_groups")
    op.drop_table("advocate_badges")
    op.drop_table("sync_state")
    op.drop_table("rewards")
    op.drop_table("program_settings")
    op.drop_table("outbox")
    op.drop_table("groups")
    op.drop_table("badges")
    op.drop_table("advocates")
