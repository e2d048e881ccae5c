"""Ledger properties over random sequences of earning, adjusting, reversing, spending and refunding.

A ``RuleBasedStateMachine`` drives a real program in a fresh SQLite file (copied from a migrated template so an
example does not pay for the migrations) while a plain-Python model keeps what each advocate should have. After
every step the maintained totals must equal both the model and a recomputation from the ledger alone.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from advocate_hub.core.domain.enums import Incentive, LedgerKind, Period, RedemptionStatus, Role
from advocate_hub.core.domain.errors import (
    AdvocateHubError,
    AlreadyReversed,
    InvalidTransition,
    NotEligible,
    NotEnoughPoints,
    OutOfStock,
    ValidationError,
)
from advocate_hub.core.domain.periods import ALL_TIME_START
from advocate_hub.core.domain.tiers import DEFAULT_LADDER, Tier
from advocate_hub.core.services import advocates, ledger, points, rewards
from advocate_hub.core.services.program import Program
from advocate_hub.core.store.database import DATABASE_FILENAME
from advocate_hub.core.store.models import (
    OVERALL_SCOPE,
    AdvocateTotals,
    LedgerEntry,
    Redemption,
    Reward,
    ScoreTotal,
)

START = datetime(2025, 1, 30, 9, 0, tzinfo=UTC)
ADVOCATE_COUNT = 3
REASON = "Property test"
GROUP = "emea"


@dataclass
class ModelEntry:
    advocate: int
    kind: LedgerKind
    points: int
    lifetime_effect: int
    counts_at: datetime
    """The moment whose week and month the entry counts in: its own, or for a reversal the undone entry's."""
    reversed: bool = False


@dataclass
class ModelReward:
    cost: int
    stock: int | None
    min_tier: Tier


@dataclass
class ModelRedemption:
    advocate: int
    reward: int
    spent_entry: int
    status: RedemptionStatus


def table_state(session: Session) -> tuple[Any, ...]:
    """Everything a use case could change, to prove that a refused one changed nothing."""
    return (
        session.execute(select(LedgerEntry.id, LedgerEntry.kind, LedgerEntry.points, LedgerEntry.reverses_id)).all(),
        session.execute(select(AdvocateTotals.advocate_id, AdvocateTotals.balance, AdvocateTotals.lifetime)).all(),
        session.execute(select(AdvocateTotals.advocate_id, AdvocateTotals.tier)).all(),
        sorted(
            session.execute(
                select(
                    ScoreTotal.scope, ScoreTotal.period, ScoreTotal.period_start, ScoreTotal.advocate_id
                ).add_columns(ScoreTotal.points)
            ).all()
        ),
        session.execute(select(Redemption.id, Redemption.status)).all(),
        session.execute(select(Reward.id, Reward.stock)).all(),
    )


