"""Scheduling challenges: moving them on the calendar, ending them early, and refusing expiries in the past."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from advocate_hub.core.domain.challenges import ChallengeDraft
from advocate_hub.core.domain.errors import InvalidTransition, NotAllowed, ValidationError
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.services import challenges
from advocate_hub.core.store.models import AuditEntry, Challenge


def reschedule(hub, challenge_id: int, **kwargs):
    kwargs.setdefault("actor_id", hub.mod)
    return hub.program.run(challenges.reschedule, challenge_id=challenge_id, **kwargs)


def test_moving_only_the_start_keeps_the_duration_and_is_audited(hub) -> None:
    start = hub.clock.now + timedelta(days=2)
    review = hub.challenge(starts_at=start, expires_at=start + timedelta(days=5))

    reschedule(hub, review, starts_at=start + timedelta(days=3))

    moved = hub.get(Challenge, review)
    assert (moved.starts_at, moved.expires_at) == (start + timedelta(days=3), start + timedelta(days=8))
    [entry] = hub.rows(AuditEntry, AuditEntry.action == "challenge.reschedule")
    assert (entry.actor_id, entry.target_id) == (hub.mod, review)
    assert entry.before["starts_at"] == start.isoformat()
    assert entry.after["expires_at"] == (start + timedelta(days=8)).isoformat()


def test_an_open_ended_challenge_stays_open_ended(hub) -> None:
    review = hub.challenge()

    reschedule(hub, review, starts_at=hub.clock.now + timedelta(days=1))

    assert hub.get(Challenge, review).expires_at is None


def test_both_ends_can_be_set(hub) -> None:
    review = hub.challenge(expires_at=hub.clock.now + timedelta(days=3))
    start, end = hub.clock.now + timedelta(days=1), hub.clock.now + timedelta(days=20)

    reschedule(hub, review, starts_at=start, expires_at=end)

    moved = hub.get(Challenge, review)
    assert (moved.starts_at, moved.expires_at) == (start, end)


@pytest.mark.parametrize(
    ("days_start", "days_end", "words"),
    [(-10, -1, "in the past"), (3, 2, "after the start"), (3, 3, "after the start")],
    ids=["expiry-in-the-past", "expiry-before-start", "expiry-at-start"],
)
def test_a_bad_move_is_refused_with_a_message_and_changes_nothing(hub, days_start, days_end, words) -> None:
    review = hub.challenge(expires_at=hub.clock.now + timedelta(days=3))
    before = (hub.get(Challenge, review), hub.counts())

    with pytest.raises(ValidationError, match=words) as raised:
        reschedule(
            hub,
            review,
            starts_at=hub.clock.now + timedelta(days=days_start),
            expires_at=hub.clock.now + timedelta(days=days_end),
        )

    assert raised.value.field == "expires_at"
    after = hub.get(Challenge, review)
    assert (after.starts_at, after.expires_at) == (before[0].starts_at, before[0].expires_at)
    assert hub.counts() == before[1]


def test_dragging_an_ended_challenge_so_it_stays_ended_is_refused(hub) -> None:
    review = hub.challenge(expires_at=hub.clock.now + timedelta(days=1))
    hub.clock.advance(timedelta(days=5))

    with pytest.raises(ValidationError, match="already in the past"):
        reschedule(hub, review, starts_at=hub.get(Challenge, review).starts_at + timedelta(days=1))


def test_only_managers_reschedule_and_archived_challenges_stay_put(hub) -> None:
    review = hub.challenge()
    with pytest.raises(NotAllowed):
        reschedule(hub, review, actor_id=hub.advocate(), starts_at=hub.clock.now)
    hub.program.run(challenges.archive, actor_id=hub.mod, challenge_id=review)
    with pytest.raises(InvalidTransition, match="archived"):
        reschedule(hub, review, starts_at=hub.clock.now)


def test_expire_ends_a_live_challenge_now_and_is_audited(hub) -> None:
    review = hub.challenge(expires_at=hub.clock.now + timedelta(days=9))

    hub.program.run(challenges.expire, actor_id=hub.mod, challenge_id=review)

    assert hub.get(Challenge, review).expires_at == hub.clock.now
    [entry] = hub.rows(AuditEntry, AuditEntry.action == "challenge.expire")
    assert entry.target_id == review
    assert entry.after["expires_at"] == hub.clock.now.isoformat()
    with pytest.raises(InvalidTransition, match="already ended"):
        hub.program.run(challenges.expire, actor_id=hub.mod, challenge_id=review)


def test_expire_refuses_a_challenge_that_has_not_started(hub) -> None:
    later = hub.challenge(starts_at=hub.clock.now + timedelta(days=1))
    before = hub.counts()

    with pytest.raises(InvalidTransition, match="not started"):
        hub.program.run(challenges.expire, actor_id=hub.mod, challenge_id=later)

    assert hub.counts() == before


def test_creating_with_an_expiry_in_the_past_is_refused_and_writes_nothing(hub) -> None:
    before = hub.counts()
    draft = ChallengeDraft(
        title="Too late",
        kind=ChallengeKind.REVIEW,
        points=10,
        starts_at=hub.clock.now - timedelta(days=10),
        expires_at=hub.clock.now - timedelta(days=1),
    )

    with pytest.raises(ValidationError, match="already in the past") as raised:
        hub.program.run(challenges.create, actor_id=hub.mod, draft=draft)

    assert raised.value.field == "expires_at"
    assert hub.counts() == before


def test_editing_sets_no_expiry_in_the_past_but_an_ended_challenge_can_be_retitled(hub) -> None:
    review = hub.challenge(expires_at=hub.clock.now + timedelta(days=1))
    stored = hub.program.read(lambda session: challenges.draft_of(session.get(Challenge, review)))
    past = replace(stored, expires_at=hub.clock.now - timedelta(hours=1))

    with pytest.raises(ValidationError, match="already in the past"):
        hub.program.run(challenges.update, actor_id=hub.mod, challenge_id=review, draft=past)
    assert hub.get(Challenge, review).expires_at == stored.expires_at

    hub.clock.advance(timedelta(days=2))
    retitled = replace(stored, title="Review us (closed)")
    hub.program.run(challenges.update, actor_id=hub.mod, challenge_id=review, draft=retitled)
    assert hub.get(Challenge, review).title == "Review us (closed)"
