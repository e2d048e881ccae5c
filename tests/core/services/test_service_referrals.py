"""The referral pipeline and its milestone points, through ``core.services.referrals``."""

from __future__ import annotations

from datetime import timedelta

import pytest

from advocate_hub.core.domain.enums import LedgerKind, ReferralStage
from advocate_hub.core.domain.errors import InvalidTransition, NotAllowed, NotFound, ValidationError
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services import referrals
from advocate_hub.core.services.settings import DEFAULT_REFERRAL_POINTS
from advocate_hub.core.store.models import AuditEntry, LedgerEntry, Referral

S = ReferralStage


def referral(hub) -> tuple[int, int]:
    """An advocate and the referral they just submitted (the submission itself is left pending)."""
    ada = hub.advocate()
    challenge_id = hub.challenge(ChallengeKind.REFERRAL, points=300, min_tier=Tier.COMMUNITY)
    hub.submit(ada, challenge_id, {"name": "Cleo Colleague", "email": "cleo@example.net", "consent": True})
    [row] = hub.rows(Referral)
    return ada, row.id


def move(hub, referral_id: int, stage: ReferralStage, deal: int | None = None, actor_id: int | None = None):
    return hub.program.run(
        referrals.move,
        actor_id=actor_id or hub.mod,
        referral_id=referral_id,
        stage=stage,
        deal_value_cents=deal,
    )


def test_default_milestone_points() -> None:
    assert DEFAULT_REFERRAL_POINTS[S.QUALIFIED] == 100
    assert DEFAULT_REFERRAL_POINTS[S.WON] == 500
    assert DEFAULT_REFERRAL_POINTS[S.CONTACTED] == 0


def test_a_referral_moves_to_won_with_milestone_bonuses(hub) -> None:
    ada, referral_id = referral(hub)

    _, contacted = move(hub, referral_id, S.CONTACTED)
    hub.clock.advance(timedelta(days=3))
    _, qualified = move(hub, referral_id, S.QUALIFIED)
    hub.clock.advance(timedelta(days=3))
    row, won = move(hub, referral_id, S.WON, deal=2_400_000)

    assert contacted is None
    assert (row.stage, row.deal_value_cents, row.updated_at) == (S.WON, 2_400_000, hub.clock.now)
    bonuses = hub.rows(LedgerEntry)
    assert [(e.kind, e.points, e.referral_id, e.actor_id) for e in bonuses] == [
        (LedgerKind.BONUS, 100, referral_id, hub.mod),
        (LedgerKind.BONUS, 500, referral_id, hub.mod),
    ]
    assert [e.id for e in bonuses] == [qualified.entry.id, won.entry.id]
    assert "Cleo Colleague" in bonuses[1].reason
    totals = hub.totals(ada)
    assert (totals.balance, totals.lifetime, totals.tier) == (600, 600, Tier.SILVER)


def test_every_move_is_audited(hub) -> None:
    _, referral_id = referral(hub)

    move(hub, referral_id, S.CONTACTED)
    move(hub, referral_id, S.LOST)

    audits = hub.rows(AuditEntry, AuditEntry.action == "referral.move")
    assert [(a.before, a.after) for a in audits] == [
        ({"stage": "submitted"}, {"stage": "contacted", "deal_value_cents": None}),
        ({"stage": "contacted"}, {"stage": "lost", "deal_value_cents": None}),
    ]
    assert {a.target_id for a in audits} == {referral_id}


def test_a_lost_referral_earns_nothing_more(hub) -> None:
    ada, referral_id = referral(hub)
    move(hub, referral_id, S.CONTACTED)
    move(hub, referral_id, S.QUALIFIED)

    _, posted = move(hub, referral_id, S.LOST)

    assert posted is None
    assert hub.totals(ada).balance == 100
    assert hub.get(Referral, referral_id).stage is S.LOST


def test_won_needs_a_deal_value(hub) -> None:
    ada, referral_id = referral(hub)
    move(hub, referral_id, S.CONTACTED)
    move(hub, referral_id, S.QUALIFIED)
    before = hub.counts()

    with pytest.raises(ValidationError) as raised:
        move(hub, referral_id, S.WON)

    assert raised.value.field == "deal_value"
    assert hub.counts() == before
    assert hub.get(Referral, referral_id).stage is S.QUALIFIED
    assert hub.totals(ada).balance == 100


@pytest.mark.parametrize("deal", [-1, 10**13 + 1])
def test_a_deal_value_out_of_range_is_refused(hub, deal: int) -> None:
    _, referral_id = referral(hub)
    move(hub, referral_id, S.CONTACTED)
    move(hub, referral_id, S.QUALIFIED)

    with pytest.raises(ValidationError):
        move(hub, referral_id, S.WON, deal=deal)

    assert hub.get(Referral, referral_id).stage is S.QUALIFIED


def test_a_deal_value_belongs_only_to_a_won_referral(hub) -> None:
    _, referral_id = referral(hub)

    with pytest.raises(ValidationError):
        move(hub, referral_id, S.CONTACTED, deal=1000)

    assert hub.get(Referral, referral_id).deal_value_cents is None


@pytest.mark.parametrize(
    ("path", "illegal"),
    [
        ((), S.WON),
        ((), S.QUALIFIED),
        ((), S.SUBMITTED),
        ((S.CONTACTED,), S.SUBMITTED),
        ((S.CONTACTED,), S.CONTACTED),
        ((S.CONTACTED, S.QUALIFIED), S.CONTACTED),
        ((S.LOST,), S.CONTACTED),
        ((S.CONTACTED, S.QUALIFIED, S.WON), S.LOST),
    ],
)
def test_illegal_moves_are_refused(hub, path: tuple[ReferralStage, ...], illegal: ReferralStage) -> None:
    _, referral_id = referral(hub)
    for stage in path:
        move(hub, referral_id, stage, deal=1000 if stage is S.WON else None)
    stage_before = hub.get(Referral, referral_id).stage
    before = hub.counts()

    with pytest.raises(InvalidTransition):
        move(hub, referral_id, illegal, deal=1000 if illegal is S.WON else None)

    assert hub.counts() == before
    assert hub.get(Referral, referral_id).stage is stage_before


def test_the_program_can_set_its_own_milestone_points(hub) -> None:
    hub.set_rules(referral_points={S.SUBMITTED: 0, S.CONTACTED: 25, S.QUALIFIED: 0, S.WON: 1000})
    ada, referral_id = referral(hub)

    _, contacted = move(hub, referral_id, S.CONTACTED)
    _, qualified = move(hub, referral_id, S.QUALIFIED)

    assert contacted is not None
    assert contacted.entry.points == 25
    assert qualified is None
    assert hub.totals(ada).balance == 25


def test_only_a_manager_moves_referrals(hub) -> None:
    ada, referral_id = referral(hub)
    before = hub.counts()

    with pytest.raises(NotAllowed):
        move(hub, referral_id, S.CONTACTED, actor_id=ada)

    assert hub.counts() == before


def test_moving_an_unknown_referral_is_not_found(hub) -> None:
    with pytest.raises(NotFound):
        move(hub, 999, S.CONTACTED)
