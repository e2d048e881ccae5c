"""Badges awarded on ledger changes, and progress towards locked ones, through ``core.services.badges``."""

from __future__ import annotations

from datetime import timedelta

from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services import badges
from advocate_hub.core.store.models import AdvocateBadge, BadgeDefinitionRow

WEEK = timedelta(days=7)


def held(hub, advocate_id: int) -> dict[str, object]:
    """The slugs of the badges an advocate holds, with when each was earned."""
    slugs = {row.id: row.slug for row in hub.rows(BadgeDefinitionRow)}
    return {slugs[b.badge_id]: b.earned_at for b in hub.rows(AdvocateBadge, AdvocateBadge.advocate_id == advocate_id)}


def statuses(hub, advocate_id: int) -> dict[str, badges.BadgeStatus]:
    found = hub.program.read(badges.badge_statuses, advocate_id=advocate_id, now=hub.clock.now)
    return {status.slug: status for status in found}


def approve_and_get_awards(hub, advocate_id: int, challenge_id: int) -> tuple[str, ...]:
    pending = hub.submit(advocate_id, challenge_id).submission
    return hub.approve(pending.id).posted.badges_awarded


def test_first_step_is_awarded_once_on_the_first_approval(hub) -> None:
    ada = hub.advocate()
    review = hub.challenge(ChallengeKind.REVIEW, max_per_advocate=5)

    first = approve_and_get_awards(hub, ada, review)
    hub.clock.advance(timedelta(days=1))
    second = approve_and_get_awards(hub, ada, review)

    assert "First step" in first
    assert "First step" not in second
    assert held(hub, ada) == {"first-step": hub.clock.now - timedelta(days=1)}


def test_points_without_an_approval_do_not_earn_first_step(hub) -> None:
    ada = hub.advocate()

    posted = hub.grant(ada, 100)

    assert posted.badges_awarded == ()
    assert held(hub, ada) == {}


def test_a_four_week_streak_earns_the_streak_badge(hub) -> None:
    ada = hub.advocate()
    watch = hub.challenge(ChallengeKind.CONTENT, points=10, max_per_advocate=10)

    awards = []
    for _ in range(4):
        awards.append(hub.submit(ada, watch).posted.badges_awarded)
        hub.clock.advance(WEEK)

    assert ["Month-long streak" in week for week in awards] == [False, False, False, True]
    assert "steady" in held(hub, ada)


def test_a_week_without_points_breaks_the_streak(hub) -> None:
    ada = hub.advocate()
    watch = hub.challenge(ChallengeKind.CONTENT, points=10, max_per_advocate=10)

    for week in range(5):
        if week != 2:
            hub.submit(ada, watch)
        hub.clock.advance(WEEK)

    assert "steady" not in held(hub, ada)
    hub.clock.advance(-WEEK)
    assert statuses(hub, ada)["steady"].progress.current == 2


def test_reaching_gold_earns_the_tier_badge(hub) -> None:
    ada = hub.advocate()

    silver = hub.grant(ada, 600)
    gold = hub.grant(ada, 1400)

    assert silver.badges_awarded == ()
    assert gold.tier_after is Tier.GOLD
    assert "Gold standard" in gold.badges_awarded


def test_the_first_referral_earns_connector_as_soon_as_it_is_submitted(hub) -> None:
    ada = hub.advocate()
    refer = hub.challenge(ChallengeKind.REFERRAL, points=300, min_tier=Tier.COMMUNITY)

    pending = hub.submit(ada, refer).submission

    assert "connector" in held(hub, ada)
    assert "first-step" not in held(hub, ada)
    awards = hub.approve(pending.id).posted.badges_awarded
    assert "Connector" not in awards
    assert {"connector", "first-step"} <= set(held(hub, ada))
