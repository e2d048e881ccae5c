"""The rules of the points ledger: which entries are valid, and what each does to the totals.

Balance is the sum of all entries. Lifetime earned points, which drive tiers and leaderboards, count everything
except spending (and the refund of spending), so redeeming a reward never lowers a tier while reversing earned
points can.
"""

from __future__ import annotations

from dataclasses import dataclass

from advocate_hub.core.domain.enums import LedgerKind
from advocate_hub.core.domain.errors import AlreadyReversed, ValidationError

MAX_ENTRY_POINTS = 1_000_000
"""Larger single entries are refused as absurd: no real program grants a million points at once."""


@dataclass(frozen=True, slots=True)
class Effect:
    balance: int
    lifetime: int


def check_entry(kind: LedgerKind, points: int, reason: str, actor_id: int | None) -> None:
    """Raise a ``ValidationError`` if an entry of ``kind`` with these values may not be written."""
    if isinstance(points, bool) or not isinstance(points, int):
        raise ValidationError("Points must be a whole number.", field="points")
    if abs(points) > MAX_ENTRY_POINTS:
        raise ValidationError(
            f"{points:,} points is more than one entry may move ({MAX_ENTRY_POINTS:,}).", field="points"
        )
    if kind in {LedgerKind.EARNED, LedgerKind.BONUS} and points <= 0:
        raise ValidationError(f"{kind.value.capitalize()} points must be positive.", field="points")
    if kind is LedgerKind.SPENT and points >= 0:
        raise ValidationError("Spending is recorded as a negative number of points.", field="points")
    if kind is LedgerKind.ADJUSTMENT:
        if points == 0:
            raise ValidationError("An adjustment of zero points changes nothing.", field="points")
        if actor_id is None:
            raise ValidationError("An adjustment records who made it.", field="actor")
    if kind in {LedgerKind.ADJUSTMENT, LedgerKind.BONUS, LedgerKind.REVERSAL} and not reason.strip():
        raise ValidationError(f"Give a reason for the {kind.value}.", field="reason")


def check_reversible(kind: LedgerKind, already_reversed: bool) -> None:
    if kind is LedgerKind.REVERSAL:
        raise ValidationError("A reversal cannot itself be reversed; make an adjustment instead.")
    if already_reversed:
        raise AlreadyReversed("That entry has already been reversed; each entry can be reversed once.")


def effect(kind: LedgerKind, points: int, reversed_kind: LedgerKind | None = None) -> Effect:
    """What an entry does to balance and lifetime points; ``reversed_kind`` is set for reversals."""
    if kind is LedgerKind.SPENT or (kind is LedgerKind.REVERSAL and reversed_kind is LedgerKind.SPENT):
        return Effect(balance=points, lifetime=0)
    return Effect(balance=points, lifetime=points)
