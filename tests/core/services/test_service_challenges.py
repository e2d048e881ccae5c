"""Creating, editing and archiving challenges, and eligibility, through ``core.services.challenges``."""

from __future__ import annotations

from datetime import timedelta

import pytest

from advocate_hub.core.domain.challenges import ChallengeDraft
from advocate_hub.core.domain.eligibility import IneligibleReason
from advocate_hub.core.domain.enums import Barrier, ProofType, SubmissionStatus
from advocate_hub.core.domain.errors import InvalidTransition, NotAllowed, NotEligible, NotFound, ValidationError
from advocate_hub.core.domain.kinds import ChallengeKind
from advocate_hub.core.domain.tiers import Tier
from advocate_hub.core.services import challenges
from advocate_hub.core.store.models import AuditEntry, Challenge, LedgerEntry


def draft(hub, **changes) -> ChallengeDraft:
    fields = {
        "title": "Review us on G2",
        "kind": ChallengeKind.REVIEW,
        "points": 250,
        "starts_at": hub.clock.now - timedelta(days=1),
    }
    return ChallengeDraft(**{**fields, **changes})


def create(hub, actor_id: int | None = None, **changes) -> Challenge:
    return hub.program.run(challenges.create, actor_id=actor_id or hub.mod, draft=draft(hub, **changes))


def update(hub, challenge_id: int, **changes) -> Challenge:
    return hub.program.run(challenges.update, actor_id=hub.mod, challenge_id=challenge_id, draft=draft(hub, **changes))


def eligibility(hub, advocate_id: int, challenge_id: int):
    return hub.program.read(
        challenges.eligibility, advocate_id=advocate_id, challenge_id=challenge_id, now=hub.clock.now
    )


def test_create_fills_defaults_from_the_kind_and_is_audited(hub) -> None:
    challenge = create(hub, title="  Review us on G2  ")

    stored = hub.get(Challenge, challenge.id)
    assert stored.title == "Review us on G2"
    assert (stored.barrier, stored.proof_type, stored.min_tier) == (Barrier.LOW, ProofType.LINK, Tier.COMMUNITY)
    assert (stored.auto_approve, stored.disclosure_required) == (False, True)
    assert (stored.created_by, stored.created_at, stored.archived_at) == (hub.mod, hub.clock.now, None)
    [row] = hub.rows(AuditEntry, AuditEntry.action == "challenge.create")
    assert (row.actor_id, row.target_type, row.target_id) == (hub.mod, "challenge", challenge.id)
    assert row.before is None
    assert row.after["title"] == "Review us on G2"
    assert row.after["points"] == 250
    assert row.after["archived"] is False


def test_a_high_barrier_kind_is_gated_at_gold_by_default(hub) -> None:
    challenge = create(hub, kind=ChallengeKind.SPEAKING, title="Speak at our webinar")

    assert (challenge.barrier, challenge.min_tier) == (Barrier.HIGH, Tier.GOLD)


def test_only_a_manager_creates_challenges(hub) -> None:
    ada = hub.advocate()
    before = hub.counts()

    with pytest.raises(NotAllowed):
        create(hub, actor_id=ada)

    assert hub.counts() == before


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        (lambda now: {"starts_at": now, "expires_at": now}, "expires_at"),
        (lambda now: {"starts_at": now, "expires_at": now - timedelta(days=1)}, "expires_at"),
        (lambda now: {"starts_at": now.replace(tzinfo=None)}, "starts_at"),
        (lambda now: {"points": -1}, "points"),
        (lambda now: {"points": 100_001}, "points"),
        (lambda now: {"title": "  "}, "title"),
        (lambda now: {"max_per_advocate": 0}, "max_per_advocate"),
        (lambda now: {"kind": ChallengeKind.QUIZ, "config": {}}, "config"),
        (lambda now: {"kind": ChallengeKind.EVENT_CHECKIN, "config": {"code": " "}}, "config"),
    ],
    ids=[
        "expiry-at-start",
        "expiry-before-start",
        "naive-start",
        "negative-points",
        "absurd-points",
        "blank-title",
        "zero-cap",
        "quiz-without-questions",
        "check-in-without-code",
    ],
)
def test_an_invalid_draft_is_refused_and_writes_nothing(hub, changes, field: str) -> None:
    before = hub.counts()

    with pytest.raises(ValidationError) as raised:
        create(hub, **changes(hub.clock.now))

    assert raised.value.field == field
    assert hub.counts() == before


