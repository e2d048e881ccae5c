"""The tier ladder: thresholds, boundaries, progress, validation and its JSON form."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advocate_hub.core.domain.errors import ValidationError
from advocate_hub.core.domain.tiers import DEFAULT_LADDER, Tier, TierLadder, TierStep

points = st.integers(min_value=-10_000, max_value=1_000_000)
completions = st.integers(min_value=0, max_value=50)


def test_tiers_are_ranked_in_ladder_order() -> None:
    assert [t.rank for t in Tier] == [0, 1, 2, 3]
    assert Tier.PLATINUM.rank > Tier.GOLD.rank > Tier.SILVER.rank > Tier.COMMUNITY.rank
    assert [t.label for t in Tier] == ["Community", "Silver", "Gold", "Platinum"]


def test_default_ladder_thresholds() -> None:
    assert [(s.tier, s.min_lifetime_points, s.min_high_barrier_completions) for s in DEFAULT_LADDER.steps] == [
        (Tier.COMMUNITY, 0, 0),
        (Tier.SILVER, 500, 0),
        (Tier.GOLD, 2_000, 0),
        (Tier.PLATINUM, 5_000, 1),
    ]


def test_every_default_tier_lists_benefits() -> None:
    assert all(step.benefits for step in DEFAULT_LADDER.steps)


@pytest.mark.parametrize("tier", list(Tier))
def test_step_returns_the_step_of_that_tier(tier: Tier) -> None:
    assert DEFAULT_LADDER.step(tier).tier is tier


@pytest.mark.parametrize(
    ("lifetime", "high_barrier", "expected"),
    [
        (0, 0, Tier.COMMUNITY),
        (-250, 0, Tier.COMMUNITY),
        (499, 0, Tier.COMMUNITY),
        (500, 0, Tier.SILVER),
        (1_999, 0, Tier.SILVER),
        (2_000, 0, Tier.GOLD),
        (4_999, 0, Tier.GOLD),
        (4_999, 1, Tier.GOLD),
        (5_000, 0, Tier.GOLD),
        (5_000, 1, Tier.PLATINUM),
        (5_000, 3, Tier.PLATINUM),
        (900_000, 0, Tier.GOLD),
        (0, 5, Tier.COMMUNITY),
    ],
)
def test_tier_for_at_the_boundaries(lifetime: int, high_barrier: int, expected: Tier) -> None:
    assert DEFAULT_LADDER.tier_for(lifetime, high_barrier) is expected


def test_a_tier_cannot_be_skipped_when_a_lower_one_needs_more_depth() -> None:
    ladder = TierLadder(
        (
            TierStep(Tier.COMMUNITY, 0),
            TierStep(Tier.SILVER, 100),
            TierStep(Tier.GOLD, 200, min_high_barrier_completions=2),
            TierStep(Tier.PLATINUM, 300, min_high_barrier_completions=1),
        )
    )
    assert ladder.tier_for(10_000, 1) is Tier.SILVER
    assert ladder.tier_for(10_000, 2) is Tier.PLATINUM


@given(a=points, b=points, hb=completions)
def test_tier_for_is_monotonic_in_points(a: int, b: int, hb: int) -> None:
    low, high = sorted((a, b))
    assert DEFAULT_LADDER.tier_for(low, hb).rank <= DEFAULT_LADDER.tier_for(high, hb).rank


@given(lifetime=points, a=completions, b=completions)
def test_tier_for_is_monotonic_in_high_barrier_completions(lifetime: int, a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert DEFAULT_LADDER.tier_for(lifetime, low).rank <= DEFAULT_LADDER.tier_for(lifetime, high).rank


@given(lifetime=points, hb=completions)
def test_tier_for_meets_the_thresholds_of_the_tier_it_returns(lifetime: int, hb: int) -> None:
    tier = DEFAULT_LADDER.tier_for(lifetime, hb)
    step = DEFAULT_LADDER.step(tier)
    if tier is not Tier.COMMUNITY:
        assert lifetime >= step.min_lifetime_points
        assert hb >= step.min_high_barrier_completions


@pytest.mark.parametrize(
    ("lifetime", "high_barrier", "tier", "next_tier", "to_next", "hb_needed", "fraction"),
    [
        (0, 0, Tier.COMMUNITY, Tier.SILVER, 500, 0, 0.0),
        (-40, 0, Tier.COMMUNITY, Tier.SILVER, 540, 0, 0.0),
        (250, 0, Tier.COMMUNITY, Tier.SILVER, 250, 0, 0.5),
        (499, 0, Tier.COMMUNITY, Tier.SILVER, 1, 0, 499 / 500),
        (500, 0, Tier.SILVER, Tier.GOLD, 1_500, 0, 0.0),
        (1_250, 0, Tier.SILVER, Tier.GOLD, 750, 0, 0.5),
        (3_500, 0, Tier.GOLD, Tier.PLATINUM, 1_500, 1, 0.5),
        (3_500, 1, Tier.GOLD, Tier.PLATINUM, 1_500, 0, 0.5),
        (6_000, 0, Tier.GOLD, Tier.PLATINUM, 0, 1, 1.0),
    ],
)
def test_progress_towards_the_next_tier(
    lifetime: int,
    high_barrier: int,
    tier: Tier,
    next_tier: Tier,
    to_next: int,
    hb_needed: int,
    fraction: float,
) -> None:
    progress = DEFAULT_LADDER.progress(lifetime, high_barrier)
    assert progress.tier is tier
    assert progress.next_tier is next_tier
    assert progress.points_to_next == to_next
    assert progress.high_barrier_needed == hb_needed
    assert progress.fraction == pytest.approx(fraction)


def test_progress_at_the_top_is_complete() -> None:
    progress = DEFAULT_LADDER.progress(5_000, 1)
    assert progress.tier is Tier.PLATINUM
    assert progress.next_tier is None
    assert progress.points_to_next == 0
    assert progress.high_barrier_needed == 0
    assert progress.fraction == 1.0


@given(lifetime=points, hb=completions)
def test_progress_fraction_stays_between_zero_and_one(lifetime: int, hb: int) -> None:
    progress = DEFAULT_LADDER.progress(lifetime, hb)
    assert 0.0 <= progress.fraction <= 1.0
    assert progress.points_to_next >= 0
    assert progress.high_barrier_needed >= 0
    assert progress.tier is DEFAULT_LADDER.tier_for(lifetime, hb)
    if progress.next_tier is not None:
        assert progress.next_tier.rank == progress.tier.rank + 1
        following = DEFAULT_LADDER.step(progress.next_tier)
        assert progress.points_to_next == max(following.min_lifetime_points - lifetime, 0)


def _steps(*thresholds: int, tiers: tuple[Tier, ...] = tuple(Tier)) -> tuple[TierStep, ...]:
    return tuple(TierStep(tier, threshold) for tier, threshold in zip(tiers, thresholds, strict=True))


@pytest.mark.parametrize(
    ("steps", "message"),
    [
        pytest.param(
            _steps(0, 2_000, 500, 5_000, tiers=(Tier.COMMUNITY, Tier.GOLD, Tier.SILVER, Tier.PLATINUM)),
            "in that order",
            id="wrong-order",
        ),
        pytest.param(
            _steps(0, 500, 2_000, tiers=(Tier.COMMUNITY, Tier.SILVER, Tier.GOLD)),
            "in that order",
            id="missing",
        ),
        pytest.param((), "in that order", id="empty"),
        pytest.param(_steps(100, 500, 2_000, 5_000), "must be 0 points", id="non-zero-first"),
        pytest.param(_steps(0, 500, 500, 5_000), "more lifetime points", id="equal"),
        pytest.param(_steps(0, 2_000, 500, 5_000), "more lifetime points", id="decreasing"),
        pytest.param(
            (
                *_steps(0, 500, 2_000, tiers=(Tier.COMMUNITY, Tier.SILVER, Tier.GOLD)),
                TierStep(Tier.PLATINUM, 5_000, min_high_barrier_completions=-1),
            ),
            "negative",
            id="negative-completions",
        ),
    ],
)
def test_an_invalid_ladder_is_refused(steps: tuple[TierStep, ...], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        TierLadder(steps)


def test_json_round_trip_keeps_the_ladder() -> None:
    data = DEFAULT_LADDER.to_json()
    assert data[3] == {
        "tier": "platinum",
        "min_lifetime_points": 5_000,
        "min_high_barrier_completions": 1,
        "benefits": list(DEFAULT_LADDER.steps[3].benefits),
    }
    assert TierLadder.from_json(data) == DEFAULT_LADDER


def test_json_round_trip_of_a_custom_ladder() -> None:
    ladder = TierLadder(
        (
            TierStep(Tier.COMMUNITY, 0, benefits=("a",)),
            TierStep(Tier.SILVER, 10, 2),
            TierStep(Tier.GOLD, 20, 3, ("b", "c")),
            TierStep(Tier.PLATINUM, 30, 4),
        )
    )
    assert TierLadder.from_json(ladder.to_json()) == ladder


def test_from_json_fills_optional_fields() -> None:
    ladder = TierLadder.from_json(
        [{"tier": t.value, "min_lifetime_points": p} for t, p in zip(Tier, (0, 1, 2, 3), strict=True)]
    )
    assert all(s.min_high_barrier_completions == 0 and s.benefits == () for s in ladder.steps)


def _valid_json() -> list[dict[str, Any]]:
    return DEFAULT_LADDER.to_json()


def _with(index: int, **changes: Any) -> list[dict[str, Any]]:
    data = _valid_json()
    data[index] = {**data[index], **changes}
    return data


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("garbage", id="string"),
        pytest.param(None, id="none"),
        pytest.param(42, id="number"),
        pytest.param([1, 2, 3, 4], id="list-of-numbers"),
        pytest.param([[], [], [], []], id="list-of-lists"),
        pytest.param([{}], id="empty-item"),
        pytest.param(_with(1, tier="bronze"), id="unknown-tier"),
        pytest.param(_with(1, min_lifetime_points="lots"), id="points-not-a-number"),
        pytest.param(_with(1, min_lifetime_points=None), id="points-none"),
        pytest.param(_with(2, min_high_barrier_completions="x"), id="completions-not-a-number"),
        pytest.param(_with(0, benefits=5), id="benefits-not-a-list"),
        pytest.param([_valid_json()[0]], id="one-step"),
        pytest.param(list(reversed(_valid_json())), id="reversed"),
        pytest.param(_with(0, min_lifetime_points=10), id="community-not-zero"),
    ],
)
def test_from_json_with_garbage_raises_validation_error(data: Any) -> None:
    with pytest.raises(ValidationError):
        TierLadder.from_json(data)


def test_from_json_missing_key_message_is_readable() -> None:
    data = _valid_json()
    del data[2]["min_lifetime_points"]
    with pytest.raises(ValidationError, match="tier ladder is not valid"):
        TierLadder.from_json(data)


def test_ladder_is_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_LADDER.steps = ()  # type: ignore[misc]
