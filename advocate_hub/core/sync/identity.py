"""Uids that the client and the server both derive from a mutation id.

A row created by a client mutation gets ``uuid5(mutation_id, role)`` on both sides, so the server's authoritative
row replaces the client's optimistic one in a pull instead of appearing next to it.
"""

from __future__ import annotations

from enum import StrEnum
from uuid import UUID, uuid4, uuid5


class Role(StrEnum):
    ADVOCATE = "advocate"
    SUBMISSION = "submission"
    DECLINE = "decline"
    REDEMPTION = "redemption"
    REFERRAL = "referral"
    EARNED = "ledger:earned"
    SPENT = "ledger:spent"
    ADJUSTED = "ledger:adjustment"
    REVERSED = "ledger:reversal"
    MILESTONE = "ledger:referral"
    CHALLENGE = "challenge"
    REWARD = "reward"


def new_mutation_id() -> str:
    return str(uuid4())


def derived_uid(mutation_id: str | None, role: Role) -> str | None:
    """The uid for the row ``role`` created by ``mutation_id``; None (a fresh uid) outside a mutation."""
    if mutation_id is None:
        return None
    return str(uuid5(UUID(mutation_id), role.value))