def test_update_changes_the_challenge_and_audits_before_and_after(hub) -> None:
    challenge = create(hub, points=250)
    hub.clock.advance(timedelta(hours=2))

    update(hub, challenge.id, title="Review us on G2 (spring)", points=300, max_per_advocate=2)

    stored = hub.get(Challenge, challenge.id)
    assert (stored.title, stored.points, stored.max_per_advocate) == ("Review us on G2 (spring)", 300, 2)
    assert stored.updated_at == hub.clock.now
    [row] = hub.rows(AuditEntry, AuditEntry.action == "challenge.update")
    assert (row.before["title"], row.before["points"], row.before["max_per_advocate"]) == ("Review us on G2", 250, 1)
    assert (row.after["title"], row.after["points"], row.after["max_per_advocate"]) == (
        "Review us on G2 (spring)",
        300,
        2,
    )


def test_an_approval_after_an_update_posts_the_new_points(hub) -> None:
    ada = hub.advocate()
    challenge = create(hub, points=250)
    pending = hub.submit(ada, challenge.id).submission
    update(hub, challenge.id, points=400)

    hub.approve(pending.id)

    [entry] = hub.rows(LedgerEntry)
    assert entry.points == 400


def test_an_invalid_update_writes_nothing(hub) -> None:
    challenge = create(hub, points=250)
    before = hub.counts()

    with pytest.raises(ValidationError):
        update(hub, challenge.id, points=-5)

    assert hub.counts() == before
    assert hub.get(Challenge, challenge.id).points == 250


def test_only_a_manager_updates(hub) -> None:
    challenge = create(hub)

    with pytest.raises(NotAllowed):
        hub.program.run(challenges.update, actor_id=hub.advocate(), challenge_id=challenge.id, draft=draft(hub))


def test_archive_closes_the_challenge(hub) -> None:
    ada = hub.advocate()
    challenge = create(hub)
    assert eligibility(hub, ada, challenge.id).eligible

    hub.program.run(challenges.archive, actor_id=hub.mod, challenge_id=challenge.id)

    assert hub.get(Challenge, challenge.id).archived_at == hub.clock.now
    verdict = eligibility(hub, ada, challenge.id)
    assert verdict.reason is IneligibleReason.ARCHIVED
    before = hub.counts()
    with pytest.raises(NotEligible) as raised:
        hub.submit(ada, challenge.id)
    assert raised.value.reason == IneligibleReason.ARCHIVED.value
    assert hub.counts() == before
    [row] = hub.rows(AuditEntry, AuditEntry.action == "challenge.archive")
    assert (row.before["archived"], row.after["archived"]) == (False, True)


def test_a_pending_submission_can_still_be_approved_after_archiving(hub) -> None:
    ada = hub.advocate()
    challenge = create(hub)
    pending = hub.submit(ada, challenge.id).submission
    hub.program.run(challenges.archive, actor_id=hub.mod, challenge_id=challenge.id)

    outcome = hub.approve(pending.id)

    assert outcome.submission.status is SubmissionStatus.APPROVED
    assert hub.totals(ada).balance == 250


def test_archiving_twice_is_an_invalid_transition(hub) -> None:
    challenge = create(hub)
    hub.program.run(challenges.archive, actor_id=hub.mod, challenge_id=challenge.id)
    before = hub.counts()

    with pytest.raises(InvalidTransition):
        hub.program.run(challenges.archive, actor_id=hub.mod, challenge_id=challenge.id)

    assert hub.counts() == before


def test_only_a_manager_archives(hub) -> None:
    challenge = create(hub)

    with pytest.raises(NotAllowed):
        hub.program.run(challenges.archive, actor_id=hub.advocate(), challenge_id=challenge.id)

    assert hub.get(Challenge, challenge.id).archived_at is None


def test_archiving_an_unknown_challenge_is_not_found(hub) -> None:
    with pytest.raises(NotFound):
        hub.program.run(challenges.archive, actor_id=hub.mod, challenge_id=999)


def test_eligibility_follows_the_tier_audience(hub) -> None:
    gold_only = create(hub, audience_tiers=frozenset({Tier.GOLD}))
    ada = hub.advocate()

    assert eligibility(hub, ada, gold_only.id).reason is IneligibleReason.NOT_IN_AUDIENCE
    hub.grant(ada, 2000)
    assert eligibility(hub, ada, gold_only.id).eligible
