"""The referral pipeline: submitted -> contacted -> qualified -> won, or lost from any open stage."""

from __future__ import annotations

from advocate_hub.core.domain.enums import ReferralStage
from advocate_hub.core.domain.errors import InvalidTransition, ValidationError

NEXT_STAGES: dict[ReferralStage, frozenset[ReferralStage]] = {
    ReferralStage.SUBMITTED: frozenset({ReferralStage.CONTACTED, ReferralStage.LOST}),
    ReferralStage.CONTACTED: frozenset({ReferralStage.QUALIFIED, ReferralStage.LOST}),
    ReferralStage.QUALIFIED: frozenset({ReferralStage.WON, ReferralStage.LOST}),
    ReferralStage.WON: frozenset(),
    ReferralStage.LOST: frozenset(),
}
MAX_DEAL_VALUE_CENTS = 10**13


def check_move(current: ReferralStage, target: ReferralStage, deal_value_cents: int | None) -> None:
    if target not in NEXT_STAGES[current]:
        raise InvalidTransition(f"A {current.value} referral cannot move to {target.value}.")
    if target is ReferralStage.WON:
        if deal_value_cents is None:
            raise ValidationError("Record the value of the won deal.", field="deal_value")
        if not 0 <= deal_value_cents <= MAX_DEAL_VALUE_CENTS:
            raise ValidationError("The deal value must be a positive amount.", field="deal_value")
    elif deal_value_cents is not None:
        raise ValidationError("A deal value is recorded only when the referral is won.", field="deal_value")
