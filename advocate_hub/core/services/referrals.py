"""Moving referrals through the pipeline, with the milestone points the program grants."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from advocate_hub.core.domain.enums import LedgerKind, ReferralStage
from advocate_hub.core.domain.referrals import check_move
from advocate_hub.core.services import audit, ledger
from advocate_hub.core.services.access import get, require_manager
from advocate_hub.core.services.settings import load_rules
from advocate_hub.core.store.models import Referral
from advocate_hub.core.sync.identity import Role, derived_uid


def move(
    session: Session,
    *,
    actor_id: int,
    referral_id: int,
    stage: ReferralStage,
    now: datetime,
    deal_value_cents: int | None = None,
    mutation_id: str | None = None,
) -> tuple[Referral, ledger.Posted | None]:
    require_manager(session, actor_id)
    referral = get(session, Referral, referral_id, "referral")
    check_move(referral.stage, stage, deal_value_cents)
    before = {"stage": referral.stage.value}
    referral.stage = stage
    referral.deal_value_cents = deal_value_cents
    referral.updated_at = now
    points = load_rules(session).referral_points.get(stage, 0)
    posted = None
    if points > 0:
        posted = ledger.post(
            session,
            advocate_id=referral.referrer_id,
            kind=LedgerKind.BONUS,
            points=points,
            now=now,
            reason=f"Referral {stage.value}: {referral.name}",
            actor_id=actor_id,
            referral_id=referral.id,
            uid=derived_uid(mutation_id, Role.MILESTONE),
        )
    audit.record(
        session,
        actor_id=actor_id,
        action="referral.move",
        target_type="referral",
        target_id=referral.id,
        now=now,
        before=before,
        after={"stage": stage.value, "deal_value_cents": deal_value_cents},
    )
    return referral, posted
