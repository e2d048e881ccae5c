"""The referral board's query: every referral in its stage's column, with counts and the value of won deals."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from advocate_hub.core.domain.enums import ReferralStage
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.queries.referral_pipeline import pipeline
from advocate_hub.core.services import referrals
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.models import Referral
from tests.core.services.conftest import FakeClock, Hub, prepare

S = ReferralStage
PATHS = {
    S.SUBMITTED: [],
    S.CONTACTED: [S.CONTACTED],
    S.QUALIFIED: [S.CONTACTED, S.QUALIFIED],
    S.WON: [S.CONTACTED, S.QUALIFIED, S.WON],
    S.LOST: [S.CONTACTED, S.LOST],
}


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    clock = FakeClock()
    with Program.open(tmp_path, clock=clock) as program:
        prepare(program)
        yield Hub(program, clock)


def test_referrals_are_grouped_by_stage_with_counts_and_won_value(hub: Hub) -> None:
    ada, bob = hub.advocate("Ada Lovelace"), hub.advocate("Bob Byte")
    challenge_id = hub.challenge(ChallengeKind.REFERRAL, points=300, max_per_advocate=10, min_tier=Tier.COMMUNITY)
    targets = [S.SUBMITTED, S.WON, S.QUALIFIED, S.WON, S.LOST, S.CONTACTED, S.SUBMITTED]
    for number in range(len(targets)):
        proof = {"name": f"Colleague {number}", "email": f"c{number}@example.net", "company": "Acme", "consent": True}
        hub.submit(ada if number % 2 else bob, challenge_id, proof)
        hub.clock.advance(timedelta(hours=1))
    deals = iter([1_250_000, 99])
    for referral, target in zip(hub.rows(Referral), targets, strict=True):
        for stage in PATHS[target]:
            hub.program.run(
                referrals.move,
                actor_id=hub.mod,
                referral_id=referral.id,
                stage=stage,
                deal_value_cents=next(deals) if stage is S.WON else None,
            )
            hub.clock.advance(timedelta(minutes=5))

    board = hub.program.read(pipeline)

    assert [column.stage for column in board.columns] == list(ReferralStage)
    assert {column.stage: column.count for column in board.columns} == {
        S.SUBMITTED: 2,
        S.CONTACTED: 1,
        S.QUALIFIED: 1,
        S.WON: 2,
        S.LOST: 1,
    }
    assert board.total == len(targets)
    assert board.won_value_cents == 1_250_099
    assert [column.value_cents for column in board.columns if column.stage is not S.WON] == [0, 0, 0, 0]
    won = board.column(S.WON).cards
    assert [(card.name, card.referrer_name, card.deal_value_cents) for card in won] == [
        ("Colleague 3", "Ada Lovelace", 99),
        ("Colleague 1", "Ada Lovelace", 1_250_000),
    ]
    submitted = board.column(S.SUBMITTED).cards
    assert [(card.name, card.company, card.referrer_name) for card in submitted] == [
        ("Colleague 6", "Acme", "Bob Byte"),
        ("Colleague 0", "Acme", "Bob Byte"),
    ]
    assert submitted[0].moves == {S.CONTACTED, S.LOST}
    assert won[0].moves == frozenset()


def test_an_empty_program_still_has_every_column(hub: Hub) -> None:
    board = hub.program.read(pipeline)

    assert [(column.stage, column.count, column.value_cents) for column in board.columns] == [
        (stage, 0, 0) for stage in ReferralStage
    ]
