"""Badges as data: rule evaluation with progress, week streaks, and validation of definitions."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advocate_hub.core.domain.badges import (
    DEFAULT_BADGES,
    BadgeDefinition,
    BadgeFacts,
    BadgeProgress,
    BadgeRule,
    evaluate,
    streak_weeks,
    week_start,
)
from advocate_hub.core.domain.errors import ValidationError
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.tiers import Tier

WEDNESDAY = date(2024, 5, 15)
THIS_WEEK = date(2024, 5, 13)


def weeks_ago(n: int) -> date:
    return THIS_WEEK - timedelta(weeks=n)


def facts(
    approved: dict[ChallengeKind, int] | None = None,
    referrals: int = 0,
    streak: int = 0,
    tier: Tier = Tier.COMMUNITY,
    lifetime: int = 0,
) -> BadgeFacts:
    return BadgeFacts(
        approved_by_kind=approved or {}, referrals=referrals, streak_weeks=streak, tier=tier, lifetime=lifetime
    )


def badge(rule: BadgeRule, **params: Any) -> BadgeDefinition:
    return BadgeDefinition("slug", "Name", "Description.", rule, params)


# evaluate


def test_approved_count_of_any_kind() -> None:
    progress = evaluate(
        badge(BadgeRule.APPROVED_COUNT, count=5), facts({ChallengeKind.REVIEW: 2, ChallengeKind.QUIZ: 1})
    )
    assert progress == BadgeProgress(3, 5)
    assert progress.fraction == pytest.approx(0.6)
    assert not progress.earned


def test_approved_count_is_capped_at_the_target() -> None:
    progress = evaluate(badge(BadgeRule.APPROVED_COUNT, count=5), facts({ChallengeKind.REVIEW: 9}))
    assert progress == BadgeProgress(5, 5)
    assert progress.earned
    assert progress.fraction == 1.0


def test_approved_count_of_one_kind_ignores_other_kinds() -> None:
    reviewer = badge(BadgeRule.APPROVED_COUNT, kind="review", count=5)
    assert evaluate(reviewer, facts({ChallengeKind.QUIZ: 10, ChallengeKind.REVIEW: 4})) == BadgeProgress(4, 5)
    assert evaluate(reviewer, facts({ChallengeKind.QUIZ: 10})) == BadgeProgress(0, 5)
    assert evaluate(reviewer, facts({ChallengeKind.REVIEW: 5})).earned


def test_approved_count_with_nothing_done() -> None:
    progress = evaluate(badge(BadgeRule.APPROVED_COUNT, count=1), facts())
    assert progress == BadgeProgress(0, 1)
    assert progress.fraction == 0.0


@pytest.mark.parametrize(("referrals", "current", "earned"), [(0, 0, False), (1, 1, True), (7, 1, True)])
def test_first_referral(referrals: int, current: int, earned: bool) -> None:
    progress = evaluate(badge(BadgeRule.FIRST_REFERRAL), facts(referrals=referrals))
    assert progress == BadgeProgress(current, 1)
    assert progress.earned is earned


@pytest.mark.parametrize(
    ("streak", "current", "fraction", "earned"),
    [(0, 0, 0.0, False), (2, 2, 0.5, False), (4, 4, 1.0, True), (9, 4, 1.0, True)],
)
def test_streak_weeks_rule(streak: int, current: int, fraction: float, earned: bool) -> None:
    progress = evaluate(badge(BadgeRule.STREAK_WEEKS, weeks=4), facts(streak=streak))
    assert progress == BadgeProgress(current, 4)
    assert progress.fraction == pytest.approx(fraction)
    assert progress.earned is earned


@pytest.mark.parametrize(
    ("tier", "lifetime", "current", "fraction", "earned"),
    [
        (Tier.COMMUNITY, 0, 0, 0.0, False),
        (Tier.SILVER, 1_000, 1_000, 0.5, False),
        (Tier.SILVER, 2_500, 1_999, 1_999 / 2_000, False),
        (Tier.GOLD, 2_000, 2_000, 1.0, True),
        (Tier.PLATINUM, 7_000, 2_000, 1.0, True),
    ],
)
def test_tier_reached_rule_counts_points_towards_the_tier(
    tier: Tier, lifetime: int, current: int, fraction: float, earned: bool
) -> None:
    progress = evaluate(badge(BadgeRule.TIER_REACHED, tier="gold"), facts(tier=tier, lifetime=lifetime))
    assert progress == BadgeProgress(current, 2_000)
    assert progress.fraction == pytest.approx(fraction)
    assert progress.earned is earned


def test_tier_reached_community_is_earned_and_complete() -> None:
    progress = evaluate(badge(BadgeRule.TIER_REACHED, tier="community").validated(), facts())
    assert progress.earned
    assert progress.fraction == 1.0


def test_progress_fraction_is_capped() -> None:
    assert BadgeProgress(10, 4).fraction == 1.0
    assert BadgeProgress(1, 4).fraction == 0.25


@given(current=st.integers(0, 1_000), target=st.integers(0, 1_000))
def test_progress_fraction_is_between_zero_and_one(current: int, target: int) -> None:
    progress = BadgeProgress(current, target)
    assert 0.0 <= progress.fraction <= 1.0
    assert progress.earned == (current >= target)
    if progress.earned:
        assert progress.fraction == 1.0


@pytest.mark.parametrize("definition", DEFAULT_BADGES, ids=lambda b: b.slug)
def test_default_badges_evaluate_against_empty_facts(definition: BadgeDefinition) -> None:
    progress = evaluate(definition, facts())
    assert not progress.earned
    assert progress.fraction == 0.0


# streaks


@pytest.mark.parametrize("offset", range(7))
def test_week_start_is_monday(offset: int) -> None:
    day = THIS_WEEK + timedelta(days=offset)
    assert week_start(day) == THIS_WEEK


@given(st.dates())
def test_week_start_is_the_monday_on_or_before(day: date) -> None:
    start = week_start(day)
    assert start.weekday() == 0
    assert 0 <= (day - start).days < 7


def test_streak_of_consecutive_weeks_including_this_one() -> None:
    assert streak_weeks([weeks_ago(0), weeks_ago(1), weeks_ago(2)], WEDNESDAY) == 3


def test_streak_counts_from_last_week_when_this_week_is_empty() -> None:
    assert streak_weeks([weeks_ago(1), weeks_ago(2)], WEDNESDAY) == 2


def test_streak_broken_by_a_missed_week() -> None:
    assert streak_weeks([weeks_ago(0), weeks_ago(2), weeks_ago(3), weeks_ago(4)], WEDNESDAY) == 1


def test_streak_is_zero_when_last_week_and_this_week_are_empty() -> None:
    assert streak_weeks([weeks_ago(2), weeks_ago(3)], WEDNESDAY) == 0


def test_no_activity_no_streak() -> None:
    assert streak_weeks([], WEDNESDAY) == 0


@pytest.mark.parametrize("today", [THIS_WEEK, THIS_WEEK + timedelta(days=6)], ids=["monday", "sunday"])
def test_streak_on_the_edges_of_the_week(today: date) -> None:
    assert streak_weeks([weeks_ago(0), weeks_ago(1)], today) == 2
    assert streak_weeks([weeks_ago(1)], today) == 1


def test_streak_ignores_future_weeks_and_duplicates() -> None:
    active = [weeks_ago(-1), weeks_ago(0), weeks_ago(0), weeks_ago(1)]
    assert streak_weeks(iter(active), WEDNESDAY) == 2


def test_streak_across_a_year_boundary() -> None:
    active = [date(2024, 1, 1), date(2023, 12, 25), date(2023, 12, 18)]
    assert streak_weeks(active, date(2024, 1, 3)) == 3


@given(length=st.integers(1, 60), ends_last_week=st.booleans(), older=st.integers(0, 5))
def test_streak_equals_the_run_length(length: int, ends_last_week: bool, older: int) -> None:
    """A run ending this week or last week counts in full; weeks after a one-week gap never do."""
    first = int(ends_last_week)
    run = [weeks_ago(first + n) for n in range(length)]
    before_gap = [weeks_ago(first + length + 1 + n) for n in range(older)]
    assert streak_weeks(run + before_gap, WEDNESDAY) == length


# definitions


@pytest.mark.parametrize("definition", DEFAULT_BADGES, ids=lambda b: b.slug)
def test_default_badges_are_valid(definition: BadgeDefinition) -> None:
    assert definition.validated() is definition


def test_default_badges_have_unique_slugs_and_cover_every_rule() -> None:
    assert len({b.slug for b in DEFAULT_BADGES}) == len(DEFAULT_BADGES)
    assert {b.rule for b in DEFAULT_BADGES} == set(BadgeRule)


def test_default_badges_include_the_domain_milestones() -> None:
    by_slug = {b.slug: b for b in DEFAULT_BADGES}
    assert by_slug["reviewer"].params == {"kind": "review", "count": 5}
    assert by_slug["steady"].params == {"weeks": 4}
    assert by_slug["speaker"].params["kind"] == ChallengeKind.SPEAKING


@pytest.mark.parametrize(
    "definition",
    [
        pytest.param(BadgeDefinition("", "Name", "", BadgeRule.FIRST_REFERRAL), id="no-slug"),
        pytest.param(BadgeDefinition("slug", "", "", BadgeRule.FIRST_REFERRAL), id="no-name"),
        pytest.param(badge(BadgeRule.APPROVED_COUNT), id="count-missing"),
        pytest.param(badge(BadgeRule.APPROVED_COUNT, count=0), id="count-zero"),
        pytest.param(badge(BadgeRule.APPROVED_COUNT, count=-3), id="count-negative"),
        pytest.param(badge(BadgeRule.APPROVED_COUNT, count=True), id="count-bool"),
        pytest.param(badge(BadgeRule.APPROVED_COUNT, count="5"), id="count-str"),
        pytest.param(badge(BadgeRule.APPROVED_COUNT, count=2.5), id="count-float"),
        pytest.param(badge(BadgeRule.APPROVED_COUNT, count=1, kind="blog"), id="kind-unknown"),
        pytest.param(badge(BadgeRule.APPROVED_COUNT, count=1, kind=None), id="kind-none"),
        pytest.param(badge(BadgeRule.STREAK_WEEKS), id="weeks-missing"),
        pytest.param(badge(BadgeRule.STREAK_WEEKS, weeks=0), id="weeks-zero"),
        pytest.param(badge(BadgeRule.TIER_REACHED), id="tier-missing"),
        pytest.param(badge(BadgeRule.TIER_REACHED, tier="bronze"), id="tier-unknown"),
        pytest.param(badge(BadgeRule.TIER_REACHED, tier="Gold"), id="tier-wrong-case"),
    ],
)
def test_invalid_definitions_raise_validation_error(definition: BadgeDefinition) -> None:
    with pytest.raises(ValidationError, match=r"badge"):
        definition.validated()


@pytest.mark.parametrize(
    "definition",
    [
        badge(BadgeRule.APPROVED_COUNT, count=3, kind="case_study"),
        badge(BadgeRule.APPROVED_COUNT, count=3, kind=ChallengeKind.REFERRAL),
        badge(BadgeRule.STREAK_WEEKS, weeks=12),
        badge(BadgeRule.TIER_REACHED, tier=Tier.PLATINUM),
        badge(BadgeRule.FIRST_REFERRAL),
    ],
)
def test_valid_custom_definitions(definition: BadgeDefinition) -> None:
    assert definition.validated() is definition
