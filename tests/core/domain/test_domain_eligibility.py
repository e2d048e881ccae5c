"""Whether an advocate may take on a challenge, and a readable reason for every "no"."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from advocate_hub.core.domain.eligibility import (
    DEFAULT_FATIGUE_LIMIT,
    OPEN,
    AdvocateFacts,
    ChallengeFacts,
    Eligibility,
    IneligibleReason,
    check_eligibility,
)
from advocate_hub.core.domain.enums import AdvocateStatus, Barrier
from advocate_hub.core.domain.kinds import KIND_PROFILES, ChallengeKind
from advocate_hub.core.domain.tiers import Tier

NOW = datetime(2024, 5, 15, 12, 0, tzinfo=UTC)


def challenge(**changes: Any) -> ChallengeFacts:
    base = ChallengeFacts(
        kind=ChallengeKind.REVIEW,
        barrier=Barrier.LOW,
        starts_at=NOW - timedelta(days=1),
        expires_at=NOW + timedelta(days=7),
        max_per_advocate=1,
        min_tier=Tier.COMMUNITY,
        audience_tiers=frozenset(),
        audience_groups=frozenset(),
    )
    return dataclasses.replace(base, **changes)


def advocate(**changes: Any) -> AdvocateFacts:
    base = AdvocateFacts(
        status=AdvocateStatus.ACTIVE,
        tier=Tier.SILVER,
        groups=frozenset({"emea"}),
        opted_out_kinds=frozenset(),
        completions=0,
        asks_last_30_days=0,
    )
    return dataclasses.replace(base, **changes)


def check(c: ChallengeFacts | None = None, a: AdvocateFacts | None = None, **kwargs: Any) -> Eligibility:
    return check_eligibility(
        c or challenge(),
        a or advocate(),
        kwargs.get("now", NOW),
        kwargs.get("fatigue_limit", DEFAULT_FATIGUE_LIMIT),
    )


def test_open_challenge() -> None:
    result = check()
    assert result == OPEN
    assert result.eligible
    assert result.reason is None
    assert result.message == "Open to you."


def test_a_no_is_not_eligible() -> None:
    assert not Eligibility(IneligibleReason.ARCHIVED, "x").eligible


def test_default_fatigue_limit() -> None:
    assert DEFAULT_FATIGUE_LIMIT == 4


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (AdvocateStatus.OPTED_OUT, "left the program"),
        (AdvocateStatus.ALUMNI, "Alumni no longer receive challenges"),
        (AdvocateStatus.NOMINATED, "not active yet"),
        (AdvocateStatus.INVITED, "accept your invitation"),
    ],
)
def test_not_active(status: AdvocateStatus, words: str) -> None:
    result = check(a=advocate(status=status))
    assert result.reason is IneligibleReason.NOT_ACTIVE
    assert not result.eligible
    assert words in result.message


def test_archived() -> None:
    result = check(challenge(archived=True))
    assert result.reason is IneligibleReason.ARCHIVED
    assert result.message == "This challenge has been archived."


def test_not_started_names_the_opening_time() -> None:
    result = check(challenge(starts_at=datetime(2024, 5, 16, 9, 30, tzinfo=UTC)))
    assert result.reason is IneligibleReason.NOT_STARTED
    assert result.message == "Opens on 16 May 2024, 09:30 UTC."


def test_not_started_message_is_in_utc_whatever_the_zone_given() -> None:
    jakarta = timezone(timedelta(hours=7))
    result = check(challenge(starts_at=datetime(2024, 5, 16, 9, 30, tzinfo=jakarta)))
    assert result.message == "Opens on 16 May 2024, 02:30 UTC."


def test_expired_names_the_closing_time() -> None:
    result = check(challenge(expires_at=datetime(2024, 5, 15, 11, 59, tzinfo=UTC)))
    assert result.reason is IneligibleReason.EXPIRED
    assert result.message == "Closed on 15 May 2024, 11:59 UTC."


def test_expired_message_is_in_utc_whatever_the_zone_given() -> None:
    new_york = timezone(timedelta(hours=-4))
    result = check(challenge(expires_at=datetime(2024, 5, 14, 22, 0, tzinfo=new_york)))
    assert result.reason is IneligibleReason.EXPIRED
    assert result.message == "Closed on 15 May 2024, 02:00 UTC."


def test_opens_exactly_at_the_start() -> None:
    assert check(challenge(starts_at=NOW)).eligible
    assert check(challenge(starts_at=NOW + timedelta(microseconds=1))).reason is IneligibleReason.NOT_STARTED


def test_closes_exactly_at_the_expiry() -> None:
    assert check(challenge(expires_at=NOW)).reason is IneligibleReason.EXPIRED
    assert check(challenge(expires_at=NOW + timedelta(microseconds=1))).eligible


def test_no_expiry_never_expires() -> None:
    assert check(challenge(expires_at=None), now=NOW + timedelta(days=3650)).eligible


def test_kind_opted_out() -> None:
    result = check(a=advocate(opted_out_kinds=frozenset({ChallengeKind.REVIEW})))
    assert result.reason is IneligibleReason.KIND_OPTED_OUT
    assert result.message == ("You asked not to receive review on a third-party site challenges (see your profile).")


def test_opting_out_of_another_kind_does_not_matter() -> None:
    assert check(a=advocate(opted_out_kinds=frozenset({ChallengeKind.SPEAKING}))).eligible


def test_tier_too_low() -> None:
    result = check(challenge(min_tier=Tier.GOLD), advocate(tier=Tier.SILVER))
    assert result.reason is IneligibleReason.TIER_TOO_LOW
    assert result.message == "Unlocks at Gold tier."


@pytest.mark.parametrize("tier", [Tier.GOLD, Tier.PLATINUM])
def test_tier_at_or_above_the_minimum_is_enough(tier: Tier) -> None:
    assert check(challenge(min_tier=Tier.GOLD), advocate(tier=tier)).eligible


def test_not_in_audience_tiers_lists_them_in_ladder_order() -> None:
    result = check(challenge(audience_tiers=frozenset({Tier.PLATINUM, Tier.COMMUNITY, Tier.GOLD})))
    assert result.reason is IneligibleReason.NOT_IN_AUDIENCE
    assert result.message == "Only for Community, Gold, Platinum advocates."


def test_in_audience_tiers() -> None:
    assert check(challenge(audience_tiers=frozenset({Tier.SILVER, Tier.GOLD}))).eligible


def test_not_in_audience_groups_lists_them_sorted() -> None:
    result = check(challenge(audience_groups=frozenset({"partners", "beta"})), advocate(groups=frozenset({"emea"})))
    assert result.reason is IneligibleReason.NOT_IN_AUDIENCE
    assert result.message == "Only for members of: beta, partners."


def test_not_in_any_group_is_not_in_a_group_audience() -> None:
    result = check(challenge(audience_groups=frozenset({"beta"})), advocate(groups=frozenset()))
    assert result.reason is IneligibleReason.NOT_IN_AUDIENCE


def test_one_shared_group_is_enough() -> None:
    c = challenge(audience_groups=frozenset({"beta", "emea"}))
    assert check(c, advocate(groups=frozenset({"emea", "apac"}))).eligible


def test_cap_reached_once() -> None:
    result = check(a=advocate(completions=1))
    assert result.reason is IneligibleReason.CAP_REACHED
    assert result.message == "You have done this once, the most it allows."


def test_cap_reached_several_times() -> None:
    result = check(challenge(max_per_advocate=3), advocate(completions=3))
    assert result.reason is IneligibleReason.CAP_REACHED
    assert result.message == "You have done this 3 times, the most it allows."


def test_below_the_cap_is_open() -> None:
    assert check(challenge(max_per_advocate=3), advocate(completions=2)).eligible


def test_fatigue_limit() -> None:
    result = check(a=advocate(asks_last_30_days=4), fatigue_limit=4)
    assert result.reason is IneligibleReason.FATIGUE_LIMIT
    assert "4 asks in the last 30 days" in result.message
    assert "over-asked" in result.message


def test_below_the_fatigue_limit_is_open() -> None:
    assert check(a=advocate(asks_last_30_days=3), fatigue_limit=4).eligible


def test_fatigue_limit_is_a_parameter() -> None:
    a = advocate(asks_last_30_days=6)
    assert check(a=a, fatigue_limit=6).reason is IneligibleReason.FATIGUE_LIMIT
    assert check(a=a, fatigue_limit=7).eligible


def test_quiz_is_not_an_ask() -> None:
    assert KIND_PROFILES[ChallengeKind.QUIZ].is_ask is False
    quiz = challenge(kind=ChallengeKind.QUIZ)
    assert check(quiz, advocate(asks_last_30_days=100), fatigue_limit=4).eligible


@pytest.mark.parametrize("kind", list(ChallengeKind))
def test_fatigue_applies_only_to_asks(kind: ChallengeKind) -> None:
    result = check(challenge(kind=kind), advocate(asks_last_30_days=10), fatigue_limit=4)
    if KIND_PROFILES[kind].is_ask:
        assert result.reason is IneligibleReason.FATIGUE_LIMIT
    else:
        assert result.eligible


def test_fun_and_informative_kinds_are_not_asks() -> None:
    not_asks = {kind for kind, profile in KIND_PROFILES.items() if not profile.is_ask}
    assert not_asks == {ChallengeKind.QUIZ, ChallengeKind.CONTENT, ChallengeKind.EVENT_CHECKIN}


def test_precedence_of_reasons() -> None:
    """With everything wrong, each fix reveals the next reason, in this order."""
    c = challenge(
        archived=True,
        expires_at=NOW - timedelta(days=1),
        starts_at=NOW - timedelta(days=2),
        min_tier=Tier.GOLD,
        audience_tiers=frozenset({Tier.PLATINUM}),
        max_per_advocate=1,
    )
    a = advocate(
        status=AdvocateStatus.OPTED_OUT,
        tier=Tier.SILVER,
        opted_out_kinds=frozenset({ChallengeKind.REVIEW}),
        completions=1,
        asks_last_30_days=99,
    )
    fixes: list[tuple[IneligibleReason, dict[str, Any], dict[str, Any]]] = [
        (IneligibleReason.NOT_ACTIVE, {}, {"status": AdvocateStatus.ACTIVE}),
        (IneligibleReason.ARCHIVED, {"archived": False}, {}),
        (IneligibleReason.EXPIRED, {"expires_at": None}, {}),
        (IneligibleReason.KIND_OPTED_OUT, {}, {"opted_out_kinds": frozenset()}),
        (IneligibleReason.TIER_TOO_LOW, {"min_tier": Tier.SILVER}, {}),
        (IneligibleReason.NOT_IN_AUDIENCE, {"audience_tiers": frozenset()}, {}),
        (IneligibleReason.CAP_REACHED, {}, {"completions": 0}),
        (IneligibleReason.FATIGUE_LIMIT, {}, {"asks_last_30_days": 0}),
    ]
    for reason, challenge_fix, advocate_fix in fixes:
        assert check(c, a).reason is reason
        c = dataclasses.replace(c, **challenge_fix)
        a = dataclasses.replace(a, **advocate_fix)
    assert check(c, a).eligible


@pytest.mark.parametrize(
    ("c", "a", "reason"),
    [
        pytest.param(
            challenge(expires_at=NOW - timedelta(hours=1)),
            advocate(status=AdvocateStatus.ALUMNI),
            IneligibleReason.NOT_ACTIVE,
            id="inactive-beats-expired",
        ),
        pytest.param(
            challenge(archived=True, starts_at=NOW + timedelta(days=1)),
            advocate(),
            IneligibleReason.ARCHIVED,
            id="archived-beats-not-started",
        ),
        pytest.param(
            challenge(starts_at=NOW + timedelta(days=1)),
            advocate(opted_out_kinds=frozenset({ChallengeKind.REVIEW})),
            IneligibleReason.NOT_STARTED,
            id="not-started-beats-opted-out",
        ),
        pytest.param(
            challenge(audience_groups=frozenset({"beta"})),
            advocate(completions=1),
            IneligibleReason.NOT_IN_AUDIENCE,
            id="audience-beats-cap",
        ),
        pytest.param(
            challenge(audience_tiers=frozenset({Tier.GOLD}), audience_groups=frozenset({"beta"})),
            advocate(),
            IneligibleReason.NOT_IN_AUDIENCE,
            id="tier-audience-first",
        ),
    ],
)
def test_pairwise_precedence(c: ChallengeFacts, a: AdvocateFacts, reason: IneligibleReason) -> None:
    assert check(c, a).reason is reason


def test_tier_audience_message_comes_before_group_audience_message() -> None:
    c = challenge(audience_tiers=frozenset({Tier.GOLD}), audience_groups=frozenset({"beta"}))
    assert check(c).message == "Only for Gold advocates."


def test_every_reason_has_a_readable_message() -> None:
    cases = [
        check(a=advocate(status=AdvocateStatus.OPTED_OUT)),
        check(challenge(archived=True)),
        check(challenge(starts_at=NOW + timedelta(days=1))),
        check(challenge(expires_at=NOW)),
        check(a=advocate(opted_out_kinds=frozenset({ChallengeKind.REVIEW}))),
        check(challenge(min_tier=Tier.PLATINUM)),
        check(challenge(audience_groups=frozenset({"beta"}))),
        check(a=advocate(completions=5)),
        check(a=advocate(asks_last_30_days=5)),
    ]
    assert {result.reason for result in cases} == set(IneligibleReason)
    for result in cases:
        assert not result.eligible
        assert result.message.endswith(".")
        assert "_" not in result.message
        assert len(result.message) > 15