class LedgerMachine(RuleBasedStateMachine):
    def __init__(self, template: Path) -> None:
        super().__init__()
        self.template = template
        self.now = START
        self.directory: tempfile.TemporaryDirectory[str] | None = None
        self.program: Program | None = None
        self.moderator = 0
        self.advocates: list[int] = []
        self.entries: dict[int, ModelEntry] = {}
        self.rewards: dict[int, ModelReward] = {}
        self.redemptions: dict[int, ModelRedemption] = {}

    # --- set-up and tear-down -------------------------------------------------------------------------------

    @initialize()
    def open_program(self) -> None:
        self.directory = tempfile.TemporaryDirectory(prefix="ledger-props-")
        data_dir = Path(self.directory.name)
        shutil.copyfile(self.template / DATABASE_FILENAME, data_dir / DATABASE_FILENAME)
        self.program = Program.open(data_dir, clock=lambda: self.now)
        self.moderator = self.run(
            advocates.create,
            new=advocates.NewAdvocate("mod@example.com", "Mo Derator", role=Role.MODERATOR),
        ).id
        self.advocates = [
            self.run(
                advocates.create,
                new=advocates.NewAdvocate(
                    f"advocate{n}@example.com", f"Advocate {n}", groups=(GROUP,) if n == 0 else ()
                ),
            ).id
            for n in range(ADVOCATE_COUNT)
        ]
        for name, cost, stock, min_tier in [
            ("Sticker", 40, None, Tier.COMMUNITY),
            ("Hoodie", 350, 2, Tier.COMMUNITY),
            ("Roadmap call", 200, None, Tier.SILVER),
        ]:
            reward = self.run(
                rewards.create,
                actor_id=self.moderator,
                draft=rewards.RewardDraft(name, Incentive.STUFF, cost, stock=stock, min_tier=min_tier),
            )
            self.rewards[reward.id] = ModelReward(cost, stock, min_tier)

    def teardown(self) -> None:
        if self.program is not None:
            self.program.close()
        if self.directory is not None:
            self.directory.cleanup()

    # --- helpers ----------------------------------------------------------------------------------------------

    def run(self, use_case: Any, **kwargs: Any) -> Any:
        assert self.program is not None
        return self.program.run(use_case, **kwargs)

    def read(self, query: Any) -> Any:
        assert self.program is not None
        return self.program.read(query)

    def state(self) -> tuple[Any, ...]:
        return self.read(table_state)

    def refused(self, error: type[AdvocateHubError], use_case: Any, **kwargs: Any) -> None:
        before = self.state()
        with pytest.raises(error):
            self.run(use_case, **kwargs)
        assert self.state() == before, f"a refused {use_case.__name__} changed the data"

    def balance(self, advocate: int) -> int:
        return sum(e.points for e in self.entries.values() if e.advocate == advocate)

    def lifetime(self, advocate: int) -> int:
        return sum(e.lifetime_effect for e in self.entries.values() if e.advocate == advocate)

    def tier(self, advocate: int) -> Tier:
        return DEFAULT_LADDER.tier_for(self.lifetime(advocate), 0)

    def expected_scores(self) -> dict[tuple[str, Period, date, int], int]:
        """Leaderboard rows worked out from the model alone, written without the code under test."""
        scopes = {advocate: [OVERALL_SCOPE] for advocate in [self.moderator, *self.advocates]}
        scopes[self.advocates[0]].append(GROUP)
        expected = {
            (scope, Period.ALL, ALL_TIME_START, advocate): 0 for advocate, names in scopes.items() for scope in names
        }
        for entry in self.entries.values():
            if not entry.lifetime_effect:
                continue
            day = entry.counts_at.date()
            starts = {
                Period.ALL: ALL_TIME_START,
                Period.MONTH: day.replace(day=1),
                Period.WEEK: day - timedelta(days=day.weekday()),
            }
            for scope in scopes[entry.advocate]:
                for period, start in starts.items():
                    key = (scope, period, start, entry.advocate)
                    expected[key] = expected.get(key, 0) + entry.lifetime_effect
        return expected

    def record(self, posted: ledger.Posted, lifetime_effect: int, counts_at: datetime | None = None) -> None:
        entry = posted.entry
        assert entry.id not in self.entries
        assert entry.created_at == self.now
        self.entries[entry.id] = ModelEntry(
            entry.advocate_id, entry.kind, entry.points, lifetime_effect, counts_at or self.now
        )
        assert posted.balance == self.balance(entry.advocate_id)
        assert posted.lifetime == self.lifetime(entry.advocate_id)

    # --- rules --------------------------------------------------------------------------------------------------

    @rule(days=st.integers(0, 40), hours=st.integers(0, 23))
    def advance_clock(self, days: int, hours: int) -> None:
        self.now += timedelta(days=days, hours=hours)

    @rule(who=st.integers(0, ADVOCATE_COUNT - 1), amount=st.integers(1, 900))
    def earn(self, who: int, amount: int) -> None:
        posted = self.run(
            ledger.post, advocate_id=self.advocates[who], kind=LedgerKind.EARNED, points=amount, reason="Challenge"
        )
        self.record(posted, amount)

    @rule(who=st.integers(0, ADVOCATE_COUNT - 1), amount=st.integers(1, 500))
    def bonus(self, who: int, amount: int) -> None:
        posted = self.run(
            points.adjust,
            actor_id=self.moderator,
            advocate_id=self.advocates[who],
            points=amount,
            reason=REASON,
            kind=LedgerKind.BONUS,
        )
        self.record(posted, amount)

    @rule(who=st.integers(0, ADVOCATE_COUNT - 1), amount=st.integers(-600, 600).filter(bool))
    def adjust(self, who: int, amount: int) -> None:
        kwargs = {"actor_id": self.moderator, "advocate_id": self.advocates[who], "points": amount, "reason": REASON}
        if amount < 0 and self.balance(self.advocates[who]) + amount < 0:
            self.refused(ValidationError, points.adjust, **kwargs)  # never takes more than the balance
            return
        self.record(self.run(points.adjust, **kwargs), amount)

    @precondition(lambda self: bool(self.entries))
    @rule(pick=st.integers(0, 10_000), spending=st.booleans())
    def reverse(self, pick: int, spending: bool) -> None:
        """Reverse any entry, or (when ``spending``) a redemption's spending by hand, ahead of any refund."""
        choices = sorted(i for i, e in self.entries.items() if e.kind is LedgerKind.SPENT) if spending else []
        choices = choices or sorted(self.entries)
        entry_id = choices[pick % len(choices)]
        original = self.entries[entry_id]
        if original.kind is LedgerKind.REVERSAL:
            self.refused(ValidationError, points.reverse, actor_id=self.moderator, entry_id=entry_id, reason=REASON)
            return
        if original.reversed:
            self.refused(AlreadyReversed, points.reverse, actor_id=self.moderator, entry_id=entry_id, reason=REASON)
            return
        tier_before = self.tier(original.advocate)
        posted = self.run(points.reverse, actor_id=self.moderator, entry_id=entry_id, reason=REASON)
        assert posted.entry.kind is LedgerKind.REVERSAL
        assert posted.entry.reverses_id == entry_id
        assert posted.entry.points == -original.points
        original.reversed = True
        self.record(posted, 0 if original.kind is LedgerKind.SPENT else -original.points, original.counts_at)
        assert posted.tier_before is tier_before
        assert posted.tier_after is self.tier(original.advocate)

    @rule(who=st.integers(0, ADVOCATE_COUNT - 1), pick=st.integers(0, 10))
    def redeem(self, who: int, pick: int) -> None:
        advocate = self.advocates[who]
        reward_id = sorted(self.rewards)[pick % len(self.rewards)]
        reward = self.rewards[reward_id]
        tier_before = self.tier(advocate)
        if tier_before.rank < reward.min_tier.rank:
            self.refused(NotEligible, rewards.redeem, advocate_id=advocate, reward_id=reward_id)
            return
        if reward.stock == 0:
            self.refused(OutOfStock, rewards.redeem, advocate_id=advocate, reward_id=reward_id)
            return
        if self.balance(advocate) < reward.cost:
            self.refused(NotEnoughPoints, rewards.redeem, advocate_id=advocate, reward_id=reward_id)
            return
        redemption, posted = self.run(rewards.redeem, advocate_id=advocate, reward_id=reward_id)
        assert posted.entry.kind is LedgerKind.SPENT
        assert posted.entry.points == -reward.cost
        self.record(posted, 0)
        if reward.stock is not None:
            reward.stock -= 1
        self.redemptions[redemption.id] = ModelRedemption(
            advocate, reward_id, posted.entry.id, RedemptionStatus.REQUESTED
        )
        assert posted.tier_before is tier_before
        assert posted.tier_after is tier_before, "spending lowered a tier"
        assert self.stored_tier(advocate) is tier_before

    @precondition(lambda self: bool(self.redemptions))
    @rule(pick=st.integers(0, 10_000))
    def cancel_redemption(self, pick: int) -> None:
        redemption_id = sorted(self.redemptions)[pick % len(self.redemptions)]
        redemption = self.redemptions[redemption_id]
        kwargs = {"actor_id": self.moderator, "redemption_id": redemption_id, "reason": "Out of sizes"}
        if redemption.status is not RedemptionStatus.REQUESTED:
            self.refused(InvalidTransition, rewards.cancel, **kwargs)
            return
        spent = self.entries[redemption.spent_entry]
        if spent.reversed:
            # A moderator reversed the spending by hand already: the refund must not be paid twice.
            self.refused(AlreadyReversed, rewards.cancel, **kwargs)
            return
        self.run(rewards.cancel, **kwargs)
        refund_id, refund_points = self.read(
            lambda s: s.execute(
                select(LedgerEntry.id, LedgerEntry.points).where(LedgerEntry.reverses_id == redemption.spent_entry)
            ).one()
        )
        assert refund_points == -spent.points > 0
        spent.reversed = True
        self.entries[refund_id] = ModelEntry(
            redemption.advocate, LedgerKind.REVERSAL, refund_points, 0, spent.counts_at
        )
        redemption.status = RedemptionStatus.CANCELLED
        reward = self.rewards[redemption.reward]
        if reward.stock is not None:
            reward.stock += 1

    def stored_tier(self, advocate: int) -> Tier:
        return self.read(
            lambda s: s.scalars(select(AdvocateTotals.tier).where(AdvocateTotals.advocate_id == advocate)).one()
        )

    # --- invariants ---------------------------------------------------------------------------------------------

    @invariant()
    def stored_state_agrees_with_the_ledger_and_the_model(self) -> None:
        if self.program is None:
            return
        self.program.read(self.check_totals)

    def check_totals(self, session: Session) -> None:
        sums = dict(
            session.execute(
                select(LedgerEntry.advocate_id, func.sum(LedgerEntry.points)).group_by(LedgerEntry.advocate_id)
            ).all()
        )
        reversed_entry = aliased(LedgerEntry)
        non_spend = dict(
            session.execute(
                select(LedgerEntry.advocate_id, func.sum(LedgerEntry.points))
                .outerjoin(reversed_entry, reversed_entry.id == LedgerEntry.reverses_id)
                .where(LedgerEntry.kind != LedgerKind.SPENT)
                .where((reversed_entry.id.is_(None)) | (reversed_entry.kind != LedgerKind.SPENT))
                .group_by(LedgerEntry.advocate_id)
            ).all()
        )
        totals = {t.advocate_id: t for t in session.scalars(select(AdvocateTotals))}
        for advocate in [self.moderator, *self.advocates]:
            row = totals[advocate]
            assert row.balance == sums.get(advocate, 0) == self.balance(advocate)
            assert row.lifetime == non_spend.get(advocate, 0) == self.lifetime(advocate)
            assert row.tier is self.tier(advocate)

        fresh = ledger.recompute(session)
        assert {a: t.balance for a, t in totals.items()} == dict(fresh.balance)
        assert {a: t.lifetime for a, t in totals.items()} == dict(fresh.lifetime)
        scores = {
            (scope, period, start, advocate): points_
            for scope, period, start, advocate, points_ in session.execute(
                select(
                    ScoreTotal.scope,
                    ScoreTotal.period,
                    ScoreTotal.period_start,
                    ScoreTotal.advocate_id,
                    ScoreTotal.points,
                )
            )
        }
        assert scores == dict(fresh.scores) == self.expected_scores()

        stock = dict(session.execute(select(Reward.id, Reward.stock)).all())
        assert stock == {reward_id: reward.stock for reward_id, reward in self.rewards.items()}

        reversals = Counter(
            session.scalars(select(LedgerEntry.reverses_id).where(LedgerEntry.reverses_id.is_not(None)))
        )
        assert all(count == 1 for count in reversals.values())
        assert set(reversals) == {entry_id for entry_id, e in self.entries.items() if e.reversed}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty program to copy for each example."""
    data_dir = tmp_path_factory.mktemp("ledger-template")
    Program.open(data_dir).close()
    return data_dir


def test_ledger_totals_hold_after_any_sequence(template: Path) -> None:
    run_state_machine_as_test(
        lambda: LedgerMachine(template),
        settings=settings(
            max_examples=20,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )


def test_a_redemption_whose_spending_was_reversed_by_hand_is_not_refunded_twice(template: Path) -> None:
    """The rare path spelled out: redeem, reverse the spending by hand, then cancel the redemption."""
    machine = LedgerMachine(template)
    try:
        machine.open_program()
        machine.earn(who=0, amount=600)
        hoodie = sorted(machine.rewards).index(next(i for i, r in machine.rewards.items() if r.stock == 2))
        machine.redeem(who=0, pick=hoodie)
        machine.stored_state_agrees_with_the_ledger_and_the_model()
        machine.reverse(pick=0, spending=True)
        machine.stored_state_agrees_with_the_ledger_and_the_model()
        assert machine.balance(machine.advocates[0]) == 600
        machine.cancel_redemption(pick=0)  # refused with AlreadyReversed, nothing changed
        machine.reverse(pick=0, spending=True)  # refused with AlreadyReversed
        machine.stored_state_agrees_with_the_ledger_and_the_model()
        assert machine.balance(machine.advocates[0]) == 600
    finally:
        machine.teardown()


def test_points_can_be_added_to_a_balance_a_reversal_left_negative(template: Path) -> None:
    """Earn, spend down by hand, reverse the earning: the balance is negative, and a bonus must still go through."""
    machine = LedgerMachine(template)
    try:
        machine.open_program()
        machine.earn(who=0, amount=600)
        machine.adjust(who=0, amount=-500)
        machine.reverse(pick=0, spending=False)
        assert machine.balance(machine.advocates[0]) == -500
        machine.bonus(who=0, amount=1)
        machine.adjust(who=0, amount=50)
        machine.adjust(who=0, amount=-1)  # refused: nothing left to take
        machine.stored_state_agrees_with_the_ledger_and_the_model()
        assert machine.balance(machine.advocates[0]) == -449
    finally:
        machine.teardown()
