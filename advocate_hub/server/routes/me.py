"""The signed-in account."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select

from advocate_hub.core.services.ledger import group_slugs
from advocate_hub.core.store.models import Advocate, AdvocateTotals
from advocate_hub.server.deps import AnyCaller, Db
from advocate_hub.server.schemas import Me, Totals

router = APIRouter(tags=["account"])


@router.get("/me")
def me(caller: AnyCaller, db: Db) -> Me:
    with db.read() as session:
        advocate = session.get(Advocate, caller.id)
        assert advocate is not None
        totals = session.scalars(select(AdvocateTotals).where(AdvocateTotals.advocate_id == caller.id)).one()
        return Me(
            uid=advocate.uid,
            email=advocate.email,
            name=advocate.name,
            company=advocate.company,
            language=advocate.language,
            role=advocate.role.value,
            status=advocate.status.value,
            referral_code=advocate.referral_code,
            consent_publish_name=advocate.consent_publish_name,
            consent_contact=advocate.consent_contact,
            opted_out_kinds=list(advocate.opted_out_kinds),
            groups=group_slugs(session, caller.id),
            totals=Totals(
                balance=totals.balance,
                lifetime=totals.lifetime,
                tier=totals.tier.value,
                high_barrier_completions=totals.high_barrier_completions,
            ),
        )
