"""Ledger rules: which entries may be written, which may be reversed, and what each does to the totals."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advocate_hub.core.domain.enums import LedgerKind
from advocate_hub.core.domain.errors import AlreadyReversed, ValidationError
from advocate_hub.core.domain.ledger import MAX_ENTRY_POINTS, Effect, check_entry, check_reversible, effect

ACTOR = 7


def assert_refused(kind: LedgerKind, points: Any, reason: str, actor: int | None, field: str, match: str) -> None:
    with pytest.raises(ValidationError, match=match) as info:
        check_entry(kind, points, reason, actor)
    assert info.value.field == field


@pytest.mark.parametrize(
    ("kind", "points", "reason", "actor"),
    [
        (LedgerKind.EARNED, 100, "", None),
        (LedgerKind.EARNED, 1, "", None),
        (LedgerKind.EARNED, MAX_ENTRY_POINTS, "", None),
        (LedgerKind.BONUS, 50, "Launch week", None),
        (LedgerKind.ADJUSTMENT, -30, "Duplicate review", ACTOR),
        (LedgerKind.ADJUSTMENT, 30, "Missed approval", ACTOR),
        (LedgerKind.REVERSAL, -100, "Review was removed", None),
        (LedgerKind.REVERSAL, 250, "Refund of a cancelled redemption", None),
        (LedgerKind.SPENT, -500, "", None),
        (LedgerKind.SPENT, -MAX_ENTRY_POINTS, "", None),
    ],
)
def test_valid_entries_pass(kind: LedgerKind, points: int, reason: str, actor: int | None) -> None:
    check_entry(kind, points, reason, actor)


@pytest.mark.parametrize("points", [0, -1, -100])
def test_earned_must_be_positive(points: int) -> None:
    assert_refused(LedgerKind.EARNED, points, "", None, "points", "Earned points must be positive")


@pytest.mark.parametrize("points", [0, -5])
def test_bonus_must_be_positive(points: int) -> None:
    assert_refused(LedgerKind.BONUS, points, "Nice", None, "points", "Bonus points must be positive")


@pytest.mark.parametrize("points", [0, 1, 500])
def test_spent_must_be_negative(points: int) -> None:
    assert_refused(LedgerKind.SPENT, points, "", None, "points", "negative number of points")


def test_adjustment_must_not_be_zero() -> None:
    assert_refused(LedgerKind.ADJUSTMENT, 0, "Why", ACTOR, "points", "zero points changes nothing")


def test_adjustment_needs_an_actor() -> None:
    assert_refused(LedgerKind.ADJUSTMENT, 10, "Why", None, "actor", "who made it")


@pytest.mark.parametrize("reason", ["", "   ", "\n"])
def test_adjustment_needs_a_reason(reason: str) -> None:
    assert_refused(LedgerKind.ADJUSTMENT, 10, reason, ACTOR, "reason", "Give a reason for the adjustment")


@pytest.mark.parametrize(("kind", "points"), [(LedgerKind.BONUS, 10), (LedgerKind.REVERSAL, -10)])
def test_bonus_and_reversal_need_a_reason(kind: LedgerKind, points: int) -> None:
    assert_refused(kind, points, "  ", ACTOR, "reason", f"Give a reason for the {kind.value}")


@pytest.mark.parametrize("kind", [LedgerKind.EARNED, LedgerKind.SPENT])
def test_earned_and_spent_need_no_reason_or_actor(kind: LedgerKind) -> None:
    check_entry(kind, 10 if kind is LedgerKind.EARNED else -10, "", None)


@pytest.mark.parametrize("kind", list(LedgerKind))
@pytest.mark.parametrize("points", [MAX_ENTRY_POINTS + 1, -(MAX_ENTRY_POINTS + 1), 10**12])
def test_absurd_points_are_refused(kind: LedgerKind, points: int) -> None:
    assert_refused(kind, points, "A reason", ACTOR, "points", "more than one entry may move")


def test_absurd_points_message_is_readable() -> None:
    with pytest.raises(ValidationError) as info:
        check_entry(LedgerKind.EARNED, 2_000_000, "", None)
    assert str(info.value) == "2,000,000 points is more than one entry may move (1,000,000)."


@pytest.mark.parametrize("kind", list(LedgerKind))
@pytest.mark.parametrize("points", [True, False, 1.0, "10", None])
def test_points_must_be_a_whole_number(kind: LedgerKind, points: Any) -> None:
    assert_refused(kind, points, "A reason", ACTOR, "points", "whole number")


def test_zero_adjustment_is_refused_before_a_missing_actor() -> None:
    assert_refused(LedgerKind.ADJUSTMENT, 0, "", None, "points", "zero")


# reversibility


@pytest.mark.parametrize("kind", [k for k in LedgerKind if k is not LedgerKind.REVERSAL])
def test_entries_can_be_reversed_once(kind: LedgerKind) -> None:
    check_reversible(kind, already_reversed=False)
    with pytest.raises(AlreadyReversed, match="already been reversed") as info:
        check_reversible(kind, already_reversed=True)
    assert info.value.code == "already_reversed"


@pytest.mark.parametrize("already_reversed", [False, True])
def test_a_reversal_cannot_be_reversed(already_reversed: bool) -> None:
    with pytest.raises(ValidationError, match="cannot itself be reversed"):
        check_reversible(LedgerKind.REVERSAL, already_reversed)


# effect


@pytest.mark.parametrize(
    ("kind", "points", "reversed_kind", "expected"),
    [
        (LedgerKind.EARNED, 100, None, Effect(100, 100)),
        (LedgerKind.BONUS, 25, None, Effect(25, 25)),
        (LedgerKind.ADJUSTMENT, -40, None, Effect(-40, -40)),
        (LedgerKind.ADJUSTMENT, 40, None, Effect(40, 40)),
        (LedgerKind.SPENT, -300, None, Effect(-300, 0)),
        (LedgerKind.REVERSAL, 300, LedgerKind.SPENT, Effect(300, 0)),
        (LedgerKind.REVERSAL, -100, LedgerKind.EARNED, Effect(-100, -100)),
        (LedgerKind.REVERSAL, -25, LedgerKind.BONUS, Effect(-25, -25)),
        (LedgerKind.REVERSAL, 40, LedgerKind.ADJUSTMENT, Effect(40, 40)),
    ],
)
def test_effect(kind: LedgerKind, points: int, reversed_kind: LedgerKind | None, expected: Effect) -> None:
    assert effect(kind, points, reversed_kind) == expected


def _valid_points(kind: LedgerKind) -> st.SearchStrategy[int]:
    positive = st.integers(1, MAX_ENTRY_POINTS)
    if kind in {LedgerKind.EARNED, LedgerKind.BONUS}:
        return positive
    if kind is LedgerKind.SPENT:
        return positive.map(lambda p: -p)
    return st.one_of(positive, positive.map(lambda p: -p))


original_entries = st.sampled_from(
    [LedgerKind.EARNED, LedgerKind.BONUS, LedgerKind.ADJUSTMENT, LedgerKind.SPENT]
).flatmap(lambda kind: st.tuples(st.just(kind), _valid_points(kind), st.booleans()))


@given(st.lists(original_entries, max_size=30))
def test_totals_over_a_ledger_with_reversals(entries: list[tuple[LedgerKind, int, bool]]) -> None:
    """Balance is the sum of every entry; lifetime skips spending and its refunds; a reversal cancels."""
    balance = lifetime = 0
    for kind, points, reverse in entries:
        check_entry(kind, points, "Reason", ACTOR)
        first = effect(kind, points)
        balance, lifetime = balance + first.balance, lifetime + first.lifetime
        if reverse:
            check_reversible(kind, already_reversed=False)
            check_entry(LedgerKind.REVERSAL, -points, "Reason", None)
            undo = effect(LedgerKind.REVERSAL, -points, kind)
            assert undo.balance == -first.balance
            assert undo.lifetime == -first.lifetime
            balance, lifetime = balance + undo.balance, lifetime + undo.lifetime
    kept = [(k, p) for k, p, reverse in entries if not reverse]
    assert balance == sum(p for _, p in kept)
    assert lifetime == sum(p for k, p in kept if k is not LedgerKind.SPENT)


@given(st.integers(1, MAX_ENTRY_POINTS))
def test_spending_and_its_refund_never_move_lifetime(points: int) -> None:
    assert effect(LedgerKind.SPENT, -points).lifetime == 0
    assert effect(LedgerKind.REVERSAL, points, LedgerKind.SPENT).lifetime == 0
