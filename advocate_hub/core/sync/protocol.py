"""Facts of the sync protocol that the server and the client must agree on (docs/sync-protocol.md)."""

from __future__ import annotations

PUBLIC_ADVOCATE_FIELDS = ("uid", "name", "role", "consent_publish_name", "tier")
"""What every signed-in person receives about other people: enough for leaderboards, nothing private (the consent
says whether a board may show the name; ``tier`` comes from the person's totals, which only they receive)."""

PUBLIC_TIER_FIELD = "tier"
"""The one public field that is not an ``advocates`` column: the server reads it from the person's totals."""

PRIVATE_ADVOCATE_FIELDS = (
    "uid",
    "email",
    "name",
    "company",
    "language",
    "role",
    "status",
    "referral_code",
    "consent_publish_name",
    "consent_contact",
    "opted_out_kinds",
    "created_at",
    "updated_at",
    "last_active_at",
)
"""What a person receives about themselves."""
