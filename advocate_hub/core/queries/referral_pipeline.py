"""The referral pipeline as a board: referrals grouped by stage, with counts and the value of won deals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from advocate_hub.core.domain.enums import ReferralStage
from advocate_hub.core.domain.referrals import NEXT_STAGES
from advocate_hub.core.store.models import Advocate, Referral


@dataclass(frozen=True, slots=True)
class ReferralCard:
    id: int
    name: str
    company: str
    email: str
    referrer_id: int
    referrer_name: str
    stage: ReferralStage
    deal_value_cents: int | None
    updated_at: datetime

    @property
    def moves(self) -> frozenset[ReferralStage]:
        """The stages this referral may move to next (none once won or lost)."""
        return NEXT_STAGES[self.stage]


@dataclass(frozen=True, slots=True)
class StageColumn:
    stage: ReferralStage
    cards: list[ReferralCard]
    value_cents: int
    """Sum of the deal values recorded in this stage (only won deals carry one)."""

    @property
    def count(self) -> int:
        return len(self.cards)


@dataclass(frozen=True, slots=True)
class Pipeline:
    columns: list[StageColumn]
    """One per stage, in pipeline order, even when empty: the board's columns never jump around."""

    @property
    def total(self) -> int:
        return sum(column.count for column in self.columns)

    @property
    def won_value_cents(self) -> int:
        return self.column(ReferralStage.WON).value_cents

    def column(self, stage: ReferralStage) -> StageColumn:
        return next(column for column in self.columns if column.stage is stage)


def pipeline(session: Session) -> Pipeline:
    """Every referral by stage, most recently moved first within a stage."""
    referrer = aliased(Advocate)
    rows = session.execute(
        select(Referral, referrer.name)
        .join(referrer, referrer.id == Referral.referrer_id)
        .order_by(Referral.updated_at.desc(), Referral.id.desc())
    ).all()
    by_stage: dict[ReferralStage, list[ReferralCard]] = {stage: [] for stage in ReferralStage}
    for referral, referrer_name in rows:
        by_stage[referral.stage].append(
            ReferralCard(
                referral.id,
                referral.name,
                referral.company,
                referral.email,
                referral.referrer_id,
                referrer_name,
                referral.stage,
                referral.deal_value_cents,
                referral.updated_at,
            )
        )
    return Pipeline(
        [
            StageColumn(stage, cards, sum(card.deal_value_cents or 0 for card in cards))
            for stage, cards in by_stage.items()
        ]
    )
